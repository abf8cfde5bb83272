"""The services table of an account, on the one table-model base (desktop/ui/table_model.py): texts and
sort keys computed once off the GUI thread, ticks for the bulk actions kept as a set of ids (they
survive sorting, filtering and reloads), the DTO of each row under ROW_ROLE.

A service at risk shows it at a glance: its row highlighted, a warning icon in the first column and
the full reasons in the tooltip."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.app.views import AccountView, ServiceView
from desktop.ui import colours, formatting, messages
from desktop.ui.table_model import ROW_ROLE, SORT_ROLE, Index, KeyedRows, KeyedTableModel, SortingProxy

__all__ = ["ROW_ROLE", "SORT_ROLE", "Column", "Filter", "PreparedTable", "ServicesFilter", "ServicesModel"]

# The light palette's shades of desktop.ui.colours, for the tests that compare brushes.


class Column(IntEnum):
    TICK = 0  # the tick for the bulk actions, and the warning icon of a service at risk
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

# Texts a narrow column may elide: the tooltip shows them whole.
_WHOLE_IN_TOOLTIP = frozenset({Column.NAME, Column.KIND, Column.CARD, Column.CONTACT, Column.AUTO_RENEW})
# How many of a column's longest texts are measured in pixels to size it (by characters first).
_MEASURED = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServicesModel", text)


def header_text(column: Column) -> str:
    return "" if column == Column.TICK else _tr(str(HEADERS[column]))


# Marked for lupdate, which does not follow a text through a helper function.
_DOMAIN = QT_TRANSLATE_NOOP("ServicesModel", "Domain")
_HOSTING = QT_TRANSLATE_NOOP("ServicesModel", "Hosting ({plan})")
_ACTIVE = QT_TRANSLATE_NOOP("ServicesModel", "Active")


class _Labels:
    """The words of one account's table, translated once rather than once per row."""

    def __init__(self) -> None:
        self.domain = _tr(str(_DOMAIN))
        self.hosting = _tr(str(_HOSTING))
        self.active = _tr(str(_ACTIVE))
        self._stops: dict[str | None, str] = {}
        self._risks: dict[tuple[str, ...], str] = {}

    def stopped(self, code: str | None) -> str:
        if code not in self._stops:
            self._stops[code] = messages.stop_reason(code)
        return self._stops[code]

    def risks(self, codes: Sequence[str]) -> str:
        """The first risk in a few words, and how many more the tooltip names ("+1")."""
        key = tuple(codes)
        if key not in self._risks:
            first = messages.risk_short(codes[0]) if codes else ""
            self._risks[key] = f"{first} +{len(codes) - 1}" if len(codes) > 1 else first
        return self._risks[key]


_NO_CHARGE = 10**7  # sorts a service with no next charge after every date


def _texts_and_keys(
    rows: Sequence[ServiceView], labels: _Labels, cards: dict[int, str], contacts: dict[int, str], holder: str
) -> tuple[list[tuple[str, ...]], list[tuple[Any, ...]]]:
    """Each row's texts and sort keys, in one pass with what repeats (dates, states, risks) made once:
    50,000 domains expire on a few hundred days and share a handful of states."""
    texts: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    days: dict[date | None, tuple[str, int]] = {None: ("", _NO_CHARGE)}
    states: dict[tuple[bool, str | None], tuple[str, str]] = {}
    day_text = formatting.day
    add_texts, add_keys = texts.append, keys.append
    for row, name in zip(rows, formatting.domains(row.name for row in rows), strict=True):
        expires = days.get(row.expires_on)
        if expires is None:
            expires = days[row.expires_on] = (day_text(row.expires_on), row.expires_on.toordinal())
        charge = days.get(row.next_charge_on)
        if charge is None:
            charge = days[row.next_charge_on] = (day_text(row.next_charge_on), row.next_charge_on.toordinal())  # type: ignore[union-attr]
        state = states.get((row.auto_renew_on, row.stop_reason))
        if state is None:
            state = states[(row.auto_renew_on, row.stop_reason)] = (
                labels.active if row.auto_renew_on else labels.stopped(row.stop_reason),
                f"{0 if row.auto_renew_on else 1}{row.stop_reason or ''}",
            )
        card = cards.get(row.card_id, "") if row.card_id else ""
        contact = contacts.get(row.billing_contact_id, "") if row.billing_contact_id else holder
        risks = len(row.risks)
        add_texts(
            (
                "",
                name,
                labels.domain if row.kind == "domain" else labels.hosting.format(plan=row.plan or ""),
                expires[0],
                state[0],
                card,
                contact,
                charge[0],
                labels.risks(row.risks) if risks else "",
            )
        )
        # The first column shows the warning: sorting it brings the risky rows together.
        add_keys((risks, row.name, row.kind, expires[1], state[1], card, contact, charge[1], risks))
    return texts, keys


