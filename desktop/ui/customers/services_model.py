"""The services table of an account: one row per service, ticks for the bulk actions kept as a set of
ids (they survive sorting, filtering and refresh), native values for sorting, the DTO for each row."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.app.views import AccountView, ServiceView
from desktop.ui import formatting, messages

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
GREEN = QColor("#1b7f3b")
RED = QColor("#b42318")

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TICK = 0
    NAME = 1
    KIND = 2
    EXPIRES = 3
    AUTO_RENEW = 4
    CARD = 5
    CONTACT = 6
    NEXT_CHARGE = 7
    RISK = 8


HEADERS = {
    Column.TICK: QT_TRANSLATE_NOOP("ServicesModel", "Tick"),
    Column.NAME: QT_TRANSLATE_NOOP("ServicesModel", "Service"),
    Column.KIND: QT_TRANSLATE_NOOP("ServicesModel", "Kind"),
    Column.EXPIRES: QT_TRANSLATE_NOOP("ServicesModel", "Expires"),
    Column.AUTO_RENEW: QT_TRANSLATE_NOOP("ServicesModel", "Auto-renew"),
    Column.CARD: QT_TRANSLATE_NOOP("ServicesModel", "Card"),
    Column.CONTACT: QT_TRANSLATE_NOOP("ServicesModel", "Billing contact"),
    Column.NEXT_CHARGE: QT_TRANSLATE_NOOP("ServicesModel", "Next charge"),
    Column.RISK: QT_TRANSLATE_NOOP("ServicesModel", "Risk"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServicesModel", text)


def _row_texts(
    row: ServiceView, labels: _Labels, cards: dict[int, str], contacts: dict[int, str], holder: str
) -> tuple[str, ...]:
    return (
        "",
        row.name,
        labels.domain if row.kind == "domain" else labels.hosting.format(plan=row.plan or ""),
        formatting.day(row.expires_on),
        labels.active if row.auto_renew_on else labels.stopped(row.stop_reason),
        cards.get(row.card_id, "") if row.card_id else "",
        contacts.get(row.billing_contact_id, "") if row.billing_contact_id else holder,
        formatting.day(row.next_charge_on),
        "⚠ " + ", ".join(labels.risk(code) for code in row.risks) if row.risks else "",
    )


def _row_keys(row: ServiceView, texts: tuple[str, ...]) -> tuple[Any, ...]:
    return (
        0,
        row.name,
        row.kind,
        row.expires_on.toordinal(),
        f"{0 if row.auto_renew_on else 1}{row.stop_reason or ''}",
        texts[Column.CARD],
        texts[Column.CONTACT],
        row.next_charge_on.toordinal() if row.next_charge_on else 10**7,
        len(row.risks),
    )


@dataclass(frozen=True)
class PreparedTable:
    """What the table shows of an account, computed once: data() and sorting only read it."""

    account: AccountView | None
    rows: list[ServiceView]
    texts: list[tuple[str, ...]]
    keys: list[tuple[Any, ...]]
    cards: dict[int, str]
    contacts: dict[int, str]
    holder: str


def prepare_table(
    account: AccountView | None, column: int = Column.NAME, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> PreparedTable:
    """Texts and sort keys of every row, sorted; plain Python with thread-safe translation and
    formatting, so a large account is prepared off the GUI thread."""
    rows = list(account.services) if account else []
    cards = {
        c.id: formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year)
        for c in (account.cards if account else ())
    }
    contacts = {k.id: k.name for k in (account.contacts if account else ())}
    holder = account.customer.name if account else ""
    labels = _Labels()
    texts = [_row_texts(row, labels, cards, contacts, holder) for row in rows]
    keys = [_row_keys(row, row_texts) for row, row_texts in zip(rows, texts, strict=True)]
    if rows and 0 < column < len(Column):
        sequence = sorted(
            range(len(rows)), key=lambda i: keys[i][column], reverse=order == Qt.SortOrder.DescendingOrder
        )
        rows, texts, keys = (
            [rows[i] for i in sequence],
            [texts[i] for i in sequence],
            [keys[i] for i in sequence],
        )
    return PreparedTable(account, rows, texts, keys, cards, contacts, holder)


class ServicesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceView] = []
        self._cards: dict[int, str] = {}
        self._contacts: dict[int, str] = {}
        self._holder = ""
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._customer_id: int | None = None
        self.ticked: set[int] = set()

    def set_account(self, account: AccountView | None) -> None:
        """A new account replaces everything; the same account refreshed keeps its ticks."""
        self.set_prepared(prepare_table(account))

    def set_prepared(self, table: PreparedTable) -> None:
        """Takes a table prepared by `prepare_table` (on the worker thread, for large accounts)."""
        account = table.account
        # The same customer, even with a service more or fewer than before (bought or removed meanwhile).
        same = account is not None and account.customer.id == self._customer_id
        self._customer_id = account.customer.id if account else None
        self.beginResetModel()
        self._rows, self._texts, self._keys = table.rows, table.texts, table.keys
        self._cards, self._contacts, self._holder = table.cards, table.contacts, table.holder
        ids = {row.id for row in self._rows}
        self.ticked = self.ticked & ids if same else set()
        self.endResetModel()

    def services(self) -> list[ServiceView]:
        return list(self._rows)

    def ticked_ids(self) -> list[int]:
        return [row.id for row in self._rows if row.id in self.ticked]

    def set_ticked(self, ids: set[int]) -> None:
        self.ticked = ids & {row.id for row in self._rows}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.TICK),
                self.index(len(self._rows) - 1, Column.TICK),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "" if section == Column.TICK else _tr(str(HEADERS[Column(section)]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == Column.TICK else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self._rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:  # PySide6 hands an int
            self.ticked.add(row.id)
        else:
            self.ticked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.TICK:
            return Qt.CheckState.Checked if row.id in self.ticked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return row.id in self.ticked if column == Column.TICK else self._keys[index.row()][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.AUTO_RENEW:
            return QBrush(GREEN if row.auto_renew_on else RED)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RISK and row.risks:
            return QBrush(RED)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.RISK and row.risks:
            return "\n".join(messages.risk(code) for code in row.risks)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AUTO_RENEW and not row.auto_renew_on:
            return messages.stop_reason(row.stop_reason)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts on the keys computed at load, in Python's sort: a 50,000-row table sorts at once,
        where a proxy asking data() for every comparison would stall the window."""
        if not 0 <= column < len(Column) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        if column == Column.TICK:
            keys = [row.id in self.ticked for row in self._rows]
        else:
            keys = [row_keys[column] for row_keys in self._keys]
        order_ = sorted(
            range(len(self._rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        new_row = {old: new for new, old in enumerate(order_)}
        self._rows = [self._rows[i] for i in order_]
        self._texts = [self._texts[i] for i in order_]
        self._keys = [self._keys[i] for i in order_]
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()


class _Labels:
    """The words of one account's table, translated once rather than once per row."""

    def __init__(self) -> None:
        self.domain = QCoreApplication.translate("ServicesModel", "Domain")
        self.hosting = QCoreApplication.translate("ServicesModel", "Hosting ({plan})")
        self.active = QCoreApplication.translate("ServicesModel", "Active")
        self._stops: dict[str | None, str] = {}
        self._risks: dict[str, str] = {}

    def stopped(self, code: str | None) -> str:
        if code not in self._stops:
            self._stops[code] = messages.stop_reason(code)
        return self._stops[code]

    def risk(self, code: str) -> str:
        if code not in self._risks:
            self._risks[code] = messages.risk_short(code)
        return self._risks[code]


class Filter(IntEnum):
    ALL = 0
    DOMAINS = 1
    HOSTING = 2
    RECURRING_ON = 3
    AT_RISK = 4


FILTER_NAMES = {
    Filter.ALL: QT_TRANSLATE_NOOP("ServicesModel", "All services"),
    Filter.DOMAINS: QT_TRANSLATE_NOOP("ServicesModel", "Domains"),
    Filter.HOSTING: QT_TRANSLATE_NOOP("ServicesModel", "Hosting packages"),
    Filter.RECURRING_ON: QT_TRANSLATE_NOOP("ServicesModel", "Recurring on"),
    Filter.AT_RISK: QT_TRANSLATE_NOOP("ServicesModel", "At risk"),
}


def filter_name(choice: Filter) -> str:
    return _tr(str(FILTER_NAMES[choice]))


class ServicesFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choice = Filter.ALL
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts itself on precomputed keys; the proxy keeps its order and filters.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_choice(self, choice: Filter) -> None:
        self.beginFilterChange()
        self._choice = choice
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._choice is Filter.ALL and not self._text:
            return True  # called for every row after each reset or sort: no work when nothing filters
        model = self.sourceModel()
        row: ServiceView = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if self._text and self._text not in row.name.casefold():
            return False
        match self._choice:
            case Filter.DOMAINS:
                return row.kind == "domain"
            case Filter.HOSTING:
                return row.kind == "hosting"
            case Filter.RECURRING_ON:
                return row.auto_renew_on
            case Filter.AT_RISK:
                return bool(row.risks)
        return True
