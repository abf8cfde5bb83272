"""The Recurring dialog's columns sized to what they show, within the dialog's width: the service's
name first (a long domain whole, or elided in the middle so that its ending stays), the next charge
and the risk whole; the cards and contacts give way, their tooltips showing them whole. Sized again
when the rows or the dialog's width change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView
from shiboken6 import isValid

from desktop.ui.customers.column_widths import fit, widest_candidates
from desktop.ui.dialogs.recurring_rows import Column, RecurringRowsModel
from desktop.ui.middle_elided import MiddleElided

ELIDABLE = frozenset({Column.NOW, Column.AFTER, Column.CHANGE})


class RecurringColumns(QObject):
    def __init__(self, view: QTableView, model: RecurringRowsModel) -> None:
        super().__init__(view)
        self._view, self._model = view, model
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        view.setItemDelegateForColumn(Column.SERVICE, MiddleElided(view))
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        # Each column's longest texts, found once per content: a resize or a sort of Recurring All's
        # 50,000 rows measures the same few texts again instead of reading every row nine times.
        self._longest: dict[Column, tuple[str, ...]] | None = None
        for changed in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            changed.connect(self._forget)
        model.modelReset.connect(self.fit)
        header.sortIndicatorChanged.connect(lambda *_: self.fit())

    def _forget(self, *_: object) -> None:
        self._longest = None

    def _longest_texts(self) -> dict[Column, tuple[str, ...]]:
        if self._longest is None:
            model = self._model
            self._longest = {column: widest_candidates(model.shown_texts(column)) for column in Column}
        return self._longest

    def fit(self) -> None:
        view, model = self._view, self._model
        header = view.horizontalHeader()
        cell, head, style = view.fontMetrics(), header.fontMetrics(), view.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        title_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        # The tick box beside each service's name.
        tick = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        longest_texts = self._longest_texts()
        content: dict[Column, int] = {}
        titles: dict[Column, int] = {}
        bold = view.font()
        bold.setBold(True)
        for column in Column:
            longest = longest_texts[column]
            # What changes is in bold where Confirm replaces a card or a contact.
            metrics = QFontMetrics(bold) if column == Column.CHANGE else cell
            content[column] = max([metrics.horizontalAdvance(text) + padding for text in longest] + [0])
            titles[column] = head.horizontalAdvance(model.header(column)) + title_padding
        content[Column.SERVICE] += tick
        if header.sortIndicatorSection() in titles:
            titles[Column(header.sortIndicatorSection())] += (
                style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
            )
        widths = fit(content, titles, view.viewport().width(), Column.SERVICE, ELIDABLE)
        for column, width in widths.items():
            if column != Column.SERVICE:  # it stretches over what is left
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Resizes also come while the dialog is torn down, when the view may already be gone.
        if event.type() == QEvent.Type.Resize and watched is self._viewport and isValid(self._view):
            self.fit()
        return False
