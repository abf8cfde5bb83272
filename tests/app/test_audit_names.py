"""The audit log names what its entries point at (R22 in people's words): the card, contact and
service of an entry, found by one query per page whatever its size, and missing (for the window to
fall back on) once deleted; new entries since the newest shown; CSV headers given by the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.app.audit_log import CSV_COLUMNS, AuditFilter, browse_audit, export_audit_csv
from desktop.app.audit_names import Named, Ref
from desktop.bootstrap import AppContext
from desktop.store import audit_repo
from tests.app.audit_history import DOMAIN, GONE_DOMAIN, card_change, delete_service
from tests.app.helpers import ADMIN, card_id, contact_id, service_id


@contextmanager
def statements(ctx: AppContext) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)


def test_an_entry_names_its_cards_contact_and_service(ctx: AppContext) -> None:
    card_change(ctx)
    [enabled] = browse_audit(ctx, ADMIN, AuditFilter(action="auto_renew.enabled")).rows
    visa, mastercard = card_id(ctx, "C-LEVI-1", "v1"), card_id(ctx, "C-LEVI-1", "m1")
    acme, levi = contact_id(ctx, "C-LEVI-1", "acme"), service_id(ctx, DOMAIN)
    assert enabled.before is not None and enabled.after is not None
    assert (enabled.before["card_id"], enabled.after["card_id"]) == (visa, mastercard)
    assert enabled.names[Ref.CARD, visa] == Named(Ref.CARD, visa, "visa", "4242", 12, 2030)
    assert enabled.names[Ref.CARD, mastercard] == Named(Ref.CARD, mastercard, "mastercard", "4444", 12, 2030)
    assert enabled.names[Ref.CONTACT, acme] == Named(Ref.CONTACT, acme, "Ruth Acme", "Acme Ltd")
    assert enabled.names[Ref.SERVICE, levi] == Named(Ref.SERVICE, levi, DOMAIN, "domain")


def test_a_deleted_service_is_missing_from_the_names(ctx: AppContext) -> None:
    card_change(ctx)
    gone = delete_service(ctx, GONE_DOMAIN)
    [disabled] = browse_audit(ctx, ADMIN, AuditFilter(action="auto_renew.disabled")).rows
    assert disabled.entity_id == str(gone)
    assert (Ref.SERVICE, gone) not in disabled.names
    assert (Ref.CARD, card_id(ctx, "C-LEVI-1", "v1")) in disabled.names  # the card is still there


def test_a_page_is_named_by_one_query_whatever_its_size(ctx: AppContext) -> None:
    card_change(ctx)
    levi = service_id(ctx, DOMAIN)
    visa = card_id(ctx, "C-LEVI-1", "v1")
    with ctx.db.transaction() as session:
        now = ctx.clock.now()
        for n in range(600):
            audit_repo.add(
                session,
                "sara",
                now,
                "auto_renew.changed",
                "service",
                levi,
                before={"card_id": visa, "billing_contact_id": None, "installments": 1},
                after={"card_id": visa + 1000 + n, "billing_contact_id": 77_000 + n, "installments": 2},
            )
    for size in (10, 500):
        with statements(ctx) as seen:
            page = browse_audit(ctx, ADMIN, AuditFilter(), limit=size)
        assert len(page.rows) == size
        assert len(seen) == 2, seen  # the rows, then the names of everything they point at
    assert page.rows[0].names[Ref.CARD, visa].detail == "4242"
    assert (Ref.CONTACT, 77_599) not in page.rows[0].names  # never existed: missing, not an error


def test_after_id_gives_what_was_written_since(ctx: AppContext) -> None:
    card_change(ctx)
    newest = browse_audit(ctx, ADMIN, AuditFilter()).rows[0].id
    assert browse_audit(ctx, ADMIN, AuditFilter(), after_id=newest).rows == ()
    with ctx.db.transaction() as session:
        for n in range(3):
            audit_repo.add(session, "adam", ctx.clock.now(), "setting.changed", "setting", f"k{n}")
    since = browse_audit(ctx, ADMIN, AuditFilter(), after_id=newest)
    assert [row.entity_id for row in since.rows] == ["k2", "k1", "k0"] and not since.more
    first = browse_audit(ctx, ADMIN, AuditFilter(), limit=2, after_id=newest)
    assert [row.entity_id for row in first.rows] == ["k2", "k1"] and first.more


def test_the_csv_headers_are_the_ones_given_and_the_cells_stay_codes(ctx: AppContext, tmp_path: Path) -> None:
    card_change(ctx)
    target = tmp_path / "audit.csv"
    words = [f"=Column {n}" if n == 0 else f"Column {n}" for n in range(len(CSV_COLUMNS))]
    export_audit_csv(ctx, ADMIN, AuditFilter(), str(target), headers=words)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",") == ["'=Column 0", *words[1:]]  # a header is a cell like any other
    assert "auto_renew.enabled" in target.read_text(encoding="utf-8-sig")
    with pytest.raises(ValueError):
        export_audit_csv(ctx, ADMIN, AuditFilter(), str(tmp_path / "short.csv"), headers=["one"])
