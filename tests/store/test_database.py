"""The unit of work, time columns and the unique keys that make due checks safe (SPEC 2b, R17)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, Customer, Cycle, OutboxMessage, Service, SettingRow, Staff

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def setting(key: str, value: str, at: datetime = NOW) -> SettingRow:
    return SettingRow(key=key, value=value, updated_at=at, updated_by="test")


def count(ctx: AppContext, model: type[object]) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_transaction_commits_whole(ctx: AppContext) -> None:
    with ctx.db.transaction() as session:
        session.add(setting("company.name", "Levi"))
        session.add(setting("smtp.host", "mail.example.com"))
    with ctx.db.reading() as session:
        assert session.scalars(select(SettingRow.key).order_by(SettingRow.key)).all() == [
            "company.name",
            "smtp.host",
        ]


def test_a_transaction_rolls_back_whole_on_an_exception(ctx: AppContext) -> None:
    with ctx.db.transaction() as session:
        session.add(setting("company.name", "Before"))

    with pytest.raises(RuntimeError, match="half way"), ctx.db.transaction() as session:
        row = session.get(SettingRow, "company.name")
        assert row is not None
        row.value = "Changed"
        session.add(setting("smtp.host", "mail.example.com"))
        session.flush()
        session.add(
            Staff(
                name="anna",
                role="sales",
                password_hash="$argon2id$x",
                active=True,
                failed_attempts=0,
                created_at=NOW,
            )
        )
        session.flush()
        session.add(AuditEntry(at=NOW, actor="t", action="x", entity="setting"))
        session.flush()
        raise RuntimeError("half way")

    with ctx.db.reading() as session:
        assert session.scalars(select(SettingRow.key)).all() == ["company.name"]
        row = session.get(SettingRow, "company.name")
        assert row is not None and row.value == "Before"
    assert count(ctx, Staff) == 0
    assert count(ctx, AuditEntry) == 0


def test_a_failed_statement_rolls_back_the_earlier_writes_of_its_transaction(ctx: AppContext) -> None:
    with ctx.db.transaction() as session:
        session.add(setting("company.name", "Before"))
    with pytest.raises(IntegrityError), ctx.db.transaction() as session:
        session.add(setting("smtp.host", "mail.example.com"))
        session.flush()
        session.add(setting("company.name", "Twice"))  # the same primary key
        session.flush()
    with ctx.db.reading() as session:
        assert session.scalars(select(SettingRow.key)).all() == ["company.name"]


@pytest.mark.parametrize(
    "written",
    [
        datetime(2026, 11, 24, 9, 30, tzinfo=UTC),
        datetime(2026, 11, 24, 11, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 11, 24, 4, 30, tzinfo=timezone(timedelta(hours=-5))),
    ],
    ids=["utc", "plus-2", "minus-5"],
)
def test_utc_datetime_reads_back_aware_utc(ctx: AppContext, written: datetime) -> None:
    with ctx.db.transaction() as session:
        session.add(setting("company.name", "Levi", at=written))
    with ctx.db.reading() as session:
        row = session.get(SettingRow, "company.name")
        assert row is not None
        back = row.updated_at
        assert back.tzinfo is not None and back.utcoffset() == timedelta(0)
        assert back == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
        # the database itself holds the UTC time, whatever zone it was handed in
        raw = session.execute(text("SELECT updated_at FROM settings")).scalar_one()
        if isinstance(raw, str):  # SQLite keeps text
            assert raw.startswith("2026-11-24 09:30:00")
        else:
            assert raw == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_utc_datetime_refuses_a_naive_datetime(ctx: AppContext) -> None:
    with pytest.raises(StatementError) as refused, ctx.db.transaction() as session:
        session.add(setting("company.name", "Levi", at=datetime(2026, 11, 24, 9, 30)))
        session.flush()
    assert isinstance(refused.value.orig, ValueError)
    assert "naive" in str(refused.value.orig)
    assert count(ctx, SettingRow) == 0


def _customer_with_service(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.transaction() as session:
        customer = Customer(
            ref="cust-1",
            name="Dana Levi",
            email="dana@example.com",
            language="he",
            currency="ILS",
            search_name="dana levi",
            created_at=NOW,
        )
        session.add(customer)
        session.flush()
        service = Service(
            customer_id=customer.id,
            ref="s1",
            kind="domain",
            name="levi.co.il",
            domain_key="levi.co.il",
            expires_on=date(2026, 12, 1),
            period_months=12,
            created_at=NOW,
        )
        session.add(service)
        session.flush()
        return customer.id, service.id


def _cycle(service_id: int, charge_on: date) -> Cycle:
    return Cycle(
        service_id=service_id,
        charge_on=charge_on,
        expires_on=date(2026, 12, 1),
        status="open",
        notice_queued=False,
        created_at=NOW,
        updated_at=NOW,
    )


def test_one_cycle_per_service_and_charge_date(ctx: AppContext) -> None:
    _, service_id = _customer_with_service(ctx)
    with ctx.db.transaction() as session:
        session.add(_cycle(service_id, date(2026, 12, 1)))
    with pytest.raises(IntegrityError), ctx.db.transaction() as session:
        session.add(_cycle(service_id, date(2026, 12, 1)))
    with ctx.db.transaction() as session:
        session.add(_cycle(service_id, date(2027, 12, 1)))  # another date is another cycle
    assert count(ctx, Cycle) == 2


def _message(customer_id: int, dedupe_key: str) -> OutboxMessage:
    return OutboxMessage(
        dedupe_key=dedupe_key,
        kind="precharge_notice",
        customer_id=customer_id,
        language="he",
        to_address="dana@example.com",
        context={},
        status="pending",
        attempts=0,
        next_attempt_at=NOW,
        created_at=NOW,
    )


def test_one_outbox_row_per_dedupe_key(ctx: AppContext) -> None:
    customer_id, _ = _customer_with_service(ctx)
    with ctx.db.transaction() as session:
        session.add(_message(customer_id, "s1/2026-12-01/precharge_notice"))
    with pytest.raises(IntegrityError), ctx.db.transaction() as session:
        session.add(_message(customer_id, "s1/2026-12-01/precharge_notice"))
    assert count(ctx, OutboxMessage) == 1


def test_foreign_keys_are_enforced(ctx: AppContext) -> None:
    with pytest.raises(IntegrityError), ctx.db.transaction() as session:
        session.add(_cycle(999_999, date(2026, 12, 1)))
    assert count(ctx, Cycle) == 0
