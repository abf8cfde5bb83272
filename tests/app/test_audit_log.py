"""The audit log browser (R22, R23): filters by who, what, customer and the company's days; keyset
pages that give every entry once; the CSV export read back whole, escaped, audited, and nothing left
behind when cancelled or refused."""

from __future__ import annotations

import csv
import json
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.app.actor import Actor, Role
from desktop.app.audit_log import (
    CSV_COLUMNS,
    EXPORT_PAGE,
    AuditFilter,
    AuditRow,
    audit_choices,
    browse_audit,
    export_audit_csv,
)
from desktop.app.config import set_setting
from desktop.app.errors import UseCaseError
from desktop.app.recurring import disable_recurring
from desktop.app.staff import add_staff
from desktop.bootstrap import AppContext
from desktop.store import audit_repo
from tests.app.helpers import ADMIN, FINANCE, SALES, audit_rows, customer_id, service_id
from tests.jobs.helpers import customer, document, domain, load

ROOT = Actor("os:root", Role.ADMIN)
HEBREW_NAME = "דנה לוי-כהן"


def add_rows(ctx: AppContext, rows: list[dict[str, Any]]) -> None:
    with ctx.db.transaction() as session:
        for row in rows:
            audit_repo.add(
                session,
                row.get("actor", "system:scheduler"),
                row.get("at", ctx.clock.now()),
                row["action"],
                row.get("entity", "cycle"),
                row.get("entity_id"),
                customer_id=row.get("customer_id"),
                before=row.get("before"),
                after=row.get("after"),
            )


def every_row(ctx: AppContext, actor: Actor, audit_filter: AuditFilter, size: int) -> list[AuditRow]:
    rows: list[AuditRow] = []
    before_id: int | None = None
    while True:
        page = browse_audit(ctx, actor, audit_filter, limit=size, before_id=before_id)
        assert len(page.rows) <= size
        rows.extend(page.rows)
        if not page.more:
            assert page.next_before_id is None
            return rows
        assert len(page.rows) == size
        before_id = page.next_before_id


def two_customers(ctx: AppContext) -> None:
    """Dana (C-LEVI-1) and a Hebrew-named customer (C-COHEN-2), each with auto-renew on one domain,
    switched off by sales through the real use case: one audit row per customer."""
    soon = ctx.today() + timedelta(days=40)
    load(
        ctx,
        document(
            [
                customer("C-LEVI-1", [domain("d1", "levi.co.il", soon)], name="Dana Levi"),
                customer("C-COHEN-2", [domain("d1", "cohen.co.il", soon)], name=HEBREW_NAME),
            ]
        ),
    )
    disable_recurring(ctx, SALES, customer_id(ctx, "C-LEVI-1"), [service_id(ctx, "levi.co.il")])
    disable_recurring(ctx, SALES, customer_id(ctx, "C-COHEN-2"), [service_id(ctx, "cohen.co.il")])


# -- filters ------------------------------------------------------------------------------------


def test_rows_come_newest_first_with_their_customer_and_before_and_after(ctx: AppContext) -> None:
    two_customers(ctx)
    set_setting(ctx, ADMIN, "charge_lead_days", "2")
    set_setting(ctx, ADMIN, "charge_lead_days", "3")
    page = browse_audit(ctx, FINANCE, AuditFilter())
    ids = [row.id for row in page.rows]
    assert ids == sorted(ids, reverse=True) and not page.more
    newest = page.rows[0]
    assert (newest.actor, newest.action, newest.entity, newest.entity_id) == (
        "adam",
        "setting.changed",
        "setting",
        "charge_lead_days",
    )
    assert newest.before == {"value": "2"} and newest.after == {"value": "3"}
    assert newest.customer_ref is None and newest.customer_name is None
    assert newest.at == ctx.clock.now() and newest.at.tzinfo is not None
    disabled = [row for row in page.rows if row.action == "auto_renew.disabled"]
    assert {(row.customer_ref, row.customer_name) for row in disabled} == {
        ("C-LEVI-1", "Dana Levi"),
        ("C-COHEN-2", HEBREW_NAME),
    }
    assert all(row.before and row.before["enabled"] is True for row in disabled)


def test_who_narrows_to_one_actor_exactly(ctx: AppContext) -> None:
    add_staff(ctx, ADMIN, "dana", "sales", "a long password 1")
    set_setting(ctx, ROOT, "charge_lead_days", "1")
    add_rows(ctx, [{"actor": "adamant", "action": "staff.added", "entity": "staff"}])
    adam = browse_audit(ctx, ADMIN, AuditFilter(who="adam")).rows
    assert [(row.actor, row.action) for row in adam] == [("adam", "staff.added")]
    assert adam[0].after == {"name": "dana", "role": "sales", "active": True}
    root = browse_audit(ctx, ADMIN, AuditFilter(who="os:root")).rows
    assert [(row.actor, row.action) for row in root] == [("os:root", "setting.changed")]
    assert browse_audit(ctx, ADMIN, AuditFilter(who="nobody")).rows == ()
    assert len(browse_audit(ctx, ADMIN, AuditFilter()).rows) == 3


