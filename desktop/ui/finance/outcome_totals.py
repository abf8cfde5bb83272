"""The totals under the past results: per outcome and currency, how many charges and the amount
charged or at stake, the outcome and amount green when charged and in the risk colour otherwise (as
the rows above them are)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from desktop.app.finance import OutcomeTotal
from desktop.ui import formatting, messages
from desktop.ui.colours import risk_color, success_color
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    OUTCOME = 0
    CURRENCY = 1
    CHARGES = 2
    AMOUNT = 3


def outcome_rows(totals: Sequence[OutcomeTotal]) -> KeyedRows:
    texts = [
        (
            messages.history_what(total.outcome),
            total.currency,
            str(total.count),
            formatting.money(total.amount_minor, total.currency),
        )
        for total in totals
    ]
    keys = [
        (text[0], total.currency, total.count, total.amount_minor)
        for text, total in zip(texts, totals, strict=True)
    ]
    return KeyedRows(tuple(totals), texts, keys)


class OutcomeTotalsModel(KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._green, self._red = QBrush(success_color()), QBrush(risk_color())

    def header(self, section: int) -> str:
        return {
            Column.OUTCOME: QCoreApplication.translate("OutcomeTotalsModel", "Outcome"),
            Column.CURRENCY: QCoreApplication.translate("OutcomeTotalsModel", "Currency"),
            Column.CHARGES: QCoreApplication.translate("OutcomeTotalsModel", "Charges"),
            Column.AMOUNT: QCoreApplication.translate("OutcomeTotalsModel", "Amount"),
        }[Column(section)]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        total: OutcomeTotal = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.CHARGES:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.OUTCOME, Column.AMOUNT):
            return self._green if total.outcome == "charged" else self._red
        return None
