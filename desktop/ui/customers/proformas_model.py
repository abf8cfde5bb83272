"""An account's proformas (R39): number, issue day, validity, state (open, paid, cancelled, expired, in
colour), total, addressee, services and the invoice that paid it; texts and sort keys made off the GUI
thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush

from desktop.app.documents import ProformaRow
from desktop.ui import formatting
from desktop.ui.customers.document_texts import status_colour, status_text
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    NUMBER = 0
    ISSUED = 1
    VALID_UNTIL = 2
    STATE = 3
    TOTAL = 4
    ADDRESSEE = 5
    SERVICES = 6
    INVOICE = 7


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("ProformasModel", "Number"),
    Column.ISSUED: QT_TRANSLATE_NOOP("ProformasModel", "Issued"),
    Column.VALID_UNTIL: QT_TRANSLATE_NOOP("ProformasModel", "Valid until"),
    Column.STATE: QT_TRANSLATE_NOOP("ProformasModel", "State"),
    Column.TOTAL: QT_TRANSLATE_NOOP("ProformasModel", "Total"),
    Column.ADDRESSEE: QT_TRANSLATE_NOOP("ProformasModel", "Addressed to"),
    Column.SERVICES: QT_TRANSLATE_NOOP("ProformasModel", "Services"),
    Column.INVOICE: QT_TRANSLATE_NOOP("ProformasModel", "Invoice"),
}


def services_text(names: Sequence[str]) -> str:
    """The services of a document, each domain whole (a name of other kinds reads as it is)."""
    return ", ".join(formatting.domain(name) if "." in name else formatting.name(name) for name in names)


def prepare_proformas(rows: Sequence[ProformaRow]) -> KeyedRows:
    """Plain Python with thread-safe translation and formatting: runs on the worker thread."""
    texts: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for row in rows:
        texts.append(
            (
                formatting.ltr(str(row.number)),
                formatting.day(row.issued_on),
                formatting.day(row.valid_until),
                status_text(row.status),
                formatting.money(row.shown_total_minor, row.currency),
                formatting.name(row.bill_to_name),
                services_text(row.services),
                formatting.ltr(str(row.invoice_number)) if row.invoice_number is not None else "",
            )
        )
        keys.append(
            (
                row.number,
                row.issued_at,
                row.valid_until.toordinal(),
                status_text(row.status),
                (row.currency, row.shown_total_minor),
                row.bill_to_name.casefold(),
                ", ".join(row.services).casefold(),
                row.invoice_number or 0,
            )
        )
    return KeyedRows(tuple(rows), texts, keys)


def total_tip(row: ProformaRow) -> str | None:
    """A paid proforma shows the amount paid; when lines were left out at payment, the tip says the
    proforma was issued for more and which lines were not charged."""
    if row.paid_minor is None:
        return None
    if row.paid_minor == row.total_minor and not row.left_out:
        return QCoreApplication.translate("ProformasModel", "Paid {paid}").format(
            paid=formatting.money(row.paid_minor, row.currency)
        )
    return QCoreApplication.translate(
        "ProformasModel", "Paid {paid}; issued for {total}, {left} left out: {services}"
    ).format(
        paid=formatting.money(row.paid_minor, row.currency),
        total=formatting.money(row.total_minor, row.currency),
        left=formatting.money(row.total_minor - row.paid_minor, row.currency),
        services=services_text(row.left_out),
    )


class ProformasModel(KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return QCoreApplication.translate("ProformasModel", str(HEADERS[Column(section)]))

    def decorate(self, row: Any, column: int, role: int) -> Any:
        proforma: ProformaRow = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TOTAL:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            colour = status_colour(proforma.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SERVICES:
                return services_text(proforma.services)
            if column == Column.TOTAL:
                return total_tip(proforma)
            if column == Column.STATE and proforma.closed_at is not None:
                return QCoreApplication.translate("ProformasModel", "{state} on {when} by {who}").format(
                    state=status_text(proforma.status),
                    when=formatting.moment(proforma.closed_at),
                    who=formatting.ltr(proforma.closed_by or ""),
                )
        return None
