"""The totals under the upcoming charges: per currency (never added across currencies), the total, what
is at risk (in the risk colour when there is any), what is safe and how many charges, for the rows the
filters keep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from desktop.app.finance import DayTotal
from desktop.ui import formatting
from desktop.ui.colours import risk_color
from desktop.ui.finance.totals_table import TotalsTable
from desktop.ui.plural_context import PluralContext
from desktop.ui.table_model import KeyedRows, KeyedTableModel


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    amount_minor: int
    at_risk_minor: int
    charges: int

    @property
    def safe_minor(self) -> int:
        return self.amount_minor - self.at_risk_minor


class Column(IntEnum):
    CURRENCY = 0
    TOTAL = 1
    AT_RISK = 2
    SAFE = 3
    CHARGES = 4


def by_currency(totals: Sequence[DayTotal]) -> list[CurrencyTotal]:
    sums: dict[str, list[int]] = {}
    for total in totals:
        entry = sums.setdefault(total.currency, [0, 0, 0])
        entry[0] += total.amount_minor
        entry[1] += total.at_risk_minor
        entry[2] += total.charges
    return [CurrencyTotal(code, *sums[code]) for code in sorted(sums)]


def _charges(count: int) -> str:
    return CurrencyTotalsModel.tr("%n charge(s)", "", count)


def currency_rows(totals: Sequence[CurrencyTotal]) -> KeyedRows:
    texts = [
        (
            total.currency,
            formatting.money(total.amount_minor, total.currency),
            formatting.money(total.at_risk_minor, total.currency),
            formatting.money(total.safe_minor, total.currency),
            _charges(total.charges),
        )
        for total in totals
    ]
    keys = [
        (total.currency, total.amount_minor, total.at_risk_minor, total.safe_minor, total.charges)
        for total in totals
    ]
    return KeyedRows(tuple(totals), texts, keys)


class CurrencyTotalsModel(PluralContext, KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._red = QBrush(risk_color())

    def header(self, section: int) -> str:
        return {
            Column.CURRENCY: QCoreApplication.translate("CurrencyTotalsModel", "Currency"),
            Column.TOTAL: QCoreApplication.translate("CurrencyTotalsModel", "Total"),
            Column.AT_RISK: QCoreApplication.translate("CurrencyTotalsModel", "At risk"),
            Column.SAFE: QCoreApplication.translate("CurrencyTotalsModel", "Safe"),
            Column.CHARGES: QCoreApplication.translate("CurrencyTotalsModel", "Charges"),
        }[Column(section)]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        total: CurrencyTotal = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.CURRENCY:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.AT_RISK and total.at_risk_minor:
            return self._red
        return None


class CurrencyTotalsTable(TotalsTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals_model = CurrencyTotalsModel(self)
        self.setModel(self.totals_model)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals: list[CurrencyTotal] = []
        self.set_totals(())

    def set_totals(self, totals: Sequence[DayTotal]) -> None:
        self.totals = by_currency(totals)
        self.totals_model.set_rows(currency_rows(self.totals))
        self.fit_rows()
