"""Recurring and Recurring All (R5-R9): the services it will change, each with how it renews now and
after Confirm (a card or billing contact already set is shown being replaced), the billing contact and
card pickers, the R7 warning that Confirm needs acknowledged and the R9 warning per service, all from
the use case's preview. The card is verified off the GUI thread with the inputs locked; Cancel (or Esc,
or the window's X) meanwhile stops the work before anything is committed and closes the dialog only
when it has stopped (R34). A refusal says why and changes nothing."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import recurring
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.recurring import RecurringPreview, ServiceStamp
from desktop.app.views import AccountView, ServiceView
from desktop.core.codes import ErrorCode
from desktop.ui import colours, formatting, messages
from desktop.ui.changes import watch
from desktop.ui.dialogs.recurring_columns import RecurringColumns
from desktop.ui.dialogs.recurring_rows import RecurringRowsModel, card_text, service_name
from desktop.ui.table_model import SortingProxy
from desktop.ui.tasks import TaskRunner


class RecurringDialog(QDialog):
    def __init__(
        self,
        workspace: Desk,
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
        chosen = set(service_ids)
        self._shown: list[ServiceView] = (
            [s for s in account.services if s.kind == "domain"]
            if all_domains
            else [s for s in account.services if s.id in chosen]
        )
        self.preview: RecurringPreview | None = None
        self.outcome: RecurringPreview | None = None  # what Confirm did, once it is done
        self._asked = 0  # the preview asked last: an older answer is dropped
        self._answered = -1
        self._cancel: threading.Event | None = None

        self.model = RecurringRowsModel(self)
        self.model.ticked = {service.id for service in self._shown}
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.services = QTableView(self)
        self.services.setModel(self.proxy)
        self.services.setSortingEnabled(True)
        self.services.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services.verticalHeader().setVisible(False)
        self.services.setAlternatingRowColors(True)
        self.services.setWordWrap(False)
        self.columns = RecurringColumns(self.services, self.model)
        self.model.show(account, self._shown, None)

        self.contact = QComboBox(self)
        self.contact.addItem(
            self.tr("Account holder ({name})").format(name=formatting.name(account.customer.name)), None
        )
        for contact in account.contacts:
            label = (
                formatting.name(contact.name)
                if not contact.company or contact.company == contact.name
                else f"{formatting.name(contact.name)} ({formatting.name(contact.company)})"
            )
            self.contact.addItem(label, contact.id)
        self.card = QComboBox(self)
        if len(account.cards) > 1:
            self.card.addItem(self.tr("Choose the card to charge…"), None)
        for card in account.cards:
            self.card.addItem(f"{card_text(card)}  {formatting.name(card.holder)}", card.id)
        self.replacing = self._warning_label()
        self.mismatch = self._warning_label()
        self.acknowledge = QCheckBox(
            self.tr("I have checked: this card may pay for this billing contact"), self
        )
        self.expiry = self._warning_label()
        self.error = self._warning_label()
        # What is under way, in words (a busy bar draws no text in every style) and as a moving bar.
        self.working = QLabel(self)
        self.working.setStyleSheet("font-weight: 600;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.working.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
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
        layout.addWidget(self.replacing)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.expiry)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.model.ticked_changed.connect(self.refresh)
        self.contact.currentIndexChanged.connect(lambda _: self._ask_preview())
        self.card.currentIndexChanged.connect(lambda _: self._ask_preview())
        self.acknowledge.toggled.connect(lambda _: self.refresh())
        self.confirm.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.resize(1160, 560)
        self._ask_preview()
        # Another workstation switched a service on or changed its card meanwhile: the table shows it
        # as it is now before Confirm (the use case refuses a stale Confirm anyway).
        watch(self, workspace, {Change.ACCOUNTS}, self._changed_elsewhere)

    def _warning_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(colours.error_style() + " font-weight: 600;")
        label.hide()
        return label

    # -- what Confirm would do ---------------------------------------------------------------------

    def chosen_services(self) -> list[int]:
        return self.model.chosen()

    def settled(self) -> bool:
        """The preview on screen is the one for the card and contact now picked."""
        return self._answered == self._asked and self.preview is not None

    def _changed_elsewhere(self) -> None:
        if self._cancel is None and self.outcome is None:
            self._ask_preview()

    def _ask_preview(self) -> None:
        self._asked += 1
        asked, ids = self._asked, [service.id for service in self._shown]
        if not ids:
            self.refresh()
            return
        customer_id, card_id, contact_id = (
            self.account.customer.id,
            self.card.currentData(),
            self.contact.currentData(),
        )
        workspace = self._workspace
        self.refresh()
        self._tasks.run(
            lambda: workspace.call(recurring.preview_recurring, customer_id, ids, card_id, contact_id),
            lambda preview: self._previewed(asked, preview),
            lambda error: self._preview_failed(asked, error),
            owner=self,
        )

    def _previewed(self, asked: int, preview: RecurringPreview) -> None:
        if asked != self._asked:
            return
        self.preview, self._answered = preview, asked
        self.model.show(self.account, self._shown, preview)
        self.refresh()

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self._answered = asked
            self.error.setText(messages.error(error))
            self.error.show()
            self.refresh()

    def refresh(self) -> None:
        preview = self.preview if self.settled() else None
        chosen = set(self.chosen_services())
        rows = [row for row in preview.rows if row.service.id in chosen] if preview else []
        mismatch = bool(preview and preview.holder_mismatch)
        self.mismatch.setVisible(mismatch)
        self.acknowledge.setVisible(mismatch)
        if preview is not None and mismatch and preview.card is not None:
            self.mismatch.setText(
                self.tr(
                    "Warning: the card holder ({holder}) matches neither the billing contact's name nor its company. Invoices will be issued to the contact while the card pays."  # noqa: E501
                ).format(holder=formatting.name(preview.card.holder))
            )
        replaced = [row for row in rows if row.replaces]
        self.replacing.setVisible(bool(replaced))
        self.replacing.setText(
            self.tr(
                "Confirm replaces the card or billing contact of %n service(s) already renewing automatically (see “What changes”).",  # noqa: E501
                "",
                len(replaced),
            )
        )
        late = [row.service for row in rows if row.card_expires_first]
        self.expiry.setVisible(bool(late))
        self.expiry.setText(
            self.tr(
                "The card expires before the next charge of: {services}. The charge will fail, the service may be suspended and reactivation may cost extra."  # noqa: E501
            ).format(services=", ".join(service_name(service) for service in late))
        )
        ready = (
            preview is not None
            and bool(chosen)
            and preview.card is not None
            and (not mismatch or self.acknowledge.isChecked())
        )
        self.confirm.setEnabled(ready and self._cancel is None)

    # -- Confirm, and Cancel while it works ---------------------------------------------------------

    def _confirm(self) -> None:
        preview = self.preview
        if not self.settled() or preview is None or preview.card is None:
            return
        customer_id, services = self.account.customer.id, self.chosen_services()
        card_id, contact_id = preview.card.id, self.contact.currentData()
        acknowledged = self.acknowledge.isChecked()
        # Each service as the table showed it: one changed meanwhile is refused, not overwritten.
        shown = {row.service.id: ServiceStamp.of(row.service) for row in preview.rows}
        cancel = self._cancel = threading.Event()
        workspace = self._workspace
        self.error.clear()
        self.error.hide()
        self.working.setText(self.tr("Verifying the card…"))
        self.working.show()
        self.busy.show()
        self._lock(True)
        self._tasks.run(
            lambda: workspace.call(
                recurring.enable_recurring,
                customer_id,
                services,
                card_id=card_id,
                contact_id=contact_id,
                mismatch_acknowledged=acknowledged,
                cancel=cancel,
                expected=shown,
            ),
            self._done,
            self._failed,
            owner=self,
        )

    def _lock(self, locked: bool) -> None:
        """The inputs say what is being done: none changes while it is under way."""
        for widget in (self.services, self.contact, self.card, self.acknowledge):
            widget.setEnabled(not locked)
        self.confirm.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        """Cancel, Esc and the window's X: while the card is verified, the work is told to stop and
        the dialog closes once it has (nothing committed); Cancel is disabled meanwhile."""
        if self._cancel is None:
            super().reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.working.setText(self.tr("Stopping… nothing will be changed"))

    def outcome_text(self) -> str:
        """What Confirm did, for the window to keep in view."""
        outcome = self.outcome
        if outcome is None:
            return ""
        text = self.tr("{name}: automatic renewal is on for %n service(s).", "", len(outcome.services))
        text = text.format(name=formatting.name(self.account.customer.name))
        if outcome.replacing:
            text += " " + self.tr(
                "The card or billing contact of %n of them was replaced.", "", len(outcome.replacing)
            )
        return text

    def _done(self, preview: RecurringPreview) -> None:
        # Cancel pressed after the last point it could stop: what was done is done, and said so.
        self._cancel = None
        self.busy.hide()
        self.working.hide()
        self.outcome = preview
        self.accept()

    def _failed(self, error: BaseException) -> None:
        stopped = self._cancel is not None and self._cancel.is_set()
        self._cancel = None
        self.busy.hide()
        self.working.hide()
        if stopped:  # stopped, or refused meanwhile: either way the transaction committed nothing
            super().reject()
            return
        self._lock(False)
        self.error.setText(messages.error(error))
        self.error.show()
        self.refresh()
        if isinstance(error, UseCaseError) and error.code is ErrorCode.CHANGED_MEANWHILE:
            self._ask_preview()  # the table shows each service as it is now, the refusal above it
