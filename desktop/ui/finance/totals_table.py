"""The look of the small totals tables under the finance tabs: a few rows read at a glance, nothing
to choose, edit or sort, the columns sharing the width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class TotalsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def fit_rows(self, most: int | None = None) -> None:
        """As tall as its rows (at least one, so that the header never stands alone; at most `most`,
        the others scrolled to)."""
        rows = max(1, self.model().rowCount())
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * (rows if most is None else min(rows, most))
        self.setFixedHeight(height)
