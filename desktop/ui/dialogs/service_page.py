"""A service's own page (R10-R12): details, auto-renew on or off, card, billing contact, and for a
hosting package its period and installments (offered only up to the period's most). The R7 and R9
warnings and the risks follow the card and contact picked, from the use case's preview; a control that
cannot be used says why beside it (R1, R23). Save is one use case, whole or not at all; Cancel while it
works stops it before anything is committed (R34). The page shows the service as stored: changed
meanwhile by someone else (another window or workstation), an untouched page shows it anew, and a
Save of a page loaded before the change is refused and the page shown anew, never undoing their
change."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customers, recurring
from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.recurring import RecurringPreview, ServiceSaved, ServiceStamp
from desktop.app.views import AccountView, ServiceView
from desktop.core.codes import ErrorCode, Risk
from desktop.core.periods import HOSTING_PERIODS, MAX_INSTALLMENTS
from desktop.ui import colours, formatting, messages
from desktop.ui.changes import watch
from desktop.ui.dialogs.recurring_rows import card_text
from desktop.ui.dialogs.service_history import ServiceHistory
from desktop.ui.tasks import TaskRunner

# Risks that follow the card and contact picked on the page; the others are the service's own.
_FOLLOW_THE_CARD = {Risk.NO_CARD, Risk.CARD_INVALID, Risk.CARD_EXPIRES_FIRST, Risk.HOLDER_MISMATCH}


class ServicePage(QDialog):
    def __init__(
        self,
        workspace: Desk,
        tasks: TaskRunner,
        account: AccountView,
        service: ServiceView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks, self.account, self.service = workspace, tasks, account, service
        self.preview: RecurringPreview | None = None
        self.outcome: ServiceSaved | None = None  # what Save did, once it is done
        self._asked, self._answered = 0, -1
        self._cancel: threading.Event | None = None
        # (as loaded, as edited) while a save refused as changed meanwhile is shown anew
        self._kept: tuple[ServiceStamp, ServiceStamp] | None = None
        self.setWindowTitle(formatting.domain(service.name) if service.kind == "domain" else service.name)
        hosting = service.kind == "hosting"
        may = self._may = workspace.may(Permission.MANAGE_RECURRING)
        self.enabled = QCheckBox(self.tr("Renew automatically"), self)
        # R1/R23: a control that cannot be used says why, beside it.
        self.enabled_reason = QLabel(self)
        self.enabled_reason.setWordWrap(True)
        self.enabled_reason.setStyleSheet(colours.error_style())
        self.card = QComboBox(self)
        self.contact = QComboBox(self)
        self.period = QComboBox(self)
        for months in HOSTING_PERIODS:
            self.period.addItem(self.tr("%n month(s)", "", months), months)
        self.installments = QSpinBox(self)
        self.expires = QLabel(self)
        self.stopped = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colours.error_style())
        self.next_charge = QLabel(self)
        self.risks = QLabel(self)
        self.risks.setWordWrap(True)
        self.expiry = QLabel(self)
        self.expiry.setWordWrap(True)
        self.expiry.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.expiry.hide()
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet(colours.error_style() + " font-weight: 600;")
        self.mismatch.hide()
        self.acknowledge = QCheckBox(
            self.tr("I have checked: this card may pay for this billing contact"), self
        )
        self.acknowledge.hide()
        self.working = QLabel(self)
        self.working.hide()
        form = QFormLayout()
        form.addRow(
            self.tr("Kind"),
            QLabel(
                self.tr("Domain")
                if not hosting
                else self.tr("Hosting ({plan})").format(plan=service.plan or "")
            ),
        )
        form.addRow(self.tr("Expires"), self.expires)
        form.addRow(self.tr("Next charge"), self.next_charge)
        form.addRow(self.tr("Stopped"), self.stopped)
        self._form = form
        form.addRow(self.tr("Risk"), self.risks)
        switch = QHBoxLayout()
        switch.addWidget(self.enabled)
        switch.addWidget(self.enabled_reason, 1)
        form.addRow(switch)
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
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.history = ServiceHistory(workspace, tasks, service.id, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.expiry)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.resize(680, 680)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.card, self.contact):
            combo.currentIndexChanged.connect(lambda _: self._ask_preview())
        self.acknowledge.toggled.connect(lambda _: self.refresh())
        self.enabled.toggled.connect(lambda _: self.refresh())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._fill()
        watch(self, workspace, {Change.ACCOUNTS}, self._changed_elsewhere)
        if not may:
            # R23: finance looks and changes nothing; the use case would refuse a save anyway.
            for editor in (self.enabled, self.card, self.contact, self.period, self.installments):
                editor.setEnabled(False)
            self.acknowledge.setEnabled(False)
            self.save_button.setToolTip(messages.unavailable("role"))
        self._ask_preview()

    def _fill(self) -> None:
        """The form as the service was loaded (on opening, and anew once it changed meanwhile)."""
        account, service, may = self.account, self.service, self._may
        editors = (self.enabled, self.card, self.contact, self.period, self.installments)
        for editor in editors:
            editor.blockSignals(True)
        self.enabled.setChecked(service.auto_renew_on)
        self.enabled.setEnabled(may and (account.recurring.offered or service.auto_renew_on))
        reasons = (
            [messages.unavailable("role")]
            if not may
            else [messages.unavailable(code) for code in account.recurring.reasons]
            if not (account.recurring.offered or service.auto_renew_on)
            else []
        )
        self.enabled_reason.setText("\n".join(reasons))
        self.enabled_reason.setVisible(bool(reasons))
        self.card.clear()
        self.card.addItem(self.tr("No card"), None)
        for card in account.cards:
            self.card.addItem(card_text(card), card.id)
        self.card.setCurrentIndex(max(0, self.card.findData(service.card_id)))
        self.contact.clear()
        self.contact.addItem(
            self.tr("Account holder ({name})").format(name=formatting.name(account.customer.name)), None
        )
        for contact in account.contacts:
            self.contact.addItem(formatting.name(contact.name), contact.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(service.billing_contact_id)))
        self.period.setCurrentIndex(max(0, self.period.findData(service.renew_period_months)))
        self.installments.setRange(1, service.max_installments)
        self.installments.setValue(service.installments)
        for editor in editors:
            editor.blockSignals(False)
        self.expires.setText(formatting.day(service.expires_on))
        self.stopped.setText(messages.stop_reason(service.stop_reason))
        self._form.setRowVisible(self.stopped, not service.auto_renew_on)
        self._as_loaded = self._form_stamp()

    def _form_stamp(self) -> ServiceStamp:
        hosting = self.service.kind == "hosting"
        return ServiceStamp(
            on=self.enabled.isChecked(),
            card_id=self.card.currentData(),
            contact_id=self.contact.currentData(),
            period_months=int(self.period.currentData()) if hosting else self.service.renew_period_months,
            installments=self.installments.value() if hosting else self.service.installments,
        )

    def touched(self) -> bool:
        """Something on the page was changed by the person since it was loaded."""
        return self._form_stamp() != self._as_loaded

    # -- changed meanwhile by someone else -------------------------------------------------------------

    def _changed_elsewhere(self) -> None:
        # R34: an untouched page follows the change; one being edited keeps what was typed (its Save
        # is refused then, naming the service, and the page is shown anew).
        if self.isVisible() and self._cancel is None and not self.touched():
            self.reload()

    def reload(self) -> None:
        """The service as stored now, read off the GUI thread and shown."""
        self._asked += 1  # Save waits for the page shown anew and its warnings
        self.refresh()
        desk, customer_id = self._workspace, self.account.customer.id
        self._tasks.run(
            lambda: desk.call(customers.load_account, customer_id),
            self._reloaded,
            self._preview_failed_now,
            owner=self,
        )

    def _reloaded(self, account: AccountView) -> None:
        service = next((found for found in account.services if found.id == self.service.id), None)
        if service is None:
            self.error.setText(
                messages.error(UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=self.service.id))
            )
            return
        self.account, self.service = account, service
        self._fill()
        self._keep_edits()
        self._ask_preview()
        self.history.reload()  # with the change that made the page stale

    def _keep_edits(self) -> None:
        """After a save refused as changed meanwhile: each field the person had changed shows their
        value again, the others the value stored now."""
        kept, self._kept = self._kept, None
        if kept is None:
            return
        loaded, edited = kept
        editors = (self.enabled, self.card, self.contact, self.period, self.installments)
        for editor in editors:
            editor.blockSignals(True)
        if edited.on != loaded.on and self.enabled.isEnabled():
            self.enabled.setChecked(edited.on)
        if edited.card_id != loaded.card_id:
            self.card.setCurrentIndex(max(0, self.card.findData(edited.card_id)))
        if edited.contact_id != loaded.contact_id:
            self.contact.setCurrentIndex(max(0, self.contact.findData(edited.contact_id)))
        if edited.period_months != loaded.period_months:
            self.period.setCurrentIndex(max(0, self.period.findData(edited.period_months)))
            self.installments.setRange(1, MAX_INSTALLMENTS.get(edited.period_months, 1))
        if edited.installments != loaded.installments:
            self.installments.setValue(edited.installments)
        for editor in editors:
            editor.blockSignals(False)

    def _preview_failed_now(self, error: BaseException) -> None:
        self._preview_failed(self._asked, error)

    def _period_changed(self) -> None:
        most = MAX_INSTALLMENTS.get(int(self.period.currentData()), 1)
        self.installments.setRange(1, most)
        self.installments.setValue(most)  # R11: the default is the most the period allows

    # -- the warnings, from the use case's preview ---------------------------------------------------

    def settled(self) -> bool:
        """The warnings on screen are those of the card and contact now picked."""
        return self._answered == self._asked and self.preview is not None

    def _ask_preview(self) -> None:
        self._asked += 1
        asked, service_id, workspace = self._asked, self.service.id, self._workspace
        card_id, contact_id = self.card.currentData(), self.contact.currentData()
        self.refresh()
        self._tasks.run(
            lambda: workspace.call(
                recurring.preview_service, service_id, card_id=card_id, contact_id=contact_id
            ),
            lambda preview: self._previewed(asked, preview),
            lambda error: self._preview_failed(asked, error),
            owner=self,
        )

    def _previewed(self, asked: int, preview: RecurringPreview) -> None:
        if asked != self._asked:
            return
        self.preview, self._answered = preview, asked
        self.refresh()
        # Opened from a table not yet reloaded after someone else's change: shown as it is now.
        stored = preview.rows[0].service if preview.rows else self.service
        if ServiceStamp.of(stored) != ServiceStamp.of(self.service) and not self.touched():
            self.reload()

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self._answered = asked
            self.error.setText(messages.error(error))
            self.refresh()

    def holder_mismatch(self) -> bool:
        """R7, as the use case judges it for the card and contact picked."""
        return bool(self.settled() and self.preview and self.preview.holder_mismatch)

    def refresh(self) -> None:
        preview = self.preview if self.settled() else None
        on = self.enabled.isChecked()
        row = preview.rows[0] if preview is not None and preview.rows else None
        self.next_charge.setText(formatting.day(row.charge_on) if on and row is not None else "—")
        risks = [code for code in self.service.risks if code not in _FOLLOW_THE_CARD] if on else []
        if on and preview is not None:
            # The same risks the warnings below say, as the preview judged them for this card.
            if preview.card is None:
                risks.insert(0, Risk.NO_CARD)
            elif not preview.card.valid:
                risks.insert(0, Risk.CARD_INVALID)
            if row is not None and row.card_expires_first:
                risks.append(Risk.CARD_EXPIRES_FIRST)
            if preview.holder_mismatch:
                risks.append(Risk.HOLDER_MISMATCH)
        self.risks.setText("\n".join(messages.risk(code) for code in risks) or "—")
        self.risks.setStyleSheet(colours.error_style() if risks else "")
        late = bool(on and row is not None and row.card_expires_first)
        self.expiry.setVisible(late)
        if late and row is not None:
            self.expiry.setText(
                self.tr(
                    "The card expires before the next charge on {date}: the charge will fail, the service may be suspended and reactivation may cost extra."  # noqa: E501
                ).format(date=formatting.day(row.charge_on))
            )
        mismatch = self.holder_mismatch() and on
        self.mismatch.setVisible(mismatch)
        self.acknowledge.setVisible(mismatch)
        if mismatch and preview is not None and preview.card is not None:
            self.mismatch.setText(
                self.tr(
                    "Warning: the card holder ({holder}) matches neither the billing contact's name nor its company."  # noqa: E501
                ).format(holder=formatting.name(preview.card.holder))
            )
        ready = self.settled() and (not mismatch or self.acknowledge.isChecked())
        self.save_button.setEnabled(self._may and ready and self._cancel is None)

    # -- Save, and Cancel while it works ------------------------------------------------------------

    def save(self) -> None:
        if not self.settled():
            return
        service, workspace = self.service, self._workspace
        hosting = service.kind == "hosting"
        on, card_id, contact_id = (
            self.enabled.isChecked(),
            self.card.currentData(),
            self.contact.currentData(),
        )
        period = int(self.period.currentData()) if hosting else None
        installments = self.installments.value() if hosting else None
        acknowledged = self.acknowledge.isChecked()
        loaded = ServiceStamp.of(service)  # what the page showed before the person's edits
        cancel = self._cancel = threading.Event()
        self.error.clear()
        self.working.setText(
            self.tr("Verifying the card and saving…")
            if card_id is not None and (card_id != service.card_id or (on and not service.auto_renew_on))
            else self.tr("Saving…")
        )
        self.working.show()
        self._lock(True)
        self._tasks.run(
            lambda: workspace.call(
                recurring.save_service,
                service.id,
                on=on,
                card_id=card_id,
                contact_id=contact_id,
                period_months=period,
                installments=installments,
                mismatch_acknowledged=acknowledged,
                cancel=cancel,
                expected=loaded,
            ),
            self._saved,
            self._failed_saving,
            owner=self,
        )

    def _lock(self, locked: bool) -> None:
        for editor in (
            self.enabled,
            self.card,
            self.contact,
            self.period,
            self.installments,
            self.acknowledge,
        ):
            editor.setEnabled(not locked and self._may)
        if not locked:
            self.enabled.setEnabled(
                self._may and (self.account.recurring.offered or self.service.auto_renew_on)
            )
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        """Cancel, Esc and the window's X: while saving, the work is told to stop and the page closes
        once it has (nothing committed); Cancel is disabled meanwhile."""
        if self._cancel is None:
            super().reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.working.setText(self.tr("Stopping… nothing will be changed"))

    def outcome_text(self) -> str:
        """What Save did, for the window to keep in view."""
        outcome = self.outcome
        if outcome is None:
            return ""
        if outcome.switched_on:
            text = self.tr("{service}: automatic renewal is on.")
        elif outcome.switched_off:
            text = self.tr("{service}: automatic renewal is off; the customer's e-mail is queued.")
        elif outcome.changed:
            text = self.tr("{service}: the changes are saved.")
        else:
            text = self.tr("{service}: nothing needed saving.")
        text = text.format(service=self.windowTitle())
        if outcome.followed.updated_notices:
            text += " " + self.tr("An updated notice to the customer is queued.")
        return text

    def _saved(self, outcome: ServiceSaved) -> None:
        self._cancel = None
        self.outcome = outcome
        self.accept()

    def _failed_saving(self, error: BaseException) -> None:
        stopped = self._cancel is not None and self._cancel.is_set()
        self._cancel = None
        self.working.hide()
        if stopped:  # stopped, or refused meanwhile: either way nothing was committed
            super().reject()
            return
        self._lock(False)
        self.error.setText(messages.error(error))
        self.refresh()
        if isinstance(error, UseCaseError) and error.code is ErrorCode.CHANGED_MEANWHILE:
            # The person's edits are not thrown away: kept over the service as it is now.
            self._kept = (self._as_loaded, self._form_stamp())
            self.error.setText(
                messages.error(error)
                + "\n"
                + self.tr("Your changes are kept on the page: check them against it and save again.")
            )
            self.reload()  # the refusal stays in view above the service as it is now

    def _failed(self, error: BaseException) -> None:
        self.error.setText(messages.error(error))
