"""The account in the sales window (issue 11): the whole services table readable at 1280x800 in English,
Hebrew and Spanish, the R1 reason in the account's header (not run together with the background checks
in the status bar), and the open account reloaded after a change announced by any window or by the
background checks, keeping the sort and the ticks of the services that still exist (R34)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from desktop.app import recurring
from desktop.app.changes import DUE_RUN_CHANGES
from desktop.bootstrap import AppContext
from desktop.store.models import AutoRenew, Service
from desktop.ui.application import install_language
from desktop.ui.customers.account_panel import ELIDABLE
from desktop.ui.customers.services_model import Column
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, account, customer_id, service_id
from tests.jobs.helpers import card, document, domain, hosting, load
from tests.ui.accounts import HEBREW_DOMAIN, HEBREW_NAME, JUNE, MARCH, load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell, open_account, shown_names, tick

NO_ORDER = "Recurring payment needs at least one order on the account"


def _studio(ctx: AppContext) -> None:
    """A Hebrew-named customer with a long Hebrew domain, a hosting package at risk (its card expires
    before the charge) and a domain stopped after a declined card check."""
    site = hosting("h1", "studio-sheva-site", JUNE, card_ref="v2")
    stopped = domain("d2", "studio-sheva-design.co.il", MARCH)
    stopped["auto_renew"] = {
        "enabled": False,
        "stop_reason": "card_verification_declined",
        "stopped_at": "2026-11-10T09:00:00+00:00",
    }
    load(
        ctx,
        document(
            [
                account(
                    "studio",
                    [domain("d1", HEBREW_DOMAIN, MARCH), stopped, site],
                    name=HEBREW_NAME,
                    cards=[card("v1"), card("v2", exp=(1, 2027))],
                )
            ]
        ),
    )


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_whole_table_is_on_screen_at_1280(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    _studio(sctx)
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "studio")
    table = window.account_panel.table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in Column) <= viewport)
    for column in Column:
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport, column.name
    # The service's name keeps room for the long Hebrew domain.
    assert header.sectionSize(Column.NAME) >= table.fontMetrics().horizontalAdvance(HEBREW_DOMAIN)
    # What must be read whole is never cut, in any language: dates, the card with its expiry, the
    # risk; a text that elides (the stop reason, the contact) shows whole in its tooltip.
    proxy = window.account_panel.proxy
    metrics = table.fontMetrics()
    for column in (Column.EXPIRES, Column.CARD, Column.NEXT_CHARGE, Column.RISK):
        texts = [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]
        assert header.sectionSize(column) > max(metrics.horizontalAdvance(t) for t in texts), column.name
    for column in ELIDABLE:
        for row in range(proxy.rowCount()):
            index = proxy.index(row, column)
            if metrics.horizontalAdvance(str(index.data())) > header.sectionSize(column):
                assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    assert table.horizontalScrollBar().maximum() == 0


def test_the_r1_reason_is_shown_in_the_account_apart_from_the_checks(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "noa")
    reason = window.account_panel.offer_reason
    assert reason.text() == NO_ORDER
    assert reason.isVisible()
    assert window.account_panel.isAncestorOf(reason)
    assert not window.statusBar().isAncestorOf(reason)
    open_account(qtbot, window, sctx, "dana")  # a card and an order: nothing to explain
    assert reason.text() == "" and not reason.isVisible()


def test_the_open_account_reloads_when_another_window_changes_it(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    window.account_panel.table.sortByColumn(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    order = shown_names(window)
    tick(window, "levi.com", "dana.co.il")
    assert "Card expires first" in str(cell(window, "levi-site", Column.RISK))

    # Another window of this desk switches the hosting package off: this view hears of it by itself.
    window.workspace.call(recurring.disable_recurring, before.customer.id, [service_id(sctx, "levi-site")])
    qtbot.waitUntil(lambda: cell(window, "levi-site", Column.AUTO_RENEW) == "Switched off by staff")
    assert cell(window, "levi-site", Column.RISK) == ""
    assert shown_names(window) == order  # the sort is kept
    assert window.account_panel.sort_state() == (Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    ticked = {s.name for s in window.account_panel.model.services() if s.id in window.account_panel.ticked()}
    assert ticked == {"levi.com", "dana.co.il"}


def test_a_background_run_reloads_the_account_and_drops_ticks_of_services_gone(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi.com", "dana.co.il")
    gone = service_id(sctx, "dana.co.il")
    with sctx.db.transaction() as session:
        session.execute(delete(AutoRenew).where(AutoRenew.service_id == gone))
        session.execute(delete(Service).where(Service.id == gone))
    window.workspace.announce(DUE_RUN_CHANGES)  # what the background checks say when a run ends
    qtbot.waitUntil(lambda: window.account_panel.account is not before)
    assert "dana.co.il" not in shown_names(window)
    assert window.account_panel.ticked() == [service_id(sctx, "levi.com")]
    assert window.account_panel.account is not None
    assert window.account_panel.account.customer.id == customer_id(sctx, "dana")


def test_the_count_says_how_many_services_and_how_many_at_risk(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window: MainWindow = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    assert window.account_panel.count.text() == "5 services, 1 at risk"
    window.account_panel.filter_text.setText("levi.c")
    assert window.account_panel.count.text() == "2 of 5 services shown, 1 at risk"
    open_account(qtbot, window, sctx, "noa")
    assert window.account_panel.count.text() == "1 service"
