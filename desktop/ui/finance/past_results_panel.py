"""The "Past results" tab: for a range of charge dates (the last 30 days by default), what the due
checks did to each charge (charged, failed and why), with totals per outcome and currency."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import finance
from desktop.app.desk import Desk
from desktop.app.finance import OutcomeTotal, PastResult, PastResults
from desktop.ui import messages
from desktop.ui.colours import error_style
from desktop.ui.data_table import set_up_table
from desktop.ui.finance.outcome_totals import OutcomeTotalsModel, outcome_rows
from desktop.ui.finance.past_results_model import Column, PastResultsModel, prepare_past
from desktop.ui.finance.totals_table import TotalsTable
from desktop.ui.table_model import EMPTY, KeyedRows, SortingProxy
from desktop.ui.tasks import TaskRunner

DEFAULT_DAYS_BACK = 30
_TOTALS_SHOWN = 6  # rows of totals in view at once; more scroll, leaving the results their room


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_format() -> str:
    """The language's short date with a four-digit year (a two-digit year reads ambiguously)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PastResultsPanel(QWidget):
    shown_changed = Signal()
    load_failed = Signal(object)  # the exception; the panel shows why and no rows

    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self._generation = 0
        self._pending: int | None = None
        self.outcome_totals: tuple[OutcomeTotal, ...] = ()
        # What the table shows and the range it was read for: what an export of this tab writes.
        self.loaded: tuple[PastResults, date, date] | None = None
        today = workspace.today()
        self.first = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS_BACK)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            # Numeric dates read left to right in Hebrew too: a right-to-left date edit reverses the
            # sections of the format it is given (24.11.2026 would show as 2026.11.24), so the direction
            # is set before the format.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat(_date_format())
        self.show_button = QPushButton(self.tr("Show"), self)
        self.model = PastResultsModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.CHARGE_ON,
            (
                (Column.CHARGE_ON, 110),
                (Column.CUSTOMER, 180),
                (Column.SERVICE, 200),
                (Column.OUTCOME, 150),
                (Column.REASON, 400),
            ),
        )
        self.totals_model = OutcomeTotalsModel(self)
        self.totals = TotalsTable(self)
        self.totals.setModel(self.totals_model)
        self.totals.fit_rows(most=_TOTALS_SHOWN)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(error_style())
        self.notice.hide()
        self.summary = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Charge dates from:"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to:"), self))
        bar.addWidget(self.last)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Totals per outcome and currency"), self))
        layout.addWidget(self.totals)
        layout.addWidget(self.summary)
        self.show_button.clicked.connect(self.refresh)

    @property
    def settled(self) -> bool:
        return self._pending is None

    def results(self) -> list[PastResult]:
        """The results in the table, top to bottom."""
        return self.model.results()

    def shown(self) -> tuple[PastResults, date, date] | None:
        return self.loaded

    def refresh(self) -> None:
        first, last = _day(self.first.date()), _day(self.last.date())
        if first > last:
            self.notice.setText(self.tr("The first day comes after the last day."))
            self.notice.show()
            return
        self._generation += 1
        generation = self._pending = self._generation
        workspace = self._workspace

        def work() -> tuple[KeyedRows, PastResults]:
            results = workspace.call(finance.past_results, first, last)
            return prepare_past(results.rows), results

        self.summary.setText(self.tr("Loading the past results…"))
        self._tasks.run(
            work,
            lambda result: self._loaded(generation, result, first, last),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _loaded(
        self, generation: int, result: tuple[KeyedRows, PastResults], first: date, last: date
    ) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.notice.hide()
        table, results = result
        self.loaded = (results, first, last)
        self.model.set_rows(table)
        self._show_totals(results.totals)
        self.summary.setText(self.tr("%n charge(s) in the range", "", len(table.rows)))
        self.shown_changed.emit()

    def _show_totals(self, totals: Sequence[OutcomeTotal]) -> None:
        self.outcome_totals = tuple(totals)
        self.totals_model.set_rows(outcome_rows(totals))
        self.totals.fit_rows(most=_TOTALS_SHOWN)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.loaded = None
        self.model.set_rows(EMPTY)
        self._show_totals(())
        self.notice.setText(messages.error(error))
        self.notice.show()
        self.summary.setText("")
        self.shown_changed.emit()
        self.load_failed.emit(error)
