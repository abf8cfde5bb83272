"""Record payment keeps saying why the last Record was refused until Record is pressed again (hostile
test 14, defect 11): a card typed to pay and declined is saved, which announces a change; the preview
that change asks for wiped the refusal after a moment, leaving an empty number field and Charge. Now
the refusal stays, says the card was kept, and the card kept is not offered as a valid one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import PaymentMethod, ProformaStatus
from desktop.store.models import Card, Proforma
from desktop.ui.changes import ChangeBus, settle
from desktop.ui.dialogs.payment_dialog import TYPED, PaymentDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES, account, customer_id, order, service_id
from tests.jobs.helpers import CHARGE_DECLINED, TIMEOUT_ONCE, card, document, hosting, ledger_charges, load


@pytest.fixture
def dialog(qtbot: QtBot, sctx: AppContext) -> Iterator[PaymentDialog]:
    site = hosting("s1", "green-site", date(2027, 6, 1), period=24, installments=5, card_ref="v3")
    chloe = account("chloe", [site], cards=[card("v3", TIMEOUT_ONCE)], orders=[order("s1", period=24)])
    load(sctx, document([chloe]))
    [proforma] = issue_proformas(sctx, SALES, customer_id(sctx, "chloe"), [service_id(sctx, "green-site")])
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    made = PaymentDialog(desk, tasks, proforma.number)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.settled, timeout=20_000)
    yield made
    tasks.wait(30_000)
    settle(desk)
    made.close()


def _charge_typed(qtbot: QtBot, dialog: PaymentDialog, number: str) -> None:
    dialog.method_buttons[PaymentMethod.CARD].setChecked(True)
    dialog.card.setCurrentIndex(dialog.card.findData(TYPED))
    dialog.card_entry.number.setText(number)
    dialog.card_entry.holder.setText("Chloe Green")
    dialog.card_entry.expiry.setText("12/2029")
    assert dialog.record_button.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.settled, timeout=20_000)


def _heard_elsewhere(qtbot: QtBot, dialog: PaymentDialog, desk: Desk) -> None:
    """The change the saved card announced, heard (again) from the log: the dialog asks anew."""
    asked = dialog._asked
    ChangeBus.of(desk).changed.emit(frozenset({Change.ACCOUNTS}))
    qtbot.waitUntil(lambda: dialog._asked > asked and dialog.settled, timeout=20_000)


DECLINED_KEPT = (
    "The card ending 0341 was saved on the account, but its charge was declined: the card is kept, "
    "marked not valid. The proforma stays open; nothing was paid."
)


def test_a_typed_card_declined_is_said_and_stays_said(
    qtbot: QtBot, sctx: AppContext, dialog: PaymentDialog
) -> None:
    _charge_typed(qtbot, dialog, CHARGE_DECLINED)
    assert dialog.error.text() == DECLINED_KEPT

    _heard_elsewhere(qtbot, dialog, dialog._desk)

    assert dialog.error.isVisible() and dialog.error.text() == DECLINED_KEPT
    offered = [dialog.card.itemText(index) for index in range(dialog.card.count())]
    assert not any("0341" in text for text in offered), "a card whose charge was declined is not chargeable"
    with sctx.db.reading() as session:
        kept = session.scalars(select(Card).where(Card.last4 == "0341")).one()
        assert kept.invalid_reason == "charge_declined"
        assert session.scalars(select(Proforma.status)).one() == ProformaStatus.OPEN


def test_an_unknown_outcome_stays_said_until_record_is_pressed_again(
    qtbot: QtBot, sctx: AppContext, dialog: PaymentDialog
) -> None:
    dialog.method_buttons[PaymentMethod.CARD].setChecked(True)
    dialog.card.setCurrentIndex(dialog.card.findData(dialog.valid_cards()[0].id))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.settled, timeout=20_000)
    said: Any = dialog.error.text()
    assert said.startswith("The gateway did not say whether the card ending 0119 was charged.")

    _heard_elsewhere(qtbot, dialog, dialog._desk)

    assert dialog.error.isVisible() and dialog.error.text() == said
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert not dialog.error.isVisible()


def test_a_typed_card_saved_whose_outcome_is_unknown_is_chosen_to_pay_again(
    qtbot: QtBot, sctx: AppContext, dialog: PaymentDialog
) -> None:
    """The typed card was saved before the gateway's answer was lost: it is chosen, so Charge again
    asks the gateway by the same key (the card is charged once) without typing the number again."""
    _charge_typed(qtbot, dialog, TIMEOUT_ONCE)
    assert dialog.error.text().startswith("The gateway did not say whether the card ending 0119 was charged.")
    with sctx.db.reading() as session:
        saved = max(session.scalars(select(Card.id).where(Card.last4 == "0119")))
    assert dialog.card.currentData() == saved and dialog.record_button.isEnabled()

    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert [row["key"] for row in ledger_charges(sctx)] == [f"proforma-{dialog.number}-1"]


def test_with_nothing_left_to_charge_the_button_says_it_asks_the_gateway(
    qtbot: QtBot, sctx: AppContext, dialog: PaymentDialog
) -> None:
    """An earlier try's charge whose outcome is unknown is asked about first; when its lines were all
    renewed otherwise meanwhile, that is all pressing does: the button says so, never 'Charge ₪0.00'."""
    dialog.method_buttons[PaymentMethod.CARD].setChecked(True)
    dialog.card.setCurrentIndex(dialog.card.findData(dialog.valid_cards()[0].id))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.settled, timeout=20_000)
    preview = dialog.preview
    assert preview is not None and preview.unsettled_card == "0119"
    assert dialog.record_button.text().startswith("Charge ")

    dialog.preview = replace(preview, amount_due_minor=0)  # the lines renewed otherwise meanwhile
    dialog._method_changed()
    assert dialog.record_button.text() == "Ask the gateway"
