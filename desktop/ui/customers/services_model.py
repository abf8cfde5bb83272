"""The services table of an account, on the one table-model base (desktop/ui/table_model.py): texts and
sort keys computed once off the GUI thread, ticks for the bulk actions kept as a set of ids (they
survive sorting, filtering and reloads), the DTO of each row under ROW_ROLE.

A service at risk shows it at a glance: its row highlighted, a warning icon in the first column and
the full reasons in the tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, cast, overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.app.views import AccountView, ServiceView
from desktop.core.codes import Risk
from desktop.ui import colours, formatting, messages
from desktop.ui.customers.column_widths import widest_candidates
from desktop.ui.table_model import (
    ROW_ROLE,
    SORT_ROLE,
    ColumnKeys,
    Index,
    KeyedRows,
    KeyedTableModel,
    SortingProxy,
)

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServicesModel", text)


def header_text(column: Column) -> str:
    return "" if column == Column.TICK else _tr(str(HEADERS[column]))


# Marked for lupdate, which does not follow a text through a helper function.
_DOMAIN = QT_TRANSLATE_NOOP("ServicesModel", "Domain")
_HOSTING = QT_TRANSLATE_NOOP("ServicesModel", "Hosting ({plan})")
_ACTIVE = QT_TRANSLATE_NOOP("ServicesModel", "Active")


_NO_CHARGE = 10**7  # sorts a service with no next charge after every date


def _state(row: ServiceView) -> tuple[bool, str | None, bool]:
    """On or off, why it stopped, and whether, on, its charge is left to staff (the account's
    NEEDS_ATTENTION, core.risk.engine_risks): what the Auto-renew column says."""
    return row.auto_renew_on, row.stop_reason, row.auto_renew_on and Risk.NEEDS_ATTENTION in row.risks


def _risk_text(codes: Sequence[str]) -> str:
    """The first risk in a few words, and how many more the tooltip names ("+1")."""
    first = messages.risk_short(codes[0]) if codes else ""
    return f"{first} +{len(codes) - 1}" if len(codes) > 1 else first


class _Words:
    """Every word an account's rows are made of, made on the worker in the window's language of that
    moment: 50,000 domains expire on a few hundred days and share a handful of states. A row's texts
    are put together from these when the view first shows it, so a table prepared before a change of
    language stays in one language until the panel prepares it again."""

    def __init__(
        self, rows: Sequence[ServiceView], cards: dict[int, str], contacts: dict[int, str], holder: str
    ) -> None:
        self.cards, self.contacts, self.holder = cards, contacts, holder
        self.domain = formatting.domain_former()
        self.domain_kind = _tr(str(_DOMAIN))
        hosting, active = _tr(str(_HOSTING)), _tr(str(_ACTIVE))
        day = formatting.day
        self.expiries = {on: (day(on), on.toordinal()) for on in {row.expires_on for row in rows}}
        self.charges: dict[date | None, tuple[str, int]] = {None: ("", _NO_CHARGE)}
        for on in {row.next_charge_on for row in rows} - {None}:
            self.charges[on] = (day(on), cast(date, on).toordinal())
        attention = messages.risk_short(Risk.NEEDS_ATTENTION)
        self.states = {
            (on, reason, left): (
                (attention if left else active) if on else messages.stop_reason(reason),
                f"{0 if on and not left else 1}{reason or ''}",
            )
            for on, reason, left in {_state(row) for row in rows}
        }
        self.plans = {
            plan: hosting.format(plan=plan or "")
            for plan in {row.plan for row in rows if row.kind != "domain"}
        }
        self.risks = {codes: _risk_text(codes) for codes in {row.risks for row in rows if row.risks}}

    def texts(self, row: ServiceView) -> tuple[str, ...]:
        return (
            "",
            self.domain(row.name),
            self.domain_kind if row.kind == "domain" else self.plans[row.plan],
            self.expiries[row.expires_on][0],
            self.states[_state(row)][0],
            self.cards.get(row.card_id, "") if row.card_id else "",
            self.contacts.get(row.billing_contact_id, "") if row.billing_contact_id else self.holder,
            self.charges[row.next_charge_on][0],
            self.risks[row.risks] if row.risks else "",
        )

    def keys(self, rows: Sequence[ServiceView], column: int) -> list[Any]:
        """Each row's sort key in `column`: dates by day, states by their code, the rest as shown."""
        match column:
            case Column.NAME:
                return [row.name for row in rows]
            case Column.KIND:
                return [row.kind for row in rows]
            case Column.EXPIRES:
                return [row.expires_on.toordinal() for row in rows]
            case Column.AUTO_RENEW:
                states = self.states
                return [states[_state(row)][1] for row in rows]
            case Column.CARD:
                cards = self.cards
                return [cards.get(row.card_id, "") if row.card_id else "" for row in rows]
            case Column.CONTACT:
                contacts, holder = self.contacts, self.holder
                return [
                    contacts.get(row.billing_contact_id, "") if row.billing_contact_id else holder
                    for row in rows
                ]
            case Column.NEXT_CHARGE:
                charges = self.charges
                return [charges[row.next_charge_on][1] for row in rows]
        # The tick column shows the warning, the last the risks: either brings the risky rows together.
        return [len(row.risks) for row in rows]

    def longest(self, rows: Sequence[ServiceView]) -> tuple[tuple[str, ...], ...]:
        """Each column's texts that may be its widest, found among the words rather than in every
        row's texts."""
        top = widest_candidates
        if not rows:
            return tuple(() for _ in Column)
        kinds = [self.domain_kind] if any(row.kind == "domain" for row in rows) else []
        cards = {row.card_id for row in rows}
        contacts = {row.billing_contact_id for row in rows}
        return (
            ("",),
            top(self.domain(name) for name in widest_candidates(row.name for row in rows)),
            top([*kinds, *self.plans.values()]),
            top(text for text, _ in self.expiries.values()),
            top(text for text, _ in self.states.values()),
            top(self.cards.get(i, "") if i else "" for i in cards),
            top(self.contacts.get(i, "") if i else self.holder for i in contacts),
            top(text for text, _ in self.charges.values()),
            top(["", *self.risks.values()]),
        )


