"""A service's own page (R10-R12), opened from the services table with a double click: card, billing
contact, on/off, and for a hosting package its period and installments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.ui.customers.services_model import Column
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, audit_rows, card_id, contact_id, renew_states
from tests.jobs.helpers import renew_of
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell, open_account, shown_names, wait_for_refresh, while_modal


def double_click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    table = window.account_panel.table
    index = window.account_panel.proxy.index(shown_names(window).index(name), Column.NAME)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    # A double click is a click, then the second press that Qt reports as a double click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]


def save(qtbot: QtBot, page: ServicePage) -> None:
    qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: page.result() == QDialog.DialogCode.Accepted or page.error.text() != "")
    assert page.error.text() == ""


def test_a_hosting_package_gets_another_card_contact_and_period(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    assert "Card expires first" in str(cell(window, "levi-site", Column.RISK))
    holder_card, levi_ltd = card_id(sctx, "dana", "v1"), contact_id(sctx, "dana", "k1")

    def steps(page: ServicePage) -> None:
        assert page.windowTitle() == "levi-site"
        assert page.enabled.isChecked()
        assert page.period.isVisible() and page.installments.isVisible()
        assert page.period.currentData() == 12
        assert (page.installments.value(), page.installments.maximum()) == (3, 3)
        page.period.setCurrentIndex(page.period.findData(24))
        assert (page.installments.value(), page.installments.maximum()) == (5, 5)  # R11: the most
        page.installments.setValue(4)
        page.card.setCurrentIndex(page.card.findData(holder_card))
        page.contact.setCurrentIndex(page.contact.findData(levi_ltd))
        save(qtbot, page)

    while_modal(lambda: double_click(qtbot, window, "levi-site"), ServicePage, steps)
    renew = renew_of(sctx, "levi-site")
    assert (renew.enabled, renew.card_id, renew.billing_contact_id) == (True, holder_card, levi_ltd)
    assert (renew.period_months, renew.installments) == (24, 4)
    changed = audit_rows(sctx, "auto_renew.changed")
    assert len(changed) == 1 and changed[0].after and changed[0].after["period_months"] == 24
    wait_for_refresh(qtbot, window, before)
    assert cell(window, "levi-site", Column.RISK) == ""
    assert cell(window, "levi-site", Column.CONTACT) == "Dana Levi"


def test_a_domain_page_offers_no_period_or_installments(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    states = renew_states(sctx)

    def steps(page: ServicePage) -> None:
        assert page.windowTitle() == "levi-shop.com"
        assert page.period.isHidden() and page.installments.isHidden()  # R12
        assert not page.enabled.isChecked()
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "levi-shop.com"), ServicePage, steps)
    assert renew_states(sctx) == states


def test_switching_on_with_the_only_card_keeps_that_card(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """One saved card: there is nothing to choose (R6). Switched on from the page, the service renews
    with that card rather than with none."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "moshe")
    only_card = card_id(sctx, "moshe", "v1")

    def steps(page: ServicePage) -> None:
        assert page.enabled.isEnabled() and not page.enabled.isChecked()
        page.enabled.setChecked(True)
        save(qtbot, page)

    while_modal(lambda: double_click(qtbot, window, "cohen.co.il"), ServicePage, steps)
    renew = renew_of(sctx, "cohen.co.il")
    assert renew.enabled
    assert renew.card_id == only_card
    wait_for_refresh(qtbot, window, before)
    assert cell(window, "cohen.co.il", Column.AUTO_RENEW) == "Active"
    assert "No card" not in str(cell(window, "cohen.co.il", Column.RISK))


def test_without_an_order_the_page_cannot_switch_on(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "noa")

    def steps(page: ServicePage) -> None:
        assert not page.enabled.isEnabled()  # R1
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "noa.co.il"), ServicePage, steps)
    assert not renew_of(sctx, "noa.co.il").enabled


def test_the_holder_warning_on_the_page_needs_an_acknowledgement(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """R7 holds on the service's page too: levi-site is paid by Dana Levi's card for Moshe Cohen
    (Cohen Ltd), and the account has several cards."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    cohen_card = card_id(sctx, "dana", "v2")

    def steps(page: ServicePage) -> None:
        save_button = page.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert page.mismatch.isVisible() and page.acknowledge.isVisible()
        assert not save_button.isEnabled()
        page.acknowledge.setChecked(True)
        assert save_button.isEnabled()
        page.acknowledge.setChecked(False)
        page.card.setCurrentIndex(page.card.findData(cohen_card))  # held by Cohen Ltd: the contact's company
        assert not page.mismatch.isVisible() and save_button.isEnabled()
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "levi-site"), ServicePage, steps)
