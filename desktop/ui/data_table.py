"""The look and behaviour shared by the long read-only tables of the windows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def set_up_table(table: QTableView, sort_column: int, widths: Iterable[tuple[int, int]]) -> None:
    """Sortable, whole rows selected, fixed row height and column widths given rather than measured."""
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    # Sizing columns to their contents would measure every row; 85,000 rows would stall.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths:
        header.resizeSection(column, width)


def short_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A table of tens or hundreds of rows (runs, e-mails, a service's history): one row chosen at a
    time, one line a row (the whole text is in the tooltip), columns sized to their contents."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