def test_action_is_exact_or_a_prefix_ending_in_a_dot(ctx: AppContext) -> None:
    add_rows(
        ctx,
        [
            {"action": "auto_renew.enabled"},
            {"action": "auto_renew.disabled"},
            {"action": "auto_renewal.made_up"},  # a longer word: not under "auto_renew."
            {"action": "autoxrenew.enabled"},  # "_" is a LIKE wildcard: it must not match "x"
            {"action": "auto_renew"},
            {"action": "charge.succeeded"},
        ],
    )
    prefix = browse_audit(ctx, ADMIN, AuditFilter(action="auto_renew.")).rows
    assert sorted(row.action for row in prefix) == ["auto_renew.disabled", "auto_renew.enabled"]
    exact = browse_audit(ctx, ADMIN, AuditFilter(action="auto_renew.enabled")).rows
    assert [row.action for row in exact] == ["auto_renew.enabled"]
    no_dot = browse_audit(ctx, ADMIN, AuditFilter(action="auto_renew")).rows
    assert [row.action for row in no_dot] == ["auto_renew"]
    assert browse_audit(ctx, ADMIN, AuditFilter(action="charge.")).rows[0].action == "charge.succeeded"


def test_customer_is_found_by_reference_or_name_in_any_case_hebrew_too(ctx: AppContext) -> None:
    two_customers(ctx)
    add_rows(ctx, [{"action": "charge.succeeded"}])  # no customer: never matches a customer filter

    def refs(text: str) -> list[str]:
        rows = browse_audit(ctx, FINANCE, AuditFilter(customer=text)).rows
        return sorted(row.customer_ref or "(none)" for row in rows)

    assert refs("c-levi") == ["C-LEVI-1"]
    assert refs("C-COHEN-2") == ["C-COHEN-2"]
    assert refs("dana LEVI") == ["C-LEVI-1"]
    assert refs("לוי") == ["C-COHEN-2"]
    assert refs("כהן") == ["C-COHEN-2"]
    assert refs("c-") == ["C-COHEN-2", "C-LEVI-1"]
    assert refs("100%") == []  # % is taken as itself, not as a wildcard
    assert refs("nobody") == []


def test_days_are_the_company_days_both_included(ctx: AppContext) -> None:
    set_setting(ctx, ADMIN, "timezone", "Asia/Jerusalem")  # UTC+2 in November, UTC+3 in July
    moments = {
        "before": datetime(2026, 11, 23, 21, 59, 59, tzinfo=UTC),  # 23:59:59 on the 23rd there
        "first": datetime(2026, 11, 23, 22, 0, 0, tzinfo=UTC),  # midnight starting the 24th
        "last": datetime(2026, 11, 25, 21, 59, 59, tzinfo=UTC),  # 23:59:59 on the 25th
        "after": datetime(2026, 11, 25, 22, 0, 0, tzinfo=UTC),  # midnight starting the 26th
        "summer_in": datetime(2026, 7, 9, 21, 0, 0, tzinfo=UTC),  # midnight starting 10 July
        "summer_out": datetime(2026, 7, 9, 20, 59, 59, tzinfo=UTC),  # still 9 July there
    }
    add_rows(ctx, [{"action": "test.moment", "entity_id": name, "at": at} for name, at in moments.items()])

    def names(first: date | None, last: date | None) -> set[str | None]:
        audit_filter = AuditFilter(action="test.moment", first_day=first, last_day=last)
        return {row.entity_id for row in browse_audit(ctx, ADMIN, audit_filter).rows}

    assert names(date(2026, 11, 24), date(2026, 11, 25)) == {"first", "last"}
    assert names(date(2026, 11, 24), date(2026, 11, 24)) == {"first"}
    assert names(date(2026, 11, 23), date(2026, 11, 23)) == {"before"}
    assert names(date(2026, 11, 26), None) == {"after"}
    assert names(None, date(2026, 7, 9)) == {"summer_out"}
    assert names(date(2026, 7, 10), date(2026, 7, 10)) == {"summer_in"}


def test_a_day_range_the_wrong_way_round_is_refused(ctx: AppContext) -> None:
    reversed_range = AuditFilter(first_day=date(2026, 11, 24), last_day=date(2026, 11, 23))
    with pytest.raises(UseCaseError) as refused:
        browse_audit(ctx, ADMIN, reversed_range)
    assert refused.value.code == "audit_range_reversed"
    assert refused.value.params == {"first": "2026-11-24", "last": "2026-11-23"}
    with pytest.raises(UseCaseError) as too_many:
        browse_audit(ctx, ADMIN, AuditFilter(), limit=0)
    assert too_many.value.code == "audit_page_size_invalid"


