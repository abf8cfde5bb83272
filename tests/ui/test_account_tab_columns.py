"""The account's Contacts, Cards, Proformas and Invoices tabs at 1280x800 in Spanish and Hebrew, with a
long Hebrew domain and long names: every column title is read whole (the names and companies give way
first), or, when even that is not enough, elided at its end with the whole title in its tooltip; a
title is never cut at both ends, as 'NIF / identificación fiscal' was under a tax ID."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.ui.application import install_language
from desktop.ui.customers.account_tab_base import AccountTab, LoadingAccountTab
from desktop.ui.customers.tab_columns import FittedColumns
from tests.app.helpers import SALES, customer_id
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account


def _title_room(table: QTableView, column: int) -> tuple[int, int]:
    """(the section's width, what its title needs whole, with the sort arrow if it has it)."""
    header = table.horizontalHeader()
    style = table.style()
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    needs = header.fontMetrics().horizontalAdvance(title) + 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin
    )
    if header.sortIndicatorSection() == column:
        needs += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
    return header.sectionSize(column), needs


def _settled(tab: LoadingAccountTab[object, object]) -> Callable[[], bool]:
    return lambda: tab.settled


@pytest.mark.parametrize("language", ["es", "he"])
def test_every_title_of_the_four_tabs_is_whole_at_1280_by_800(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    install_language(qapp, language)
    load_all(sctx)
    issue_proformas(sctx, SALES, customer_id(sctx, "moshe"), None)  # its Hebrew domain among them
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "moshe")
    tabs = window.account_panel.tabs
    checked = []
    for index in range(1, tabs.count()):
        tab = tabs.widget(index)
        if not isinstance(tab, AccountTab):
            continue
        tabs.setCurrentIndex(index)
        if isinstance(tab, LoadingAccountTab):
            qtbot.waitUntil(_settled(tab))
        qtbot.waitUntil(lambda: not window.tasks.busy)
        header = tab.table.horizontalHeader()
        assert tab.findChild(FittedColumns) is not None
        assert header.textElideMode() == Qt.TextElideMode.ElideRight
        shown = [c for c in range(tab.model.columnCount()) if not tab.table.isColumnHidden(c)]
        total = sum(header.sectionSize(c) for c in shown)
        assert total <= tab.table.viewport().width() + 1, "no column pushed out of sight"
        for column in shown:
            title = tab.model.headerData(column, Qt.Orientation.Horizontal)
            assert (
                tab.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title
            )
            width, needs = _title_room(tab.table, column)
            assert width >= needs, f"{tab.tab_title()}: {title!r} gets {width} px of {needs}"
        checked.append(tab.objectName())
    assert {"contactsTab", "cardsTab", "proformasTab", "invoicesTab"} <= set(checked)


def test_a_narrow_table_elides_titles_at_their_end_never_past_its_width(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory
) -> None:
    install_language(qapp, "es")
    load_all(sctx)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "dana")
    tabs = window.account_panel.tabs
    contacts = tabs.findChild(LoadingAccountTab, "contactsTab")
    assert isinstance(contacts, LoadingAccountTab)
    tabs.setCurrentWidget(contacts)
    qtbot.waitUntil(lambda: contacts.settled and contacts.model.rowCount() > 0)
    contacts.table.setFixedWidth(420)
    qtbot.waitUntil(lambda: contacts.table.viewport().width() <= 420)
    header = contacts.table.horizontalHeader()
    shown = range(contacts.model.columnCount())
    qtbot.waitUntil(
        lambda: sum(header.sectionSize(c) for c in shown) <= contacts.table.viewport().width() + 1
    )
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
