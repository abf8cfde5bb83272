"""The account's Invoices tab (R40): every paid invoice of the customer, newest first, with where it came
from (an automatic charge, R16, or the payment of proforma N, R39). Read off the GUI thread whenever
the account is loaded again (after any change, R34), and only while the tab is in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import documents
from desktop.app.desk import Desk
from desktop.app.documents import InvoiceList, InvoiceRow
from desktop.app.views import AccountView
from desktop.core.codes import DocumentKind
from desktop.ui import colours, messages
from desktop.ui.customers.invoices_model import Column, InvoicesModel, prepare_invoices
from desktop.ui.data_table import set_up_table
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.table_model import EMPTY, ROW_ROLE, KeyedRows, SortingProxy
from desktop.ui.tasks import TaskRunner

# An account with more invoices than this shows the newest ones and says how many there are in all.
PAGE = 500


class InvoicesTab(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesTab")
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self._stale = False
        self._asked = 0
        self._pending: int | None = None
        self.model = InvoicesModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("invoicesTable")
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.DATE,
            (
                (Column.NUMBER, 110),
                (Column.DATE, 110),
                (Column.TOTAL, 110),
                (Column.ADDRESSEE, 170),
                (Column.SOURCE, 150),
            ),
        )
        self.table.setColumnHidden(Column.CUSTOMER, True)  # it is the account's own
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(Column.SERVICES, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.selection: QItemSelectionModel = self.table.selectionModel()
        self.summary = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(colours.error_style())
        self.problem.hide()
        # As it prints: Save as PDF, Print, E-mail to the billing contact (area D's dialog).
        self.view_button = QPushButton(self)
        self.view_button.setObjectName("viewInvoice")
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.view_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.view_button.clicked.connect(self.view_invoice)
        self.table.doubleClicked.connect(self._double_clicked)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Invoices")

    def retranslate(self) -> None:
        self.view_button.setText(self.tr("View, PDF, e-mail…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_actions(self) -> None:
        chosen = self.chosen()
        self.view_button.setEnabled(chosen is not None)
        self.view_button.setToolTip(
            self.tr("The invoice as it prints: save it as PDF, print it or e-mail it to the billing contact")
            if chosen is not None
            else self.tr("Choose an invoice first")
        )

    def _double_clicked(self, index: QModelIndex) -> None:
        if isinstance(self.proxy.data(index, ROW_ROLE), InvoiceRow):
            self.view_invoice()

    def view_invoice(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            open_invoice(self._desk, self._tasks, chosen, self)

    def show_account(self, account: AccountView | None) -> None:
        another = account is None or self.account is None or account.customer.id != self.account.customer.id
        self.account = account
        if another:
            self.model.set_rows(EMPTY)
            self.summary.clear()
            self.problem.hide()
        if account is None:
            self._asked += 1
            self._pending = None
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @property
    def settled(self) -> bool:
        return self._pending is None and not self._stale

    def reload(self) -> None:
        if self.account is None:
            return
        self._stale = False
        self._asked += 1
        asked = self._pending = self._asked
        customer_id, desk = self.account.customer.id, self._desk
        if not self.model.rowCount():
            self.summary.setText(self.tr("Loading the invoices…"))

        def load() -> tuple[KeyedRows, InvoiceList]:
            found = desk.call(documents.list_invoices, customer_id=customer_id, limit=PAGE)
            return prepare_invoices(found.rows), found

        self._tasks.run(
            load, lambda loaded: self._loaded(asked, *loaded), lambda e: self._failed(asked, e), owner=self
        )

    def _loaded(self, asked: int, table: KeyedRows, found: InvoiceList) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.problem.hide()
        chosen = self.chosen()
        self.model.set_rows(table)
        text = self.tr("%n invoice(s)", "", found.total)
        if found.total > len(found.rows):
            text = self.tr("{invoices}, the newest %n shown", "", len(found.rows)).format(invoices=text)
        self.summary.setText(text)
        if chosen is not None:
            for index, row in enumerate(self.invoices()):
                if row.id == chosen.id:
                    self.table.selectRow(index)
        self.update_actions()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.summary.clear()
        self.problem.setText(messages.error(error))
        self.problem.show()

    def invoices(self) -> list[InvoiceRow]:
        return list(self.model.shown_rows())

    def chosen(self) -> InvoiceRow | None:
        rows = self.selection.selectedRows()
        if not rows:
            return None
        row = self.proxy.data(rows[0], ROW_ROLE)
        return row if isinstance(row, InvoiceRow) else None


def open_invoice(desk: Desk, tasks: TaskRunner, invoice: InvoiceRow, parent: QWidget) -> None:
    """The invoice as it prints, with Save as PDF, Print and E-mail to the billing contact."""
    dialog = DocumentDialog(desk, tasks, DocumentKind.INVOICE, invoice.number, invoice.series, parent=parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
