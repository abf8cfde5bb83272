"""The past results table: what the due checks did to the charges dated within a range (charged,
failed and why, and the amount charged or at stake), by customer name (the number in a tooltip),
its texts and sort keys prepared off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from desktop.app.finance import PastResult
from desktop.ui import formatting, messages
from desktop.ui.colours import risk_color, success_color
from desktop.ui.finance.reasons import reason_text
from desktop.ui.table_model import KeyedRows, KeyedTableModel

__all__ = ["Column", "PastResultsModel", "prepare_past", "reason_text"]  # reason_text: the operations panel


class Column(IntEnum):
    CHARGE_ON = 0
    CUSTOMER = 1
    SERVICE = 2
    OUTCOME = 3
    REASON = 4
    AMOUNT = 5


HEADERS = {
    Column.CHARGE_ON: QT_TRANSLATE_NOOP("PastResultsModel", "Charge date"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("PastResultsModel", "Customer"),
    Column.SERVICE: QT_TRANSLATE_NOOP("PastResultsModel", "Service"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("PastResultsModel", "Outcome"),
    Column.REASON: QT_TRANSLATE_NOOP("PastResultsModel", "Reason"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("PastResultsModel", "Amount"),
}


def header_text(column: Column) -> str:
    """A column's title in the interface's language (the exports title their columns with it too)."""
    return QCoreApplication.translate("PastResultsModel", str(HEADERS[column]))


def prepare_past(rows: Sequence[PastResult]) -> KeyedRows:
    """Plain Python with thread-safe translation and formatting: runs on the worker thread."""
    outcomes: dict[str, str] = {}
    reasons: dict[str | None, str] = {}
    texts: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for row in rows:
        if row.outcome not in outcomes:
            outcomes[row.outcome] = messages.history_what(row.outcome)
        if row.reason not in reasons:
            reasons[row.reason] = reason_text(row.reason)
        texts.append(
            (
                formatting.day(row.charge_on),
                row.customer_name,
                formatting.domain(row.service),
                outcomes[row.outcome],
                reasons[row.reason],
                formatting.money(row.amount_minor, row.currency),
            )
        )
        keys.append(
            (
                row.charge_on.toordinal(),
                (row.customer_name.casefold(), row.customer_ref),
                row.service.casefold(),
                outcomes[row.outcome],
                reasons[row.reason],
                (row.currency, -1 if row.amount_minor is None else row.amount_minor),
            )
        )
    return KeyedRows(tuple(rows), texts, keys)


class PastResultsModel(KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._green, self._red = QBrush(success_color()), QBrush(risk_color())

    def header(self, section: int) -> str:
        return header_text(Column(section))

    def results(self) -> list[PastResult]:
        return self.shown_rows()

    def decorate(self, row: Any, column: int, role: int) -> Any:
        result: PastResult = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.OUTCOME, Column.AMOUNT):
            return self._green if result.outcome == "charged" else self._red
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CUSTOMER:
                return formatting.ltr(result.customer_ref)
            if column == Column.REASON and result.reason:
                return reason_text(result.reason)
            if column == Column.AMOUNT and result.outcome != "charged":
                return QCoreApplication.translate("PastResultsModel", "Not charged: the amount at stake")
        return None
