"""The Proformas tab chooses a proforma by its number in English and in Hebrew: QTableView.selectRow
chooses nothing in a right-to-left table whose columns stop short of its left edge, so the tab chooses
through the selection model (as the Follow-up window does) and its actions follow the choice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.ui.application import install_language
from desktop.ui.customers.proformas_tab import ProformasTab
from tests.app.helpers import SALES, customer_id, service_id
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account


@pytest.mark.parametrize("language", ["en", "he"])
def test_choose_chooses_the_proforma_and_offers_its_actions(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory, language: str
) -> None:
    load_all(sctx)
    dana = customer_id(sctx, "dana")
    [first] = issue_proformas(sctx, SALES, dana, [service_id(sctx, "levi.com")])
    [second] = issue_proformas(sctx, SALES, dana, [service_id(sctx, "levi.co.il")])
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    window.resize(1280, 800)
    open_account(qtbot, window, sctx, "dana")
    tab = window.account_panel.findChild(ProformasTab)
    assert isinstance(tab, ProformasTab)
    window.account_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.settled and tab.model.rowCount() == 2, timeout=20_000)
    assert tab.table.isRightToLeft() is (language == "he")
    assert tab.chosen() is None and not tab.pay_button.isEnabled()

    for number in (first.number, second.number):
        assert tab.choose(number)
        chosen = tab.chosen()
        assert chosen is not None and chosen.number == number
        assert tab.pay_button.isEnabled() and tab.view_button.isEnabled()
    assert not tab.choose(999_999)
