"""Invoices in a table (R40): an account's invoices tab and finance's list of all invoices. Series and
number, date, customer (finance's list only), total, addressee, where it came from (an automatic
charge or proforma N) and its services; texts and sort keys made off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.app.documents import InvoiceRow
from desktop.ui import formatting
from desktop.ui.customers.document_texts import invoice_source
from desktop.ui.customers.proformas_model import services_text
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    CUSTOMER = 2
    TOTAL = 3
    ADDRESSEE = 4
    SOURCE = 5
    SERVICES = 6


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("InvoicesModel", "Invoice"),
    Column.DATE: QT_TRANSLATE_NOOP("InvoicesModel", "Date"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("InvoicesModel", "Customer"),
    Column.TOTAL: QT_TRANSLATE_NOOP("InvoicesModel", "Total"),
    Column.ADDRESSEE: QT_TRANSLATE_NOOP("InvoicesModel", "Addressed to"),
    Column.SOURCE: QT_TRANSLATE_NOOP("InvoicesModel", "From"),
    Column.SERVICES: QT_TRANSLATE_NOOP("InvoicesModel", "Services"),
}


def header_text(column: Column) -> str:
    """A column's title in the interface's language (finance's export titles its columns with it)."""
    return QCoreApplication.translate("InvoicesModel", str(HEADERS[column]))


def invoice_number(row: InvoiceRow) -> str:
    return f"{row.series}-{row.number}"


def prepare_invoices(rows: Sequence[InvoiceRow]) -> KeyedRows:
    """Plain Python with thread-safe translation and formatting: runs on the worker thread."""
    texts: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for row in rows:
        source = invoice_source(row.automatic, row.proforma_number)
        texts.append(
            (
                formatting.ltr(invoice_number(row)),
                formatting.day(row.issued_on),
                formatting.name(row.customer_name),
                formatting.money(row.total_minor, row.currency),
                formatting.name(row.bill_to_name),
                source,
                services_text(row.services),
            )
        )
        keys.append(
            (
                (row.series, row.number),
                row.issued_at,
                (row.customer_name.casefold(), row.customer_ref),
                (row.currency, row.total_minor),
                row.bill_to_name.casefold(),
                (row.automatic, row.proforma_number or 0),
                ", ".join(row.services).casefold(),
            )
        )
    return KeyedRows(tuple(rows), texts, keys)


class InvoicesModel(KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return header_text(Column(section))

    def decorate(self, row: Any, column: int, role: int) -> Any:
        invoice: InvoiceRow = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TOTAL:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CUSTOMER:
                return formatting.ltr(invoice.customer_ref)
            if column == Column.SERVICES:
                return services_text(invoice.services)
        return None