class _RowTexts(Sequence[tuple[str, ...]]):
    """The rows' texts, each made when first asked for: a screen shows a few dozen of 50,000."""

    def __init__(self, rows: Sequence[ServiceView], words: _Words) -> None:
        self._rows, self._words = rows, words
        self._made: list[tuple[str, ...] | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, at: int) -> tuple[str, ...]: ...
    @overload
    def __getitem__(self, at: slice) -> list[tuple[str, ...]]: ...
    def __getitem__(self, at: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        made = self._made[at]
        if made is None:
            made = self._made[at] = self._words.texts(self._rows[at])
        return made


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
    """The rows sorted, the words of their texts and the keys of the sort column; plain Python with
    thread-safe translation and formatting, so a large account is prepared off the GUI thread (and
    the model's own sort of rows already in order is a single pass)."""
    rows = list(account.services) if account else []
    words = _Words(
        rows,
        {
            c.id: formatting.card_label(c.brand, c.last4, c.exp_month, c.exp_year)
            for c in (account.cards if account else ())
        },
        {k.id: formatting.name(k.name) for k in (account.contacts if account else ())},
        formatting.name(account.customer.name) if account else "",
    )
    made: dict[int, Sequence[Any]] = {}
    sorting = bool(rows) and 0 <= column < len(Column)
    if sorting:
        keys = words.keys(rows, column)
        sequence = sorted(
            range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        rows, made[column] = [rows[i] for i in sequence], [keys[i] for i in sequence]
    table = KeyedRows(
        rows,
        _RowTexts(rows, words),
        ColumnKeys(len(rows), len(Column), lambda at: words.keys(rows, at), made),
    )
    return PreparedTable(account, table, words.longest(rows), (column, order) if sorting else None)


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
            # Green only for what the due checks will charge (R3): one left to staff is not "Active".
            on, _, left = _state(service)
            return self._green if on and not left else self._red
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AUTO_RENEW:
            if not service.auto_renew_on:
                return messages.stop_reason(service.stop_reason)
            if _state(service)[2]:
                return messages.risk(Risk.NEEDS_ATTENTION)
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
