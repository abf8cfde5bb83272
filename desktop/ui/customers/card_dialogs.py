"""Add card, Replace card and Remove card (R38). Each does its work off the GUI thread (the gateway
tokenises and verifies a typed card, R8) with its inputs locked and a busy line saying what is under
way; Cancel (or Esc, or the window's X) meanwhile tells the work to stop before anything is committed
and closes the dialog only once it has (R34). A refusal says why under the inputs and changes nothing.

A typed number goes from the card-entry widget straight into the work (`take_number()` empties the
field at the same moment): no attribute of these dialogs ever holds it (R20)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app import cards
from desktop.app.cards import CardsMoved
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.ui import colours, formatting, messages
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.cards_model import card_name, service_list
from desktop.ui.tasks import TaskRunner


def card_choice(card: CardView) -> str:
    expiry = formatting.ltr(f"{card.exp_month:02d}/{card.exp_year}")
    return f"{card_name(card)}  {expiry}  {formatting.name(card.holder)}"


class _CardWork(QDialog):
    """What the three dialogs share: the OK button, the busy line, Cancel while the work runs."""

    def __init__(self, desk: Desk, tasks: TaskRunner, account: AccountView, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk, self._tasks, self.account = desk, tasks, account
        self._cancel: threading.Event | None = None
        self.outcome: Any = None  # what the work did, once done
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

    def ready(self) -> bool:
        raise NotImplementedError

    def refresh(self) -> None:
        self.ok.setEnabled(self.ready() and self._cancel is None)

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


class AddCardDialog(_CardWork):
    def __init__(
        self, desk: Desk, tasks: TaskRunner, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, tasks, account, parent)
        self.setObjectName("addCardDialog")
        self.setWindowTitle(self.tr("Add card"))
        intro = QLabel(
            self.tr("The card is checked with the payment gateway; only its last 4 digits are kept."), self
        )
        intro.setWordWrap(True)
        self.entry = CardEntry(desk.today(), self)
        self.entry.set_holder(account.customer.name)
        self.body.addWidget(
            QLabel(self.tr("Customer: {name}").format(name=formatting.name(account.customer.name)), self)
        )
        self.body.addWidget(intro)
        self.body.addWidget(self.entry)
        self.ok.setText(self.tr("Add card"))
        self.entry.changed.connect(self.refresh)
        self.resize(520, 320)
        self.refresh()

    def ready(self) -> bool:
        return self.entry.complete()

    def lock(self, locked: bool) -> None:
        self.entry.set_locked(locked)

    def _go(self) -> None:
        expiry = self.entry.expiry_value()
        if not self.ready() or expiry is None:
            return
        month, year = expiry
        holder, customer_id, desk = self.entry.holder_text(), self.account.customer.id, self._desk
        number = self.entry.take_number()  # the field is empty from here on
        self.start(
            self.tr("Checking the card with the payment gateway…"),
            lambda cancel: desk.call(cards.add_card, customer_id, number, holder, month, year, cancel=cancel),
        )

    def outcome_text(self) -> str:
        card = self.outcome
        if not isinstance(card, CardView):
            return ""
        return self.tr("Card {card} added ({ref}).").format(
            card=card_name(card), ref=formatting.ltr(card.ref)
        )


class ReplaceCardDialog(_CardWork):
    """ "My card expired, here is the new one": every service of the old card moves to the new one, a
    card already saved or one typed now."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        account: AccountView,
        old: CardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, tasks, account, parent)
        self.setObjectName("replaceCardDialog")
        self.setWindowTitle(self.tr("Replace card"))
        self.old = old
        use = cards.card_uses(account)[old.id]
        names = [service.name for service in use.services]
        moving = QLabel(
            self.tr("%n service(s) will move from this card to the new one:", "", len(names))
            + " "
            + (service_list(names) if names else "—"),
            self,
        )
        moving.setWordWrap(True)
        self.saved = QRadioButton(self.tr("A card already saved:"), self)
        self.typed = QRadioButton(self.tr("A new card, typed now:"), self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.saved)
        self.choice.addButton(self.typed)
        self.others = QComboBox(self)
        for card in account.cards:
            if card.id != old.id and card.valid:
                self.others.addItem(card_choice(card), card.id)
        self.entry = CardEntry(desk.today(), self)
        self.entry.set_holder(old.holder)
        self.body.addWidget(QLabel(self.tr("Old card: {card}").format(card=card_choice(old)), self))
        self.body.addWidget(moving)
        self.body.addWidget(QLabel(self.tr("The customer's new card:"), self))
        self.body.addWidget(self.saved)
        self.body.addWidget(self.others)
        self.body.addWidget(self.typed)
        self.body.addWidget(self.entry)
        (self.saved if self.others.count() else self.typed).setChecked(True)
        self.saved.setEnabled(self.others.count() > 0)
        self.ok.setText(self.tr("Replace"))
        self.choice.buttonToggled.connect(lambda *_: self.refresh())
        self.entry.changed.connect(self.refresh)
        self.resize(600, 460)
        self.refresh()

    def ready(self) -> bool:
        if self.saved.isChecked():
            return self.others.currentData() is not None
        return self.entry.complete()

    def refresh(self) -> None:
        self.others.setEnabled(self.saved.isChecked() and self._cancel is None)
        self.entry.setEnabled(self.typed.isChecked())
        super().refresh()

    def lock(self, locked: bool) -> None:
        self.entry.set_locked(locked)
        for widget in (self.saved, self.typed, self.others):
            widget.setEnabled(not locked)
        if not locked:
            self.saved.setEnabled(self.others.count() > 0)
            self.refresh()

    def _go(self) -> None:
        if not self.ready():
            return
        customer_id, old_id, desk = self.account.customer.id, self.old.id, self._desk
        if self.saved.isChecked():
            new_id: int = self.others.currentData()
            self.start(
                self.tr("Checking the new card and moving the services…"),
                lambda cancel: desk.call(cards.replace_card, customer_id, old_id, new_id, cancel=cancel),
            )
            return
        expiry = self.entry.expiry_value()
        if expiry is None:
            return
        month, year = expiry
        holder = self.entry.holder_text()
        number = self.entry.take_number()  # the field is empty from here on

        def work(cancel: threading.Event) -> CardsMoved:
            card = desk.call(cards.add_card, customer_id, number, holder, month, year, cancel=cancel)
            return desk.call(cards.replace_card, customer_id, old_id, card.id, cancel=cancel)

        self.start(self.tr("Checking the new card with the payment gateway and moving the services…"), work)

    def outcome_text(self) -> str:
        done = self.outcome
        if not isinstance(done, CardsMoved):
            return ""
        return self.tr("%n service(s) moved to the new card.", "", len(done.moved))


