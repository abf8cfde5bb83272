"""The account's Proformas tab (R39): every proforma of the customer with its state in colour, and the
two things staff do with an open one: record its payment (the Record payment dialog) or cancel it.
The list is read off the GUI thread whenever the account is loaded again (after any change here, in
another window or on another workstation, R34), and only while the tab is in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import documents, payments
from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.documents import ProformaRow
from desktop.app.views import AccountView
from desktop.core.codes import DocumentKind, ProformaStatus
from desktop.ui import colours, messages
from desktop.ui.customers.document_texts import payable
from desktop.ui.customers.proformas_model import Column, ProformasModel, prepare_proformas
from desktop.ui.data_table import set_up_table
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.table_model import EMPTY, ROW_ROLE, KeyedRows, SortingProxy
from desktop.ui.tasks import TaskRunner


class ProformasTab(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proformasTab")
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self._stale = False
        self._asked = 0  # the load asked last: an older answer is dropped
        self._pending: int | None = None
        self.model = ProformasModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("proformasTable")
        self.table.setModel(self.proxy)
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
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SERVICES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.INVOICE, 80)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        self.pay_button = QPushButton(self)
        self.pay_button.setObjectName("recordPayment")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelProforma")
        # As it prints: Save as PDF, Print, E-mail to the billing contact (area D's dialog).
        self.view_button = QPushButton(self)
        self.view_button.setObjectName("viewProforma")
        self.summary = QLabel(self)
        # What the last action here did (paid, cancelled) or why it was refused: stays until the next.
        self.note = QLabel(self)
        self.note.setObjectName("proformasNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.pay_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.view_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(self._double_clicked)
        self.pay_button.clicked.connect(self.record_payment)
        self.cancel_button.clicked.connect(self.cancel_proforma)
        self.view_button.clicked.connect(self.view_proforma)
        self.retranslate()

    # -- the account tab -------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Proformas")

    def retranslate(self) -> None:
        self.pay_button.setText(self.tr("Record payment…"))
        self.cancel_button.setText(self.tr("Cancel proforma…"))
        self.view_button.setText(self.tr("View, PDF, e-mail…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(self, account: AccountView | None) -> None:
        another = account is None or self.account is None or account.customer.id != self.account.customer.id
        self.account = account
        if another:
            self.note.hide()
            self.model.set_rows(EMPTY)
            self.summary.clear()
        if account is None:
            self._asked += 1
            self._pending = None
            self.update_actions()
            return
        self._stale = True
        if self.isVisible():
            self.reload()
        self.update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- loading ---------------------------------------------------------------------------------

    @property
    def settled(self) -> bool:
        """Nothing is being read: the table shows the account's proformas as last read."""
        return self._pending is None and not self._stale

    def reload(self) -> None:
        if self.account is None:
            return
        self._stale = False
        self._asked += 1
        asked = self._pending = self._asked
        customer_id, desk = self.account.customer.id, self._desk
        if not self.model.rowCount():
            self.summary.setText(self.tr("Loading the proformas…"))
        self._tasks.run(
            lambda: prepare_proformas(desk.call(documents.list_proformas, customer_id)),
            lambda table: self._loaded(asked, table),
            lambda error: self._failed(asked, error),
            owner=self,
        )

    def _loaded(self, asked: int, table: KeyedRows) -> None:
        if asked != self._asked:
            return
        self._pending = None
        chosen = self.chosen()
        self.model.set_rows(table)
        rows: list[ProformaRow] = list(table.rows)
        open_count = sum(1 for row in rows if payable(row.status))
        text = self.tr("%n proforma(s)", "", len(rows))
        if open_count:
            text = self.tr("{proformas}, %n open", "", open_count).format(proformas=text)
        self.summary.setText(text)
        if chosen is not None:
            self.choose(chosen.number)
        self.update_actions()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.summary.setText("")
        self._say(messages.error(error), problem=True)
        self.update_actions()

    # -- the chosen proforma ---------------------------------------------------------------------

    def proformas(self) -> list[ProformaRow]:
        """The proformas as the table shows them, top to bottom."""
        return list(self.model.shown_rows())

    def chosen(self) -> ProformaRow | None:
        rows = self.selection.selectedRows()
        if not rows:
            return None
        row = self.proxy.data(rows[0], ROW_ROLE)
        return row if isinstance(row, ProformaRow) else None

    def choose(self, number: int) -> bool:
        for index, row in enumerate(self.proformas()):
            if row.number == number:
                self.table.selectRow(index)
                return True
        return False

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
                why = messages.unavailable("role")
            elif chosen is None:
                why = self.tr("Choose a proforma first")
            elif chosen.status is ProformaStatus.PAID:
                why = self.tr("This proforma is paid (invoice {number})").format(number=chosen.invoice_number)
            elif chosen.status is ProformaStatus.CANCELLED:
                why = self.tr("This proforma was cancelled")
            else:
                why = ""
            button.setEnabled(not why)
            button.setToolTip(why or action_text)
        self.view_button.setEnabled(chosen is not None)
        self.view_button.setToolTip(
            self.tr("The proforma as it prints: save it as PDF, print it or e-mail it to the billing contact")
            if chosen is not None
            else self.tr("Choose a proforma first")
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        if isinstance(self.proxy.data(index, ROW_ROLE), ProformaRow):
            self.view_proforma()

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
        self.note.setText(text)
        colour = colours.risk_color() if problem else colours.success_color()
        self.note.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        self.note.setVisible(bool(text))
