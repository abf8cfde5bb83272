"""A read-only table model for tens of thousands of rows: every text and sort key is computed once, off
the GUI thread, and the model only reads them. It shows a chosen subset of its rows (what the filters
keep) and sorts that subset in Python on the keys, numerically or by date as the keys are."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ColumnKeys(Sequence[tuple[Any, ...]]):
    """Sort keys made a column at a time, the first time the table is sorted by that column: an
    account of 50,000 domains is shown sorted by one column, and most of the others are never asked
    for. `make(column)` gives one key per row; `made` the columns already known."""

    def __init__(
        self,
        count: int,
        columns: int,
        make: Callable[[int], Sequence[Any]],
        made: dict[int, Sequence[Any]] | None = None,
    ) -> None:
        self._count, self._columns, self._make = count, columns, make
        self._made: dict[int, Sequence[Any]] = dict(made or {})

    def column(self, column: int) -> Sequence[Any]:
        keys = self._made.get(column)
        if keys is None:
            keys = self._made[column] = self._make(column)
        return keys

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, at: int) -> tuple[Any, ...]: ...
    @overload
    def __getitem__(self, at: slice) -> list[tuple[Any, ...]]: ...
    def __getitem__(self, at: int | slice) -> tuple[Any, ...] | list[tuple[Any, ...]]:
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(self._count))]
        if not -self._count <= at < self._count:
            raise IndexError(at)
        return tuple(self.column(column)[at] for column in range(self._columns))


@dataclass(frozen=True)
class KeyedRows:
    """The rows (use-case values), their display texts and their sort keys, one tuple per row."""

    rows: Sequence[Any]
    texts: Sequence[tuple[str, ...]]
    keys: Sequence[tuple[Any, ...]]

    def key(self, at: int, column: int) -> Any:
        keys = self.keys
        return keys.column(column)[at] if isinstance(keys, ColumnKeys) else keys[at][column]

    def column_keys(self, column: int) -> Sequence[Any]:
        """One key per row for sorting by `column`."""
        keys = self.keys
        return keys.column(column) if isinstance(keys, ColumnKeys) else [key[column] for key in keys]


EMPTY = KeyedRows((), (), ())


class KeyedTableModel(QAbstractTableModel):
    """Subclasses give `columns`, `header(section)` and, if they like, `decorate(row, column, role)`."""

    columns = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = EMPTY
        self._shown: list[int] = []  # indices into the table, in display order
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------------------------

    def set_rows(
        self,
        table: KeyedRows,
        shown: Sequence[int] | None = None,
        in_order: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """New rows; `shown` the indices of those to show (all when None), kept in the current sort.
        `in_order`: the sort the rows already come in (made off the GUI thread): not sorted again."""
        self.beginResetModel()
        self._table = table
        shown_now = list(range(len(table.rows)) if shown is None else shown)
        self._shown = (
            shown_now if in_order is not None and in_order == self._sort else self._sorted(shown_now)
        )
        self.endResetModel()

    def set_shown(self, shown: Sequence[int]) -> None:
        self.beginResetModel()
        self._shown = self._sorted(list(shown))
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._table.rows[self._shown[row]]

    def shown_rows(self) -> list[Any]:
        """The rows as the view shows them, top to bottom."""
        rows = self._table.rows
        return [rows[i] for i in self._shown]

    def text_at(self, row: int, column: int) -> str:
        return self._table.texts[self._shown[row]][column]

    def shown_texts(self, column: int) -> set[str]:
        """The different texts of a column in the rows shown (to size it by its longest)."""
        texts = self._table.texts
        return {texts[at][column] for at in self._shown}

    # -- the Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def header(self, section: int) -> str:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            # The tooltip too: a title elided in a narrow column is read whole there.
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < self.columns
        ):
            return self.header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        at, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.texts[at][column]
        if role == ROW_ROLE:
            return self._table.rows[at]
        if role == SORT_ROLE:
            return self._table.key(at, column)
        return self.decorate(self._table.rows[at], column, role)

    def decorate(self, row: Any, column: int, role: int) -> Any:
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts on the keys computed at load: 85,000 rows sort at once, where a proxy asking data()
        for every comparison would stall the window."""
        if not 0 <= column < self.columns:
            return
        self._sort = (column, order)
        if not self._shown:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = [self._shown[i.row()] for i in before]
        self._shown = self._sorted(self._shown)
        position = {at: row for row, at in enumerate(self._shown)}
        self.changePersistentIndexList(
            before, [self.index(position[at], i.column()) for at, i in zip(old, before, strict=True)]
        )
        self.layoutChanged.emit()

    def _sorted(self, shown: list[int]) -> list[int]:
        if self._sort is None:
            return shown
        column, order = self._sort
        keys = self._table.column_keys(column)
        return sorted(shown, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)


class SortingProxy(QSortFilterProxyModel):
    """What the view talks to: a click on a header sorts the model itself on its keys; the proxy keeps
    the model's order (its own sort column stays -1) and filters nothing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
