"""Recurring and Recurring All through the sales window (R5-R9, R34): the dialog the action opens, its
table of services (how each renews now and after Confirm), pickers and warnings from the use case's
preview, Confirm, Cancel while the card is verified, and what the database and the window hold
afterwards. The main flow runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import recurring
from desktop.app.recurring import enable_recurring
from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.core.cards import expires_before
from desktop.core.due_dates import charge_date
from desktop.ui.colours import success_color
from desktop.ui.customers.services_model import Column
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.recurring_rows import Column as Rows
from tests.app.helpers import (
    SALES,
    account,
    audit_rows,
    card_id,
    contact_id,
    customer_id,
    order,
    renew_states,
    service_id,
)
from tests.jobs.helpers import document, domain, load, renew_of
from tests.support.gated_gateway import gate_verifications
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell, open_account, tick, wait_for_refresh, while_modal


def rows(dialog: RecurringDialog) -> dict[str, dict[Rows, str]]:
    """The table as the dialog shows it: service name -> column -> text (isolate marks removed)."""
    model = dialog.model
    return {
        plain(model.text_at(r, Rows.SERVICE)): {column: plain(model.text_at(r, column)) for column in Rows}
        for r in range(model.rowCount())
    }


def set_ticked(dialog: RecurringDialog, name: str, ticked: bool) -> None:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if plain(model.text_at(r, Rows.SERVICE)) == name)
    state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
    assert model.setData(model.index(row, Rows.SERVICE), state.value, Qt.ItemDataRole.CheckStateRole)


def settle(qtbot: QtBot, dialog: RecurringDialog) -> None:
    qtbot.waitUntil(dialog.settled, timeout=20_000)


def choose(qtbot: QtBot, dialog: RecurringDialog, which: str, value: int | None) -> None:
    combo = dialog.contact if which == "contact" else dialog.card
    index = combo.findData(value)
    assert index >= 0, f"{which} {value} is not offered"
    combo.setCurrentIndex(index)
    settle(qtbot, dialog)


def click(qtbot: QtBot, widget: QWidget) -> None:
    # A check box takes a click on its box or its text, not on the empty width the layout gives it.
    where = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]


def test_recurring_all_with_another_contact_and_a_card_expiring_first(
    qtbot: QtBot, ctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(ctx)
    window = make_window(ctx, SALES)
    before = open_account(qtbot, window, ctx, "dana")
    holder_card, company_card, short_card = (card_id(ctx, "dana", ref) for ref in ("v1", "v2", "v4"))
    cohen = contact_id(ctx, "dana", "k2")
    untouched = renew_of(ctx, "dana.co.il")
    site_before = renew_of(ctx, "levi-site")
    assert window.recurring_all.isEnabled()

    def steps(dialog: RecurringDialog) -> None:
        settle(qtbot, dialog)
        shown = rows(dialog)
        # R5: every domain of the account is ticked; the hosting package is not a domain.
        assert set(shown) == {"levi.co.il", "levi.com", "dana.co.il", "levi-shop.com"}
        assert set(dialog.chosen_services()) == {s.id for s in before.services if s.name in shown}
        assert all(row[Rows.NOW] == "Off" and row[Rows.CHANGE] == "Switched on" for row in shown.values())
        # R6: three cards, none chosen yet: Confirm waits for the choice.
        assert dialog.card.currentData() is None
        assert not dialog.confirm.isEnabled()
        set_ticked(dialog, "dana.co.il", False)

        choose(qtbot, dialog, "contact", cohen)
        choose(qtbot, dialog, "card", holder_card)  # held by Dana Levi: neither Moshe Cohen nor Cohen Ltd
        assert dialog.mismatch.isVisible()
        assert "Dana Levi" in plain(dialog.mismatch.text())
        assert dialog.acknowledge.isVisible() and not dialog.acknowledge.isChecked()
        assert not dialog.confirm.isEnabled()
        assert not dialog.expiry.isVisible()
        assert rows(dialog)["levi.com"][Rows.AFTER] == "Visa •••• 4242  12/2030 · Moshe Cohen"

        choose(qtbot, dialog, "card", company_card)  # held by Cohen Ltd, the contact's company: no warning
        assert not dialog.mismatch.isVisible() and not dialog.acknowledge.isVisible()
        assert dialog.confirm.isEnabled()

        choose(qtbot, dialog, "card", short_card)  # Dana Levi's card ending January 2027
        assert dialog.mismatch.isVisible() and not dialog.confirm.isEnabled()
        # R9: flagged for the services charged after January 2027, and it does not block Confirm.
        expiry = plain(dialog.expiry.text())
        assert dialog.expiry.isVisible()
        assert "levi.co.il" in expiry and "levi-shop.com" in expiry
        assert "levi.com" not in expiry.replace("levi.co.il", "")
        assert "dana.co.il" not in expiry  # unticked
        # The card's holder is not Cohen's either (R7): the account will say both, and so does the preview.
        assert rows(dialog)["levi.co.il"][Rows.RISK] == "Card expires first +1"
        assert rows(dialog)["levi.com"][Rows.RISK] == "Holder is not the contact"
        click(qtbot, dialog.acknowledge)
        assert dialog.acknowledge.isChecked()
        assert dialog.confirm.isEnabled()

        click(qtbot, dialog.confirm)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    dialog = while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.error.text() == ""

    switched = {s.id for s in before.services if s.name in ("levi.co.il", "levi.com", "levi-shop.com")}
    for name in ("levi.co.il", "levi.com", "levi-shop.com"):
        renew = renew_of(ctx, name)
        assert (renew.enabled, renew.card_id, renew.billing_contact_id) == (True, short_card, cohen), name
        assert renew.stop_reason is None
    assert renew_of(ctx, "dana.co.il").enabled is False
    assert renew_of(ctx, "dana.co.il").updated_at == untouched.updated_at
    assert renew_of(ctx, "levi-site").card_id == site_before.card_id
    enabled = audit_rows(ctx, "auto_renew.enabled")
    assert {int(row.entity_id or 0) for row in enabled} == switched
    assert {row.actor for row in enabled} == {"sara"}
    assert all(row.after and row.after["card_id"] == short_card for row in enabled)

    # The window refreshes itself after Confirm: the rows show Active, in green, with the R9 risk.
    after = wait_for_refresh(qtbot, window, before)
    assert {s.name for s in after.services if s.auto_renew_on} == {
        "levi.co.il",
        "levi.com",
        "levi-shop.com",
        "levi-site",
    }
    for name in ("levi.co.il", "levi.com", "levi-shop.com"):
        assert cell(window, name, Column.AUTO_RENEW) == "Active"
        brush = cell(window, name, Column.AUTO_RENEW, Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        assert brush.color() == success_color()
        assert cell(window, name, Column.CONTACT) == "Moshe Cohen"
    assert cell(window, "dana.co.il", Column.AUTO_RENEW) == "Off"
    assert "Card expires first" in str(cell(window, "levi.co.il", Column.RISK))
    assert "Card expires first" not in str(cell(window, "levi.com", Column.RISK))


def test_recurring_acts_on_the_ticked_services_only(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi.com", "dana.co.il")
    assert window.recurring.isEnabled()
    holder_card = card_id(sctx, "dana", "v1")

    def steps(dialog: RecurringDialog) -> None:
        assert set(rows(dialog)) == {"levi.com", "dana.co.il"}
        assert dialog.windowTitle() == "Recurring"
        choose(qtbot, dialog, "card", holder_card)
        # The account holder is the billing contact: no R7 warning whatever the card.
        assert dialog.contact.currentData() is None
        assert not dialog.mismatch.isVisible()
        assert dialog.confirm.isEnabled()
        click(qtbot, dialog.confirm)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    while_modal(window.recurring.trigger, RecurringDialog, steps)
    after = wait_for_refresh(qtbot, window, before)
    on = {s.name: s for s in after.services if s.auto_renew_on}
    assert set(on) == {"levi.com", "dana.co.il", "levi-site"}
    assert on["levi.com"].card_id == holder_card and on["levi.com"].billing_contact_id is None
    assert len(audit_rows(sctx, "auto_renew.enabled")) == 2


def test_cancel_before_confirm_changes_nothing(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    states = renew_states(sctx)

    def steps(dialog: RecurringDialog) -> None:
        choose(qtbot, dialog, "card", card_id(sctx, "dana", "v1"))
        assert dialog.confirm.isEnabled()
        click(qtbot, dialog.cancel_button)

    dialog = while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert renew_states(sctx) == states
    assert audit_rows(sctx, "auto_renew.enabled") == []
    assert window.account_panel.account is before  # no refresh after a cancel


def _press_cancel(qtbot: QtBot, dialog: RecurringDialog) -> None:
    click(qtbot, dialog.cancel_button)


def _press_escape(qtbot: QtBot, dialog: RecurringDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]


def _close_window(qtbot: QtBot, dialog: RecurringDialog) -> None:
    dialog.close()  # the window's X


@pytest.mark.parametrize("stop", [_press_cancel, _press_escape, _close_window], ids=["cancel", "esc", "x"])
def test_cancel_while_the_card_is_verified_stops_before_anything_is_committed(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    stop: Callable[[QtBot, RecurringDialog], None],
) -> None:
    """Issue 11: Cancel during the verification closed the dialog, the table said "Off", and the
    database had both domains switched on. Now the inputs are locked while the card is verified; Cancel
    (Esc, X) asks the work to stop and is disabled, the dialog says it is stopping and stays until the
    work has stopped; nothing was committed and the window still tells the truth."""
    load_all(sctx)
    gate = gate_verifications(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi.com", "dana.co.il")
    states = renew_states(sctx)
    seen: dict[str, object] = {}

    def steps(dialog: RecurringDialog) -> None:
        try:
            choose(qtbot, dialog, "card", card_id(sctx, "dana", "v1"))
            click(qtbot, dialog.confirm)
            qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
            # Under way: the inputs are locked, the dialog says what it does.
            assert dialog.busy.isVisible() and dialog.working.text() == "Verifying the card…"
            assert not any(
                w.isEnabled() for w in (dialog.services, dialog.card, dialog.contact, dialog.confirm)
            )
            stop(qtbot, dialog)
            seen["open after stop"] = dialog.isVisible()
            seen["cancel enabled"] = dialog.cancel_button.isEnabled()
            seen["busy"] = dialog.working.text()
            seen["states while stopping"] = renew_states(sctx)
        finally:
            gate.gate.set()  # the gateway answers: the card is good
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    dialog = while_modal(window.recurring.trigger, RecurringDialog, steps)
    assert seen["open after stop"] is True
    assert seen["cancel enabled"] is False
    assert seen["busy"] == "Stopping… nothing will be changed"
    assert seen["states while stopping"] == states
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.outcome is None
    assert renew_states(sctx) == states
    assert audit_rows(sctx, "auto_renew.enabled") == []
    window.tasks.wait(10_000)
    assert window.account_panel.account is before
    assert cell(window, "levi.com", Column.AUTO_RENEW) == "Off"


def test_services_already_on_show_their_card_and_contact_being_replaced(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Issue 11: Recurring All silently replaced the card and billing contact of services already on.
    The table shows each service's card and contact now and after Confirm and what changes; the
    dialog says how many are replaced; afterwards the window says what happened and keeps it in view."""
    load_all(sctx)
    dana = customer_id(sctx, "dana")
    holder_card, company_card = card_id(sctx, "dana", "v1"), card_id(sctx, "dana", "v2")
    cohen = contact_id(sctx, "dana", "k2")
    enable_recurring(sctx, SALES, dana, [service_id(sctx, "levi.com")], card_id=holder_card)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    seen: dict[str, object] = {}

    def steps(dialog: RecurringDialog) -> None:
        settle(qtbot, dialog)
        assert rows(dialog)["levi.com"][Rows.NOW] == "Visa •••• 4242  12/2030 · account holder"
        assert rows(dialog)["levi.com"][Rows.CHANGE] == "No change"  # no card chosen yet
        choose(qtbot, dialog, "contact", cohen)
        choose(qtbot, dialog, "card", company_card)
        shown = rows(dialog)
        assert shown["levi.com"][Rows.NOW] == "Visa •••• 4242  12/2030 · account holder"
        assert shown["levi.com"][Rows.AFTER] == "Mastercard •••• 4444  12/2030 · Moshe Cohen"
        assert shown["levi.com"][Rows.CHANGE] == "Card and billing contact replaced"
        assert shown["levi.co.il"][Rows.NOW] == "Off"
        assert shown["levi.co.il"][Rows.CHANGE] == "Switched on"
        assert dialog.replacing.isVisible()
        assert dialog.replacing.text().startswith(
            "Confirm replaces the card or billing contact of 1 service already"
        )
        set_ticked(dialog, "levi.com", False)
        assert not dialog.replacing.isVisible()  # unticked: it is not replaced
        set_ticked(dialog, "levi.com", True)
        assert dialog.replacing.isVisible()
        click(qtbot, dialog.confirm)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        seen["text"] = dialog.outcome_text()

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    expected = "Dana Levi: automatic renewal is on for 4 services. The card or billing contact of 1 of them was replaced."  # noqa: E501
    assert seen["text"] == expected
    renew = renew_of(sctx, "levi.com")
    assert (renew.card_id, renew.billing_contact_id) == (company_card, cohen)
    # The success message stays in view after the reload that the change sets off.
    after = wait_for_refresh(qtbot, window, before)
    note = note_of(window)
    assert note.isVisible() and plain(note.text()) == expected
    window.refresh()
    wait_for_refresh(qtbot, window, after)
    assert note.isVisible() and plain(note.text()) == expected