def test_choices_are_every_actor_and_action_once_sorted(ctx: AppContext) -> None:
    add_rows(
        ctx,
        [
            {"actor": "zoe", "action": "staff.added"},
            {"actor": "adam", "action": "setting.changed"},
            {"actor": "zoe", "action": "setting.changed"},
            {"actor": "system:scheduler", "action": "charge.succeeded"},
        ],
    )
    actors, actions = audit_choices(ctx, FINANCE)
    assert actors == ["adam", "system:scheduler", "zoe"]
    assert actions == ["charge.succeeded", "setting.changed", "staff.added"]


# -- paging -------------------------------------------------------------------------------------


def test_pages_give_every_entry_exactly_once(ctx: AppContext) -> None:
    start = ctx.clock.now()
    add_rows(
        ctx,
        [
            {
                "actor": "adam" if n % 3 else "zoe",
                "action": "charge.succeeded" if n % 2 else "card.check_passed",
                "at": start + timedelta(seconds=n),
                "entity_id": n,
            }
            for n in range(1234)
        ],
    )
    everything = every_row(ctx, ADMIN, AuditFilter(), 100)
    ids = [row.id for row in everything]
    assert len(ids) == 1234 and len(set(ids)) == 1234
    assert ids == sorted(ids, reverse=True)
    assert {row.entity_id for row in everything} == {str(n) for n in range(1234)}

    narrowed = every_row(ctx, ADMIN, AuditFilter(who="zoe", action="charge."), 37)
    expected = {str(n) for n in range(1234) if n % 3 == 0 and n % 2 == 1}
    assert [row.entity_id for row in narrowed] == sorted(expected, key=int, reverse=True)
    exact = browse_audit(ctx, ADMIN, AuditFilter(), limit=1234)
    assert len(exact.rows) == 1234 and not exact.more


# -- roles --------------------------------------------------------------------------------------


def test_sales_may_neither_browse_nor_export(ctx: AppContext, tmp_path: Path) -> None:
    add_rows(ctx, [{"action": "charge.succeeded"}])
    target = tmp_path / "audit.csv"
    for attempt in (
        lambda: browse_audit(ctx, SALES, AuditFilter()),
        lambda: audit_choices(ctx, SALES),
        lambda: export_audit_csv(ctx, SALES, AuditFilter(), str(target)),
    ):
        with pytest.raises(UseCaseError) as refused:
            attempt()
        assert refused.value.code == "forbidden"
        assert refused.value.params["role"] == "sales"
    assert not target.exists()
    assert audit_rows(ctx, "export.audit_log") == []


def test_finance_browses_and_exports(ctx: AppContext, tmp_path: Path) -> None:
    add_rows(ctx, [{"action": "charge.succeeded", "entity_id": 7}])
    assert [row.entity_id for row in browse_audit(ctx, FINANCE, AuditFilter()).rows] == ["7"]
    target = tmp_path / "audit.csv"
    assert export_audit_csv(ctx, FINANCE, AuditFilter(), str(target)) == 1
    assert target.exists()


