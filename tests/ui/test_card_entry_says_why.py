"""A card typed by staff says what is wrong as it is typed, not only when the field is left: a holder
of only spaces is said at once. A field never typed in says nothing under itself, but the dialog says
why its button is disabled (a line listing what is missing, and the button's tooltip), since a
disabled button takes no click to ask. Replace on a card no service uses says that nothing moves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.customers import load_account
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.core.fields import Field
from desktop.ui.application import install_language
from desktop.ui.changes import settle
from desktop.ui.customers.card_dialogs import AddCardDialog, ReplaceCardDialog
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.customer_dialog import CustomerDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES, card_id, customer_id
from tests.ui.accounts import load_all

TODAY = date(2026, 11, 24)


def _entry(qtbot: QtBot) -> CardEntry:
    entry = CardEntry(TODAY)
    qtbot.addWidget(entry)
    entry.show()
    return entry


def test_a_holder_of_spaces_is_said_as_it_is_typed(qtbot: QtBot) -> None:
    entry = _entry(qtbot)
    holder = entry.problems[Field.CARD_HOLDER]
    qtbot.keyClicks(entry.holder, "   ")  # type: ignore[no-untyped-call]
    assert holder.isVisible() and holder.text() == "Fill this in."
    # The number and expiry were never typed in: nothing under them, but the line names them.
    assert not entry.problems[Field.CARD_NUMBER].isVisible()
    assert not entry.problems[Field.CARD_EXPIRY].isVisible()
    assert entry.missing.isVisible()
    assert entry.missing.text() == "To continue, fill in correctly: Card number, Card holder, Expiry."
    qtbot.keyClicks(entry.holder, "Dana Levi")  # type: ignore[no-untyped-call]
    assert not holder.isVisible()
    assert entry.missing.text() == "To continue, fill in correctly: Card number, Expiry."


def test_a_number_being_typed_is_not_judged_until_whole_or_emptied(qtbot: QtBot) -> None:
    entry = _entry(qtbot)
    number = entry.problems[Field.CARD_NUMBER]
    qtbot.keyClicks(entry.number, "4242")  # type: ignore[no-untyped-call]
    assert not number.isVisible(), "four digits of sixteen are not a mistake yet"
    for _ in range(4):
        qtbot.keyClick(entry.number, "\b")  # type: ignore[no-untyped-call]
    assert entry.number.text() == "" and number.isVisible() and number.text() == "Fill this in."


@pytest.mark.parametrize("language", ["en", "es", "he"])
def test_add_card_says_why_it_is_disabled(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, language: str
) -> None:
    install_language(qapp, language)
    load_all(sctx)
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    dialog = AddCardDialog(desk, tasks, load_account(sctx, SALES, customer_id(sctx, "dana")))
    qtbot.addWidget(dialog)
    dialog.show()
    entry = dialog.entry
    assert not dialog.ok.isEnabled()
    why = dialog.ok.toolTip()
    assert why and why == entry.missing.text() and entry.missing.isVisible()
    entry.holder.setText("")
    qtbot.keyClicks(entry.holder, " ")  # type: ignore[no-untyped-call]
    assert entry.problems[Field.CARD_HOLDER].isVisible()
    qtbot.keyClicks(entry.holder, "Dana Levi")  # type: ignore[no-untyped-call]
    qtbot.keyClicks(entry.number, "5555 5555 5555 4444")  # type: ignore[no-untyped-call]
    qtbot.keyClicks(entry.expiry, "09/2029")  # type: ignore[no-untyped-call]
    assert dialog.ok.isEnabled() and dialog.ok.toolTip() == ""
    assert not entry.missing.isVisible()
    tasks.wait(10_000)
    settle(desk)


def test_replace_on_a_card_no_service_uses_says_nothing_moves(qtbot: QtBot, sctx: AppContext) -> None:
    load_all(sctx)
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    account = load_account(sctx, SALES, customer_id(sctx, "dana"))
    [unused] = [card for card in account.cards if card.id == card_id(sctx, "dana", "v2")]
    dialog = ReplaceCardDialog(desk, tasks, account, unused)
    qtbot.addWidget(dialog)
    assert dialog.moving.text() == (
        "No service uses this card, so nothing will move: a new card typed here is simply added."
    )
    assert "0 services" not in dialog.moving.text() and "—" not in dialog.moving.text()
    dialog.typed.setChecked(True)
    assert dialog.ok.toolTip() == dialog.entry.missing.text() != ""
    tasks.wait(10_000)
    settle(desk)


def test_new_customer_says_why_save_is_disabled_before_anything_is_typed(
    qtbot: QtBot, sctx: AppContext
) -> None:
    """The same rule in the customer and contact dialogs (FieldForm): a field never typed in says
    nothing under itself, the line under the form and Save's tooltip name what is missing."""
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    dialog = CustomerDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert not dialog.save_button.isEnabled()
    assert not form.problem_of(Field.NAME), "untouched: nothing under it"
    missing = form.missing.text()
    assert form.missing.isVisible() and missing.startswith("To continue, fill in correctly: Name")
    assert dialog.save_button.toolTip() == missing
    name = form.editor(Field.NAME)
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "  ")  # type: ignore[no-untyped-call]
    assert form.problem_of(Field.NAME) == "Fill this in."  # typed in: said at once
    qtbot.keyClicks(name, "Dana Levi")  # type: ignore[no-untyped-call]
    assert "Name" not in form.missing.text() and dialog.save_button.toolTip() == form.missing.text()
    tasks.wait(10_000)
    settle(desk)
