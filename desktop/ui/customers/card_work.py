"""What Add card, Replace card and Remove card share (R38, R34): the OK button, the busy line and a
Cancel that stops the work before anything is committed (closing the dialog only once it has); the
account read again after any change while open; the words of a card chosen there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customers
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, CardView
from desktop.core.codes import ErrorCode
from desktop.ui import colours, formatting, messages
from desktop.ui.changes import watch
from desktop.ui.customers.cards_model import card_name
from desktop.ui.tasks import TaskRunner


def card_choice(card: CardView) -> str:
    """ "Visa •••• 4242  12/2030  Dana Levi (v1)": the card's words, its holder and the ref the
    commands take."""
    label = formatting.card_label(card.brand, card.last4, card.exp_month, card.exp_year)
    return f"{label}  {formatting.name(card.holder)} ({formatting.ltr(card.ref)})"


def fill_targets(combo: QComboBox, account: AccountView, moving_from: int, chosen: int | None) -> bool:
    """The valid cards of the account other than the one services move from, the one `chosen` kept
    chosen; False when `chosen` is no longer among them (nothing is chosen then: never another card in
    its place without the person's say)."""
    combo.blockSignals(True)
    combo.clear()
    for card in account.cards:
        if card.id != moving_from and card.valid:
            combo.addItem(card_choice(card), card.id)
    kept = chosen is None or combo.findData(chosen) >= 0
    combo.setCurrentIndex(combo.findData(chosen) if chosen is not None and kept else 0 if kept else -1)
    combo.blockSignals(False)
    return kept


class CardWork(QDialog):
    """What the three dialogs share: the OK button, the busy line, Cancel while the work runs."""

    def __init__(self, desk: Desk, tasks: TaskRunner, account: AccountView, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk, self._tasks, self.account = desk, tasks, account
        self._cancel: threading.Event | None = None
        self.outcome: Any = None  # what the work did, once done
        self.gone = False  # the card the dialog is about is no longer on the account
        self._asked = 0  # the latest read of the account: an older answer is not shown
        self._reading = False  # OK waits for the account read anew
        self._offered = {card.id: card for card in account.cards}  # every card ever shown, by id
        self.error = QLabel(self)
        self.error.setObjectName("cardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.error.hide()
        self.working = QLabel(self)
        self.working.setObjectName("cardWorking")
        self.working.setStyleSheet("font-weight: 600;")
        self.working.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.clicked.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    @property
    def working_now(self) -> bool:
        return self._cancel is not None

    def follow_account(self) -> None:
        """Reads the account again after every change while the dialog is open."""
        watch(self, self._desk, {Change.ACCOUNTS}, self.reload)

    def reload(self) -> None:
        """The account as stored now, read off the GUI thread (not while the work runs: it ends the
        dialog, or its refusal reads the account again)."""
        if self._cancel is not None or not self.isVisible():
            return
        self._asked += 1
        self._reading = True
        self.refresh()
        asked, desk, customer_id = self._asked, self._desk, self.account.customer.id
        self._tasks.run(
            lambda: desk.call(customers.load_account, customer_id),
            lambda account: self._reloaded(asked, account),
            lambda _: self._not_reloaded(asked),
            owner=self,
        )

    def _not_reloaded(self, asked: int) -> None:
        # Not read this time (a network blip): the next change or poll reads it again.
        if asked == self._asked:
            self._reading = False
            self.refresh()

    def _reloaded(self, asked: int, account: AccountView) -> None:
        if asked != self._asked:
            return
        self._reading = False
        if self._cancel is not None:
            return  # the work under way ends the dialog, or its refusal reads the account again
        self.account = account
        self._offered.update({card.id: card for card in account.cards})
        self.show_account(account)
        self.refresh()

    def show_account(self, account: AccountView) -> None:
        """The dialog shows `account` as it is now."""

    def card_gone(self, card: CardView) -> None:
        """The card the dialog is about was removed meanwhile: said, and nothing more can be done."""
        self.gone = True
        self.error.setText(
            QCoreApplication.translate(
                "CardDialogs",
                "The card {card} is no longer on the account: nothing can be done with it here.",
            ).format(card=card_name(card))
        )
        self.error.show()

    def target_gone_text(self, card_id: int | None) -> str:
        """The refusal of a move to a card removed meanwhile, naming that card."""
        card = self._offered.get(card_id) if card_id is not None else None
        if card is None:
            return messages.error(UseCaseError(ErrorCode.CARD_TARGET_GONE))
        return QCoreApplication.translate(
            "CardDialogs",
            "The card to move them to ({card}) is no longer on the account. Nothing was changed; choose another.",  # noqa: E501
        ).format(card=card_name(card))

    def ready(self) -> bool:
        raise NotImplementedError

    def why_not_ready(self) -> str:
        """What the person must still do before OK is enabled ('' when nothing): its tooltip."""
        return ""

    def refresh(self) -> None:
        self.ok.setEnabled(self.ready() and self._cancel is None and not self.gone and not self._reading)
        self.ok.setToolTip("" if self.ready() else self.why_not_ready())

    def _go(self) -> None:
        raise NotImplementedError

    def start(self, what: str, work: Callable[[threading.Event], Any]) -> None:
        """Runs `work(cancel)` on the worker; the inputs stay locked until it is done."""
        cancel = self._cancel = threading.Event()
        self.error.hide()
        self.working.setText(what)
        self.working.show()
        self.busy.show()
        self.lock(True)
        self.ok.setEnabled(False)
        self._tasks.run(lambda: work(cancel), self._done, self._failed, owner=self)

    def lock(self, locked: bool) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._cancel is None:
            super().reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.working.setText(QCoreApplication.translate("CardDialogs", "Stopping… nothing will be changed"))

    def _done(self, outcome: Any) -> None:
        # Cancel pressed after the last point it could stop: what was done is done, and said so.
        self._cancel = None
        self.busy.hide()
        self.working.hide()
        self.outcome = outcome
        self.accept()

    def _failed(self, error: BaseException) -> None:
        stopped = self._cancel is not None and self._cancel.is_set()
        self._cancel = None
        self.busy.hide()
        self.working.hide()
        self.cancel_button.setEnabled(True)
        if stopped:  # the transaction committed nothing
            super().reject()
            return
        self.lock(False)
        self.error.setText(messages.error(error))
        self.error.show()
        self.refresh()
