"""One account: its header (holder, contacts, cards with expiry, and why auto-renew is not offered,
R1), and its services table. The panel loads the account itself and loads it again whenever any window
or the background checks announce a change to accounts or charges (R34), keeping the sort, the filter
and the ticks of the services that still exist."""

from __future__ import annotations

import threading
from typing import cast

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import customers
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.views import AccountView, ServiceView
from desktop.ui import colours, formatting
from desktop.ui.changes import watch
from desktop.ui.customers.account_tabs import AccountTab, tab_factories
from desktop.ui.customers.column_widths import fit
from desktop.ui.customers.customer_dialog import EditCustomerButton
from desktop.ui.customers.services_model import (
    ROW_ROLE,
    Column,
    Filter,
    PreparedTable,
    ServicesFilter,
    ServicesModel,
    filter_name,
    header_text,
    prepare_table,
)
from desktop.ui.middle_elided import MiddleElided
from desktop.ui.tasks import TaskRunner

WATCHED = frozenset({Change.ACCOUNTS, Change.CHARGES})
# Columns that may elide when the window is narrow (the tooltip shows them whole); dates, the card's
# digits and expiry, the risk and the kind are read whole, and a service's name elides in the middle
# only when a share of the width is not enough for it (column_widths).
ELIDABLE: frozenset[Column] = frozenset({Column.AUTO_RENEW, Column.CONTACT})


