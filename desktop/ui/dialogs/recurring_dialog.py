"""Recurring and Recurring All (R5-R9): the services it will change, the billing contact and card
pickers, the holder/contact warning that Confirm needs acknowledged, the expiry warning per service.
The card is verified off the GUI thread; a refusal says why and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.views import AccountView, CardView
from desktop.app.workspace import Workspace
from desktop.core.cards import expires_before
from desktop.core.risk import holder_matches
from desktop.ui import formatting, messages
from desktop.ui.tasks import TaskRunner

WARNING_STYLE = "color: #b42318; font-weight: 600;"


class RecurringDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        account: AccountView,
        service_ids: list[int],
        *,
        all_domains: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks, self.account = workspace, tasks, account
        self.setWindowTitle(self.tr("Recurring All") if all_domains else self.tr("Recurring"))
        self.services = QListWidget(self)
        chosen = set(service_ids)
        shown = (
            [s for s in account.services if s.kind == "domain"]
            if all_domains
            else [s for s in account.services if s.id in chosen]
        )
        for service in shown:
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.services.addItem(item)
        self.contact = QComboBox(self)
        self.contact.addItem(self.tr("Account holder ({name})").format(name=account.customer.name), None)
        for contact in account.contacts:
            label = (
                contact.name
                if not contact.company or contact.company == contact.name
                else f"{contact.name} ({contact.company})"
            )
            self.contact.addItem(label, contact.id)
        self.card = QComboBox(self)
        if len(account.cards) > 1:
            self.card.addItem(self.tr("Choose the card to charge…"), None)
        for card in account.cards:
            self.card.addItem(
                formatting.card_label(card.brand, card.last4, card.exp_month, card.exp_year)
                + "  "
                + card.holder,
                card.id,
            )
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(WARNING_STYLE)
        self.acknowledge = QCheckBox(
            self.tr("I have checked: this card may pay for this billing contact"), self
        )
        self.expiry = QLabel(self)
        self.expiry.setWordWrap(True)
        self.expiry.setStyleSheet(WARNING_STYLE)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(WARNING_STYLE)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Verifying the card…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm: QPushButton = self.buttons.addButton(
            self.tr("Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Billing contact"), self.contact)
        form.addRow(self.tr("Card"), self.card)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Automatic renewal will be switched on for:"), self))
        layout.addWidget(self.services, 1)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.expiry)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.services.itemChanged.connect(lambda _: self.refresh())
        self.contact.currentIndexChanged.connect(lambda _: self.refresh())
        self.card.currentIndexChanged.connect(lambda _: self.refresh())
        self.acknowledge.toggled.connect(lambda _: self.refresh())
        self.confirm.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 520)
        self.refresh()

    def chosen_services(self) -> list[int]:
        return [
            int(self.services.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.services.count())
            if self.services.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_card(self) -> CardView | None:
        card_id = self.card.currentData()
        return next((card for card in self.account.cards if card.id == card_id), None)

    def holder_mismatch(self) -> bool:
        """R7: another billing contact than the holder, several cards, and a holder matching neither
        the contact's name nor its company."""
        card, contact_id = self.chosen_card(), self.contact.currentData()
        contact = next((k for k in self.account.contacts if k.id == contact_id), None)
        return bool(
            card
            and contact
            and len(self.account.cards) > 1
            and not holder_matches(card.holder, contact.name, contact.company)
        )

    def refresh(self) -> None:
        card = self.chosen_card()
        mismatch = self.holder_mismatch()
        self.mismatch.setVisible(mismatch)
        self.acknowledge.setVisible(mismatch)
        if mismatch and card is not None:
            self.mismatch.setText(
                self.tr(
                    "Warning: the card holder ({holder}) matches neither the billing contact's name nor its company. Invoices will be issued to the contact while the card pays."  # noqa: E501
                ).format(holder=card.holder)
            )
        chosen = set(self.chosen_services())
        # Each service on its own: its next charge when it already renews, else its expiry.
        late = [
            s.name
            for s in self.account.services
            if s.id in chosen
            and card is not None
            and expires_before(
                card.exp_month, card.exp_year, s.next_charge_on if s.next_charge_on else s.expires_on
            )
        ]
        self.expiry.setVisible(bool(late))
        self.expiry.setText(
            self.tr(
                "The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra."  # noqa: E501
            ).format(services=", ".join(formatting.ltr(n) for n in late))
        )
        ready = bool(chosen) and card is not None and (not mismatch or self.acknowledge.isChecked())
        self.confirm.setEnabled(ready and not self.busy.isVisible())

    def _confirm(self) -> None:
        card = self.chosen_card()
        if card is None:
            return
        customer_id, services = self.account.customer.id, self.chosen_services()
        contact_id, acknowledged = self.contact.currentData(), self.acknowledge.isChecked()
        self.error.clear()
        self.busy.show()
        self.confirm.setEnabled(False)
        self._tasks.run(
            lambda: self._workspace.enable_recurring(
                customer_id, services, card.id, contact_id, acknowledged
            ),
            lambda _: self.accept(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.error.setText(messages.error(error))
        self.refresh()