@dataclass(frozen=True)
class PreparedTable:
    """What the table shows of an account, computed once: data() and sorting only read it. `longest`
    holds each column's longest texts (by characters), which the view measures to size the column."""

    account: AccountView | None
    table: KeyedRows
    longest: tuple[tuple[str, ...], ...]
    in_order: tuple[int, Qt.SortOrder] | None = None  # the sort the rows are in, when sorted

    @property
    def rows(self) -> Sequence[ServiceView]:
        return self.table.rows


def prepare_table(
    account: AccountView | None, column: int = Column.NAME, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> PreparedTable:
    """Texts and sort keys of every row, sorted; plain Python with thread-safe translation and
    formatting, so a large account is prepared off the GUI thread (and the model's own sort of rows
    already in order is a single pass)."""
    rows = list(account.services) if account else []
    cards = {
        c.id: formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year)
        for c in (account.cards if account else ())
    }
    contacts = {k.id: formatting.name(k.name) for k in (account.contacts if account else ())}
    holder = formatting.name(account.customer.name) if account else ""
    texts, keys = _texts_and_keys(rows, _Labels(), cards, contacts, holder)
    if rows and 0 <= column < len(Column):
        sequence = sorted(
            range(len(rows)), key=lambda i: keys[i][column], reverse=order == Qt.SortOrder.DescendingOrder
        )
        rows, texts, keys = (
            [rows[i] for i in sequence],
            [texts[i] for i in sequence],
            [keys[i] for i in sequence],
        )
    by_column = list(zip(*texts, strict=True)) if texts else [() for _ in Column]
    longest = tuple(tuple(heapq.nlargest(_MEASURED, set(values), key=len)) for values in by_column)
    in_order = (column, order) if rows and 0 <= column < len(Column) else None
    return PreparedTable(account, KeyedRows(rows, texts, keys), longest, in_order)


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


def _kept(row: ServiceView, choice: Filter, text: str) -> bool:
    if text and text not in row.name.casefold():
        return False
    match choice:
        case Filter.DOMAINS:
            return row.kind == "domain"
        case Filter.HOSTING:
            return row.kind == "hosting"
        case Filter.RECURRING_ON:
            return row.auto_renew_on
        case Filter.AT_RISK:
            return bool(row.risks)
    return True


