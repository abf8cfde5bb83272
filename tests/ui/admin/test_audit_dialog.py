"""The audit log browser (R22, R23) driven as staff use it: rows newest first, filters that narrow
them, "Load more", the details of an entry, a CSV export through the dialog, and the refusal a sales
workspace gets."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor, Role
from desktop.app.config import set_setting
from desktop.app.desk import Desk
from desktop.app.recurring import enable_recurring
from desktop.app.staff import add_staff, change_role, reset_password
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.store import audit_repo
from desktop.ui.admin.audit_dialog import PAGE, AuditDialog
from desktop.ui.admin.audit_model import ChangeColumn, Column
from desktop.ui.application import install_language
from desktop.ui.tasks import TaskRunner
from tests.app.audit_history import GONE_DOMAIN, card_change, delete_service
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    account,
    audit_rows,
    card_id,
    customer_id,
    order,
    service_id,
)
from tests.jobs.helpers import card, document, domain, load

ROOT = Actor("os:root", Role.ADMIN)
WAIT_MS = 30_000  # only reached when something is broken
Opener = Callable[[AppContext, Actor], AuditDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Iterator[Opener]:
    """Opens the dialog on a workspace and waits for its first rows; at the end waits for the work
    under way before the database goes away."""
    made: list[tuple[AuditDialog, TaskRunner]] = []

    def make(ctx: AppContext, actor: Actor) -> AuditDialog:
        tasks = TaskRunner()
        dialog = AuditDialog(Desk(ctx, actor), tasks)
        qtbot.addWidget(dialog)
        made.append((dialog, tasks))
        dialog.show()
        settle(qtbot, dialog, tasks)
        return dialog

    yield make
    for dialog, tasks in made:
        dialog.reject()
        tasks.wait(WAIT_MS)


def settle(qtbot: QtBot, dialog: AuditDialog, tasks: TaskRunner | None = None) -> None:
    runner = tasks or dialog._tasks
    qtbot.waitUntil(lambda: not runner.busy and not dialog.loading and not dialog.exporting, timeout=WAIT_MS)


def some_history(ctx: AppContext, bulk: int = 0) -> None:
    """adam adds dana, os:root changes a setting twice, and `bulk` scheduler entries."""
    add_staff(ctx, ADMIN, "dana", "sales", "a long password 1")
    set_setting(ctx, ROOT, "charge_lead_days", "2")
    set_setting(ctx, ROOT, "charge_lead_days", "3")
    if bulk:
        with ctx.db.transaction() as session:
            now = ctx.clock.now()
            for n in range(bulk):
                audit_repo.add(session, "system:scheduler", now, "charge.succeeded", "cycle", n)


def column(dialog: AuditDialog, which: Column) -> list[str]:
    model = dialog.model
    return [str(model.index(row, which).data()) for row in range(model.rowCount())]


def change_rows(dialog: AuditDialog) -> list[tuple[str, ...]]:
    """The before/after table of the chosen entry, as shown."""
    model = dialog.changes
    return [
        tuple(str(model.index(row, column).data()) for column in ChangeColumn)
        for row in range(model.rowCount())
    ]


def test_rows_are_shown_newest_first_with_details(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    assert dialog.model.rowCount() == len(audit_rows(sctx)) == 3
    assert column(dialog, Column.WHO) == ["os:root", "os:root", "adam"]
    assert column(dialog, Column.WHAT) == ["Setting changed", "Setting changed", "Staff member added"]
    assert column(dialog, Column.ENTITY)[0] == "Setting: Charge (days before expiry)"
    assert column(dialog, Column.CHANGE)[0] == "Charge (days before expiry): 2 → 3"
    tip = dialog.model.index(0, Column.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "setting.changed"  # the code, as the tool tip of its words
    assert "3 entries" in dialog.note.text()
    assert not dialog.load_more_button.isEnabled()

    # The newest entry is chosen at once: its heading, and its field before and after.
    assert dialog.heading.text().startswith("Setting changed, ")
    assert change_rows(dialog) == [("Charge (days before expiry)", "2", "3")]
    dialog.table.setCurrentIndex(dialog.model.index(2, Column.WHEN))
    assert "Concerning: Staff member: dana" in dialog.heading.text()
    # Something added has no before: "Field | Value".
    assert dialog.change_table.isColumnHidden(ChangeColumn.BEFORE)
    assert dialog.changes.headerData(ChangeColumn.AFTER, Qt.Orientation.Horizontal) == "Value"
    assert [(field, after) for field, _, after in change_rows(dialog)] == [
        ("Name", "dana"),
        ("Role", "Sales"),
        ("Active", "yes"),
    ]
    # The choices of the filters come from the log itself.
    assert [dialog.who.itemData(i) for i in range(dialog.who.count())] == ["", "adam", "os:root"]
    assert [dialog.what.itemData(i) for i in range(dialog.what.count())] == [
        "",
        "setting.changed",
        "staff.added",
    ]


def test_filters_narrow_the_rows(qtbot: QtBot, sctx: AppContext, open_dialog: Opener) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    dialog.who.setCurrentIndex(dialog.who.findData("adam"))
    qtbot.waitUntil(lambda: column(dialog, Column.WHO) == ["adam"], timeout=WAIT_MS)
    assert column(dialog, Column.WHAT) == ["Staff member added"]
    assert "1 entry," in dialog.note.text()

    dialog.who.setCurrentIndex(0)
    dialog.what.setCurrentIndex(dialog.what.findData("setting.changed"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert set(column(dialog, Column.WHO)) == {"os:root"}

    # Days the log has nothing on: no rows; the wrong way round: the reason, in words.
    today = sctx.today()
    dialog.first_day.setDate(QDate(today.year, today.month, today.day).addDays(1))
    dialog.last_day.setDate(QDate(today.year, today.month, today.day).addDays(5))
    dialog.refresh()
    settle(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    dialog.last_day.setDate(QDate(today.year, today.month, today.day))
    dialog.refresh()
    settle(qtbot, dialog)
    assert "comes after the last day" in dialog.note.text()
    assert "b42318" in dialog.note.styleSheet()


def test_load_more_brings_the_older_entries_once(qtbot: QtBot, sctx: AppContext, open_dialog: Opener) -> None:
    some_history(sctx, bulk=PAGE + 20)
    dialog = open_dialog(sctx, ADMIN)
    assert dialog.model.rowCount() == PAGE
    assert dialog.load_more_button.isEnabled()
    dialog.load_more_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PAGE + 23, timeout=WAIT_MS)
    ids = [row.id for row in dialog.model.rows]
    assert ids == sorted(set(ids), reverse=True)
    assert not dialog.load_more_button.isEnabled()


def test_finance_exports_what_the_filters_choose(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_history(sctx, bulk=PAGE + 20)
    dialog = open_dialog(sctx, FINANCE)
    assert dialog.export_button.isEnabled()
    target = tmp_path / "audit export"  # no suffix: the dialog adds ".csv"
    asked: list[tuple[Any, ...]] = []

    def save_name(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    dialog.what.setCurrentIndex(dialog.what.findData("charge.succeeded"))
    settle(qtbot, dialog)
    dialog.export_button.click()
    settle(qtbot, dialog)
    written = target.with_suffix(".csv")
    assert asked and str(asked[0][2]).startswith("audit-log-2026-11-24")
    with written.open(encoding="utf-8-sig", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header[:3] == ["When (UTC)", "Who", "Action"]  # the reader's language; the cells stay codes
    assert len(rows) == PAGE + 20  # every match, not only the page shown
    assert {row[2] for row in rows} == {"charge.succeeded"}
    assert f"{PAGE + 20} entries written to {written}" in dialog.note.text()
    assert dialog.progress is None and dialog.export_button.isEnabled()
    [entry] = audit_rows(sctx, "export.audit_log")
    assert entry.actor == "fina" and entry.after is not None and entry.after["rows"] == PAGE + 20


def test_a_cancelled_export_says_so_and_leaves_no_file(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener, tmp_path: Path
) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    # The worker is held busy so that Cancel is pressed before the export begins: no race.
    release = threading.Event()
    dialog._tasks.run(lambda: release.wait(WAIT_MS / 1000), lambda _: None, lambda _: None)
    target = tmp_path / "exports" / "audit.csv"
    target.parent.mkdir()
    dialog.export_to(str(target))
    assert dialog.progress is not None and dialog.progress.isVisible()
    cancel_button = dialog.progress.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()
    release.set()
    settle(qtbot, dialog)
    assert dialog.note.text() == "The export was cancelled; no file was written."
    assert list(target.parent.iterdir()) == []
    assert audit_rows(sctx, "export.audit_log") == []


def test_sales_gets_the_refusal(qtbot: QtBot, sctx: AppContext, open_dialog: Opener) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, SALES)
    assert dialog.note.text() == "Your role may not do this."
    assert dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    assert dialog.export_button.toolTip() == "Your role may not do this."


def test_default_days_are_the_last_thirty(qtbot: QtBot, sctx: AppContext, open_dialog: Opener) -> None:
    old = sctx.clock.now() - timedelta(days=45)
    with sctx.db.transaction() as session:
        audit_repo.add(session, "adam", old, "staff.added", "staff", 1)
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    chosen = dialog.current_filter()
    assert (chosen.first_day, chosen.last_day) == (sctx.today() - timedelta(days=30), sctx.today())
    assert dialog.model.rowCount() == 3  # the entry of 45 days ago is outside


# -- people's words (issue 11) -------------------------------------------------------------------


def choose_action(qtbot: QtBot, dialog: AuditDialog, action: str, rows: int) -> None:
    dialog.what.setCurrentIndex(dialog.what.findData(action))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows and not dialog.loading, timeout=WAIT_MS)


def test_a_card_change_reads_in_words_with_a_before_and_after_table(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    card_change(sctx)
    dialog = open_dialog(sctx, ADMIN)
    choose_action(qtbot, dialog, "auto_renew.enabled", 1)
    summary = plain(column(dialog, Column.CHANGE)[0])
    assert "Card: Visa •••• 4242 (12/30) → Mastercard •••• 4444 (12/30)" in summary
    assert "Billing contact: — → Ruth Acme (Acme Ltd)" in summary
    assert "Installments" not in summary  # unchanged fields stay out of the one-line summary
    assert plain(column(dialog, Column.ENTITY)[0]) == "Service: levi.co.il"
    assert plain(column(dialog, Column.CUSTOMER)[0]) == "Dana Levi (C-LEVI-1)"
    assert column(dialog, Column.WHO) == ["sara"]

    # The chosen entry's table: every field, the changed ones in bold.
    rows = {row[0]: row[1:] for row in change_rows(dialog)}
    assert rows["Card"] == ("Visa •••• 4242 (12/30)", "Mastercard •••• 4444 (12/30)")
    assert rows["Billing contact"] == ("—", "Ruth Acme (Acme Ltd)")
    assert rows["Auto-renew"] == ("on", "on")
    assert rows["Period"] == ("12 months", "12 months")
    assert not dialog.change_table.isColumnHidden(ChangeColumn.BEFORE)
    fonts = {
        str(dialog.changes.index(row, 0).data()): dialog.changes.index(row, 0).data(Qt.ItemDataRole.FontRole)
        for row in range(dialog.changes.rowCount())
    }
    assert isinstance(fonts["Card"], QFont) and fonts["Card"].bold()
    assert fonts["Period"] is None


def test_in_hebrew_the_fields_are_hebrew_and_the_card_stays_whole(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, open_dialog: Opener
) -> None:
    card_change(sctx)
    install_language(qapp, "he")  # the autouse fixture puts English back
    dialog = open_dialog(sctx, ADMIN)
    choose_action(qtbot, dialog, "auto_renew.enabled", 1)
    rows = {row[0]: row[1:] for row in change_rows(dialog)}
    assert "כרטיס" in rows and "Card" not in rows
    assert "איש קשר לחיוב" in rows
    before, after = rows["כרטיס"]
    assert (plain(before), plain(after)) == ("Visa •••• 4242 (12/30)", "Mastercard •••• 4444 (12/30)")
    assert before != plain(before)  # isolated: the digits read left to right in a Hebrew line
    summary = plain(column(dialog, Column.CHANGE)[0])
    assert (
        "כרטיס: Visa •••• 4242 (12/30) ← Mastercard •••• 4444 (12/30)" in summary
    )  # the arrow reads right to left
    assert all(not any("a" <= ch <= "z" for ch in field) for field in rows)  # no English field name


def test_a_swap_to_a_renewed_card_with_the_same_last_four_reads_as_two_cards(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    """Issue 11 (hostile 10): a renewed card keeps its brand and last four; the audit read
    "Visa •••• 4242 → Visa •••• 4242". The expiry tells the two apart."""
    soon = sctx.today() + timedelta(days=40)
    load(
        sctx,
        document(
            [
                account(
                    "C-NEW-1",
                    [domain("d1", "renewed.co.il", soon, card_ref="old")],
                    cards=[card("old", exp=(1, 2027)), card("new", exp=(12, 2030))],
                    orders=[order("d1")],
                )
            ]
        ),
    )
    enable_recurring(
        sctx,
        SALES,
        customer_id(sctx, "C-NEW-1"),
        [service_id(sctx, "renewed.co.il")],
        card_id=card_id(sctx, "C-NEW-1", "new"),
    )
    dialog = open_dialog(sctx, ADMIN)
    choose_action(qtbot, dialog, "auto_renew.enabled", 1)
    assert "Card: Visa •••• 4242 (01/27) → Visa •••• 4242 (12/30)" in plain(column(dialog, Column.CHANGE)[0])


def test_a_deleted_service_or_customer_still_reads_in_words(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    card_change(sctx)
    levi = customer_id(sctx, "C-LEVI-1")
    gone = delete_service(sctx, GONE_DOMAIN)
    with sctx.db.transaction() as session:
        now = sctx.clock.now()
        # The due checks keep the service's name in the entry itself.
        audit_repo.add(
            session,
            "system:scheduler",
            now,
            "cycle.needs_attention",
            "service",
            gone,
            customer_id=levi,
            after={"service": GONE_DOMAIN, "due": "2026-12-01", "reason": "no_price"},
        )
        audit_repo.add(session, "sara", now, "auto_renew.changed", "service", gone, customer_id=987_654)
    dialog = open_dialog(sctx, ADMIN)
    entities = [plain(text) for text in column(dialog, Column.ENTITY)]
    assert entities[0] == f"Service #{gone} (deleted)"  # it kept no name
    assert entities[1] == "Service: gone.co.il (deleted)"  # by the name it kept
    assert plain(column(dialog, Column.CUSTOMER)[0]) == "Customer #987654 (deleted)"
    assert column(dialog, Column.WHO)[1] == "Background checks"
    assert plain(column(dialog, Column.CHANGE)[1]) == (
        "Service: gone.co.il; Charge date: Dec 1, 2026; Reason: no price for this renewal"
    )
    switched_off = entities.index(f"Service #{gone} (deleted)", 1)
    assert column(dialog, Column.WHAT)[switched_off] == "Auto-renew switched off"


def test_no_visible_cell_shows_json_or_a_field_code(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    card_change(sctx)
    some_history(sctx)
    dana = next(entry.entity_id for entry in audit_rows(sctx, "staff.added"))
    change_role(sctx, ADMIN, int(dana or 0), "finance")
    reset_password(sctx, ADMIN, int(dana or 0), "another long password")
    levi = customer_id(sctx, "C-LEVI-1")
    with sctx.db.transaction() as session:  # entries as the due checks and the outbox write them
        now = sctx.clock.now()
        audit_repo.add(
            session,
            "system:scheduler",
            now,
            "charge.succeeded",
            "cycle",
            1,
            customer_id=levi,
            after={
                "service": "levi.co.il",
                "due": "2026-12-01",
                "amount": 5900,
                "currency": "ILS",
                "installments": 1,
                "invoice": "INV-7",
                "key": "rd-charge-1",
                "expires_on": "2027-12-31",
            },
        )
        audit_repo.add(
            session,
            "system:scheduler",
            now,
            "email.given_up",
            "outbox",
            99,
            customer_id=levi,
            before={"state": "failing", "failing_since": "2026-11-20T08:00:00+00:00"},
            after={"state": "given_up", "kind": "precharge_notice", "to": "dana@levi.co.il", "attempts": 9},
        )
        audit_repo.add(
            session,
            "fina",
            now,
            "export.audit_log",
            "export",
            "audit.csv",
            after={
                "format": "csv",
                "rows": 3,
                "filter": {"who": None, "customer": "כהן", "from": "2026-11-01"},
            },
        )
    dialog = open_dialog(sctx, ADMIN)
    entries = dialog.model.rows
    assert len(entries) > 10
    # What the entry kept around the change (the message, its address) is no change of its own.
    given_up = [entry.action for entry in entries].index("email.given_up")
    assert plain(column(dialog, Column.CHANGE)[given_up]) == "Delivery: failing → given up"
    dialog.table.setCurrentIndex(dialog.model.index(given_up, Column.WHEN))
    assert ("To", "", "dana@levi.co.il") in change_rows(dialog)
    for index, entry in enumerate(entries):
        dialog.table.setCurrentIndex(dialog.model.index(index, Column.WHEN))
        shown = [dialog.heading.text(), *(str(cell) for row in change_rows(dialog) for cell in row)]
        shown += [str(dialog.model.index(index, col).data()) for col in Column]
        codes = [key for side in (entry.before or {}, entry.after or {}) for key in side if "_" in key]
        for text in shown:
            assert not any(mark in text for mark in '{}[]"'), (entry.action, text)
            assert not any(code in text for code in codes), (entry.action, text)
            assert "True" not in text and "None" not in text, (entry.action, text)


def test_new_entries_appear_keeping_the_filters_and_the_chosen_entry(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    choose_action(qtbot, dialog, "setting.changed", 2)
    dialog.table.setCurrentIndex(dialog.model.index(1, Column.WHEN))  # the older one
    chosen = dialog.selected_row()
    assert chosen is not None
    # Another window of this desk changes a setting: the change is announced, the entry appears.
    dialog._workspace.call(set_setting, "charge_lead_days", "4")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT_MS)
    settle(qtbot, dialog)
    assert column(dialog, Column.CHANGE)[0] == "Charge (days before expiry): 3 → 4"
    assert dialog.what.currentData() == "setting.changed"
    still = dialog.selected_row()
    assert still is not None and still.id == chosen.id
    assert "3 entries" in dialog.note.text()
    # A change the filters do not choose adds no row, and the new entry's actor joins the choices.
    dialog._workspace.call(add_staff, "zoe", "sales", "a long password 2")
    settle(qtbot, dialog)
    assert dialog.model.rowCount() == 3
    selected = dialog.selected_row()
    assert selected is not None and selected.id == chosen.id
