"""The past results table: what the due checks did to the charges dated within a range (charged,
failed and why), its texts and sort keys prepared off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from desktop.app.finance import PastResult
from desktop.ui import formatting, messages
from desktop.ui.colours import risk_color, success_color
from desktop.ui.table_model import KeyedRows, KeyedTableModel


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


def reason_text(code: str | None) -> str:
    """Why a charge was not made, in words."""
    if not code:
        return ""
    if code == "charge_date_missed":
        return QCoreApplication.translate(
            "PastResultsModel", "Charge date missed by more than the grace days"
        )
    return messages.stop_reason(code)


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
                formatting.ltr(row.customer_ref),
                formatting.ltr(row.service),
                outcomes[row.outcome],
                reasons[row.reason],
                formatting.money(row.amount_minor, row.currency),
            )
        )
        keys.append(
            (
                row.charge_on.toordinal(),
                row.customer_ref.casefold(),
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
        return QCoreApplication.translate("PastResultsModel", str(HEADERS[Column(section)]))

    def results(self) -> list[PastResult]:
        return self.shown_rows()

    def decorate(self, row: Any, column: int, role: int) -> Any:
        result: PastResult = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AMOUNT:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.OUTCOME:
            return self._green if result.outcome == "charged" else self._red
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.REASON and result.reason:
            return reason_text(result.reason)
        return None
