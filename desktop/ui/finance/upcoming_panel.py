"""The "Upcoming charges" tab (R21): the range in days, the filters (risk, currency, customer), the table
of charges, their totals per currency and the chart of amounts per day. The forecast is read and
prepared on the worker thread; a filter narrows it there too, and the newest answer wins."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import finance
from desktop.app.desk import Desk
from desktop.app.finance import Forecast, ForecastFilter, UpcomingCharge
from desktop.core.codes import Risk
from desktop.ui import formatting, messages
from desktop.ui.colours import error_style
from desktop.ui.customers.column_widths import fit
from desktop.ui.data_table import set_up_table
from desktop.ui.finance.currency_totals import CurrencyTotalsTable
from desktop.ui.finance.day_chart import DayChart
from desktop.ui.finance.upcoming_model import (
    Column,
    PreparedUpcoming,
    Selection,
    UpcomingModel,
    header_text,
    prepare_upcoming,
    select,
)
from desktop.ui.table_model import ROW_ROLE, SortingProxy
from desktop.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 250
DEFAULT_DAYS = 30
# What gives way first when the table is narrow: names, which their tooltips show whole.
_ELIDABLE = frozenset({Column.CUSTOMER, Column.SERVICE, Column.CONTACT})
_RISKS_AT_LEAST = 240


class UpcomingPanel(QWidget):
    charge_opened = Signal(object)  # the UpcomingCharge double-clicked
    shown_changed = Signal()  # the table, totals and chart show another set of rows
    load_failed = Signal(object)  # the exception; the panel stays as it was (empty at first)

    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.prepared: PreparedUpcoming | None = None
        self.selection: Selection | None = None
        self._generation = 0
        self._pending: int | None = None  # the generation whose answer is awaited
        self._pending_load = False

        self.days = QSpinBox(self)
        self.days.setRange(1, 366)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccelerated(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.risk = QComboBox(self)
        self.risk.addItem(self.tr("Any risk"), "any")
        self.risk.addItem(self.tr("At risk"), "at_risk")
        self.risk.addItem(self.tr("Safe"), "safe")
        for code in Risk:
            self.risk.addItem(messages.risk_short(code.value), code.value)
            self.risk.setItemData(
                self.risk.count() - 1, messages.risk(code.value), Qt.ItemDataRole.ToolTipRole
            )
        self.currency = QComboBox(self)
        self.currency.addItem(self.tr("All currencies"), None)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("Customer name or number"))
        self.customer.setClearButtonEnabled(True)

        self.model = UpcomingModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.CHARGE_ON,
            (
                (Column.CUSTOMER, 150),
                (Column.SERVICE, 160),
                (Column.CHARGE_ON, 110),
                (Column.AMOUNT, 100),
                (Column.INSTALLMENTS, 80),
                (Column.CARD, 215),  # "Mastercard •••• 4444  12/2030" whole (core.display.card_text)
                (Column.CONTACT, 150),
            ),
        )
        self.selection_model = self.table.selectionModel()  # kept: Qt may drop it otherwise
        self.table.viewport().installEventFilter(self)

        self.totals = CurrencyTotalsTable(self)
        self.chart_currency = QComboBox(self)
        self.chart = DayChart(self)
        self.summary = QLabel(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(error_style())
        self.notice.hide()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Days ahead:"), self))
        bar.addWidget(self.days)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Risk:"), self))
        bar.addWidget(self.risk)
        bar.addWidget(QLabel(self.tr("Currency:"), self))
        bar.addWidget(self.currency)
        bar.addWidget(self.customer, 1)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Amount per day in:"), self))
        chart_bar.addWidget(self.chart_currency)
        chart_bar.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.totals)
        lower_layout.addLayout(chart_bar)
        lower_layout.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.customer.textChanged.connect(lambda _: self._typing.start())
        self.customer.returnPressed.connect(self.apply_filter)
        self.risk.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.currency.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.chart_currency.currentIndexChanged.connect(
            lambda _: self.chart.set_currency(self.chart_currency.currentData())
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.days.editingFinished.connect(self._days_changed)
        self.table.doubleClicked.connect(self._open)
        self._asked_days = DEFAULT_DAYS

    # -- state -----------------------------------------------------------------------------------

    @property
    def settled(self) -> bool:
        """Nothing awaited: the table, totals and chart show the current range and filters."""
        return self._pending is None and not self._typing.isActive()

    def current_filter(self) -> ForecastFilter:
        return ForecastFilter(
            risk=str(self.risk.currentData()),
            currency=self.currency.currentData(),
            customer=self.customer.text(),
        )

    def shown(self) -> Forecast | None:
        """The forecast as the filters narrow it: what the table, the totals and the chart show and
        what an export writes."""
        return self.selection.shown if self.selection is not None else None

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        days, only = self.days.value(), self.current_filter()
        self._asked_days = days
        self._generation += 1
        generation = self._pending = self._generation
        self._pending_load = True
        workspace = self._workspace

        def work() -> tuple[PreparedUpcoming, Selection]:
            prepared = prepare_upcoming(workspace.call(finance.upcoming_charges, days=days))
            return prepared, select(prepared, only)

        self.summary.setText(self.tr("Loading the upcoming charges…"))
        self._tasks.run(
            work,
            lambda result: self._loaded(generation, result),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _days_changed(self) -> None:
        if self.days.value() != self._asked_days:
            self.refresh()

    def apply_filter(self) -> None:
        self._typing.stop()
        if self._pending_load or self.prepared is None:
            return  # the load under way applies the filters as they are when it ends
        prepared, only = self.prepared, self.current_filter()
        if self.selection is not None and self.selection.only == only and self._pending is None:
            return
        self._generation += 1
        generation = self._pending = self._generation
        self._tasks.run(
            lambda: select(prepared, only),
            lambda selection: self._selected(generation, selection),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _loaded(self, generation: int, result: tuple[PreparedUpcoming, Selection]) -> None:
        if generation != self._generation:
            return
        self._pending, self._pending_load = None, False
        self.notice.hide()
        prepared, selection = result
        self.prepared = prepared
        self._offer_currencies(prepared.currencies)
        self.model.set_rows(prepared.table, selection.indices)
        self.fit_columns()
        if selection.only == self.current_filter():
            self._show(selection)
        else:
            self.selection = None  # the filters changed while the forecast was loading
            self.apply_filter()

    def fit_columns(self) -> None:
        """Every column as wide as its longest text needs, as far as the table's width allows, the
        risks taking the rest (in Spanish at 1280 px they were cut while the installments' column,
        holding a digit, was 80 px wide); names give way first, their tooltips show them whole."""
        prepared = self.prepared
        if prepared is None or not prepared.longest:
            return
        header = self.table.horizontalHeader()
        cell, head, style = self.table.fontMetrics(), header.fontMetrics(), self.table.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 6
        title_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4  # the risks' warning
        content = {
            column: max([cell.horizontalAdvance(text) + padding for text in prepared.longest[column]] + [0])
            + (icon if column == Column.RISKS else 0)
            for column in Column
        }
        # The risks take what the other columns leave, those kept whole while the risks keep at least
        # this much (a risk cut short is whole in its tooltip; a name or a card is read in the row).
        content[Column.RISKS] = min(content[Column.RISKS], _RISKS_AT_LEAST)
        titles = {column: head.horizontalAdvance(header_text(column)) + title_padding for column in Column}
        sorted_by = header.sortIndicatorSection()
        if sorted_by in titles:
            titles[Column(sorted_by)] += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
        widths = fit(content, titles, self.table.viewport().width(), Column.RISKS, _ELIDABLE)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def _selected(self, generation: int, selection: Selection) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.model.set_shown(selection.indices)
        self._show(selection)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending, self._pending_load = None, False
        self.notice.setText(messages.error(error))
        self.notice.show()
        self.summary.setText("")
        self.load_failed.emit(error)

    def _offer_currencies(self, codes: list[str]) -> None:
        chosen = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItem(self.tr("All currencies"), None)
        for code in codes:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(chosen)))
        self.currency.blockSignals(False)

    def _show(self, selection: Selection) -> None:
        self.selection = selection
        shown = selection.shown
        self.totals.set_totals(shown.totals)
        codes = sorted({total.currency for total in shown.totals})
        chosen = self.chart_currency.currentData()
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        for code in codes:
            self.chart_currency.addItem(code, code)
        self.chart_currency.setCurrentIndex(max(0, self.chart_currency.findData(chosen)))
        self.chart_currency.blockSignals(False)
        self.chart_currency.setEnabled(len(codes) > 1)
        self.chart.set_data(
            shown.totals, shown.first_day, shown.last_day, shown.today, self.chart_currency.currentData()
        )
        self.summary.setText(
            self.tr("%n charge(s) from {first} to {last}", "", len(shown.rows)).format(
                first=formatting.name(formatting.day(shown.first_day)),
                last=formatting.name(formatting.day(shown.last_day)),
            )
        )
        self.shown_changed.emit()

    # -- rows ------------------------------------------------------------------------------------

    def charges(self) -> list[UpcomingCharge]:
        """The charges in the table, top to bottom."""
        return self.model.charges()

    def _open(self, index: object) -> None:
        row = self.proxy.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if isinstance(row, UpcomingCharge):
            self.charge_opened.emit(row)
