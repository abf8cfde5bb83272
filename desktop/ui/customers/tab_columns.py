"""The columns of an account tab's table (contacts, cards, proformas, invoices) sized to their texts
and titles within the table's width (column_widths.fit, as the services table): the names, companies
and the like elide first; a title gives way only after them, at its end with '…' (never cut at both
ends, as a centred title in a narrow column was), its whole text in the header's tooltip. Fitted again
when the rows, the language, the sort column or the width change. These tables hold tens or hundreds
of rows: measuring their texts is cheap."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView
from shiboken6 import isValid

from desktop.ui.customers.column_widths import fit
from desktop.ui.table_model import KeyedTableModel

# Enough rows to find the widest text of an account's tab; a longer table is sized from its first ones.
_MEASURED_ROWS = 500


class FittedColumns(QObject):
    def __init__(
        self, table: QTableView, model: KeyedTableModel, stretch: int, elidable: Collection[int]
    ) -> None:
        super().__init__(table)
        self._table, self._model, self._stretch, self._elidable = table, model, stretch, elidable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.headerDataChanged.connect(lambda *_: self.fit())
        header.sortIndicatorChanged.connect(lambda *_: self.fit())

    def widths(self) -> dict[int, int]:
        """What each shown column should be given, within the table's width now."""
        table, model = self._table, self._model
        header = table.horizontalHeader()
        style = table.style()
        cell, head = table.fontMetrics(), header.fontMetrics()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        title_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
        columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        rows = range(min(model.rowCount(), _MEASURED_ROWS))
        content = {
            c: max([cell.horizontalAdvance(model.text_at(r, c)) + padding for r in rows] + [0])
            for c in columns
        }
        titles = {c: head.horizontalAdvance(model.header(c)) + title_padding for c in columns}
        if header.sortIndicatorSection() in titles:
            titles[header.sortIndicatorSection()] += arrow  # the sort indicator sits beside the title
        stretch = self._stretch if self._stretch in columns else columns[-1]
        # A short column's title is read as much as its cells (a count under "Services billed"): it
        # gives way only after the columns that may elide have, and then at its end.
        content = {c: width if c in self._elidable else max(width, titles[c]) for c, width in content.items()}
        return fit(content, titles, table.viewport().width(), stretch, self._elidable)

    def fit(self) -> None:
        if not self._model.columnCount():
            return
        header = self._table.horizontalHeader()
        for column, width in self.widths().items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table may be half destroyed already (its viewport is resized as it goes).
        if event.type() == QEvent.Type.Resize and isValid(self._table) and watched is self._table.viewport():
            self.fit()
        return False
