"""Replace card: "my card expired, here is the new one" - every service of the old card moves to the
new one, a card already saved or one typed now."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.app import cards
from desktop.app.cards import CardsMoved
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.card_work import card_choice
from desktop.ui.customers.cards_model import service_list
from desktop.ui.customers.moving_services import MovingServices
from desktop.ui.tasks import TaskRunner


class ReplaceCardDialog(MovingServices):
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
