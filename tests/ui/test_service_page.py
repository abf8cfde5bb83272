"""A service's own page (R10-R12), opened from the services table with a double click: card, billing
contact, on/off, and for a hosting package its period and installments."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.ui.customers.services_model import Column
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, audit_rows, card_id, contact_id, renew_states
from tests.jobs.helpers import renew_of
from tests.support.gated_gateway import gate_verifications
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


def settle(qtbot: QtBot, page: ServicePage) -> None:
    qtbot.waitUntil(page.settled, timeout=20_000)


def pick(qtbot: QtBot, combo: QComboBox, value: int | None, page: ServicePage) -> None:
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    settle(qtbot, page)


def save(qtbot: QtBot, page: ServicePage) -> None:
    settle(qtbot, page)
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
    assert note_of(window).text() == "levi-site: the changes are saved."  # said, and kept in view


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
        # ... and says why, beside the control (issue 11: it was greyed out with no reason).
        assert page.enabled_reason.isVisible()
        assert page.enabled_reason.text() == "Recurring payment needs at least one order on the account"
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
        settle(qtbot, page)
        save_button = page.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert page.mismatch.isVisible() and page.acknowledge.isVisible()
        # The Risk line names what the warning says (it said "—").
        assert page.expiry.isVisible()
        assert page.risks.text().splitlines() == [
            "The card expires before the charge date: the charge will fail, the service may be suspended"
            " and reactivation may cost extra",
            "The card holder matches neither the billing contact's name nor its company",
        ]
        assert not save_button.isEnabled()
        page.acknowledge.setChecked(True)
        assert save_button.isEnabled()
        page.acknowledge.setChecked(False)
        pick(qtbot, page.card, cohen_card, page)  # held by Cohen Ltd: the contact's company
        assert not page.mismatch.isVisible() and save_button.isEnabled()
        assert "holder" not in page.risks.text()
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "levi-site"), ServicePage, steps)


def test_the_page_warns_when_a_card_expiring_before_the_charge_is_picked(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Issue 11: the page showed no R9 warning when such a card was picked and did not judge the risk
    again when the card changed. levi-site (on, charged 1 June 2027) with the card ending January
    2027; with lead days the charge date is the engine's (expiry less the lead days)."""
    load_all(sctx)
    sctx.settings = replace(sctx.settings, charge_lead_days=10)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    holder_card, short_card = card_id(sctx, "dana", "v1"), card_id(sctx, "dana", "v4")
    seen: list[str] = []

    def steps(page: ServicePage) -> None:
        settle(qtbot, page)
        assert page.expiry.isVisible()
        seen.append(page.expiry.text())
        assert page.next_charge.text() == "May 22, 2027"
        pick(qtbot, page.card, holder_card, page)
        assert not page.expiry.isVisible()
        pick(qtbot, page.card, None, page)  # "No card": the risk is judged again
        assert page.risks.text() == "No card is set for automatic renewal"
        assert not page.expiry.isVisible()
        pick(qtbot, page.card, short_card, page)
        # Issue 11 (hostile 9): the Risk line said "—" while the page warned of this very risk.
        assert page.expiry.isVisible()
        assert page.risks.text().splitlines()[0] == (
            "The card expires before the charge date: the charge will fail, the service may be suspended"
            " and reactivation may cost extra"
        )
        page.enabled.setChecked(False)  # switched off: no charge, nothing to warn of
        assert not page.expiry.isVisible() and page.next_charge.text() == "—"
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "levi-site"), ServicePage, steps)
    assert seen[0].startswith("The card expires before the next charge on May 22, 2027")
    assert window.account_panel.account is before

    def off_service(page: ServicePage) -> None:
        # levi-shop.com is off and expires on 1 February 2027: charged on 22 January, the card ending
        # January 2027 still pays it (the engine's rule); levi.co.il (1 March) it does not.
        settle(qtbot, page)
        page.enabled.setChecked(True)
        pick(qtbot, page.card, short_card, page)
        seen.append(page.expiry.text() if page.expiry.isVisible() else "")
        page.reject()

    while_modal(lambda: double_click(qtbot, window, "levi-shop.com"), ServicePage, off_service)
    while_modal(lambda: double_click(qtbot, window, "levi.co.il"), ServicePage, off_service)
    assert seen[1] == ""
    assert seen[2].startswith("The card expires before the next charge on Feb 19, 2027")


def test_cancel_while_the_page_saves_stops_before_anything_is_committed(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    gate = gate_verifications(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    states = renew_states(sctx)
    seen: dict[str, object] = {}

    def steps(page: ServicePage) -> None:
        try:
            settle(qtbot, page)
            page.enabled.setChecked(True)
            pick(qtbot, page.card, card_id(sctx, "dana", "v1"), page)
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
            qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
            seen["locked"] = not any(
                w.isEnabled() for w in (page.enabled, page.card, page.contact, page.save_button)
            )
            seen["saying"] = page.working.text()
            qtbot.keyClick(page, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
            seen["open"], seen["cancel"] = page.isVisible(), page.cancel_button.isEnabled()
            seen["stopping"] = page.working.text()
        finally:
            gate.gate.set()
        qtbot.waitUntil(lambda: not page.isVisible(), timeout=20_000)

    page = while_modal(lambda: double_click(qtbot, window, "levi.com"), ServicePage, steps)
    assert seen == {
        "locked": True,
        "saying": "Verifying the card and saving…",
        "open": True,
        "cancel": False,
        "stopping": "Stopping… nothing will be changed",
    }
    assert page.result() == QDialog.DialogCode.Rejected and page.outcome is None
    assert renew_states(sctx) == states
    assert audit_rows(sctx, "auto_renew.enabled") == []
