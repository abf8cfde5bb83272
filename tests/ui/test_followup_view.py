"""The Follow-up window (R41) on the real widgets: the count on the main window's action, the rows most
urgent first, each row's actions by role, a renew link sent from it, and a row that leaves when its
cause is gone, by itself."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.app.actor import Actor, Role
from desktop.app.followup import followup_list
from desktop.bootstrap import AppContext
from desktop.core.codes import FollowUpKind
from desktop.core.followup import MAX_PAGE
from desktop.store.models import AutoRenew, OutboxMessage, Service
from desktop.ui.customers.cards_tab import CardsTab
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.followup import followup_window
from desktop.ui.followup.followup_model import Column
from desktop.ui.followup.followup_window import FollowUpWindow
from desktop.ui.help import topic_of
from desktop.ui.main_window import MainWindow
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, row_count

SALES = Actor("sara", Role.SALES)
FINANCE = Actor("fina", Role.FINANCE)


def _open(qtbot: QtBot, window: MainWindow) -> FollowUpWindow:
    window.followup.action.trigger()
    followup = window.followup.window
    assert followup is not None
    qtbot.waitUntil(lambda: row_count(followup.table) > 0)
    return followup


def _choose(qtbot: QtBot, followup: FollowUpWindow, service: str) -> None:
    for row in range(row_count(followup.table)):
        if service in cell_text(followup.table, row, Column.SERVICE):
            followup.choose_row(row)
            qtbot.waitUntil(lambda: followup.chosen is not None and followup.chosen.service == service)
            return
    raise AssertionError(f"{service} is not listed")


def test_the_list_its_count_and_a_renew_link(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    qtbot.waitUntil(lambda: window.followup.count is not None)
    count = window.followup.count
    assert count and count >= 2
    assert f"({count})" in window.followup.action.text()
    assert window.followup.action in window.toolbar.actions()

    followup = _open(qtbot, window)
    assert row_count(followup.table) == count
    # Most urgent first: the days left never decrease down the table.
    days = [row.days_left for row in followup.model.shown_rows() if row.days_left is not None]
    assert days == sorted(days)
    kinds = {row.kind for row in followup.model.shown_rows()}
    assert {FollowUpKind.AUTO_RENEW_STOPPED, FollowUpKind.CARD_EXPIRES_FIRST} <= kinds
    assert "Auto-renew stopped" in followup.summary.text()

    _choose(qtbot, followup, "levi-shop.com")  # stopped after a declined card check
    assert cell_text(followup.table, followup.table.currentIndex().row(), Column.KIND) == "Auto-renew stopped"
    labels = [button.text() for button in followup.buttons if not button.isHidden()]
    assert labels == ["Replace card…", "Switch on again…", "Send a renew link"]
    assert all(button.isEnabled() for button in followup.buttons if not button.isHidden())

    followup.buttons[2].click()
    qtbot.waitUntil(lambda: "renew link" in followup.note.text())
    with sctx.db.reading() as session:
        queued = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "renew_link")).one()
        assert queued.to_address == "dana@example.com"

    # Replace card: the account opens on its Cards tab.
    followup.buttons[0].click()
    qtbot.waitUntil(lambda: window.account_panel.account is not None)
    assert isinstance(window.account_panel.tabs.currentWidget(), CardsTab)

    # Switch on again: the Recurring dialog for that one service, once the account is read.
    seen: list[RecurringDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecurringDialog):
            seen.append(dialog)
            dialog.reject()

    timer = QTimer(interval=20)
    timer.timeout.connect(close_it)
    timer.start()
    followup.buttons[1].click()
    qtbot.waitUntil(lambda: bool(seen))
    timer.stop()

    # Its cause gone (auto-renew on again, elsewhere), the row leaves by itself, and the count follows.
    with sctx.db.transaction() as session:
        service_id = session.scalars(select(Service.id).where(Service.name == "levi-shop.com")).one()
        session.execute(
            update(AutoRenew).where(AutoRenew.service_id == service_id).values(enabled=True, stop_reason=None)
        )
    followup.reload()  # (a change by another process is heard from the audit log; this one wrote none)
    window.followup.recount()
    qtbot.waitUntil(lambda: all(row.service != "levi-shop.com" for row in followup.model.shown_rows()))
    qtbot.waitUntil(lambda: window.followup.count == count - 1)


def test_finance_sees_the_list_but_not_the_sales_actions(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, FINANCE)
    followup = _open(qtbot, window)
    _choose(qtbot, followup, "levi-shop.com")
    shown = [button for button in followup.buttons if not button.isHidden()]
    assert shown and not any(button.isEnabled() for button in shown)
    assert "role" in shown[0].toolTip().lower()


def test_a_page_at_a_time_with_show_more(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages of two rows here (200 in use): "2 of N", Show more adds the next two after the last row
    shown, until the whole list is there in the list's order; F1 opens the follow-up guide."""
    monkeypatch.setattr(followup_window, "PAGE", 2)
    load_all(sctx)
    with sctx.db.transaction() as session:  # every auto-renew stopped by staff: a longer list
        session.execute(
            update(AutoRenew).values(
                enabled=False, stop_reason="staff_switched_off", stopped_at=datetime.now(UTC)
            )
        )
    whole = followup_list(sctx, SALES, limit=MAX_PAGE)
    assert whole.total > 4
    window = make_window(sctx, SALES)
    qtbot.waitUntil(lambda: window.followup.count is not None)
    assert window.followup.count == whole.total
    followup = _open(qtbot, window)
    assert row_count(followup.table) == 2
    assert followup.summary.text().startswith(f"2 of {whole.total} rows to follow up")
    assert followup.more.isVisible()

    def more_than(shown: int) -> bool:
        return row_count(followup.table) > shown

    while followup.more.isVisible():
        shown = row_count(followup.table)
        followup.more.click()
        qtbot.waitUntil(partial(more_than, shown))
    assert [row.key for row in followup.model.shown_rows()] == [row.key for row in whole.rows]
    assert followup.summary.text().startswith(f"{whole.total} rows to follow up")

    # A reload (after any change) keeps the pages shown.
    followup.reload()
    qtbot.waitUntil(lambda: followup.found is not None and not followup.more.isVisible())
    assert row_count(followup.table) == whole.total
    assert topic_of(followup) == "followup"
