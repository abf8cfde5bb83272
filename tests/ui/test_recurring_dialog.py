"""Recurring and Recurring All through the sales window (R5-R9): the dialog the action opens, its
pickers and warnings, Confirm, and what the database holds afterwards. The main flow runs on SQLite and
on PostgreSQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem
from pytestqt.qtbot import QtBot

from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.ui.customers.services_model import GREEN, Column
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from tests.app.helpers import SALES, audit_rows, card_id, contact_id, renew_states
from tests.jobs.helpers import renew_of
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell, open_account, tick, wait_for_refresh, while_modal


def _items(dialog: RecurringDialog) -> dict[str, QListWidgetItem]:
    return {dialog.services.item(i).text(): dialog.services.item(i) for i in range(dialog.services.count())}


def _choose(combo_owner: RecurringDialog, which: str, value: int | None) -> None:
    combo = combo_owner.contact if which == "contact" else combo_owner.card
    index = combo.findData(value)
    assert index >= 0, f"{which} {value} is not offered"
    combo.setCurrentIndex(index)


def _service_id(account: AccountView, name: str) -> int:
    return next(s.id for s in account.services if s.name == name)


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
        items = _items(dialog)
        # R5: every domain of the account is ticked; the hosting package is not a domain.
        assert set(items) == {"levi.co.il", "levi.com", "dana.co.il", "levi-shop.com"}
        assert all(item.checkState() == Qt.CheckState.Checked for item in items.values())
        # R6: three cards, none chosen yet: Confirm waits for the choice.
        assert dialog.card.currentData() is None
        assert not dialog.confirm.isEnabled()
        items["dana.co.il"].setCheckState(Qt.CheckState.Unchecked)

        _choose(dialog, "contact", cohen)
        _choose(dialog, "card", holder_card)  # held by Dana Levi: neither Moshe Cohen nor Cohen Ltd
        assert dialog.mismatch.isVisible()
        assert "Dana Levi" in dialog.mismatch.text()
        assert dialog.acknowledge.isVisible() and not dialog.acknowledge.isChecked()
        assert not dialog.confirm.isEnabled()
        assert not dialog.expiry.isVisible()

        _choose(dialog, "card", company_card)  # held by Cohen Ltd, the contact's company: no warning
        assert not dialog.mismatch.isVisible() and not dialog.acknowledge.isVisible()
        assert dialog.confirm.isEnabled()

        _choose(dialog, "card", short_card)  # Dana Levi's card ending January 2027
        assert dialog.mismatch.isVisible() and not dialog.confirm.isEnabled()
        # R9: flagged for the services charged after January 2027, and it does not block Confirm.
        assert dialog.expiry.isVisible()
        assert "levi.co.il" in dialog.expiry.text() and "levi-shop.com" in dialog.expiry.text()
        assert "levi.com" not in dialog.expiry.text().replace("levi.co.il", "")
        assert "dana.co.il" not in dialog.expiry.text()  # unticked
        qtbot.mouseClick(dialog.acknowledge, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        assert dialog.acknowledge.isChecked()
        assert dialog.confirm.isEnabled()

        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    dialog = while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.error.text() == ""

    switched = {_service_id(before, name) for name in ("levi.co.il", "levi.com", "levi-shop.com")}
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
        assert brush.color() == GREEN
        assert cell(window, name, Column.CONTACT) == "Moshe Cohen"
    assert cell(window, "dana.co.il", Column.AUTO_RENEW) == "Off"
    assert "Card expires first" in str(cell(window, "levi.co.il", Column.RISK))
    assert "Card expires first" not in str(cell(window, "levi.com", Column.RISK))
    window.refresh()
    again = wait_for_refresh(qtbot, window, after)
    assert {s.name for s in again.services if s.auto_renew_on} == {
        s.name for s in after.services if s.auto_renew_on
    }


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
        assert set(_items(dialog)) == {"levi.com", "dana.co.il"}
        assert dialog.windowTitle() == "Recurring"
        _choose(dialog, "card", holder_card)
        # The account holder is the billing contact: no R7 warning whatever the card.
        assert dialog.contact.currentData() is None
        assert not dialog.mismatch.isVisible()
        assert dialog.confirm.isEnabled()
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    while_modal(window.recurring.trigger, RecurringDialog, steps)
    after = wait_for_refresh(qtbot, window, before)
    on = {s.name: s for s in after.services if s.auto_renew_on}
    assert set(on) == {"levi.com", "dana.co.il", "levi-site"}
    assert on["levi.com"].card_id == holder_card and on["levi.com"].billing_contact_id is None
    assert len(audit_rows(sctx, "auto_renew.enabled")) == 2


def test_cancel_changes_nothing(qtbot: QtBot, sctx: AppContext, make_window: WindowFactory) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    states = renew_states(sctx)

    def steps(dialog: RecurringDialog) -> None:
        _choose(dialog, "card", card_id(sctx, "dana", "v1"))
        assert dialog.confirm.isEnabled()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]

    dialog = while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert renew_states(sctx) == states
    assert audit_rows(sctx, "auto_renew.enabled") == []
    assert window.account_panel.account is before  # no refresh after a cancel


def test_a_declining_card_is_refused_and_nothing_changes(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """R8: the gateway declines the card's verification: the dialog stays open and says why; then
    the good card of the same account goes through."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "avi")
    good, declining = card_id(sctx, "avi", "v1"), card_id(sctx, "avi", "v3")
    states = renew_states(sctx)
    seen: dict[str, object] = {}

    def steps(dialog: RecurringDialog) -> None:
        assert set(_items(dialog)) == {"avi.co.il", "avi.com"}
        _choose(dialog, "card", declining)
        assert dialog.confirm.isEnabled()
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=20_000)
        assert dialog.isVisible()
        assert dialog.result() != QDialog.DialogCode.Accepted
        seen["error"] = dialog.error.text()
        seen["states"] = renew_states(sctx)
        seen["audit"] = audit_rows(sctx, "auto_renew.enabled")
        assert dialog.confirm.isEnabled()  # staff may pick another card and try again
        _choose(dialog, "card", good)
        assert dialog.error.text() == seen["error"]
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    while_modal(window.recurring_all.trigger, RecurringDialog, steps)
    assert seen["error"] == "The card was refused (the card issuer declined it). Nothing was changed."
    assert seen["states"] == states
    assert seen["audit"] == []
    after = wait_for_refresh(qtbot, window, before)
    assert all(s.auto_renew_on and s.card_id == good for s in after.services)


def test_the_expiry_warning_covers_every_ticked_service(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """R9 with a mix: a hosting package already renewing (its next charge is known) and a domain not
    yet renewing (its expiry is the charge date), both after the card's last month."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tick(window, "levi-site", "levi.co.il", "levi.com")
    short_card = card_id(sctx, "dana", "v4")
    texts: list[str] = []

    def steps(dialog: RecurringDialog) -> None:
        _choose(dialog, "card", short_card)
        assert dialog.expiry.isVisible()
        texts.append(dialog.expiry.text())
        dialog.reject()

    while_modal(window.recurring.trigger, RecurringDialog, steps)
    assert "levi-site" in texts[0]
    assert "levi.co.il" in texts[0]
    assert "levi.com" not in texts[0].replace("levi.co.il", "")
