"""The account's Invoices tab (R40): every paid invoice of the customer, newest first, with where it came
from (an automatic charge, R16, or the payment of proforma N, R39). Read off the GUI thread whenever
the account is loaded again (after any change, R34), and only while the tab is in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.app import documents
from desktop.app.desk import Desk
from desktop.app.documents import InvoiceList, InvoiceRow
from desktop.core.codes import DocumentKind
from desktop.ui import colours, messages
from desktop.ui.customers.account_tab_base import LoadingAccountTab, offer
from desktop.ui.customers.invoices_model import Column, InvoicesModel, prepare_invoices
from desktop.ui.customers.tab_columns import FittedColumns
from desktop.ui.data_table import set_up_table
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.table_model import KeyedRows
from desktop.ui.tasks import TaskRunner

# An account with more invoices than this shows the newest ones and says how many there are in all.
PAGE = 500


def _load(desk: Desk, customer_id: int) -> tuple[KeyedRows, InvoiceList]:
    found = desk.call(documents.list_invoices, customer_id=customer_id, limit=PAGE)
    return prepare_invoices(found.rows), found


class InvoicesTab(LoadingAccountTab[InvoiceRow, tuple[KeyedRows, InvoiceList]]):
    row_type = InvoiceRow

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            tasks,
            parent,
            name="invoices",
            model=InvoicesModel,
            open_chosen=self.view_invoice,
            load=_load,
        )
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
        self.columns_fitted = FittedColumns(
            self.table, self.model, Column.SERVICES, {Column.ADDRESSEE, Column.SOURCE}
        )
        # As it prints: Save as PDF, Print, E-mail to the billing contact (area D's dialog).
        self.view_button = self.action("viewInvoice", self.view_invoice)
        self.retranslate()

    def tab_title(self) -> str:
        return self.tr("Invoices")

    def retranslate(self) -> None:
        self.view_button.setText(self.tr("View, PDF, e-mail…"))
        super().retranslate()

    def update_actions(self) -> None:
        offer(
            self.view_button,
            "" if self.chosen() is not None else self.tr("Choose an invoice first"),
            self.tr("The invoice as it prints: save it as PDF, print it or e-mail it to the billing contact"),
        )

    def view_invoice(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            open_invoice(self._desk, self._tasks, chosen, self)

    def loading_text(self) -> str:
        return self.tr("Loading the invoices…")

    def fill(self, loaded: tuple[KeyedRows, InvoiceList]) -> None:
        table, found = loaded
        self.note.hide()  # the note says only why a load failed
        self.set_rows(table)
        text = self.tr("%n invoice(s)", "", found.total)
        if found.total > len(found.rows):
            text = self.tr("{invoices}, the newest %n shown", "", len(found.rows)).format(invoices=text)
        self.summary.setText(text)

    def load_failed(self, error: BaseException) -> None:
        self.summary.clear()
        self.say(messages.error(error), colours.error_style())

    def key_of(self, row: InvoiceRow) -> int:
        return row.id


def open_invoice(desk: Desk, tasks: TaskRunner, invoice: InvoiceRow, parent: QWidget) -> None:
    """The invoice as it prints, with Save as PDF, Print and E-mail to the billing contact."""
    dialog = DocumentDialog(desk, tasks, DocumentKind.INVOICE, invoice.number, invoice.series, parent=parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
