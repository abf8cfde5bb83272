"""Recurring All in a few statements leaves the same rows as switching the same services on one at a
time: auto-renews, audit entries (one per service, R22), cycles reopened or made (R29, R30), updated
notices for announced cycles (R28), the card's verification stamp. Checked for any choice of services,
card and billing contact (hypothesis) on SQLite, and for one such choice on PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Table, select

from desktop.app.customers import load_account
from desktop.app.recurring import disable_recurring, enable_recurring
from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from desktop.store.models import AuditEntry, AutoRenew, Card, Cycle, OutboxMessage
from tests.app.helpers import SALES, account, card_id, contact, contact_id, customer_id, order, service_id
from tests.jobs.helpers import card, document, domain, hosting, load, run_on
from tests.support.templates import MIGRATED, Templates

FIRST_RUN, SECOND_RUN = date(2026, 11, 24), date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # after the second run
WORKSTATION = "front-desk-2"
# The check day (15 days before expiry) of those expiring before 16 December has come.
SERVICES = ("soon.co.il", "stopped.co.il", "later.com", "unchecked.com", "site-a", "site-b", "site-c")
CARDS = ("v1", "v2")
CONTACTS = (None, "k1", "k2")


def _switched_on(services: list[dict[str, Any]], names: set[str]) -> list[dict[str, Any]]:
    for service in services:
        service["auto_renew"]["enabled"] = service["name"] in names
    return services


def _world(ctx: AppContext, clock: ManualClock) -> None:
    """Dana's account: announced cycles (a due run sent their notices), one of them stopped since
    (switched off by staff), a service off whose check day has come without a cycle, hosting with
    installments and a billing contact, two cards (v2's holder a company) and two contacts."""
    services = _switched_on(
        [
            domain("s1", "soon.co.il", date(2026, 12, 5), enabled=True),
            domain("s2", "stopped.co.il", SECOND_RUN, enabled=True),
            domain("s3", "later.com", date(2027, 6, 1), card_ref=None, enabled=False),
            domain("s4", "unchecked.com", date(2026, 12, 1), card_ref=None, enabled=False),
            hosting("h1", "site-a", date(2026, 12, 7), period=12, installments=3, contact="k1"),
            hosting("h2", "site-b", date(2027, 3, 1), period=36, card_ref=None),
            hosting("h3", "site-c", date(2026, 12, 3), period=3, card_ref=None),
        ],
        {"soon.co.il", "stopped.co.il", "site-a"},
    )
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    services,
                    cards=[card("v1"), {**card("v2", number="5555555555554444"), "holder": "Cohen Ltd"}],
                    contacts=[
                        contact("k1", "Dana Levi", "Levi Ltd"),
                        contact("k2", "Moshe Cohen", "Cohen Ltd"),
                    ],
                    orders=[order("s1")],
                )
            ]
        ),
    )
    run_on(ctx, clock, FIRST_RUN)  # checks the cards and sends the notices of those due soon
    disable_recurring(ctx, SALES, customer_id(ctx, "dana"), [service_id(ctx, "stopped.co.il")])
    run_on(ctx, clock, SECOND_RUN)  # its charge day: the switched-off service's cycle stops


