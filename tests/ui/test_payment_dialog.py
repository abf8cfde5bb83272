"""Record payment (R39) on the real dialog: the lines with what paying does to each service, the amount
due, a transfer recorded (the invoice's number and each new expiry said), bad input said under its
field with Record disabled and nothing changed, a card declined or unanswered (settled by its key on
the next try), a typed card whose number leaves the dialog as soon as it is handed to the work, and
Cancel: it stops the work before the charge is sent, and is disabled once it has been (R34)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any, cast

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app.actor import Actor
from desktop.app.desk import Desk
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import PaymentMethod, ProformaStatus
from desktop.gateway.sandbox import SandboxGateway
from desktop.store.models import Card, Invoice, Payment, PaymentAttempt, Proforma
from desktop.ui.application import install_language
from desktop.ui.changes import settle
from desktop.ui.dialogs.payment_dialog import TYPED, PaymentDialog
from desktop.ui.dialogs.payment_lines import Column
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import FINANCE, SALES, card_id, customer_id, service_id
from tests.jobs.helpers import (
    CHARGE_DECLINED,
    TIMEOUT_ONCE,
    card,
    customer,
    document,
    domain,
    hosting,
    ledger_charges,
    load,
    service,
)
from tests.support.gated_gateway import gate_verifications
from tests.ui.driving import cell_text, row_count

TODAY = date(2026, 11, 24)
NEW_CARD = "5555555555554444"


def _load(ctx: AppContext) -> int:
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    load(
        ctx,
        document(
            [
                customer(
                    "dana",
                    [domain("s1", "levi.co.il", date(2027, 3, 1)), site],
                    cards=[card("v1"), card("v2", number=CHARGE_DECLINED), card("v3", number=TIMEOUT_ONCE)],
                )
            ]
        ),
    )
    return customer_id(ctx, "dana")


def _issue(ctx: AppContext, *names: str) -> int:
    ids = [service_id(ctx, name) for name in names]
    [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "dana"), ids)
    return proforma.number


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.db.reading() as session:
        return (
            session.scalar(select(func.count(Payment.id))) or 0,
            session.scalar(select(func.count(Invoice.id))) or 0,
            session.scalar(select(func.count(PaymentAttempt.id))) or 0,
        )


def _status(ctx: AppContext, number: int) -> str:
    with ctx.db.reading() as session:
        return session.scalars(select(Proforma.status).where(Proforma.number == number)).one()


@pytest.fixture
def open_dialog(qtbot: QtBot, sctx: AppContext) -> Iterator[Any]:
    made: list[tuple[PaymentDialog, TaskRunner, Desk]] = []

    def make(number: int, actor: Actor = SALES) -> PaymentDialog:
        desk = Desk(sctx, actor)
        tasks = TaskRunner()
        dialog = PaymentDialog(desk, tasks, number)
        qtbot.addWidget(dialog)
        made.append((dialog, tasks, desk))
        dialog.show()
        qtbot.waitUntil(lambda: dialog.settled, timeout=20_000)
        return dialog

    yield make
    for dialog, tasks, desk in made:
        tasks.wait(30_000)
        settle(desk)
        dialog.close()


def _choose(dialog: PaymentDialog, method: PaymentMethod) -> None:
    dialog.method_buttons[method].setChecked(True)


def _click(qtbot: QtBot, dialog: PaymentDialog) -> None:
    assert dialog.record_button.isEnabled()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def test_a_transfer_is_recorded_and_the_dialog_says_the_invoice_and_the_new_expiries(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il", "levi-site")
    dialog: PaymentDialog = open_dialog(number)

    lines = {cell_text(dialog.lines, r, Column.SERVICE): r for r in range(row_count(dialog.lines))}
    assert set(lines) == {"levi.co.il", "levi-site"}
    assert cell_text(dialog.lines, lines["levi.co.il"], Column.AFTER) == "Renewed until Mar 1, 2028"
    assert cell_text(dialog.lines, lines["levi-site"], Column.AFTER) == "Renewed until Jun 1, 2029"
    assert dialog.due.text() == "Amount due: ₪959.00"
    assert f"Proforma {number} to Dana" in dialog.heading.text()
    assert dialog.amount.text() == "959.00"
    assert dialog.record_button.text() == "Record payment"

    dialog.reference.setText("BANK-7781")
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)

    outcome = dialog.outcome
    assert outcome is not None and outcome.method is PaymentMethod.TRANSFER
    text = dialog.done_text.text()
    assert f"Proforma {number} is paid: invoice {outcome.invoice_title} issued." in text
    assert "levi.co.il until Mar 1, 2028" in text and "levi-site until Jun 1, 2029" in text
    assert dialog.done_text.isVisible() and not dialog.record_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert _status(sctx, number) == ProformaStatus.PAID
    assert service(sctx, "levi.co.il").expires_on == date(2028, 3, 1)
    with sctx.db.reading() as session:
        payment = session.scalars(select(Payment)).one()
        assert (payment.reference, payment.paid_on, payment.amount_minor) == ("BANK-7781", TODAY, 95900)
    dialog.reject()  # Close: the dialog ends accepted, with what it recorded
    assert dialog.result() == PaymentDialog.DialogCode.Accepted


def test_bad_input_is_said_under_its_field_and_nothing_is_recorded(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    dialog: PaymentDialog = open_dialog(number)
    before = _counts(sctx)
    assert dialog.record_button.isEnabled()

    dialog.paid_on.setDate(QDate(2026, 11, 25))  # tomorrow
    assert dialog.paid_on_problem.isVisible()
    assert dialog.paid_on_problem.text() == "A payment cannot be dated after today."
    assert not dialog.record_button.isEnabled()
    dialog.paid_on.setDate(QDate(2026, 11, 23))  # the day before the proforma was issued
    assert (
        dialog.paid_on_problem.text()
        == "A payment cannot be dated before the proforma was issued (2026-11-24)."
    )
    dialog.paid_on.setDate(QDate(2026, 11, 24))
    assert not dialog.paid_on_problem.isVisible()

    dialog.amount.setText("58.00")
    dialog.amount.textEdited.emit("58.00")
    assert dialog.amount_problem.text() == "The amount must be the amount due: ₪59.00."
    assert not dialog.record_button.isEnabled()
    dialog.amount.setText("59")
    dialog.amount.textEdited.emit("59")
    assert not dialog.amount_problem.isVisible()

    dialog.reference.setText("ref\u202eevil")
    assert dialog.reference_problem.isVisible() and "cannot be kept" in dialog.reference_problem.text()
    assert not dialog.record_button.isEnabled()
    dialog.record()  # pressed anyway (Enter): nothing happens
    assert _counts(sctx) == before and _status(sctx, number) == ProformaStatus.OPEN
    dialog.reference.setText("")
    assert dialog.record_button.isEnabled()


def test_a_paid_proforma_cannot_be_paid_again(qtbot: QtBot, sctx: AppContext, open_dialog: Any) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    first: PaymentDialog = open_dialog(number)
    _click(qtbot, first)
    qtbot.waitUntil(lambda: first.outcome is not None, timeout=20_000)
    assert first.outcome is not None
    second: PaymentDialog = open_dialog(number)
    assert not second.record_button.isEnabled()
    assert second.lines.isColumnHidden(Column.AFTER), "a paid proforma renews nothing more"
    assert second.error.isVisible()
    assert second.error.text() == (
        f"Proforma {number} is already paid by bank transfer (invoice INV-{first.outcome.invoice_number}): "
        "only an open proforma can be paid or cancelled."
    )


def test_a_declined_card_says_so_and_records_nothing(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    dialog: PaymentDialog = open_dialog(number)
    _choose(dialog, PaymentMethod.CARD)
    assert dialog.details.currentIndex() == 1
    assert dialog.record_button.text() == "Charge ₪59.00"
    assert not dialog.record_button.isEnabled(), "three saved cards: one must be chosen"
    dialog.card.setCurrentIndex(dialog.card.findData(card_id(sctx, "dana", "v2")))
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.settled, timeout=20_000)

    assert (
        dialog.error.text()
        == "The card ending 0341 was declined. The proforma stays open; nothing was recorded."
    )
    assert dialog.outcome is None and dialog.record_button.isEnabled()
    assert _status(sctx, number) == ProformaStatus.OPEN
    assert _counts(sctx)[:2] == (0, 0)


def test_an_unknown_outcome_is_said_and_the_next_try_settles_it_by_its_key(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    dialog: PaymentDialog = open_dialog(number)
    _choose(dialog, PaymentMethod.CARD)
    dialog.card.setCurrentIndex(dialog.card.findData(card_id(sctx, "dana", "v3")))
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.settled, timeout=20_000)
    assert dialog.error.text().startswith("The gateway did not say whether the card ending 0119 was charged.")
    assert _status(sctx, number) == ProformaStatus.OPEN

    _click(qtbot, dialog)  # again: the charge the first try made is found by its key, not made twice
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert _status(sctx, number) == ProformaStatus.PAID
    assert len(ledger_charges(sctx)) == 1


class _GatedCharges:
    """The sandbox with a gate on its charges: the test acts while a charge is at the gateway."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner
        self.entered = threading.Event()
        self.gate = threading.Event()

    def charge(self, *args: Any, **kwargs: Any) -> Any:
        self.entered.set()
        if not self.gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        return self._inner.charge(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_once_the_charge_is_sent_cancel_is_disabled_and_the_dialog_finishes(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    gated = _GatedCharges(sctx.gateway)
    sctx.gateway = cast(SandboxGateway, gated)
    dialog: PaymentDialog = open_dialog(number)
    _choose(dialog, PaymentMethod.CARD)
    dialog.card.setCurrentIndex(dialog.card.findData(card_id(sctx, "dana", "v1")))
    _click(qtbot, dialog)
    try:
        assert gated.entered.wait(20)
        qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled())
        assert (
            "cannot be cancelled" in dialog.working.text()
            or "can no longer be cancelled" in dialog.working.text()
        )
        dialog.reject()  # Esc, the window's X: the dialog waits for the outcome
        assert dialog.isVisible()
    finally:
        gated.gate.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert _status(sctx, number) == ProformaStatus.PAID


def test_a_typed_card_is_saved_then_charged_and_its_number_leaves_the_dialog(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    _load(sctx)
    number = _issue(sctx, "levi-site")
    dialog: PaymentDialog = open_dialog(number)
    _choose(dialog, PaymentMethod.CARD)
    dialog.card.setCurrentIndex(dialog.card.findData(TYPED))
    assert dialog.card_entry.isVisible()
    assert not dialog.record_button.isEnabled()
    dialog.card_entry.number.setText("5555 5555 5555 4445")  # a digit mistyped
    dialog.card_entry.holder.setText("Dana Levi")
    dialog.card_entry.expiry.setText("09/2029")
    assert not dialog.record_button.isEnabled()
    dialog.card_entry.number.setText("5555 5555 5555 4444")
    assert dialog.record_button.isEnabled()
    _click(qtbot, dialog)
    assert dialog.card_entry.number.text() == "", "the number leaves the field as it is handed to the work"
    for value in vars(dialog).values():
        assert NEW_CARD not in repr(value)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert _status(sctx, number) == ProformaStatus.PAID
    with sctx.db.reading() as session:
        saved = session.scalars(select(Card).where(Card.last4 == "4444")).one()
        assert saved.holder == "Dana Levi" and (saved.exp_month, saved.exp_year) == (9, 2029)
    assert dialog.outcome is not None and dialog.outcome.card_last4 == "4444"


def test_finance_records_payments_too(qtbot: QtBot, sctx: AppContext, open_dialog: Any) -> None:
    _load(sctx)
    number = _issue(sctx, "levi.co.il")
    dialog: PaymentDialog = open_dialog(number, FINANCE)
    _choose(dialog, PaymentMethod.CHEQUE)
    dialog.paid_on.setDate(QDate(2026, 11, 24))
    dialog.reference.setText("cheque 0042")
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert _status(sctx, number) == ProformaStatus.PAID
    assert service(sctx, "levi.co.il").expires_on == date(2028, 3, 1)


def test_cancel_before_the_charge_is_sent_stops_it_and_records_nothing(
    qtbot: QtBot, sctx: AppContext, open_dialog: Any
) -> None:
    """A typed card is verified before it is charged: Cancel pressed meanwhile stops the work there;
    the dialog closes once it has stopped, with no card saved, no attempt and no payment."""
    _load(sctx)
    number = _issue(sctx, "levi-site")
    gated = gate_verifications(sctx)
    dialog: PaymentDialog = open_dialog(number)
    _choose(dialog, PaymentMethod.CARD)
    dialog.card.setCurrentIndex(dialog.card.findData(TYPED))
    dialog.card_entry.number.setText(NEW_CARD)
    dialog.card_entry.holder.setText("Dana Levi")
    dialog.card_entry.expiry.setText("09/2029")
    before = _counts(sctx)
    _click(qtbot, dialog)
    try:
        assert gated.entered.wait(20)
        assert dialog.cancel_button.isEnabled(), "nothing has gone to be charged yet"
        dialog.reject()
        assert dialog.working.text() == "Stopping… nothing will be recorded"
        assert not dialog.cancel_button.isEnabled()
        assert dialog.isVisible(), "it closes once the work has stopped"
    finally:
        gated.gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.result() == PaymentDialog.DialogCode.Rejected and dialog.outcome is None
    assert _counts(sctx) == before and _status(sctx, number) == ProformaStatus.OPEN
    with sctx.db.reading() as session:
        assert session.scalar(select(func.count(Card.id)).where(Card.last4 == "4444")) == 0
    assert ledger_charges(sctx) == []


@pytest.mark.parametrize(
    ("language", "shown", "other_form"), [("es", "959,00", "959.00"), ("he", "959.00", "959,00")]
)
def test_the_amount_is_typed_as_the_window_s_language_shows_it(
    qtbot: QtBot,
    qapp: QApplication,
    sctx: AppContext,
    open_dialog: Any,
    language: str,
    shown: str,
    other_form: str,
) -> None:
    """Spanish shows 959,00 and takes 959,00 (not 959.00); Hebrew the other way round. The field is
    filled as the amount due is shown, and what is typed is read exactly, in minor units."""
    install_language(qapp, language)
    _load(sctx)
    number = _issue(sctx, "levi.co.il", "levi-site")
    dialog: PaymentDialog = open_dialog(number)
    assert dialog.amount.text() == shown and shown in dialog.due.text()
    assert dialog.record_button.isEnabled()

    dialog.amount.setText(other_form)
    dialog.amount.textEdited.emit(other_form)
    assert dialog.amount_problem.isVisible() and shown in dialog.amount_problem.text()
    assert not dialog.record_button.isEnabled()
    dialog.amount.setText(f" {shown} ")
    dialog.amount.textEdited.emit(f" {shown} ")
    assert not dialog.amount_problem.isVisible() and dialog.record_button.isEnabled()

    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    with sctx.db.reading() as session:
        assert session.scalars(select(Payment.amount_minor)).one() == 95900
