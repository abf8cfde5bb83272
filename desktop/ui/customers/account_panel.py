"""One account: its header (holder, contacts, cards with expiry) and its services table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app.views import AccountView, ServiceView
from desktop.ui import formatting
from desktop.ui.customers.services_model import (
    ROW_ROLE,
    Column,
    Filter,
    PreparedTable,
    ServicesFilter,
    ServicesModel,
    filter_name,
    prepare_table,
)


class AccountPanel(QWidget):
    service_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: AccountView | None = None
        self.title = QLabel(self)
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QComboBox(self)
        for choice in Filter:
            self.filter.addItem(filter_name(choice), int(choice))
        self.filter_text = QLineEdit(self)
        self.filter_text.setPlaceholderText(self.tr("Filter services"))
        self.filter_text.setClearButtonEnabled(True)
        self.model = ServicesModel(self)
        self.proxy = ServicesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Sizing columns to their contents would measure every row; a 50,000-row table would stall.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.TICK, 28),
            (Column.NAME, 220),
            (Column.KIND, 150),
            (Column.EXPIRES, 110),
            (Column.AUTO_RENEW, 200),
            (Column.CARD, 190),
            (Column.CONTACT, 160),
            (Column.NEXT_CHARGE, 110),
        ):
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        filters = QHBoxLayout()
        filters.addWidget(self.filter)
        filters.addWidget(self.filter_text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_choice(Filter(self.filter.currentData()))
        )
        self.filter_text.textChanged.connect(self.proxy.set_text)
        self.table.doubleClicked.connect(self._open)
        self.show_account(None)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def show_account(self, account: AccountView | None, prepared: PreparedTable | None = None) -> None:
        """Shows an account; `prepared` (from `prepare_table`, in the chosen order) when made off the GUI
        thread, so that a large account shows at once."""
        self.account = account
        self.model.set_prepared(
            prepared if prepared is not None else prepare_table(account, *self.sort_state())
        )
        if account is None:
            self.title.setText(self.tr("No customer chosen"))
            self.details.setText(self.tr("Find a customer on the left."))
            return
        customer = account.customer
        self.title.setText(customer.name)
        cards = ", ".join(
            formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year)
            + ("" if c.valid else " " + self.tr("(not valid)"))
            for c in account.cards
        ) or self.tr("none")
        contacts = ", ".join(
            k.name + (f" ({k.company})" if k.company and k.company != k.name else "")
            for k in account.contacts
        ) or self.tr("none")
        self.details.setText(
            self.tr("E-mail: {email}   Customer: {ref}\nBilling contacts: {contacts}\nCards: {cards}").format(
                email=formatting.ltr(customer.email),
                ref=formatting.ltr(customer.ref),
                contacts=contacts,
                cards=cards,
            )
        )

    def ticked(self) -> list[int]:
        return self.model.ticked_ids()

    def _open(self, index: object) -> None:
        row = self.proxy.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if isinstance(row, ServiceView):
            self.service_opened.emit(row)
