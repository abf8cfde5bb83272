"""Remove card: when auto-renews use the card, the same dialog asks to move them to another card or
to stop them (the customer is told, R27)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.app import cards
from desktop.app.cards import CardsMoved
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, CardView, ServiceView
from desktop.core.codes import ErrorCode
from desktop.ui import colours
from desktop.ui.customers.card_work import card_choice
from desktop.ui.customers.cards_model import card_name, service_list
from desktop.ui.customers.moving_services import MovingServices
from desktop.ui.tasks import TaskRunner


class RemoveCardDialog(MovingServices):
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
        self.active: tuple[ServiceView, ...] = ()  # the services renewing with the card now
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
        # R9: the card they move to will not last to a charge of theirs.
        self.expiry_warning = QLabel(self)
        self.expiry_warning.setObjectName("expiresFirst")
        self.expiry_warning.setWordWrap(True)
        self.expiry_warning.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.expiry_warning.hide()
        for widget in (
            self.used,
            self.move_to,
            self.others,
            self.stop_them,
            self.unused,
            self.expiry_warning,
        ):
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
        self.active = use.active if use else ()
        self.in_use = [service.name for service in self.active]
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

    def refresh(self) -> None:
        self._show_expiry_warning()
        super().refresh()

    def _show_expiry_warning(self) -> None:
        """R9, before Remove: the services moving whose next charge comes after the last valid day of
        the card they move to (cards.expiring_first, as Replace and Recurring ask it). It does not block."""
        chosen = self.others.currentData() if self.in_use and self.move_to.isChecked() else None
        target = next((card for card in self.account.cards if card.id == chosen), None)
        late = (
            cards.expiring_first(self.account, self.active, target.exp_month, target.exp_year)
            if target is not None
            else ()
        )
        self.expiry_warning.setVisible(bool(late))
        self.expiry_warning.setText(
            self.tr(
                "The card they move to expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra."  # noqa: E501
            ).format(services=service_list([service.name for service in late]))
        )

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
        if done.expires_first:
            text += " " + self.tr(
                "The card they moved to expires before the next charge of: {services}."
            ).format(services=service_list(list(done.expires_first)))
        return text