def test_r9_in_the_dialog_is_the_engines_rule_with_lead_days(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Issue 11: with `charge_lead_days` > 0 the dialog judged a service that is off by its expiry,
    not by its charge date. levi-shop.com expires on 1 February 2027: charged 20 days earlier, on 12
    January, the card ending January 2027 still pays; levi.co.il (1 March) is charged on 9 February."""
    load_all(sctx)
    sctx.settings = replace(sctx.settings, charge_lead_days=20)
    window = make_window(sctx, SALES)
    account: AccountView = open_account(qtbot, window, sctx, "dana")
    short_card = card_id(sctx, "dana", "v4")
    shown: dict[str, dict[Rows, str]] = {}
    warning: list[str] = []

    def steps(dialog: RecurringDialog) -> None:
        choose(qtbot, dialog, "card", short_card)
        shown.update(rows(dialog))
        warning.append(plain(dialog.expiry.text()) if dialog.expiry.isVisible() else "")
        dialog.reject()

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    engine = {
        s.name
        for s in account.services
        if s.kind == "domain" and expires_before(1, 2027, charge_date(s.expires_on, 20))
    }
    flagged = {name for name, row in shown.items() if row[Rows.RISK] == "Card expires first"}
    assert flagged == engine == {"levi.co.il", "dana.co.il"}
    assert {name for name in shown if name in warning[0]} == engine
    assert shown["levi-shop.com"][Rows.CHARGE] == "Jan 12, 2027"


def test_a_declining_card_is_refused_and_nothing_changes(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """R8: the gateway declines the card's verification: the dialog stays open, says why and unlocks
    its inputs; then the good card of the same account goes through."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "avi")
    good, declining = card_id(sctx, "avi", "v1"), card_id(sctx, "avi", "v3")
    states = renew_states(sctx)
    seen: dict[str, object] = {}

    def steps(dialog: RecurringDialog) -> None:
        assert set(rows(dialog)) == {"avi.co.il", "avi.com"}
        choose(qtbot, dialog, "card", declining)
        assert dialog.confirm.isEnabled()
        click(qtbot, dialog.confirm)
        qtbot.waitUntil(lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=20_000)
        assert dialog.isVisible()
        assert dialog.result() != QDialog.DialogCode.Accepted
        seen["error"] = dialog.error.text()
        seen["states"] = renew_states(sctx)
        seen["audit"] = audit_rows(sctx, "auto_renew.enabled")
        assert dialog.confirm.isEnabled() and dialog.card.isEnabled()  # pick another card and try again
        choose(qtbot, dialog, "card", good)
        assert dialog.error.text() == seen["error"]
        click(qtbot, dialog.confirm)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert seen["error"] == "The card was refused (the card issuer declined it). Nothing was changed."
    assert seen["states"] == states
    assert seen["audit"] == []
    after = wait_for_refresh(qtbot, window, before)
    assert all(s.auto_renew_on and s.card_id == good for s in after.services)


def test_a_service_switched_on_elsewhere_shows_as_on_before_confirm(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Second hostile pass: the open dialog still said "Off -> Switched on" after a colleague had
    switched the service on with another card."""
    load_all(sctx)
    dana = customer_id(sctx, "dana")
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    holder_card = card_id(sctx, "dana", "v1")

    def steps(dialog: RecurringDialog) -> None:
        settle(qtbot, dialog)
        assert rows(dialog)["levi.co.il"][Rows.NOW] == "Off"
        # A colleague's change, announced to this desk as another window's would be.
        window.workspace.call(
            recurring.enable_recurring,
            dana,
            [service_id(sctx, "levi.co.il")],
            card_id=holder_card,
            contact_id=None,
            mismatch_acknowledged=True,
        )
        qtbot.waitUntil(lambda: rows(dialog)["levi.co.il"][Rows.NOW] != "Off", timeout=10_000)
        assert rows(dialog)["levi.co.il"][Rows.NOW].startswith("Visa •••• 4242")
        dialog.reject()

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)


def test_a_charge_date_past_the_grace_days_shows_the_service_left_to_staff(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """photo-23-2.shop expired 18 days before: the dialog showed its next charge with no risk, and the
    account a green "Active" after Confirm, while the engine left it to staff (hostile test 14, defect
    12). The Risk column says so, in red, with why in its tooltip, before anything is confirmed."""
    load_all(sctx)
    late = date.fromordinal(sctx.today().toordinal() - 18)
    load(
        sctx,
        document(
            [account("late", [domain("s1", "late-photo.co.il", late, enabled=False)], orders=[order("s1")])]
        ),
    )
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "late")
    shown: dict[str, dict[Rows, str]] = {}
    tooltip: list[str] = []

    def steps(dialog: RecurringDialog) -> None:
        settle(qtbot, dialog)
        shown.update(rows(dialog))
        model = dialog.model
        index = model.index(0, Rows.RISK)
        tooltip.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole)))
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
        dialog.reject()

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert shown["late-photo.co.il"][Rows.RISK] == "Needs attention +1"
    assert "will not be made until someone acts" in tooltip[0]
    assert "The charge date has passed" in tooltip[0]
