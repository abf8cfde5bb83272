"""The totals under the upcoming charges: per currency (never added across currencies), the total, what
is at risk, what is safe and how many charges, for the rows the filters keep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.app.finance import DayTotal
from desktop.ui import formatting
from desktop.ui.colours import risk_color


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    amount_minor: int
    at_risk_minor: int
    charges: int

    @property
    def safe_minor(self) -> int:
        return self.amount_minor - self.at_risk_minor


def by_currency(totals: Sequence[DayTotal]) -> list[CurrencyTotal]:
    sums: dict[str, list[int]] = {}
    for total in totals:
        entry = sums.setdefault(total.currency, [0, 0, 0])
        entry[0] += total.amount_minor
        entry[1] += total.at_risk_minor
        entry[2] += total.charges
    return [CurrencyTotal(code, *sums[code]) for code in sorted(sums)]


class CurrencyTotalsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Total"), self.tr("At risk"), self.tr("Safe"), self.tr("Charges")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals: list[CurrencyTotal] = []
        self.set_totals(())

    def set_totals(self, totals: Sequence[DayTotal]) -> None:
        self.totals = by_currency(totals)
        self.setRowCount(len(self.totals))
        red = risk_color()
        for row, total in enumerate(self.totals):
            cells = (
                total.currency,
                formatting.money(total.amount_minor, total.currency),
                formatting.money(total.at_risk_minor, total.currency),
                formatting.money(total.safe_minor, total.currency),
                self.tr("%n charge(s)", "", total.charges),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                if column == 2 and total.at_risk_minor:
                    item.setForeground(red)
                self.setItem(row, column, item)
        # As tall as its rows (at least one, so that the header never stands alone).
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * max(1, len(self.totals))
        self.setFixedHeight(height)
