"""The account's Proformas tab (R39): every proforma of the customer with its state in colour, and the
two things staff do with an open one: record its payment (the Record payment dialog) or cancel it.
The list is read off the GUI thread whenever the account is loaded again (after any change here, in
another window or on another workstation, R34), and only while the tab is in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.app import documents, payments
from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.documents import ProformaRow
from desktop.core.codes import DocumentKind, ProformaStatus
from desktop.ui import colours, messages
from desktop.ui.customers.account_tab_base import LoadingAccountTab, offer
from desktop.ui.customers.document_texts import payable
from desktop.ui.customers.proformas_model import Column, ProformasModel, prepare_proformas
from desktop.ui.customers.tab_columns import FittedColumns
from desktop.ui.data_table import set_up_table
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.table_model import KeyedRows
from desktop.ui.tasks import TaskRunner


def _load(desk: Desk, customer_id: int) -> KeyedRows:
    return prepare_proformas(desk.call(documents.list_proformas, customer_id))


class ProformasTab(LoadingAccountTab[ProformaRow, KeyedRows]):
    row_type = ProformaRow

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            tasks,
            parent,
            name="proformas",
            model=ProformasModel,
            open_chosen=self.view_proforma,
            load=_load,
        )
        set_up_table(
            self.table,
            Column.NUMBER,
            (
                (Column.NUMBER, 80),
                (Column.ISSUED, 110),
                (Column.VALID_UNTIL, 110),
                (Column.STATE, 90),
                (Column.TOTAL, 110),
                (Column.ADDRESSEE, 170),
                (Column.SERVICES, 260),
            ),
        )
        self.table.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)  # the newest first
        # The services take what the other columns leave: no column is pushed out of sight at 1280 px.
        self.columns_fitted = FittedColumns(self.table, self.model, Column.SERVICES, {Column.ADDRESSEE})
        self.pay_button = self.action("recordPayment", self.record_payment)
        self.cancel_button = self.action("cancelProforma", self.cancel_proforma)
        # As it prints: Save as PDF, Print, E-mail to the billing contact (area D's dialog).
        self.view_button = self.action("viewProforma", self.view_proforma)
        self.retranslate()

    # -- the account tab -------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Proformas")

    def retranslate(self) -> None:
        self.pay_button.setText(self.tr("Record payment…"))
        self.cancel_button.setText(self.tr("Cancel proforma…"))
        self.view_button.setText(self.tr("View, PDF, e-mail…"))
        super().retranslate()

    # -- loading ---------------------------------------------------------------------------------

    def loading_text(self) -> str:
        return self.tr("Loading the proformas…")

    def fill(self, loaded: KeyedRows) -> None:
        self.set_rows(loaded)
        rows: list[ProformaRow] = list(loaded.rows)
        open_count = sum(1 for row in rows if payable(row.status))
        text = self.tr("%n proforma(s)", "", len(rows))
        if open_count:
            text = self.tr("{proformas}, %n open", "", open_count).format(proformas=text)
        self.summary.setText(text)

    def load_failed(self, error: BaseException) -> None:
        self.summary.setText("")
        self._say(messages.error(error), problem=True)
        self.update_actions()

    # -- the chosen proforma ---------------------------------------------------------------------

    def key_of(self, row: ProformaRow) -> int:
        return row.number

    def update_actions(self) -> None:
        chosen = self.chosen()
        for button, permission, action_text in (
            (
                self.pay_button,
                Permission.RECORD_PAYMENT,
                self.tr("Record the payment of the chosen proforma"),
            ),
            (self.cancel_button, Permission.CANCEL_PROFORMA, self.tr("Cancel the chosen proforma")),
        ):
            if not self._desk.may(permission):
                why = self.role_refusal(permission)
            elif chosen is None:
                why = self.tr("Choose a proforma first")
            elif chosen.status is ProformaStatus.PAID:
                why = self.tr("This proforma is paid (invoice {number})").format(number=chosen.invoice_number)
            elif chosen.status is ProformaStatus.CANCELLED:
                why = self.tr("This proforma was cancelled")
            else:
                why = ""
            offer(button, why, action_text)
        offer(
            self.view_button,
            "" if chosen is not None else self.tr("Choose a proforma first"),
            self.tr(
                "The proforma as it prints: save it as PDF, print it or e-mail it to the billing contact"
            ),
        )

    # -- actions ---------------------------------------------------------------------------------

    def record_payment(self) -> None:
        chosen = self.chosen()
        if chosen is None or not payable(chosen.status) or not self._desk.may(Permission.RECORD_PAYMENT):
            return
        dialog = PaymentDialog(self._desk, self._tasks, chosen.number, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None:
                self._say(dialog.outcome_text())
        finally:
            dialog.deleteLater()

    def view_proforma(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        dialog = DocumentDialog(self._desk, self._tasks, DocumentKind.PROFORMA, chosen.number, parent=self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def cancel_proforma(self) -> None:
        chosen = self.chosen()
        if chosen is None or not payable(chosen.status) or not self._desk.may(Permission.CANCEL_PROFORMA):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel proforma"),
            self.tr(
                "Cancel proforma {number}? It can no longer be paid; the services stay as they are."
            ).format(number=chosen.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number, desk = chosen.number, self._desk
        self.cancel_button.setEnabled(False)
        self._tasks.run(
            lambda: desk.call(payments.cancel_proforma, number),
            lambda _: self._say(self.tr("Proforma {number} was cancelled.").format(number=number)),
            self._refused,
            owner=self,
        )

    def _refused(self, error: BaseException) -> None:
        self._say(messages.error(error), problem=True)
        self.update_actions()

    def _say(self, text: str, *, problem: bool = False) -> None:
        colour = colours.risk_color() if problem else colours.success_color()
        self.say(text, f"color: {colour.name()}; font-weight: 600;")
