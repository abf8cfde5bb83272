"""A service's own page (R10-R12): details, auto-renew on or off, card, billing contact, and for a
hosting package its period and installments (offered only up to the period's most)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.actor import Permission
from desktop.app.history import HistoryEntry
from desktop.app.views import AccountView, ServiceView
from desktop.app.workspace import Workspace
from desktop.core.periods import HOSTING_PERIODS, MAX_INSTALLMENTS
from desktop.core.risk import holder_matches
from desktop.ui import formatting, messages
from desktop.ui.tasks import TaskRunner


class ServicePage(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        account: AccountView,
        service: ServiceView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks, self.account, self.service = workspace, tasks, account, service
        self.setWindowTitle(service.name)
        hosting = service.kind == "hosting"
        self.enabled = QCheckBox(self.tr("Renew automatically"), self)
        self.enabled.setChecked(service.auto_renew_on)
        self.enabled.setEnabled(account.recurring.offered or service.auto_renew_on)
        self.card = QComboBox(self)
        self.card.addItem(self.tr("No card"), None)
        for card in account.cards:
            self.card.addItem(
                formatting.card_label(card.brand, card.last4, card.exp_month, card.exp_year), card.id
            )
        self.card.setCurrentIndex(max(0, self.card.findData(service.card_id)))
        self.contact = QComboBox(self)
        self.contact.addItem(self.tr("Account holder ({name})").format(name=account.customer.name), None)
        for contact in account.contacts:
            self.contact.addItem(contact.name, contact.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(service.billing_contact_id)))
        self.period = QComboBox(self)
        for months in HOSTING_PERIODS:
            self.period.addItem(self.tr("%n month(s)", "", months), months)
        self.period.setCurrentIndex(max(0, self.period.findData(service.renew_period_months)))
        self.installments = QSpinBox(self)
        self.installments.setRange(1, service.max_installments)
        self.installments.setValue(service.installments)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet("color: #b42318; font-weight: 600;")
        self.acknowledge = QCheckBox(
            self.tr("I have checked: this card may pay for this billing contact"), self
        )
        form = QFormLayout()
        form.addRow(
            self.tr("Kind"),
            QLabel(
                self.tr("Domain")
                if not hosting
                else self.tr("Hosting ({plan})").format(plan=service.plan or "")
            ),
        )
        form.addRow(self.tr("Expires"), QLabel(formatting.day(service.expires_on)))
        form.addRow(self.tr("Next charge"), QLabel(formatting.day(service.next_charge_on) or "—"))
        if not service.auto_renew_on:
            form.addRow(self.tr("Stopped"), QLabel(messages.stop_reason(service.stop_reason)))
        for code in service.risks:
            warning = QLabel(messages.risk(code))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b42318;")
            form.addRow(self.tr("Risk"), warning)
        form.addRow(self.enabled)
        form.addRow(self.tr("Card"), self.card)
        form.addRow(self.tr("Billing contact"), self.contact)
        if hosting:
            form.addRow(self.tr("Period"), self.period)
            form.addRow(self.tr("Installments"), self.installments)
        else:
            form.addRow(
                self.tr("Period"), QLabel(self.tr("%n month(s), in one payment", "", service.period_months))
            )
            self.period.hide()  # R12: a domain has no period or installment choice
            self.installments.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.history = QTableWidget(0, 3, self)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.acknowledge)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        tasks.run(lambda: workspace.service_history(service.id), self._show_history, self._failed)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.card, self.contact):
            combo.currentIndexChanged.connect(lambda _: self._check_holder())
        self.acknowledge.toggled.connect(lambda _: self._check_holder())
        self.enabled.toggled.connect(lambda _: self._check_holder())
        self.buttons.accepted.connect(self.save)
        self._check_holder()
        self.buttons.rejected.connect(self.reject)
        if not workspace.may(Permission.MANAGE_RECURRING):
            # R23: finance looks and changes nothing; the use case would refuse a save anyway.
            for editor in (self.enabled, self.card, self.contact, self.period, self.installments):
                editor.setEnabled(False)
            self.acknowledge.setEnabled(False)
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(messages.unavailable("role"))

    def _show_history(self, entries: list[HistoryEntry]) -> None:
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            details = entry.details
            parts = []
            if "amount_minor" in details and details.get("currency"):
                parts.append(formatting.money(int(details["amount_minor"]), str(details["currency"])))
            if details.get("charge_on"):
                parts.append(formatting.day(date.fromisoformat(str(details["charge_on"]))))
            if details.get("reason"):
                parts.append(messages.stop_reason(str(details["reason"])))
            if details.get("actor"):
                parts.append(formatting.ltr(str(details["actor"])))
            if details.get("to"):
                parts.append(formatting.ltr(str(details["to"])))
            cells = (
                formatting.day(entry.at.date()),
                f"{messages.history_kind(entry.kind)}: {messages.history_what(entry.what)}",
                "  ".join(parts),
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _period_changed(self) -> None:
        most = MAX_INSTALLMENTS.get(int(self.period.currentData()), 1)
        self.installments.setRange(1, most)
        self.installments.setValue(most)  # R11: the default is the most the period allows

    def holder_mismatch(self) -> bool:
        """R7, as in the Recurring dialog: a billing contact other than the holder, several cards,
        and a card holder matching neither the contact's name nor its company."""
        card = next((c for c in self.account.cards if c.id == self.card.currentData()), None)
        contact = next((k for k in self.account.contacts if k.id == self.contact.currentData()), None)
        return bool(
            card
            and contact
            and len(self.account.cards) > 1
            and not holder_matches(card.holder, contact.name, contact.company)
        )

    def _check_holder(self) -> None:
        mismatch = self.holder_mismatch() and self.enabled.isChecked()
        self.mismatch.setVisible(mismatch)
        self.acknowledge.setVisible(mismatch)
        if mismatch:
            self.mismatch.setText(
                self.tr(
                    "Warning: the card holder matches neither the billing contact's name nor its company."
                )
            )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not mismatch or self.acknowledge.isChecked())

    def save(self) -> None:
        service, workspace = self.service, self._workspace
        customer_id = self.account.customer.id
        card_id, contact_id = self.card.currentData(), self.contact.currentData()
        hosting = service.kind == "hosting"
        period = int(self.period.currentData()) if hosting else None
        installments = self.installments.value() if hosting else None
        switch_on = self.enabled.isChecked() and not service.auto_renew_on
        switch_off = not self.enabled.isChecked() and service.auto_renew_on
        acknowledged = self.acknowledge.isChecked()

        def work() -> None:
            chosen_card = card_id
            if switch_off:
                workspace.disable_recurring(customer_id, [service.id])
            if switch_on:
                switched = workspace.enable_recurring(
                    customer_id, [service.id], card_id, contact_id, acknowledged
                )
                if chosen_card is None and switched.card is not None:
                    chosen_card = switched.card.id  # the account's only card (R6): keep it, not "No card"
            workspace.change_service_settings(
                service.id,
                card_id=chosen_card,
                contact_id=contact_id,
                period_months=period,
                installments=installments,
            )

        self.buttons.setEnabled(False)
        self._tasks.run(work, lambda _: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(messages.error(error))
