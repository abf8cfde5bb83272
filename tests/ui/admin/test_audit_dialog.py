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
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor, Role
from desktop.app.config import set_setting
from desktop.app.staff import add_staff
from desktop.app.workspace import Workspace
from desktop.bootstrap import AppContext
from desktop.store import audit_repo
from desktop.ui.admin.audit_dialog import PAGE, AuditDialog
from desktop.ui.admin.audit_model import Column
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, FINANCE, SALES, audit_rows

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
        dialog = AuditDialog(Workspace(ctx, actor), tasks)
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


def test_rows_are_shown_newest_first_with_details(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    assert dialog.model.rowCount() == len(audit_rows(sctx)) == 3
    assert column(dialog, Column.WHO) == ["os:root", "os:root", "adam"]
    assert column(dialog, Column.WHAT) == ["Setting changed", "Setting changed", "Staff member added"]
    assert column(dialog, Column.ENTITY)[0] == "Setting charge_lead_days"
    assert column(dialog, Column.CHANGE)[0] == "value: 2 → 3"
    tip = dialog.model.index(0, Column.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "setting.changed"  # the code, as the tool tip of its words
    assert "3 entries" in dialog.note.text()
    assert not dialog.load_more_button.isEnabled()

    details = dialog.details.toPlainText()  # the newest entry is chosen at once
    assert "setting.changed" in details
    assert details.index('"value": "2"') < details.index('"value": "3"')  # before, then after
    dialog.table.setCurrentIndex(dialog.model.index(2, Column.WHEN))
    details = dialog.details.toPlainText()
    assert "staff.added" in details and '"name": "dana"' in details and "Before:\n—" in details
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
    assert header[:3] == ["at", "actor", "action"]
    assert len(rows) == PAGE + 20  # every match, not only the page shown
    assert {row[2] for row in rows} == {"charge.succeeded"}
    assert f"{PAGE + 20} rows written to {written}" in dialog.note.text()
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
    assert dialog.export_button.toolTip() == "Your role may not do this"


def test_default_days_are_the_last_thirty(qtbot: QtBot, sctx: AppContext, open_dialog: Opener) -> None:
    old = sctx.clock.now() - timedelta(days=45)
    with sctx.db.transaction() as session:
        audit_repo.add(session, "adam", old, "staff.added", "staff", 1)
    some_history(sctx)
    dialog = open_dialog(sctx, ADMIN)
    chosen = dialog.current_filter()
    assert (chosen.first_day, chosen.last_day) == (sctx.today() - timedelta(days=30), sctx.today())
    assert dialog.model.rowCount() == 3  # the entry of 45 days ago is outside
