"""Finance's "Invoices" tab (R40): every paid invoice, newest first, kept by a customer text (a name, a
customer number or an invoice number) and a range of issue days (from the first of last month to
today by default). The table shows the newest page; an export writes every invoice the filter keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import documents
from desktop.app.desk import Desk
from desktop.app.documents import InvoiceList, InvoiceRow
from desktop.ui import messages
from desktop.ui.colours import error_style
from desktop.ui.customers.invoices_model import Column, InvoicesModel, prepare_invoices
from desktop.ui.data_table import set_up_table
from desktop.ui.table_model import EMPTY, ROW_ROLE, KeyedRows, SortingProxy
from desktop.ui.tasks import TaskRunner

PAGE = 1000  # rows shown at once; the export writes them all


@dataclass(frozen=True)
class InvoiceFilter:
    """What the table was read for: what an export of this tab writes."""

    text: str
    first: date
    last: date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_format() -> str:
    """The language's short date with a four-digit year (a two-digit year reads ambiguously)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def first_of_last_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


class InvoicesPanel(QWidget):
    shown_changed = Signal()
    load_failed = Signal(object)
    invoice_opened = Signal(object)  # the InvoiceRow double-clicked

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPanel")
        self._desk, self._tasks = desk, tasks
        self._asked = 0
        self._pending: int | None = None
        self.loaded: tuple[InvoiceList, InvoiceFilter] | None = None
        today = desk.today()
        self.text = QLineEdit(self)
        self.text.setObjectName("invoiceText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Customer name, customer number or invoice number"))
        self.first = QDateEdit(_qdate(first_of_last_month(today)), self)
        self.last = QDateEdit(_qdate(today), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            # Numeric dates read left to right in Hebrew too (a right-to-left date edit reverses them).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat(_date_format())
        self.show_button = QPushButton(self.tr("Show"), self)
        self.model = InvoicesModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("financeInvoices")
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.DATE,
            (
                (Column.NUMBER, 110),
                (Column.DATE, 110),
                (Column.CUSTOMER, 180),
                (Column.TOTAL, 110),
                (Column.ADDRESSEE, 180),
                (Column.SOURCE, 150),
            ),
        )
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(error_style())
        self.notice.hide()
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.text, 2)
        bar.addWidget(QLabel(self.tr("Issued from:"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to:"), self))
        bar.addWidget(self.last)
        bar.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.show_button.clicked.connect(self.refresh)
        self.text.returnPressed.connect(self.refresh)
        self.table.doubleClicked.connect(self._opened)

    @property
    def settled(self) -> bool:
        return self._pending is None

    def shown(self) -> tuple[InvoiceList, InvoiceFilter] | None:
        return self.loaded

    def invoices(self) -> list[InvoiceRow]:
        return list(self.model.shown_rows())

    def refresh(self) -> None:
        first, last = _day(self.first.date()), _day(self.last.date())
        if first > last:
            self.notice.setText(self.tr("The first day comes after the last day."))
            self.notice.show()
            return
        chosen = InvoiceFilter(self.text.text().strip(), first, last)
        self._asked += 1
        asked = self._pending = self._asked
        desk = self._desk

        def work() -> tuple[KeyedRows, InvoiceList]:
            found = desk.call(
                documents.list_invoices, first=chosen.first, last=chosen.last, text=chosen.text, limit=PAGE
            )
            return prepare_invoices(found.rows), found

        self.summary.setText(self.tr("Loading the invoices…"))
        self._tasks.run(
            work,
            lambda result: self._loaded(asked, chosen, *result),
            lambda error: self._failed(asked, error),
            owner=self,
        )

    def _loaded(self, asked: int, chosen: InvoiceFilter, table: KeyedRows, found: InvoiceList) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.notice.hide()
        self.loaded = (found, chosen)
        self.model.set_rows(table)
        text = self.tr("%n invoice(s)", "", found.total)
        if found.total > len(found.rows):
            text = self.tr(
                "{invoices}; the newest %n are shown, an export writes them all", "", len(found.rows)
            ).format(invoices=text)
        self.summary.setText(text)
        self.shown_changed.emit()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._pending = None
        self.loaded = None
        self.model.set_rows(EMPTY)
        self.notice.setText(messages.error(error))
        self.notice.show()
        self.summary.setText("")
        self.shown_changed.emit()
        self.load_failed.emit(error)

    def _opened(self, index: object) -> None:
        row = self.proxy.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if isinstance(row, InvoiceRow):
            self.invoice_opened.emit(row)