class ServicesModel(KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customer_id: int | None = None
        self._choice, self._text = Filter.ALL, ""
        self.prepared = prepare_table(None)
        self.ticked: set[int] = set()
        self._warning: QIcon | None = None
        self._brushes()

    # -- content -----------------------------------------------------------------------------------

    def set_account(self, account: AccountView | None) -> None:
        """A new account replaces everything; the same account reloaded keeps its ticks."""
        self.set_prepared(prepare_table(account))

    def set_prepared(self, prepared: PreparedTable) -> None:
        """Takes a table prepared by `prepare_table` (on the worker thread, for large accounts)."""
        account = prepared.account
        # The same customer, even with a service more or fewer than before (bought or removed meanwhile).
        same = account is not None and account.customer.id == self._customer_id
        self._customer_id = account.customer.id if account else None
        self.prepared = prepared
        self._brushes()  # the palette may have turned dark meanwhile
        self.ticked = self.ticked & {row.id for row in prepared.rows} if same and self.ticked else set()
        self.set_rows(prepared.table, self._kept_rows(), prepared.in_order)

    def set_filter(self, choice: Filter, text: str) -> None:
        """Shows only the services of `choice` whose name holds `text`; ticks of hidden rows stay."""
        self._choice, self._text = choice, text.strip().casefold()
        kept = self._kept_rows()
        self.set_shown(range(len(self.prepared.rows)) if kept is None else kept)

    def _kept_rows(self) -> list[int] | None:
        if self._choice is Filter.ALL and not self._text:
            return None  # all: no work for a 50,000-row account
        rows = self.prepared.rows
        return [i for i, row in enumerate(rows) if _kept(row, self._choice, self._text)]

    def services(self) -> list[ServiceView]:
        return list(self.prepared.rows)

    def ticked_ids(self) -> list[int]:
        return [row.id for row in self.prepared.rows if row.id in self.ticked]

    def shown_ticked_ids(self) -> list[int]:
        """The ticked services the filter shows: what an action may act on (a tick hidden by the
        filter is kept for later, never acted on out of sight)."""
        choice, text = self._choice, self._text
        return [row.id for row in self.prepared.rows if row.id in self.ticked and _kept(row, choice, text)]

    def set_ticked(self, ids: set[int]) -> None:
        self.ticked = ids & {row.id for row in self.prepared.rows}
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, Column.TICK),
                self.index(self.rowCount() - 1, Column.TICK),
                [Qt.ItemDataRole.CheckStateRole],
            )

    # -- the Qt model --------------------------------------------------------------------------------

    def header(self, section: int) -> str:
        return header_text(Column(section))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header_text(Column(section)) or None  # whole, where a narrow column elides it
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == Column.TICK else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row: ServiceView = self.row_at(index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:  # PySide6 hands an int
            self.ticked.add(row.id)
        else:
            self.ticked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == Column.TICK:
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            ticked = self.row_at(index.row()).id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        found = super().data(index, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in _WHOLE_IN_TOOLTIP:
            whole = super().data(index, Qt.ItemDataRole.DisplayRole) or None
            if found is None:
                return whole
            if index.column() == Column.NAME and whole:
                return f"{whole}\n{found}"  # the risks under the whole name, which may be elided
        return found

    def decorate(self, row: Any, column: int, role: int) -> Any:
        service: ServiceView = row
        if service.risks:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._highlight
            if role == Qt.ItemDataRole.DecorationRole and column == Column.TICK:
                return self._warning_icon()
            if role == Qt.ItemDataRole.ForegroundRole and column == Column.RISK:
                return self._red
            if role in (
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleDescriptionRole,
            ) and column in (
                Column.TICK,
                Column.NAME,
                Column.RISK,
            ):
                return "\n".join(messages.risk(code) for code in service.risks)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.AUTO_RENEW:
            return self._green if service.auto_renew_on else self._red
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AUTO_RENEW and not service.auto_renew_on:
            return messages.stop_reason(service.stop_reason)
        return None

    def _brushes(self) -> None:
        self._highlight = QBrush(colours.risk_background())
        self._red = QBrush(colours.risk_color())
        self._green = QBrush(colours.success_color())

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning


class ServicesFilter(SortingProxy):
    """What the table talks to: a header click sorts the model on its keys; the filters choose the
    model's shown rows (one pass in Python, not a call per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = Filter.ALL
        self._text = ""

    def _model(self) -> ServicesModel | None:
        source = self.sourceModel()
        return source if isinstance(source, ServicesModel) else None

    def set_choice(self, choice: Filter) -> None:
        self._choice = choice
        model = self._model()
        if model is not None:
            model.set_filter(self._choice, self._text)

    def set_text(self, text: str) -> None:
        self._text = text
        model = self._model()
        if model is not None:
            model.set_filter(self._choice, self._text)