# -- CSV ----------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_csv_carries_every_value_hebrew_intact_and_no_formula(ctx: AppContext, tmp_path: Path) -> None:
    two_customers(ctx)
    cohen = customer_id(ctx, "C-COHEN-2")
    at = datetime(2026, 11, 24, 8, 30, 15, tzinfo=UTC)
    add_rows(
        ctx,
        [
            {
                "actor": "=cmd|' /C calc'!A0",
                "action": "card.check_failed",
                "entity": "cycle",
                "entity_id": "@SUM(1+1)",
                "customer_id": cohen,
                "at": at,
                "before": {"holder": 'שלום, "עולם"\nשורה'},
                "after": {"reason": "-2+3", "amount": 5900},
            }
        ],
    )
    target = tmp_path / "audit.csv"
    shown = browse_audit(ctx, ADMIN, AuditFilter()).rows
    written = export_audit_csv(ctx, ADMIN, AuditFilter(), str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, *rows = read_csv(target)
    assert tuple(header) == CSV_COLUMNS
    assert written == len(rows) == len(shown)  # the export's own entry comes after the file
    assert [row[2] for row in rows] == [row.action for row in shown]
    by_action = {row[2]: row for row in rows}
    injected = by_action["card.check_failed"]
    assert injected[0] == "2026-11-24T08:30:15+00:00"
    assert injected[1] == "'=cmd|' /C calc'!A0"
    assert injected[3:7] == ["cycle", "'@SUM(1+1)", "C-COHEN-2", HEBREW_NAME]
    assert json.loads(injected[7]) == {"holder": 'שלום, "עולם"\nשורה'}
    assert json.loads(injected[8]) == {"reason": "-2+3", "amount": 5900}
    assert "שלום" in raw.decode("utf-8-sig")  # kept as letters, not \u escapes
    disabled = [row for row in rows if row[2] == "auto_renew.disabled"]
    assert {(row[1], row[5], row[6]) for row in disabled} == {
        ("sara", "C-LEVI-1", "Dana Levi"),
        ("sara", "C-COHEN-2", HEBREW_NAME),
    }
    imported = by_action["data.imported"]
    assert imported[5:7] == ["", ""]  # no customer: empty cells
    assert imported[7] == ""  # no before
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_follows_the_filter_and_the_export_is_audited(ctx: AppContext, tmp_path: Path) -> None:
    two_customers(ctx)
    target = tmp_path / "cohen.csv"
    audit_filter = AuditFilter(customer="כהן", first_day=date(2026, 11, 1), last_day=date(2026, 11, 30))
    progress: list[tuple[int, int]] = []
    written = export_audit_csv(
        ctx, FINANCE, audit_filter, str(target), progress=lambda done, total: progress.append((done, total))
    )
    assert written == 1
    _header, *rows = read_csv(target)
    assert [(row[2], row[5]) for row in rows] == [("auto_renew.disabled", "C-COHEN-2")]
    assert progress[0] == (0, 1) and progress[-1] == (1, 1)
    [entry] = audit_rows(ctx, "export.audit_log")
    assert (entry.actor, entry.entity, entry.entity_id) == ("fina", "export", "cohen.csv")
    assert entry.after == {
        "format": "csv",
        "rows": 1,
        "filter": {"who": None, "action": None, "customer": "כהן", "from": "2026-11-01", "to": "2026-11-30"},
    }


def test_a_large_export_streams_in_pages_and_counts_them_all(ctx: AppContext, tmp_path: Path) -> None:
    count = EXPORT_PAGE * 2 + 17
    add_rows(ctx, [{"action": "charge.succeeded", "entity_id": n} for n in range(count)])
    target = tmp_path / "all.csv"
    progress: list[tuple[int, int]] = []
    written = export_audit_csv(
        ctx, ADMIN, AuditFilter(), str(target), progress=lambda done, total: progress.append((done, total))
    )
    assert written == count
    _header, *rows = read_csv(target)
    assert sorted(int(row[4]) for row in rows) == list(range(count))
    assert [done for done, _ in progress] == [0, EXPORT_PAGE, EXPORT_PAGE * 2, count]
    assert {total for _, total in progress} == {count}


def exports_folder(tmp_path: Path) -> Path:
    """A folder of its own (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_a_cancelled_export_leaves_no_file_and_is_not_audited(ctx: AppContext, tmp_path: Path) -> None:
    add_rows(ctx, [{"action": "charge.succeeded", "entity_id": n} for n in range(EXPORT_PAGE + 5)])
    folder = exports_folder(tmp_path)
    target = folder / "audit.csv"
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done > 0:  # after the first page is written: the file is half done
            cancel.set()

    with pytest.raises(UseCaseError) as stopped:
        export_audit_csv(ctx, ADMIN, AuditFilter(), str(target), progress=progress, cancel=cancel)
    assert stopped.value.code == "export_cancelled"
    assert list(folder.iterdir()) == []
    assert audit_rows(ctx, "export.audit_log") == []

    # A file already there stays as it was.
    target.write_text("kept", encoding="utf-8")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(UseCaseError):
        export_audit_csv(ctx, ADMIN, AuditFilter(), str(target), cancel=cancel)
    assert target.read_text(encoding="utf-8") == "kept"
    assert sorted(path.name for path in folder.iterdir()) == ["audit.csv"]


def test_a_missing_folder_or_a_reversed_range_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    folder = exports_folder(tmp_path)
    missing = folder / "no such folder" / "audit.csv"
    with pytest.raises(UseCaseError) as refused:
        export_audit_csv(ctx, ADMIN, AuditFilter(), str(missing))
    assert refused.value.code == "export_folder_missing"
    assert refused.value.params == {"folder": str(missing.parent)}
    target = folder / "audit.csv"
    with pytest.raises(UseCaseError) as reversed_range:
        export_audit_csv(
            ctx,
            ADMIN,
            AuditFilter(first_day=date(2026, 11, 2), last_day=date(2026, 11, 1)),
            str(target),
        )
    assert reversed_range.value.code == "audit_range_reversed"
    assert list(folder.iterdir()) == []
    assert audit_rows(ctx, "export.audit_log") == []
