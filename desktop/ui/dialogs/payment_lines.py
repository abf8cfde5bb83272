"""The Record payment dialog's lines: each service of the proforma with the period it covers, its amount
and what the payment will do to it (its new expiry), or that it is left out and why (R39). Read-only."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from desktop.app.payments import PaymentLine
from desktop.ui import colours, formatting
from desktop.ui.customers.document_texts import left_out_text
from desktop.ui.plural_context import PluralContext
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    SERVICE = 0
    PERIOD = 1
    AMOUNT = 2
    AFTER = 3


HEADERS = {
    Column.SERVICE: QT_TRANSLATE_NOOP("PaymentLinesModel", "Service"),
    Column.PERIOD: QT_TRANSLATE_NOOP("PaymentLinesModel", "Period"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("PaymentLinesModel", "Amount"),
    Column.AFTER: QT_TRANSLATE_NOOP("PaymentLinesModel", "After the payment"),
}


def service_text(line: PaymentLine) -> str:
    return formatting.domain(line.description) if line.kind == "domain" else formatting.name(line.description)


def period_text(line: PaymentLine) -> str:
    if line.period_from is not None and line.period_to is not None:
        return QCoreApplication.translate("PaymentLinesModel", "{first} – {last}").format(
            first=formatting.day(line.period_from), last=formatting.day(line.period_to)
        )
    months = line.period_months
    return PaymentLinesModel.tr("%n month(s)", "", months)


def after_text(line: PaymentLine) -> str:
    if line.left_out is not None:
        return left_out_text(line.left_out)
    if line.new_expires_on is None:
        return ""
    return QCoreApplication.translate("PaymentLinesModel", "Renewed until {day}").format(
        day=formatting.day(line.new_expires_on)
    )


def payment_rows(lines: Sequence[PaymentLine], currency: str) -> KeyedRows:
    texts = [
        (
            service_text(line),
            period_text(line),
            formatting.money(line.amount_minor, currency),
            after_text(line),
        )
        for line in lines
    ]
    keys = [
        (
            line.description.casefold(),
            line.period_from.toordinal() if line.period_from else line.period_months,
            line.amount_minor,
            (line.left_out is not None, line.new_expires_on.toordinal() if line.new_expires_on else 0),
        )
        for line in lines
    ]
    return KeyedRows(tuple(lines), texts, keys)


class PaymentLinesModel(PluralContext, KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return QCoreApplication.translate("PaymentLinesModel", str(HEADERS[Column(section)]))

    def decorate(self, row: Any, column: int, role: int) -> Any:
        line: PaymentLine = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if line.left_out is not None:
            # A line left out is not paid for: its amount struck through, its reason in red.
            if role == Qt.ItemDataRole.FontRole and column == Column.AMOUNT:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and column == Column.AFTER:
                return QBrush(colours.risk_color())
        elif role == Qt.ItemDataRole.ForegroundRole and column == Column.AFTER:
            return QBrush(colours.success_color())
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AFTER:
            return after_text(line)
        return None
