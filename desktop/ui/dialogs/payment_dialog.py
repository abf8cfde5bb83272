"""Record payment (R39): a proforma's lines with what the payment will do to each service (its new
expiry, or "already charged automatically: left out"), the amount due, and how it was paid: a bank
transfer, cash or a cheque (the day, a reference and the amount received, checked as they are typed
by the use case's own rules), or a card charged now (a saved card of the account, or one typed on the
phone: saved first, then charged).

The use case runs off the GUI thread. Until the charge goes to the gateway, Cancel (or Esc, or the
window's X) stops the work and nothing is recorded; once it has gone it cannot be called back, so
Cancel is disabled and the dialog says it is finishing (R34). A refusal (declined, no answer from the
gateway, the proforma paid meanwhile) says why in the dialog and nothing is recorded. When it is done,
the dialog says the invoice's number and each service's new expiry."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import payments
from desktop.app.cancellation import Stopped
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.payments import PaymentOutcome, PaymentPreview, PaymentRequest, TypedCard
from desktop.app.views import CardView
from desktop.core import fields
from desktop.core.codes import ErrorCode, PaymentMethod
from desktop.core.display import LOCALES
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.core.money import MoneyError, amount_text_in, parse_amount_in
from desktop.ui import colours, formatting, messages
from desktop.ui.application import current_language
from desktop.ui.changes import watch
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.document_texts import method_text
from desktop.ui.customers.proformas_model import services_text
from desktop.ui.dialogs.payment_lines import Column, PaymentLinesModel, payment_rows
from desktop.ui.field_texts import problem_text
from desktop.ui.tasks import TaskRunner

METHODS = (PaymentMethod.TRANSFER, PaymentMethod.CASH, PaymentMethod.CHEQUE, PaymentMethod.CARD)
TYPED = -1  # the card picker's "type the card" choice


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_format() -> str:
    """The language's short date with a four-digit year (a two-digit year reads ambiguously)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class FieldProblemLabel(QLabel):
    """What is wrong with the field above it, in red; hidden while the field is right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(colours.error_style())
        self.hide()

    def say(self, error: FieldError | None) -> None:
        self.setText("" if error is None else problem_text(error.problem, error.detail))
        self.setVisible(error is not None)


def _under(field: QWidget, problem: QLabel, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(problem)
    return box


class PaymentDialog(QDialog):
    """`PaymentDialog(desk, tasks, proforma_number, parent=...)`: it reads the proforma, its lines and
    the account's cards itself. After exec(), `outcome` is what was recorded (None: nothing was)."""

    def __init__(
        self, desk: Desk, tasks: TaskRunner, proforma_number: int, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._desk, self._tasks = desk, tasks
        self.number = proforma_number
        self.preview: PaymentPreview | None = None
        self.outcome: PaymentOutcome | None = None
        self._cancel: threading.Event | None = None  # set while the payment is being recorded
        self._sent = False  # the card charge has gone to the gateway: it can no longer be called back
        self._asked = 0
        self._answered = 0
        # What the last Record was refused (declined, no answer, ...): said until Record is pressed
        # again, whatever the previews asked meanwhile say (a typed card saved announces a change).
        self._refused: BaseException | None = None
        # The cards of the account when a typed card was handed to Record: one saved by that try is
        # chosen once its refusal is said, so that "pay again with the card" is one press.
        self._cards_before: frozenset[int] | None = None
        self.setWindowTitle(self.tr("Record payment — proforma {number}").format(number=proforma_number))

        self.heading = QLabel(self.tr("Reading proforma {number}…").format(number=proforma_number), self)
        self.heading.setObjectName("paymentHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = PaymentLinesModel(self)
        self.lines = QTableView(self)
        self.lines.setObjectName("paymentLines")
        self.lines.setModel(self.model)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setWordWrap(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.AFTER, QHeaderView.ResizeMode.Stretch)
        self.earlier = QLabel(self)  # the card charged before for this proforma, its money not applied
        self.earlier.setObjectName("earlierCharges")
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier.hide()
        self.due = QLabel(self)
        self.due.setObjectName("amountDue")
        self.due.setStyleSheet("font-weight: 600;")
        self.due.setWordWrap(True)

        # How it was paid.
        self.method_group = QButtonGroup(self)
        methods = QHBoxLayout()
        self.method_buttons: dict[PaymentMethod, QRadioButton] = {}
        for index, method in enumerate(METHODS):
            button = QRadioButton(method_text(method), self)
            self.method_group.addButton(button, index)
            self.method_buttons[method] = button
            methods.addWidget(button)
        methods.addStretch(1)
        self.method_buttons[PaymentMethod.TRANSFER].setChecked(True)

        # A transfer, cash or a cheque: when, its reference, and the amount received.
        self.paid_on = QDateEdit(_qdate(desk.today()), self)
        self.paid_on.setObjectName("paidOn")
        self.paid_on.setCalendarPopup(True)
        # Numeric dates read left to right in Hebrew too (a right-to-left date edit reverses them).
        self.paid_on.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.paid_on.setDisplayFormat(_date_format())
        self.paid_on_problem = FieldProblemLabel(self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("paymentReference")
        self.reference_problem = FieldProblemLabel(self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("paymentAmount")
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount_problem = FieldProblemLabel(self)
        by_hand = QWidget(self)
        by_hand_form = QFormLayout(by_hand)
        by_hand_form.setContentsMargins(0, 0, 0, 0)
        by_hand_form.addRow(self.tr("Paid on"), _under(self.paid_on, self.paid_on_problem, by_hand))
        by_hand_form.addRow(self.tr("Reference"), _under(self.reference, self.reference_problem, by_hand))
        by_hand_form.addRow(self.tr("Amount received"), _under(self.amount, self.amount_problem, by_hand))

        # A card charged now: a saved card of the account, or one typed (saved first, then charged).
        self.card = QComboBox(self)
        self.card.setObjectName("paymentCard")
        self.card_entry = CardEntry(desk.today(), self)
        self.card_entry.hide()
        self.card_note = QLabel(self)
        self.card_note.setWordWrap(True)
        by_card = QWidget(self)
        by_card_layout = QVBoxLayout(by_card)
        by_card_layout.setContentsMargins(0, 0, 0, 0)
        by_card_form = QFormLayout()
        by_card_form.addRow(self.tr("Card to charge"), self.card)
        by_card_layout.addLayout(by_card_form)
        by_card_layout.addWidget(self.card_entry)
        by_card_layout.addWidget(self.card_note)
        self.details = QStackedWidget(self)
        self.details.addWidget(by_hand)
        self.details.addWidget(by_card)

        self.error = QLabel(self)
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.error.hide()
        self.done_text = QLabel(self)
        self.done_text.setObjectName("paymentDone")
        self.done_text.setWordWrap(True)
        self.done_text.setTextFormat(Qt.TextFormat.PlainText)
        self.done_text.setStyleSheet(f"color: {colours.success_color().name()}; font-weight: 600;")
        self.done_text.hide()
        self.working = QLabel(self)
        self.working.setObjectName("paymentWorking")
        self.working.setWordWrap(True)
        self.working.setStyleSheet("font-weight: 600;")
        self.working.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.record_button: QPushButton = self.buttons.addButton(
            self.tr("Record payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("recordButton")
        self.record_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.due)
        layout.addWidget(self.earlier)
        layout.addWidget(QLabel(self.tr("How was it paid?"), self))
        layout.addLayout(methods)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addWidget(self.done_text)
        layout.addWidget(self.working)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.method_group.idToggled.connect(lambda _id, on: self._method_changed() if on else None)
        self.paid_on.dateChanged.connect(lambda _: self.check())
        self.reference.textChanged.connect(lambda _: self.check())
        self.amount.textEdited.connect(lambda _: self.check())
        self.card.currentIndexChanged.connect(lambda _: self._card_changed())
        self.card_entry.changed.connect(self.check)
        self.record_button.clicked.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        self.resize(860, 600)
        self._fill_cards()
        self._method_changed()
        self._ask_preview()
        # Paid or cancelled elsewhere meanwhile (another window, another workstation), a card added:
        # the dialog asks again and says so before Record is pressed (the use case refuses anyway).
        watch(self, desk, {Change.ACCOUNTS, Change.CHARGES}, self._changed_elsewhere)

    # -- the proforma and what paying it does ----------------------------------------------------

    def _changed_elsewhere(self) -> None:
        if self._cancel is None and self.outcome is None:
            self._ask_preview()

    def _ask_preview(self) -> None:
        self._asked += 1
        asked, number, desk = self._asked, self.number, self._desk
        self._tasks.run(
            lambda: desk.call(payments.preview_payment, number),
            lambda preview: self._previewed(asked, preview),
            lambda error: self._preview_failed(asked, error),
            owner=self,
        )

    @property
    def settled(self) -> bool:
        """The preview asked last has come (tests and screenshots wait for it)."""
        return self.preview is not None and self._asked == self._answered

    def _previewed(self, asked: int, preview: PaymentPreview) -> None:
        if asked != self._asked:
            return
        self._answered = asked
        self.preview = preview
        document = preview.proforma
        self.heading.setText(
            self.tr("Proforma {number} to {name} ({ref}), issued {issued}, valid until {valid}.").format(
                number=document.number,
                name=formatting.name(document.addressee.name),
                ref=formatting.ltr(document.customer_ref),
                issued=formatting.day(preview.issued_on),
                valid=formatting.day(document.valid_until),
            )
        )
        self.model.set_rows(payment_rows(preview.lines, preview.currency))
        # A proforma paid or cancelled is renewed by nothing: no "renewed until" to show.
        closed = (
            isinstance(preview.refusal, UseCaseError) and preview.refusal.code is ErrorCode.PROFORMA_NOT_OPEN
        )
        self.lines.setColumnHidden(Column.AFTER, closed and self.outcome is None)
        self._fit_lines()
        due = formatting.money(preview.amount_due_minor, preview.currency)
        left_out = [line for line in preview.lines if line.left_out is not None]
        if left_out:
            # A customer pays what the proforma prints: say at once that less is due, and why.
            self.due.setText(
                self.tr(
                    "Amount due: {due}, less than the proforma's printed total {total}: %n line(s) left out ({lines}), see why in the table above.",  # noqa: E501
                    "",
                    len(left_out),
                ).format(
                    due=due,
                    total=formatting.money(document.total_minor, preview.currency),
                    lines=self._left_out_lines(preview),
                )
            )
        else:
            self.due.setText(self.tr("Amount due: {due}").format(due=due))
        if not self.amount.isModified():  # the amount due, until the person types another
            # As the amount due is shown above it: 209,00 in Spanish, 209.00 in Hebrew and English.
            self.amount.setText(
                amount_text_in(preview.amount_due_minor, preview.currency, LOCALES[current_language()])
            )
        self._say_earlier(preview)
        self._say_refusal(self._refusal_now(preview))
        self._fill_cards()
        if self._cards_before is not None and self._refused is not None:
            self._choose_card_saved(self._cards_before)
            self._cards_before = None
        self._method_changed()

    def _choose_card_saved(self, before: frozenset[int]) -> None:
        """The card the refused try typed and saved, chosen when it can be charged (valid)."""
        saved = [card.id for card in self.valid_cards() if card.id not in before]
        if len(saved) == 1:
            self.card.setCurrentIndex(self.card.findData(saved[0]))

    def _say_earlier(self, preview: PaymentPreview) -> None:
        texts = []
        for charge in preview.earlier_charges:
            if charge.refunded:
                words = self.tr(
                    "The card ending {last4} was charged {amount} for this proforma before; nothing could take it, and it was refunded."  # noqa: E501
                )
            else:
                words = self.tr(
                    "The card ending {last4} was charged {amount} for this proforma before; nothing could take it: it is to be refunded from Follow-up."  # noqa: E501
                )
            texts.append(
                words.format(
                    last4=formatting.ltr(charge.card_last4),
                    amount=formatting.money(charge.amount_minor, charge.currency),
                )
            )
        self.earlier.setText("\n".join(texts))
        self.earlier.setVisible(bool(texts))

    def _fit_lines(self, most: int = 8) -> None:
        """The lines table as tall as its rows (up to `most`, then it scrolls): the payment's fields
        below it keep their room, with the problems said under them."""
        rows = min(max(self.model.rowCount(), 1), most)
        row = max(self.lines.sizeHintForRow(0), self.lines.verticalHeader().defaultSectionSize())
        header = self.lines.horizontalHeader().sizeHint().height()
        scroll = self.lines.horizontalScrollBar().sizeHint().height()
        self.lines.setFixedHeight(header + rows * row + 2 * self.lines.frameWidth() + scroll)

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._answered = asked
        self.preview = None
        self.heading.setText(self.tr("Proforma {number}").format(number=self.number))
        self._say_refusal(error)
        self.check()

    def _refusal_now(self, preview: PaymentPreview) -> BaseException | None:
        """The last Record's refusal, unless the proforma now refuses anything (paid meanwhile, say);
        money taken and not applied is said whatever the lines say now (nothing left to renew)."""
        refused = self._refused
        if refused is None:
            return preview.refusal
        not_applied = isinstance(refused, UseCaseError) and refused.code is ErrorCode.PAYMENT_NOT_APPLIED
        return refused if preview.refusal is None or not_applied else preview.refusal

    def _say_refusal(self, error: BaseException | None) -> None:
        self.error.setText("" if error is None else messages.error(error))
        self.error.setVisible(error is not None)

    # -- the cards ---------------------------------------------------------------------------------

    def valid_cards(self) -> list[CardView]:
        return [card for card in self.preview.cards if card.valid] if self.preview is not None else []

    def _fill_cards(self) -> None:
        chosen = self.card.currentData()
        self.card.blockSignals(True)
        self.card.clear()
        cards = self.valid_cards()
        if len(cards) != 1:
            self.card.addItem(self.tr("Choose the card to charge…"), None)
        for card in cards:
            label = formatting.card_label(card.brand, card.last4, card.exp_month, card.exp_year)
            self.card.addItem(f"{label}  {formatting.name(card.holder)}", card.id)
        self.card.addItem(self.tr("Type the customer's card…"), TYPED)
        if chosen is not None and self.card.findData(chosen) >= 0:
            self.card.setCurrentIndex(self.card.findData(chosen))
        self.card.blockSignals(False)
        self._card_changed()

    def _card_changed(self) -> None:
        typed = self.card.currentData() == TYPED
        self.card_entry.setVisible(typed)
        if typed:
            self.card_note.setText(
                self.tr("The card is verified and saved on the account first, then charged the amount due.")
            )
        elif self.preview is not None and not self.valid_cards():
            self.card_note.setText(self.tr("The account has no valid saved card: type the customer's card."))
        else:
            self.card_note.setText(
                self.tr("The card is charged the amount due now, through the payment gateway.")
            )
        self.check()

    # -- what was typed ----------------------------------------------------------------------------

    def method(self) -> PaymentMethod:
        return METHODS[max(0, self.method_group.checkedId())]

    def _method_changed(self) -> None:
        card = self.method() is PaymentMethod.CARD
        self.details.setCurrentIndex(1 if card else 0)
        if (
            card
            and self.preview is not None
            and self.preview.amount_due_minor == 0
            and self.preview.unsettled_card
        ):
            # Nothing is left to charge: pressing only asks the gateway about the earlier try's charge.
            self.record_button.setText(self.tr("Ask the gateway"))
        elif card and self.preview is not None:
            self.record_button.setText(
                self.tr("Charge {amount}").format(
                    amount=formatting.money(self.preview.amount_due_minor, self.preview.currency)
                )
            )
        else:
            self.record_button.setText(self.tr("Record payment"))
        self.check()

    def problems(self) -> dict[Field, FieldError]:
        """What is wrong with what was typed, by field (core/fields: the use case's own rules)."""
        found: dict[Field, FieldError] = {}
        if self.method() is PaymentMethod.CARD:
            return found
        preview = self.preview
        checks: list[tuple[Field, Callable[[], object]]] = [
            (
                Field.PAYMENT_REFERENCE,
                lambda: fields.optional_text(Field.PAYMENT_REFERENCE, self.reference.text()),
            ),
        ]
        if preview is not None:
            checks.append(
                (
                    Field.PAYMENT_DATE,
                    lambda: fields.payment_date(_day(self.paid_on.date()), preview.issued_on, preview.today),
                )
            )
            checks.append((Field.PAYMENT_AMOUNT, lambda: self.typed_amount(preview)))
        for field, check in checks:
            try:
                check()
            except FieldError as error:
                found[field] = error
        return found

    def _left_out_lines(self, preview: PaymentPreview) -> str:
        """ "levi.co.il ₪138.00, …": the lines left out of the amount due, each with its amount."""
        return ", ".join(
            f"{services_text([line.description])} {formatting.money(line.amount_minor, preview.currency)}"
            for line in preview.lines
            if line.left_out is not None
        )

    def typed_amount(self, preview: PaymentPreview) -> int:
        """The amount received, which must be the amount due (a wrong one is refused, never recorded)."""
        due = formatting.money(preview.amount_due_minor, preview.currency)
        if any(line.left_out is not None for line in preview.lines):
            # The printed total typed in: the problem says why less is due.
            due = self.tr("{due}, not the printed {total}: {lines} left out").format(
                due=due,
                total=formatting.money(preview.proforma.total_minor, preview.currency),
                lines=self._left_out_lines(preview),
            )
        text = self.amount.text().strip()
        if not text:
            raise FieldError(Field.PAYMENT_AMOUNT, FieldProblem.EMPTY)
        try:
            amount = parse_amount_in(text, preview.currency, LOCALES[current_language()])
        except MoneyError:
            raise FieldError(Field.PAYMENT_AMOUNT, FieldProblem.DIFFERS, due) from None
        if amount != preview.amount_due_minor:
            raise FieldError(Field.PAYMENT_AMOUNT, FieldProblem.DIFFERS, due)
        return amount

    def _card_ready(self) -> bool:
        chosen = self.card.currentData()
        if chosen == TYPED:
            return self.card_entry.complete()
        return chosen is not None

    def check(self) -> None:
        """Says under each field what is wrong with it, and keeps Record disabled until nothing is."""
        problems = self.problems()
        self.paid_on_problem.say(problems.get(Field.PAYMENT_DATE))
        self.reference_problem.say(problems.get(Field.PAYMENT_REFERENCE))
        self.amount_problem.say(problems.get(Field.PAYMENT_AMOUNT))
        preview = self.preview
        ready = (
            preview is not None
            and preview.refusal is None
            and not problems
            and self._cancel is None
            and self.outcome is None
            and (self.method() is not PaymentMethod.CARD or self._card_ready())
        )
        self.record_button.setEnabled(ready)

    def _request(self) -> PaymentRequest:
        """What Record sends, from the fields as they are now. A typed card's number is taken out of
        its field here (the field is emptied) and lives on only in the request handed to the work."""
        method = self.method()
        if method is PaymentMethod.CARD:
            if self.card.currentData() != TYPED:
                return PaymentRequest(method=method, card_id=self.card.currentData())
            expiry = self.card_entry.expiry_value()
            assert expiry is not None
            holder = self.card_entry.holder_text()
            return PaymentRequest(
                method=method,
                card=TypedCard(self.card_entry.take_number(), holder, expiry[0], expiry[1]),
            )
        preview = self.preview
        assert preview is not None
        return PaymentRequest(
            method=method,
            paid_on=_day(self.paid_on.date()),
            reference=fields.optional_text(Field.PAYMENT_REFERENCE, self.reference.text()),
            amount_minor=self.typed_amount(preview),
        )

    # -- Record, and Cancel while it works ---------------------------------------------------------

    def record(self) -> None:
        self.check()
        if not self.record_button.isEnabled():
            return
        number, desk = self.number, self._desk
        cancel = self._cancel = threading.Event()
        self._sent = False
        card = self.method() is PaymentMethod.CARD
        self._refused = None
        self._cards_before = None
        if card and self.preview is not None and self.card.currentData() == TYPED:
            self._cards_before = frozenset(known.id for known in self.preview.cards)
        self._say_refusal(None)
        self.working.setText(
            self.tr("Preparing the card payment… (Cancel still stops it)")
            if card
            else self.tr("Recording the payment…")
        )
        self.working.show()
        self.busy.show()
        self._lock(True)
        # The request is made in the work's closure only: a typed number is kept by no attribute.
        request = self._request()

        def work(progress: Callable[[int, int], None], _: threading.Event) -> PaymentOutcome:
            return desk.call(payments.record_payment, number, request, cancel, on_sent=lambda: progress(1, 1))

        self._tasks.run(work, self._recorded, self._failed, lambda *_: self._charge_sent(), owner=self)

    def _charge_sent(self) -> None:
        """The card charge is going to the gateway: stopping now would leave its outcome unknown."""
        if self._cancel is None:
            return
        self._sent = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(
            self.tr("The charge has been sent to the gateway and cannot be called back")
        )
        self.working.setText(
            self.tr("The charge has been sent to the gateway: finishing… It can no longer be cancelled.")
        )

    def _lock(self, locked: bool) -> None:
        for widget in (*self.method_buttons.values(), self.paid_on, self.reference, self.amount, self.card):
            widget.setEnabled(not locked)
        self.card_entry.set_locked(locked)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")
        self.check()

    def reject(self) -> None:
        """Cancel, Esc and the window's X: while the payment is being recorded and before a card charge
        is sent, the work is told to stop and the dialog closes once it has (nothing recorded); after
        the charge is sent, the dialog waits for the outcome."""
        if self.outcome is not None:
            self.accept()
            return
        if self._cancel is None:
            super().reject()
            return
        if self._sent:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.working.setText(self.tr("Stopping… nothing will be recorded"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancel is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _recorded(self, outcome: PaymentOutcome) -> None:
        # Cancel pressed after the last point it could stop: what was done is done, and said so.
        self._cancel = None
        self._sent = False
        self.busy.hide()
        self.working.hide()
        self.outcome = outcome
        self._lock(True)
        self.record_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.done_text.setText(self.outcome_text())
        self.done_text.show()

    def _failed(self, error: BaseException) -> None:
        stopped = isinstance(error, Stopped)
        self._cancel = None
        self._sent = False
        self.busy.hide()
        self.working.hide()
        if stopped:  # stopped before anything was recorded or sent
            super().reject()
            return
        self._lock(False)
        self._refused = error
        self._say_refusal(error)
        # The lines and cards as they are now (a typed card is saved by now), the refusal kept above.
        self._ask_preview()

    def outcome_text(self) -> str:
        """What the payment did: the invoice and each service's new expiry."""
        outcome = self.outcome
        if outcome is None:
            return ""
        text = self.tr("Proforma {number} is paid: invoice {invoice} issued.").format(
            number=outcome.proforma_number, invoice=formatting.ltr(outcome.invoice_title)
        )
        kinds = {line.service_id: line.kind for line in self.preview.lines} if self.preview else {}
        renewed = [
            self.tr("{service} until {day}").format(
                service=(
                    formatting.domain(service.name)
                    if kinds.get(service.service_id) == "domain"
                    else formatting.name(service.name)
                ),
                day=formatting.day(service.expires_on),
            )
            for service in outcome.renewed
        ]
        if renewed:
            text += " " + self.tr("Renewed: {services}.").format(services="; ".join(renewed))
        return text