class Notice(QLabel):
    """A sentence that stands apart in the header, shown only when it has something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("offerReason")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        # Style sheets do not mirror: the bar goes where the sentence starts. (Qt draws a one-sided
        # border only when given in long hand.)
        widths = "0 3px 0 0" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "0 0 0 3px"
        self.setStyleSheet(
            f"QLabel#offerReason {{ border-style: solid; border-color: {colours.risk_color().name()};"
            f" border-width: {widths}; padding: 3px 8px; }}"
        )
        self.setVisible(bool(text))


class AccountPanel(QWidget):
    service_opened = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # R1: why auto-renew is not offered, in the account it is about (the main window fills it).
        self.offer_reason = Notice(self)
        self.filter = QComboBox(self)
        for choice in Filter:
            self.filter.addItem(filter_name(choice), int(choice))
        self.filter_text = QLineEdit(self)
        self.filter_text.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.model = ServicesModel(self)
        self.proxy = ServicesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Sized from each column's longest texts (found off the GUI thread), never by measuring every
        # row: a 50,000-row table would stall. The service's name takes what is left.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(Column.NAME, MiddleElided(self.table))
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title cut says so (its tooltip is whole)
        self.table.viewport().installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_: self.fit_columns())
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        filters = QHBoxLayout()
        filters.addWidget(self.filter)
        filters.addWidget(self.filter_text, 1)
        filters.addWidget(self.count)
        self.services_page = QWidget(self)
        services_layout = QVBoxLayout(self.services_page)
        services_layout.setContentsMargins(0, 0, 0, 0)
        services_layout.addLayout(filters)
        services_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("accountTabs")
        self.tabs.addTab(self.services_page, "")
        # The other tabs (contacts, cards, proformas, invoices): each shows the account it is handed.
        self.extra_tabs: list[QWidget] = [make(desk, tasks, self.tabs) for make in tab_factories()]
        for tab in self.extra_tabs:
            self.tabs.addTab(tab, "")
        self.header_row = QHBoxLayout()
        self.header_row.addWidget(self.title, 1)
        self.edit_customer = EditCustomerButton(desk, tasks, self)  # R36: the header is editable
        self.header_row.addWidget(self.edit_customer)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header_row)
        layout.addWidget(self.details)
        layout.addWidget(self.offer_reason)
        layout.addWidget(self.tabs, 1)
        self.filter.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.filter_text.textChanged.connect(self.proxy.set_text)
        self.filter_text.textChanged.connect(lambda _: self._show_count())
        self.table.doubleClicked.connect(self._open)
        self._loading: int | None = None
        self._waiting: threading.Event | None = None
        watch(self, desk, WATCHED, self.reload)
        self.retranslate()
        self.show_account(None)

    def retranslate(self) -> None:
        """Every text again, in the language now in force: the filter, the column titles, and the
        account itself (its table's texts are made off the GUI thread, so it is loaded again)."""
        for index in range(self.filter.count()):
            self.filter.setItemText(index, filter_name(Filter(self.filter.itemData(index))))
        self.filter_text.setPlaceholderText(self.tr("Filter services"))
        self.tabs.setTabText(0, self.tr("Services"))
        for index, tab in enumerate(self.extra_tabs, start=1):
            self.tabs.setTabText(index, cast(AccountTab, tab).tab_title())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.account is None:
            self.show_account(None)
        else:
            self._show_count()
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        """Loads the account off the GUI thread, in the table's current order. A load of the same
        customer still waiting for the worker is not asked for twice: it reads after this change too."""
        waiting = self._waiting
        if self._loading == customer_id and waiting is not None and not waiting.is_set():
            return
        self._loading = customer_id
        self.count.setText(self.tr("Loading the account…"))
        column, order = self.sort_state()
        desk = self._desk
        started = self._waiting = threading.Event()

        def load() -> PreparedTable:
            started.set()
            return prepare_table(desk.call(customers.load_account, customer_id), column, order)

        self._tasks.run(load, self._loaded, owner=self)

    def reload(self) -> None:
        """The open account again, as it is now (after a change here, in another window or by the
        background checks)."""
        if self.account is not None:
            self.open_customer(self.account.customer.id)

    def _loaded(self, prepared: PreparedTable) -> None:
        if prepared.account is None or prepared.account.customer.id != self._loading:
            return  # a later customer was asked for meanwhile
        self._loading = None
        self.show_account(prepared.account, prepared)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    # -- showing -------------------------------------------------------------------------------------

    def show_account(self, account: AccountView | None, prepared: PreparedTable | None = None) -> None:
        """Shows an account; `prepared` (from `prepare_table`, in the chosen order) when made off the GUI
        thread, so that a large account shows at once."""
        if account is None or self.account is None or account.customer.id != self.account.customer.id:
            self.filter_text.clear()  # another customer: all their services (the kind chosen stays)
        self.account = account
        self.edit_customer.show_account(account)
        for tab in self.extra_tabs:
            cast(AccountTab, tab).show_account(account)
        if prepared is None:
            prepared = prepare_table(account, *self.sort_state())
        self.model.set_prepared(prepared)
        self.fit_columns()
        self._show_count()
        if account is None:
            self.title.setText(self.tr("No customer chosen"))
            self.details.setText(self.tr("Find a customer on the left."))
            return
        customer = account.customer
        self.title.setText(customer.name)
        # A label aligns by its text's own direction: "Noa Peretz" would sit at the left of a Hebrew window.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.title.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        cards = ", ".join(
            formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year)
            + ("" if c.valid else " " + self.tr("(not valid)"))
            for c in account.cards
        ) or self.tr("none")
        contacts = ", ".join(
            formatting.name(k.name)
            + (f" ({formatting.name(k.company)})" if k.company and k.company != k.name else "")
            for k in account.contacts
        ) or self.tr("none")
        self.details.setText(
            self.tr("E-mail: {email}   Customer: {ref}\nBilling contacts: {contacts}\nCards: {cards}").format(
                email=formatting.email(customer.email),
                ref=formatting.ltr(customer.ref),
                contacts=contacts,
                cards=cards,
            )
        )

    def _filter_changed(self) -> None:
        self.proxy.set_choice(Filter(self.filter.currentData()))
        self._show_count()

    def _show_count(self) -> None:
        services = self.model.prepared.rows
        if self.account is None:
            self.count.setText("")
            return
        at_risk = sum(1 for service in services if service.risks)
        text = self.tr("%n service(s)", "", len(services))
        if self.proxy.rowCount() != len(services):
            text = self.tr("%n of {total} shown", "", self.proxy.rowCount()).format(total=text)
        if at_risk:
            text = self.tr("{services}, %n at risk", "", at_risk).format(services=text)
        self.count.setText(text)

    def fit_columns(self) -> None:
        """Every column as wide as its longest text needs, as far as the table's width allows; the
        service's name first, and it takes the rest (eliding in the middle if it must, its tooltip
        showing it whole). Titles and long statuses give way before what must be read whole."""
        header = self.table.horizontalHeader()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        style = self.table.style()
        # What the style puts around a cell's text and a header's title, and a little air (little:
        # at 1280 px every pixel of nine columns counts).
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        title_padding = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 8
        sorted_by = header.sortIndicatorSection()
        longest = self.model.prepared.longest

        columns: list[Column] = [column for column in Column if column != Column.TICK]
        content = {
            column: max([cell.horizontalAdvance(text) + padding for text in longest[column]] + [0])
            for column in columns
        }
        titles = {column: head.horizontalAdvance(header_text(column)) + title_padding for column in columns}
        if sorted_by in titles:
            titles[Column(sorted_by)] += arrow  # the sort indicator sits beside the title
        tick = (
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            + padding
        )
        widths = fit(content, titles, self.table.viewport().width() - tick, Column.NAME, ELIDABLE)
        header.resizeSection(Column.TICK, tick)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def ticked(self) -> list[int]:
        """What Renew, Recurring and Switch off act on: the ticked services in view."""
        return self.model.shown_ticked_ids()

    def _open(self, index: object) -> None:
        row = self.proxy.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if isinstance(row, ServiceView):
            self.service_opened.emit(row)