class RemoveCardDialog(_CardWork):
    """Removes a card; when auto-renews use it, asks in the same dialog to move them to another card or
    to stop them (the customer is told, R27)."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        account: AccountView,
        card: CardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, tasks, account, parent)
        self.setObjectName("removeCardDialog")
        self.setWindowTitle(self.tr("Remove card"))
        self.card = card
        use = cards.card_uses(account)[card.id]
        self.in_use = [service.name for service in use.active]
        self.body.addWidget(QLabel(self.tr("Remove the card {card}?").format(card=card_choice(card)), self))
        self.move_to = QRadioButton(self.tr("Move them to:"), self)
        self.stop_them = QRadioButton(
            self.tr("Stop their automatic renewal (the customer is told by e-mail)"), self
        )
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.move_to)
        self.choice.addButton(self.stop_them)
        self.others = QComboBox(self)
        for other in account.cards:
            if other.id != card.id and other.valid:
                self.others.addItem(card_choice(other), other.id)
        if self.in_use:
            used = QLabel(
                self.tr("%n service(s) with automatic renewal on this card:", "", len(self.in_use))
                + " "
                + service_list(self.in_use),
                self,
            )
            used.setWordWrap(True)
            self.body.addWidget(used)
            self.body.addWidget(self.move_to)
            self.body.addWidget(self.others)
            self.body.addWidget(self.stop_them)
            if self.others.count():
                self.move_to.setChecked(True)
            else:
                self.move_to.setEnabled(False)
                self.others.setEnabled(False)
                self.stop_them.setChecked(True)
        else:
            for widget in (self.move_to, self.stop_them, self.others):
                widget.hide()
            self.body.addWidget(QLabel(self.tr("No service renews automatically with it."), self))
        self.ok.setText(self.tr("Remove card"))
        self.choice.buttonToggled.connect(lambda *_: self.refresh())
        self.resize(560, 300)
        self.refresh()

    def ready(self) -> bool:
        if not self.in_use or self.stop_them.isChecked():
            return True
        return self.move_to.isChecked() and self.others.currentData() is not None

    def refresh(self) -> None:
        self.others.setEnabled(self.move_to.isChecked() and self._cancel is None)
        super().refresh()

    def lock(self, locked: bool) -> None:
        for widget in (self.move_to, self.stop_them, self.others):
            widget.setEnabled(not locked)
        if not locked:
            self.move_to.setEnabled(self.others.count() > 0)
            self.refresh()

    def _go(self) -> None:
        if not self.ready():
            return
        customer_id, card_id, desk = self.account.customer.id, self.card.id, self._desk
        move_to: int | None = self.others.currentData() if self.in_use and self.move_to.isChecked() else None
        stop = bool(self.in_use) and self.stop_them.isChecked()
        self.start(
            self.tr("Removing the card…"),
            lambda cancel: desk.call(
                cards.remove_card, customer_id, card_id, move_to=move_to, stop=stop, cancel=cancel
            ),
        )

    def outcome_text(self) -> str:
        done = self.outcome
        if not isinstance(done, CardsMoved):
            return ""
        text = self.tr("Card {card} removed.").format(card=card_name(self.card))
        if done.moved:
            text += " " + self.tr("%n service(s) moved to another card.", "", len(done.moved))
        if done.stopped:
            text += " " + self.tr("Automatic renewal stopped for %n service(s).", "", len(done.stopped))
        return text
