"""The account's Cards tab and its dialogs (R38, R9, R20, R34) on the real widgets: each card with its
state, use and R9 flag; Add card judged as typed, verified off the GUI thread, the number gone from the
field as soon as it is handed over; Cancel while the gateway verifies changes nothing; Replace with a
card typed now; Remove asking to move or stop in the same dialog; roles."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.app.audit_log import AuditFilter, browse_audit
from desktop.app.cards import remove_card
from desktop.app.recurring import enable_recurring
from desktop.bootstrap import AppContext
from desktop.core.fields import Field
from desktop.ui import changes
from desktop.ui.admin import audit_texts, audit_words
from desktop.ui.application import install_language
from desktop.ui.customers.card_dialogs import AddCardDialog, RemoveCardDialog, ReplaceCardDialog
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.cards_model import Column
from desktop.ui.customers.cards_tab import CardsTab
from desktop.ui.help import HELP, topic_of
from desktop.ui.main_window import MainWindow
from tests.app.helpers import (
    ADMIN,
    FINANCE,
    SALES,
    audit_rows,
    card_id,
    customer_id,
    outbox_rows,
    service_id,
)
from tests.jobs.helpers import renew_of
from tests.support.gated_gateway import gate_verifications
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, while_modal

NEW = "5555 5555 5555 4444"


def formatting_free(text: str) -> str:
    """The text without the direction marks that keep digits whole in Hebrew."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def _tab(qtbot: QtBot, window: MainWindow) -> CardsTab:
    tab = window.account_panel.findChild(CardsTab)
    assert isinstance(tab, CardsTab)
    window.account_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    return tab


def _rows(tab: CardsTab) -> dict[str, dict[Column, str]]:
    return {
        cell_text(tab.table, r, Column.EXPIRY).strip("\u2066\u2069\u200e"): {
            column: cell_text(tab.table, r, column) for column in Column
        }
        for r in range(row_count(tab.table))
    }


def _select(tab: CardsTab, expiry: str) -> None:
    rows = [
        cell_text(tab.table, r, Column.EXPIRY).strip("\u2066\u2069\u200e")
        for r in range(row_count(tab.table))
    ]
    tab.table.selectRow(rows.index(expiry))


def _type(qtbot: QtBot, entry: CardEntry, number: str, holder: str | None, expiry: str) -> None:
    qtbot.keyClicks(entry.number, number)  # type: ignore[no-untyped-call]
    if holder is not None:
        entry.holder.setText("")
        qtbot.keyClicks(entry.holder, holder)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(entry.expiry, expiry)  # type: ignore[no-untyped-call]


def _holds(thing: object, text: str, seen: set[int] | None = None, depth: int = 0) -> bool:
    """Whether any attribute of `thing` (followed a few levels into Python objects) holds `text`."""
    seen = seen if seen is not None else set()
    if id(thing) in seen or depth > 3:
        return False
    seen.add(id(thing))
    if isinstance(thing, str):
        return text in thing
    values: list[Any] = []
    if isinstance(thing, dict):
        values = list(thing.values())
    elif isinstance(thing, list | tuple | set):
        values = list(thing)
    elif hasattr(thing, "__dict__") and not isinstance(thing, type):
        values = list(vars(thing).values())
    return any(_holds(value, text, seen, depth + 1) for value in values)


def test_each_card_shows_its_state_use_and_the_r9_flag(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)

    tabs = window.account_panel.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Cards"
    rows = _rows(tab)
    assert set(rows) == {"12/2030", "01/2027"}
    late = rows["01/2027"]
    assert late[Column.STATE] == "Valid"
    assert late[Column.SERVICES] == "1 renewing automatically"
    assert "levi-site" in late[Column.WARNING] and late[Column.WARNING].startswith("Expires before")
    assert tab.summary.text() == "3 cards"
    assert not tab.replace_button.isEnabled() and tab.add_button.isEnabled()
    _select(tab, "01/2027")
    assert tab.replace_button.isEnabled() and tab.remove_button.isEnabled()