def _context(url: str, clock: ManualClock) -> AppContext:
    return build_context(
        url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7, workstation=WORKSTATION
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Path:
    """The world once per module, as a SQLite file each example copies."""
    path = tmp_path_factory.mktemp("recurring-bulk") / "base.sqlite3"
    templates.fill(f"sqlite:///{path}", MIGRATED)
    clock = ManualClock(NOW)
    ctx = _context(f"sqlite:///{path}", clock)
    try:
        _world(ctx, clock)
    finally:
        ctx.close()
    return path


def _rows(ctx: AppContext, table: Table, left_out: Sequence[str] = ()) -> list[tuple[Any, ...]]:
    with ctx.db.reading() as session:
        rows = session.execute(select(table)).mappings().all()
    return sorted(
        tuple(
            (key, json.dumps(value, sort_keys=True, default=str))
            for key, value in row.items()
            if key not in left_out
        )
        for row in rows
    )


def _state(ctx: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """What switching on may change, each table's rows without the ids a different order of inserts
    would give (a new cycle's id; an audit entry's)."""
    return {
        "auto_renew": _rows(ctx, AutoRenew.__table__),  # type: ignore[arg-type]
        "cards": _rows(ctx, Card.__table__),  # type: ignore[arg-type]
        "cycles": _rows(ctx, Cycle.__table__, ("id",)),  # type: ignore[arg-type]
        "audit": _rows(ctx, AuditEntry.__table__, ("id",)),  # type: ignore[arg-type]
        "outbox": _rows(ctx, OutboxMessage.__table__, ("id",)),  # type: ignore[arg-type]
    }


def _switch_on(
    ctx: AppContext, names: Sequence[str], card_ref: str, contact_ref: str | None, together: bool
) -> None:
    dana = customer_id(ctx, "dana")
    ids = [service_id(ctx, name) for name in names]
    chosen = {
        "card_id": card_id(ctx, "dana", card_ref),
        "contact_id": contact_id(ctx, "dana", contact_ref) if contact_ref else None,
        "mismatch_acknowledged": True,
    }
    for batch in [ids] if together else [[one] for one in ids]:
        enable_recurring(ctx, SALES, dana, batch, **chosen)  # type: ignore[arg-type]


def _both_ways(
    urls: tuple[str, str], names: Sequence[str], card_ref: str, contact_ref: str | None
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    for url, together in zip(urls, (True, False), strict=True):
        ctx = _context(url, ManualClock(NOW))
        try:
            _switch_on(ctx, names, card_ref, contact_ref, together)
            yield _state(ctx)
        finally:
            ctx.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.sampled_from(SERVICES), min_size=1, unique=True),
    card_ref=st.sampled_from(CARDS),
    contact_ref=st.sampled_from(CONTACTS),
)
def test_all_at_once_leaves_what_one_at_a_time_leaves(
    base: Path, tmp_path: Path, names: list[str], card_ref: str, contact_ref: str | None
) -> None:
    copies = []
    for way in ("together", "one-by-one"):
        copy = tmp_path / f"{way}-{'-'.join(names)}-{card_ref}-{contact_ref}.sqlite3"
        with sqlite3.connect(base) as source, sqlite3.connect(copy) as target:
            source.backup(target)  # with what the write-ahead log still holds
        copies.append(f"sqlite:///{copy}")
    together, one_by_one = _both_ways((copies[0], copies[1]), names, card_ref, contact_ref)

    assert together == one_by_one
    switched = [row for row in together["audit"] if ("action", '"auto_renew.enabled"') in row]
    assert len(switched) == len(names)  # one entry per service (R22), the workstation's name on each
    assert all(("workstation", json.dumps(WORKSTATION)) in row for row in switched)


def test_the_world_has_what_the_comparison_needs(base: Path) -> None:
    """The base holds every case the property test is about: announced cycles, an ended one, services
    whose check day came without a cycle."""
    ctx = _context(f"sqlite:///{base}", ManualClock(NOW))
    try:
        with ctx.db.reading() as session:
            cycles = session.execute(select(Cycle.status, Cycle.notice_version)).all()
        assert any(version >= 1 and status in ("open", "checked") for status, version in cycles)
        assert any(status == "cancelled" for status, _ in cycles)  # ended: switching on reopens it
        account_ = load_account(ctx, SALES, customer_id(ctx, "dana"))
        assert {service.name for service in account_.services} == set(SERVICES)
        assert {service.name for service in account_.services if not service.auto_renew_on} == {
            "stopped.co.il",
            "later.com",
            "unchecked.com",
            "site-b",
            "site-c",
        }
    finally:
        ctx.close()


@pytest.mark.postgres
def test_all_at_once_on_postgresql(pg_server: Any, templates: Templates) -> None:
    """The same on PostgreSQL (its `= ANY(array)` and INSERT ... SELECT), for every service at once with
    the other card and a billing contact."""
    urls, databases = [], []
    try:
        for _ in range(2):
            database = pg_server.create_database()
            databases.append(database)
            url = pg_server.url(database)
            templates.fill(url, MIGRATED, server=pg_server)
            clock = ManualClock(NOW)
            ctx = _context(url, clock)
            try:
                _world(ctx, clock)
            finally:
                ctx.close()
            urls.append(url)
        together, one_by_one = _both_ways((urls[0], urls[1]), list(SERVICES), "v2", "k2")
        assert together == one_by_one
    finally:
        for database in databases:
            pg_server.drop_database(database)


def _switch_off(ctx: AppContext, names: Sequence[str], together: bool) -> int:
    dana = customer_id(ctx, "dana")
    ids = [service_id(ctx, name) for name in names]
    return sum(
        disable_recurring(ctx, SALES, dana, batch) for batch in ([ids] if together else [[i] for i in ids])
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(SERVICES), min_size=1, unique=True))
def test_switching_off_all_at_once_leaves_what_one_at_a_time_leaves(
    base: Path, tmp_path: Path, names: list[str]
) -> None:
    """R27 for many services in a few statements: the same auto-renews, one audit entry and one
    e-mail per service that was on, nothing for one already off."""
    states, counts = [], []
    for together in (True, False):
        copy = tmp_path / f"off-{together}-{'-'.join(names)}.sqlite3"
        with sqlite3.connect(base) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        ctx = _context(f"sqlite:///{copy}", ManualClock(NOW))
        try:
            counts.append(_switch_off(ctx, names, together))
            states.append(_state(ctx))
        finally:
            ctx.close()
    assert states[0] == states[1]
    assert counts[0] == counts[1] == len({"soon.co.il", "site-a"} & set(names))  # those that were on
    before = _context(f"sqlite:///{base}", ManualClock(NOW))
    try:
        outbox_before = _state(before)["outbox"]
    finally:
        before.close()
    added = [row for row in states[0]["outbox"] if row not in outbox_before]
    assert len(added) == counts[0]
    assert all(("kind", '"stopped_by_staff"') in row for row in added)
