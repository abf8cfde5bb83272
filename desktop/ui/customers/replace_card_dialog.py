"""Replace card: "my card expired, here is the new one" - every service of the old card moves to the
new one, a card already saved or one typed now."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from desktop.app import cards
from desktop.app.cards import CardsMoved
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.core.fields import Field
from desktop.ui import colours, messages
from desktop.ui.customers.card_entry import CardEntry
from desktop.ui.customers.card_work import card_choice
from desktop.ui.customers.cards_model import service_list
from desktop.ui.customers.moving_services import MovingServices
from desktop.ui.tasks import TaskRunner

_SERVICE_ID = Qt.ItemDataRole.UserRole


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
        # The services this card's failure stopped: offered to go on again with the new card.
        self.restart_label = QLabel(self)
        self.restart_label.setWordWrap(True)
        self.restart = QListWidget(self)
        self.restart.setObjectName("switchOnAgain")
        self.restart.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.restart.itemChanged.connect(lambda _: self.refresh())
        # R9: the new card will not last to a charge of the services it will renew.
        self.expiry_warning = QLabel(self)
        self.expiry_warning.setObjectName("expiresFirst")
        self.expiry_warning.setWordWrap(True)
        self.expiry_warning.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.expiry_warning.hide()
        self.body.addWidget(QLabel(self.tr("Old card: {card}").format(card=card_choice(old)), self))
        self.body.addWidget(self.moving)
        self.body.addWidget(self.restart_label)
        self.body.addWidget(self.restart)
        self.body.addWidget(QLabel(self.tr("The customer's new card:"), self))
        self.body.addWidget(self.saved)
        self.body.addWidget(self.others)
        self.body.addWidget(self.typed)
        self.body.addWidget(self.entry)
        self.body.addWidget(self.expiry_warning)
        (self.saved if self.others.count() else self.typed).setChecked(True)
        self.saved.setEnabled(self.others.count() > 0)
        self.ok.setText(self.tr("Replace"))
        self.choice.buttonToggled.connect(lambda *_: self.refresh())
        self.entry.changed.connect(self.refresh)
        self._show_moving()
        self.resize(600, 520)
        self.refresh()
        self.follow_account()

    def _show_moving(self) -> None:
        self._show_restart()
        names = [service.name for service in cards.replacing(self.account, self.old.id).moving]
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

    def _show_restart(self) -> None:
        """A tick per service stopped by this card's failure, ticked unless the person unticked it."""
        unticked = {
            item.data(_SERVICE_ID)
            for item in (self.restart.item(row) for row in range(self.restart.count()))
            if item.checkState() is Qt.CheckState.Unchecked
        }
        stopped = cards.replacing(self.account, self.old.id).stopped_by_card
        self.restart.blockSignals(True)
        self.restart.clear()
        for service in stopped:
            item = QListWidgetItem(
                self.tr("{service} ({reason})").format(
                    service=service_list([service.name]), reason=messages.stop_reason(service.stop_reason)
                )
            )
            item.setData(_SERVICE_ID, service.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if service.id in unticked else Qt.CheckState.Checked)
            self.restart.addItem(item)
        self.restart.blockSignals(False)
        self.restart_label.setText(
            self.tr(
                "%n service(s) stopped because this card failed. Switch auto-renew on again with the new card for:",  # noqa: E501
                "",
                len(stopped),
            )
        )
        row_height = self.restart.sizeHintForRow(0) if stopped else 0
        self.restart.setFixedHeight(min(len(stopped), 4) * row_height + 2 * self.restart.frameWidth() + 4)
        self.restart_label.setVisible(bool(stopped))
        self.restart.setVisible(bool(stopped))

    def switching_on(self) -> list[int]:
        """The stopped services ticked to go on again with the new card."""
        items = (self.restart.item(row) for row in range(self.restart.count()))
        return [item.data(_SERVICE_ID) for item in items if item.checkState() is Qt.CheckState.Checked]

    def _new_expiry(self) -> tuple[int, int] | None:
        """The expiry of the card chosen to replace the old one, once there is one."""
        if self.saved.isChecked():
            chosen = self.others.currentData()
            card = next((card for card in self.account.cards if card.id == chosen), None)
            return (card.exp_month, card.exp_year) if card is not None else None
        if Field.CARD_EXPIRY in self.entry.errors():
            return None  # not an expiry a card can have yet: the entry says why
        return self.entry.expiry_value()

    def _show_expiry_warning(self) -> None:
        """R9, before Replace: the services renewing with the new card whose charge comes after its
        last valid day (cards.expiring_first, as the use case and Recurring ask). It does not block."""
        expiry = self._new_expiry()
        plan = cards.replacing(self.account, self.old.id)
        ticked = set(self.switching_on())
        renewing = [service for service in plan.moving if service.auto_renew_on or service.id in ticked]
        late = cards.expiring_first(self.account, renewing, *expiry) if expiry is not None else ()
        self.expiry_warning.setVisible(bool(late))
        self.expiry_warning.setText(
            self.tr(
                "The new card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra."  # noqa: E501
            ).format(services=service_list([service.name for service in late]))
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
        self._show_expiry_warning()
        super().refresh()

    def choices(self) -> tuple[QWidget, ...]:
        return self.saved, self.typed, self.others, self.restart

    def lock(self, locked: bool) -> None:
        self.entry.set_locked(locked)
        super().lock(locked)

    def _go(self) -> None:
        if not self.ready():
            return
        customer_id, old_id, desk = self.account.customer.id, self.old.id, self._desk
        switch_on = self.switching_on()
        if self.saved.isChecked():
            new_id: int = self.others.currentData()
            self.start(
                self.tr("Checking the new card and moving the services…"),
                lambda cancel: desk.call(
                    cards.replace_card, customer_id, old_id, new_id, cancel=cancel, switch_on=switch_on
                ),
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
            return desk.call(
                cards.replace_card, customer_id, old_id, card.id, cancel=cancel, switch_on=switch_on
            )

        self.start(self.tr("Checking the new card with the payment gateway and moving the services…"), work)

    def outcome_text(self) -> str:
        done = self.outcome
        if not isinstance(done, CardsMoved):
            return ""
        said = [self.tr("%n service(s) moved to the new card.", "", len(done.moved))]
        if done.switched_on:
            said.append(
                self.tr("Auto-renew is on again for: {services}.").format(
                    services=service_list(list(done.switched_on))
                )
            )
        if done.left_off:
            said.append(
                self.tr("Auto-renew is still off for: {services}; switch it on in Recurring.").format(
                    services=service_list([name for name, _ in done.left_off])
                )
            )
        if done.expires_first:
            said.append(
                self.tr("The new card expires before the next charge of: {services}.").format(
                    services=service_list(list(done.expires_first))
                )
            )
        return " ".join(said)
