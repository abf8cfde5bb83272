"""Add card, Replace card and Remove card (R38). Each does its work off the GUI thread (the gateway
tokenises and verifies a typed card, R8) with its inputs locked and a busy line saying what is under
way; Cancel (or Esc, or the window's X) meanwhile tells the work to stop before anything is committed
and closes the dialog only once it has (R34). A refusal says why under the inputs and changes nothing.

A typed number goes from the card-entry widget straight into the work (`take_number()` empties the
field at the same moment): no attribute of these dialogs ever holds it (R20).

Replace and Remove show the account as it is (R34): after any change (this workstation's or another's)
they read it again and refill the services that use the card and the cards to move them to; a card
chosen there that was removed meanwhile is said by its name and no longer offered."""

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

from desktop.app import cards, customers
from desktop.app.cards import CardsMoved
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, CardView
from desktop.core.codes import ErrorCode
from desktop.ui import colours, formatting, messages
from desktop.ui.changes import watch
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.cards_model import card_name, service_list
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


class _CardWork(QDialog):
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

    def why_not_ready(self) -> str:
        return self.entry.missing_text()

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


class _MovingServices(_CardWork):
    """What Replace and Remove share: the card whose services move (`moving_from`), the account's other
    valid cards to move them to (`others`, chosen with the `to_saved` button), followed while the dialog
    is open, and a refusal that names a card removed meanwhile."""

    def __init__(
        self, desk: Desk, tasks: TaskRunner, account: AccountView, card: CardView, parent: QWidget | None
    ) -> None:
        super().__init__(desk, tasks, account, parent)
        self.moving_from = card
        self.others = QComboBox(self)
        fill_targets(self.others, account, card.id, None)
        self.others.currentIndexChanged.connect(lambda _: self.refresh())
        self.to_saved = QRadioButton(self)  # worded by each dialog

    def choices(self) -> tuple[QWidget, ...]:
        """The inputs locked while the work runs."""
        return self.to_saved, self.others

    def follow(self, account: AccountView) -> bool:
        """The cards to move to as they are on `account`; False when the card itself is gone."""
        if not any(card.id == self.moving_from.id for card in account.cards):
            self.card_gone(self.moving_from)
            return False
        chosen, lost_before = self.others.currentData(), self.others.currentIndex() < 0
        if not fill_targets(self.others, account, self.moving_from.id, chosen):
            self.error.setText(self.target_gone_text(chosen))
            self.error.show()
        elif lost_before:
            self.others.setCurrentIndex(-1)  # a choice lost before: still the person's to make
        return True

    def refresh(self) -> None:
        self.others.setEnabled(self.to_saved.isChecked() and self._cancel is None)
        super().refresh()

    def lock(self, locked: bool) -> None:
        for widget in self.choices():
            widget.setEnabled(not locked)
        if not locked:
            self.to_saved.setEnabled(self.others.count() > 0)
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        said = self.refusal_text(error) if isinstance(error, UseCaseError) else ""
        if said:
            self.error.setText(said)
        self.reload()  # whatever was refused, the dialog shows the account as it is now

    def refusal_text(self, error: UseCaseError) -> str:
        """This dialog's own words for a refusal ('' for the general ones)."""
        if error.code is ErrorCode.CARD_TARGET_GONE:
            return self.target_gone_text(_card_id_of(error))
        return ""


class ReplaceCardDialog(_MovingServices):
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
        super().__init__(desk, tasks, account, old, parent)
        self.setObjectName("replaceCardDialog")
        self.setWindowTitle(self.tr("Replace card"))
        self.old = old
        self.moving = QLabel(self)
        self.moving.setWordWrap(True)
        self.saved = self.to_saved
        self.saved.setText(self.tr("A card already saved:"))
        self.typed = QRadioButton(self.tr("A new card, typed now:"), self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.saved)
        self.choice.addButton(self.typed)
        self.others.setObjectName("replaceWith")
        self.entry = CardEntry(desk.today(), self)
        self.entry.set_holder(old.holder)
        self.body.addWidget(QLabel(self.tr("Old card: {card}").format(card=card_choice(old)), self))
        self.body.addWidget(self.moving)
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
        self._show_moving()
        self.resize(600, 460)
        self.refresh()
        self.follow_account()

    def _show_moving(self) -> None:
        use = cards.card_uses(self.account).get(self.old.id)
        names = [service.name for service in use.services] if use else []
        if not names:
            self.moving.setText(
                self.tr(
                    "No service uses this card, so nothing will move: a new card typed here is simply added."
                )
            )
            return
        self.moving.setText(
            self.tr("%n service(s) will move from this card to the new one:", "", len(names))
            + " "
            + service_list(names)
        )

    def show_account(self, account: AccountView) -> None:
        if not self.follow(account):
            return
        self._show_moving()
        if not self.working_now:
            self.saved.setEnabled(self.others.count() > 0)
            if not self.others.count():
                self.typed.setChecked(True)

    def ready(self) -> bool:
        if self.saved.isChecked():
            return self.others.currentData() is not None
        return self.entry.complete()

    def why_not_ready(self) -> str:
        if self.saved.isChecked():
            return self.tr("Choose the saved card to move the services to.")
        return self.entry.missing_text()

    def refresh(self) -> None:
        self.entry.setEnabled(self.typed.isChecked())
        super().refresh()

    def choices(self) -> tuple[QWidget, ...]:
        return self.saved, self.typed, self.others

    def lock(self, locked: bool) -> None:
        self.entry.set_locked(locked)
        super().lock(locked)

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