def test_add_card_judges_fields_as_typed_and_never_keeps_the_number(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    seen: dict[str, Any] = {}

    def steps(dialog: AddCardDialog) -> None:
        entry = dialog.entry
        _type(qtbot, entry, "4242 4242 4242 4241", None, "10/2026")
        seen["number problem"] = entry.problems[Field.CARD_NUMBER].text()
        seen["expiry problem"] = entry.problems[Field.CARD_EXPIRY].text()
        seen["ok while wrong"] = dialog.ok.isEnabled()
        entry.number.setText("")
        entry.expiry.setText("")
        _type(qtbot, entry, NEW, None, "09/2029")
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        seen["field after OK"] = entry.number.text()
        seen["undo"] = entry.number.isUndoAvailable()
        seen["kept"] = _holds(dialog, "5555555555554444") or _holds(dialog, NEW)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    dialog = while_modal(tab.add_card, AddCardDialog, steps)

    assert seen["number problem"] == "This is not a valid card number: a digit is probably mistyped."
    assert seen["expiry problem"] == "This expiry is in the past."
    assert seen["ok while wrong"] is False
    assert (seen["field after OK"], seen["undo"], seen["kept"]) == ("", False, False)
    assert dialog.outcome is not None and dialog.outcome.ref == "V-1"
    assert formatting_free(tab.note.text()) == "Card Mastercard •••• 4444 added (V-1)."
    qtbot.waitUntil(lambda: "09/2029" in _rows(tab))
    assert len(audit_rows(sctx, "card.added")) == 1


def test_a_declined_card_is_said_in_the_dialog_and_nothing_is_kept(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    seen: dict[str, Any] = {}

    def steps(dialog: AddCardDialog) -> None:
        _type(qtbot, dialog.entry, "4000000000000002", None, "09/2029")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
        seen["error"] = dialog.error.text()
        seen["number"] = dialog.entry.number.text()
        seen["ok"] = dialog.ok.isEnabled()
        dialog.reject()

    while_modal(tab.add_card, AddCardDialog, steps)

    assert seen["error"] == "The card was refused (the card issuer declined it). Nothing was changed."
    assert (seen["number"], seen["ok"]) == ("", False)  # typed again, never kept
    assert audit_rows(sctx, "card.added") == []


def test_cancel_while_the_gateway_verifies_adds_nothing(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    gate = gate_verifications(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    seen: dict[str, Any] = {}

    def steps(dialog: AddCardDialog) -> None:
        try:
            _type(qtbot, dialog.entry, NEW, None, "09/2029")
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
            qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
            seen["busy"] = (dialog.busy.isVisible(), dialog.working.text(), dialog.entry.number.isReadOnly())
            dialog.reject()
            seen["still open"] = dialog.isVisible()
            seen["cancel enabled"] = dialog.cancel_button.isEnabled()
            seen["working"] = dialog.working.text()
        finally:
            gate.gate.set()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    dialog = while_modal(tab.add_card, AddCardDialog, steps)

    assert seen["busy"] == (True, "Checking the card with the payment gateway…", True)
    assert (seen["still open"], seen["cancel enabled"]) == (True, False)
    assert seen["working"] == "Stopping… nothing will be changed"
    assert dialog.outcome is None and audit_rows(sctx, "card.added") == []


def test_replace_with_a_card_typed_now_moves_the_services(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select(tab, "01/2027")

    def steps(dialog: ReplaceCardDialog) -> None:
        dialog.typed.setChecked(True)
        _type(qtbot, dialog.entry, NEW, None, "09/2029")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    dialog = while_modal(tab.replace_card, ReplaceCardDialog, steps)

    assert dialog.outcome is not None and dialog.outcome.moved == ("levi-site",)
    assert tab.note.text() == "1 service moved to the new card."
    assert renew_of(sctx, "levi-site").card_id == card_id(sctx, "dana", "V-1")
    assert len(audit_rows(sctx, "card.replaced")) == 1


def test_remove_a_card_in_use_asks_to_move_or_stop_in_the_same_dialog(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select(tab, "01/2027")
    seen: dict[str, Any] = {}

    def steps(dialog: RemoveCardDialog) -> None:
        seen["offers"] = (dialog.move_to.isVisible(), dialog.stop_them.isVisible(), dialog.others.count())
        dialog.stop_them.setChecked(True)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(tab.remove_card, RemoveCardDialog, steps)

    assert seen["offers"] == (True, True, 2)
    renew = renew_of(sctx, "levi-site")
    assert (renew.enabled, renew.stop_reason) == (False, "card_removed")
    assert [mail.kind for mail in outbox_rows(sctx)][-1] == "stopped_by_staff"
    qtbot.waitUntil(lambda: set(_rows(tab)) == {"12/2030"})
    assert "stopped for 1 service" in tab.note.text()


def test_finance_sees_the_cards_but_may_not_change_them(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, FINANCE)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select(tab, "12/2030")

    buttons: list[QWidget] = [tab.add_button, tab.replace_button, tab.remove_button]
    assert not any(button.isEnabled() for button in buttons)
    assert {button.toolTip() for button in buttons} == {"Your role may not do this."}


def test_the_audit_log_says_card_changes_in_words_even_after_the_card_is_gone(sctx: AppContext) -> None:
    load_all(sctx)
    dana = customer_id(sctx, "dana")
    v1, v4 = card_id(sctx, "dana", "v1"), card_id(sctx, "dana", "v4")
    remove_card(sctx, SALES, dana, v4, move_to=v1)

    rows = {row.action: row for row in browse_audit(sctx, ADMIN, AuditFilter(action="card.")).rows}

    removed, moved = rows["card.removed"], rows["card.replaced"]
    assert audit_texts.action(removed.action) == "Card removed"
    assert formatting_free(audit_words.concerning(removed)) == "Card: Visa •••• 4242 (deleted)"
    assert "Card holder: Dana Levi" in formatting_free(audit_words.summary(removed))
    assert audit_texts.action(moved.action) == "Card replaced on a service"
    assert (
        formatting_free(audit_words.summary(moved)) == f"Card: Card #{v4} (deleted) → Visa •••• 4242 (12/30)"
    )


def test_f1_in_the_cards_tab_and_its_dialogs_opens_the_customers_guide(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    account = open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    dialog = AddCardDialog(window.workspace, window.tasks, account, tab)

    assert topic_of(tab) == "customers" and topic_of(dialog.entry) == "customers"
    assert "<b>Cards</b>" in (HELP / "en" / "customers.html").read_text(encoding="utf-8")


# -- another workstation changes the cards' use while Remove is open (R34, R38) -------------------------


@pytest.fixture
def quick_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changes, "POLL_MS", 200)


def _select_holder(tab: CardsTab, holder: str) -> None:
    holders = [cell_text(tab.table, r, Column.HOLDER) for r in range(row_count(tab.table))]
    tab.table.selectRow(holders.index(holder))


def _renew_with(ctx: AppContext, name: str, card_ref: str) -> None:
    """Another workstation switches a service's auto-renew on with the card."""
    enable_recurring(
        ctx,
        ADMIN,
        customer_id(ctx, "dana"),
        [service_id(ctx, name)],
        card_id=card_id(ctx, "dana", card_ref),
        mismatch_acknowledged=True,
    )


def _offered(dialog: RemoveCardDialog) -> list[int]:
    return [dialog.others.itemData(i) for i in range(dialog.others.count())]


def test_remove_refused_because_the_card_came_into_use_meanwhile_offers_move_or_stop(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Remove opened on an unused card; another workstation switches a service on with it; Remove then
    said CARD_IN_USE under 'No service renews automatically with it', offered no choice, and refused
    again on every click."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select_holder(tab, "Cohen Ltd")  # v2, unused

    def steps(dialog: RemoveCardDialog) -> None:
        assert not dialog.move_to.isVisible()
        _renew_with(sctx, "levi.co.il", "v2")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: dialog.move_to.isVisible() and dialog.ok.isEnabled(), timeout=20_000)
        assert "Meanwhile an automatic renewal started to use this card" in dialog.error.text()
        assert not dialog.unused.isVisible() and dialog.stop_them.isVisible()
        assert "levi.co.il" in formatting_free(dialog.used.text())
        assert dialog.move_to.isChecked() and dialog.others.currentData() == card_id(sctx, "dana", "v1")
        dialog.stop_them.setChecked(True)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    dialog = while_modal(tab.remove_card, RemoveCardDialog, steps)

    assert dialog.outcome is not None and dialog.outcome.stopped == ("levi.co.il",)
    renew = renew_of(sctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason) == (False, "card_removed")


def test_remove_follows_a_card_coming_into_use_while_open(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, quick_poll: None
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select_holder(tab, "Cohen Ltd")

    def steps(dialog: RemoveCardDialog) -> None:
        _renew_with(sctx, "levi.co.il", "v2")
        qtbot.waitUntil(dialog.move_to.isVisible, timeout=20_000)  # without a click: the poll saw it
        assert "levi.co.il" in formatting_free(dialog.used.text()) and not dialog.unused.isVisible()
        dialog.reject()

    while_modal(tab.remove_card, RemoveCardDialog, steps)


def test_a_move_target_removed_meanwhile_is_named_and_no_longer_offered(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Remove v4 moving its service to Visa 4242 while another process removes Visa 4242: the dialog
    said 'This card is no longer on the account' of v4, and kept offering the removed card."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select(tab, "01/2027")
    dana, v1, v2 = customer_id(sctx, "dana"), card_id(sctx, "dana", "v1"), card_id(sctx, "dana", "v2")

    def steps(dialog: RemoveCardDialog) -> None:
        dialog.others.setCurrentIndex(dialog.others.findData(v1))
        remove_card(sctx, ADMIN, dana, v1)  # another workstation
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: v1 not in _offered(dialog), timeout=20_000)
        said = formatting_free(dialog.error.text())
        assert "The card to move them to (Visa •••• 4242) is no longer on the account" in said, said
        assert "This card is no longer" not in said
        assert dialog.others.currentIndex() == -1 and not dialog.ok.isEnabled()  # never another in its place
        assert _offered(dialog) == [v2]
        dialog.others.setCurrentIndex(0)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(tab.remove_card, RemoveCardDialog, steps)

    assert renew_of(sctx, "levi-site").card_id == v2


def test_the_move_targets_follow_a_card_removed_elsewhere_while_open(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, quick_poll: None
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)
    _select(tab, "01/2027")
    dana, v1 = customer_id(sctx, "dana"), card_id(sctx, "dana", "v1")

    def steps(dialog: RemoveCardDialog) -> None:
        dialog.others.setCurrentIndex(dialog.others.findData(v1))
        remove_card(sctx, ADMIN, dana, v1)
        qtbot.waitUntil(lambda: v1 not in _offered(dialog), timeout=20_000)
        assert "(Visa •••• 4242) is no longer on the account" in formatting_free(dialog.error.text())
        assert not dialog.ok.isEnabled()
        dialog.reject()

    while_modal(tab.remove_card, RemoveCardDialog, steps)
    assert renew_of(sctx, "levi-site").card_id == card_id(sctx, "dana", "v4")  # nothing changed


@pytest.mark.parametrize("language", ["en", "he"])
def test_each_card_shows_the_ref_the_commands_take_kept_whole(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, qapp: Any, language: str
) -> None:
    install_language(qapp, language)
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tab = _tab(qtbot, window)

    shown = [
        (cell_text(tab.table, r, Column.CARD), cell_text(tab.table, r, Column.REF))
        for r in range(row_count(tab.table))
    ]
    assert sorted((formatting_free(card), formatting_free(ref)) for card, ref in shown) == [
        ("Mastercard •••• 4444", "v2"),
        ("Visa •••• 4242", "v1"),
        ("Visa •••• 4242", "v4"),
    ]
    # In Hebrew each is one left-to-right run: never "4242 •••• Visa".
    isolated = all(text.startswith("\u2066") and text.endswith("\u2069") for pair in shown for text in pair)
    assert isolated is (language == "he")
