"""The Replace card dialog after the old card failed (R38, R27, R9) on the real widgets: the services the
old card's failure stopped are offered, ticked, to be switched on again with the new card, and the
result says what went on again and what stayed off; the new card expiring before the next charge of a
service it will renew is flagged before Replace (a saved card or one typed), without blocking it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.ui.customers.card_dialogs import RemoveCardDialog, ReplaceCardDialog
from desktop.ui.customers.cards_model import Column
from desktop.ui.customers.cards_tab import CardsTab
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, account, card_id, order
from tests.conftest import TODAY
from tests.jobs.helpers import BOTH_DECLINED, card, document, domain, load, renew_of, run_on
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, while_modal

SOON = TODAY + timedelta(days=11)  # 2026-12-05: its card check is due today, and fails
LATER = date(2027, 6, 1)


@pytest.fixture
def failed(sctx: AppContext, clock: ManualClock) -> AppContext:
    """v1 (11/2030) is declined: today's run stops levi.co.il; levi.org renews in June on v1. v2 is good
    to 12/2030, v3 to 01/2027. The next morning Dana calls with a new card."""
    load(
        sctx,
        document(
            [
                account(
                    "dana",
                    [domain("d1", "levi.co.il", SOON), domain("d2", "levi.org", LATER)],
                    cards=[
                        card("v1", number=BOTH_DECLINED, exp=(11, 2030)),
                        card("v2"),
                        card("v3", exp=(1, 2027)),
                    ],
                    orders=[order("d1"), order("d2")],
                )
            ]
        ),
    )
    run_on(sctx, clock, TODAY)
    assert not renew_of(sctx, "levi.co.il").enabled
    clock.set(clock.now() + timedelta(days=1))
    return sctx


def _cards_tab(qtbot: QtBot, window: MainWindow) -> CardsTab:
    tab = window.account_panel.findChild(CardsTab)
    assert isinstance(tab, CardsTab)
    window.account_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    expiries = [
        cell_text(tab.table, r, Column.EXPIRY).strip("\u2066\u2069\u200e")
        for r in range(row_count(tab.table))
    ]
    tab.table.selectRow(expiries.index("11/2030"))  # the declined card
    return tab


def _choose_saved(dialog: ReplaceCardDialog, ctx: AppContext, ref: str) -> None:
    dialog.saved.setChecked(True)
    dialog.others.setCurrentIndex(dialog.others.findData(card_id(ctx, "dana", ref)))


def _click_replace(qtbot: QtBot, dialog: ReplaceCardDialog) -> None:
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)


def test_the_stopped_service_is_offered_ticked_and_goes_on_again_with_the_new_card(
    qtbot: QtBot, failed: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(failed, SALES)
    open_account(qtbot, window, failed, "dana")
    tab = _cards_tab(qtbot, window)
    seen: dict[str, object] = {}

    def steps(dialog: ReplaceCardDialog) -> None:
        seen["label"] = dialog.restart_label.text()
        seen["offered"] = [dialog.restart.item(row).text() for row in range(dialog.restart.count())]
        seen["visible"] = dialog.restart.isVisible()
        _choose_saved(dialog, failed, "v2")
        seen["warning"] = dialog.expiry_warning.isVisible()
        _click_replace(qtbot, dialog)

    dialog = while_modal(tab.replace_card, ReplaceCardDialog, steps)

    assert seen["visible"] is True
    assert seen["label"] == (
        "1 service stopped because this card failed. Switch auto-renew on again with the new card for:"
    )
    assert seen["offered"] == ["levi.co.il (Stopped: card check declined)"]
    assert seen["warning"] is False
    assert dialog.outcome is not None and dialog.outcome.switched_on == ("levi.co.il",)
    assert tab.note.text() == "2 services moved to the new card. Auto-renew is on again for: levi.co.il."
    renew = renew_of(failed, "levi.co.il")
    assert (renew.enabled, renew.stop_reason, renew.card_id) == (True, None, card_id(failed, "dana", "v2"))


def test_unticked_it_stays_off_and_the_result_says_what_is_left(
    qtbot: QtBot, failed: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(failed, SALES)
    open_account(qtbot, window, failed, "dana")
    tab = _cards_tab(qtbot, window)

    def steps(dialog: ReplaceCardDialog) -> None:
        dialog.restart.item(0).setCheckState(Qt.CheckState.Unchecked)
        _choose_saved(dialog, failed, "v2")
        _click_replace(qtbot, dialog)

    while_modal(tab.replace_card, ReplaceCardDialog, steps)

    assert tab.note.text() == (
        "2 services moved to the new card. "
        "Auto-renew is still off for: levi.co.il; switch it on in Recurring."
    )
    renew = renew_of(failed, "levi.co.il")
    assert (renew.enabled, renew.card_id) == (False, card_id(failed, "dana", "v2"))


def test_a_new_card_expiring_before_a_charge_is_flagged_before_replace_and_does_not_block(
    qtbot: QtBot, failed: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(failed, SALES)
    open_account(qtbot, window, failed, "dana")
    tab = _cards_tab(qtbot, window)
    seen: dict[str, object] = {}

    def steps(dialog: ReplaceCardDialog) -> None:
        _choose_saved(dialog, failed, "v3")  # lasts to January 2027: levi.org's June charge fails
        seen["saved"] = (dialog.expiry_warning.isVisible(), dialog.expiry_warning.text())
        dialog.typed.setChecked(True)
        qtbot.keyClicks(dialog.entry.number, "5555 5555 5555 4444")  # type: ignore[no-untyped-call]
        qtbot.keyClicks(dialog.entry.expiry, "11/2026")  # type: ignore[no-untyped-call]
        seen["typed"] = dialog.expiry_warning.text()  # lasts to November: levi.co.il's December too
        dialog.restart.item(0).setCheckState(Qt.CheckState.Unchecked)
        seen["unticked"] = dialog.expiry_warning.text()  # levi.co.il stays off: no charge to fail
        dialog.entry.expiry.clear()
        qtbot.keyClicks(dialog.entry.expiry, "10/2026")  # type: ignore[no-untyped-call]
        seen["past"] = dialog.expiry_warning.isVisible()  # no card has it: the entry says so instead
        _choose_saved(dialog, failed, "v2")
        seen["good"] = dialog.expiry_warning.isVisible()
        _choose_saved(dialog, failed, "v3")
        _click_replace(qtbot, dialog)  # a warning, not a refusal (R9)

    dialog = while_modal(tab.replace_card, ReplaceCardDialog, steps)

    late = "The new card expires before the next charge of: {}. The charge will fail, the service may be "
    late += "suspended and reactivation may cost extra."
    assert seen["saved"] == (True, late.format("levi.org"))
    assert seen["typed"] == late.format("levi.co.il, levi.org")
    assert seen["unticked"] == late.format("levi.org")
    assert seen["past"] is False and seen["good"] is False
    assert dialog.outcome is not None and dialog.outcome.expires_first == ("levi.org",)
    assert tab.note.text().endswith("The new card expires before the next charge of: levi.org.")
    assert renew_of(failed, "levi.org").card_id == card_id(failed, "dana", "v3")


def test_remove_moving_to_a_card_expiring_first_is_flagged_before_remove(
    qtbot: QtBot, failed: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(failed, SALES)
    open_account(qtbot, window, failed, "dana")
    tab = _cards_tab(qtbot, window)
    seen: dict[str, object] = {}

    def steps(dialog: RemoveCardDialog) -> None:
        dialog.move_to.setChecked(True)
        dialog.others.setCurrentIndex(dialog.others.findData(card_id(failed, "dana", "v2")))
        seen["good"] = dialog.expiry_warning.isVisible()
        dialog.others.setCurrentIndex(dialog.others.findData(card_id(failed, "dana", "v3")))
        seen["late"] = dialog.expiry_warning.text() if dialog.expiry_warning.isVisible() else ""
        dialog.stop_them.setChecked(True)
        seen["stopping"] = dialog.expiry_warning.isVisible()  # nothing will renew: nothing to fail
        dialog.move_to.setChecked(True)
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(tab.remove_card, RemoveCardDialog, steps)

    assert seen["good"] is False and seen["stopping"] is False
    assert seen["late"] == (
        "The card they move to expires before the next charge of: levi.org. The charge will fail, the "
        "service may be suspended and reactivation may cost extra."
    )
    assert tab.note.text().endswith("The card they moved to expires before the next charge of: levi.org.")
    assert renew_of(failed, "levi.org").card_id == card_id(failed, "dana", "v3")