def _card_id_of(error: UseCaseError) -> int | None:
    value = error.params.get("card_id")
    return value if isinstance(value, int) else None


class RemoveCardDialog(_MovingServices):
    """Removes a card; when auto-renews use it, asks in the same dialog to move them to another card or
    to stop them (the customer is told, R27). It follows the account while open: a service that starts
    renewing with the card meanwhile (another workstation) brings the choice, and the cards offered are
    those on the account now."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        account: AccountView,
        card: CardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, tasks, account, card, parent)
        self.setObjectName("removeCardDialog")
        self.setWindowTitle(self.tr("Remove card"))
        self.card = card
        self.in_use: list[str] = []
        self.body.addWidget(QLabel(self.tr("Remove the card {card}?").format(card=card_choice(card)), self))
        self.used = QLabel(self)
        self.used.setObjectName("cardInUse")
        self.used.setWordWrap(True)
        self.move_to = self.to_saved
        self.move_to.setText(self.tr("Move them to:"))
        self.stop_them = QRadioButton(
            self.tr("Stop their automatic renewal (the customer is told by e-mail)"), self
        )
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.move_to)
        self.choice.addButton(self.stop_them)
        self.others.setObjectName("moveTo")
        self.unused = QLabel(self.tr("No service renews automatically with it."), self)
        self.unused.setObjectName("cardUnused")
        for widget in (self.used, self.move_to, self.others, self.stop_them, self.unused):
            self.body.addWidget(widget)
        self.ok.setText(self.tr("Remove card"))
        self.choice.buttonToggled.connect(lambda *_: self.refresh())
        self._show_uses(cards.card_uses(account).get(card.id))
        self.resize(560, 300)
        self.refresh()
        self.follow_account()

    def _show_uses(self, use: cards.CardUse | None) -> None:
        """The services renewing with the card now, and the choice of where they go when there are."""
        was_in_use = bool(self.in_use)
        self.in_use = [service.name for service in use.active] if use else []
        in_use = bool(self.in_use)
        self.used.setText(
            self.tr("%n service(s) with automatic renewal on this card:", "", len(self.in_use))
            + " "
            + service_list(self.in_use)
            if in_use
            else ""
        )
        for widget in (self.used, self.move_to, self.others, self.stop_them):
            widget.setVisible(in_use)
        self.unused.setVisible(not in_use)
        if not self.working_now:
            self.move_to.setEnabled(self.others.count() > 0)
        if in_use and not was_in_use:
            (self.move_to if self.others.count() else self.stop_them).setChecked(True)
        elif in_use and not self.others.count():
            self.stop_them.setChecked(True)

    def show_account(self, account: AccountView) -> None:
        if not self.follow(account):
            return
        self._show_uses(cards.card_uses(account).get(self.card.id))

    def ready(self) -> bool:
        if not self.in_use or self.stop_them.isChecked():
            return True
        return self.move_to.isChecked() and self.others.currentData() is not None

    def choices(self) -> tuple[QWidget, ...]:
        return self.move_to, self.stop_them, self.others

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

    def refusal_text(self, error: UseCaseError) -> str:
        if error.code is ErrorCode.CARD_IN_USE:
            # Switched on with this card meanwhile (another person or workstation): asked here.
            return self.tr(
                "Meanwhile an automatic renewal started to use this card: choose where its services go, or stop their renewal. Nothing was changed."  # noqa: E501
            )
        return super().refusal_text(error)

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
