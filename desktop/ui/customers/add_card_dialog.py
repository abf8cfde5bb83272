"""Add card (R38): the number typed, tokenised and verified by the gateway off the GUI thread; the
card-entry widget's `take_number()` empties the field as the number goes to the work (R20)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from desktop.app import cards
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.ui import formatting
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.card_work import CardWork
from desktop.ui.customers.cards_model import card_name
from desktop.ui.tasks import TaskRunner


class AddCardDialog(CardWork):
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
