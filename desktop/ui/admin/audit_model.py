"""The audit log's tables on the one table-model base: the entries (newest first, pages appended as
they load), and the fields of the chosen entry as "Field | Before | After". Every text is made once,
on the worker thread, by `keyed_rows`; the models only read them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from desktop.app.audit_log import AuditRow
from desktop.ui import formatting
from desktop.ui.admin import audit_texts, audit_words
from desktop.ui.table_model import ROW_ROLE, SORT_ROLE, KeyedRows, KeyedTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "AuditModel", "ChangeModel", "Column", "joined", "keyed_rows"]


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    WORKSTATION = 2  # where it was done (R43)
    WHAT = 3
    ENTITY = 4
    CUSTOMER = 5
    CHANGE = 6


HEADERS = {
    Column.WHEN: QT_TRANSLATE_NOOP("AuditModel", "When"),
    Column.WHO: QT_TRANSLATE_NOOP("AuditModel", "Who"),
    Column.WORKSTATION: QT_TRANSLATE_NOOP("AuditModel", "Workstation"),
    Column.WHAT: QT_TRANSLATE_NOOP("AuditModel", "What"),
    Column.ENTITY: QT_TRANSLATE_NOOP("AuditModel", "Concerning"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("AuditModel", "Customer"),
    Column.CHANGE: QT_TRANSLATE_NOOP("AuditModel", "What changed"),
}


def _texts(row: AuditRow) -> tuple[str, ...]:
    return (
        formatting.moment(row.at),
        audit_words.actor(row.actor),
        row.workstation or "",
        audit_texts.action(row.action),
        audit_words.concerning(row),
        audit_words.customer(row),
        audit_words.summary(row),
    )


def keyed_rows(rows: Sequence[AuditRow]) -> KeyedRows:
    """The rows with their texts and sort keys (the id sorts by time: ids grow with it)."""
    texts = [_texts(row) for row in rows]
    keys = [
        (row.id, *(text.casefold() for text in row_texts[1:]))
        for row, row_texts in zip(rows, texts, strict=True)
    ]
    return KeyedRows(tuple(rows), texts, keys)


def joined(first: KeyedRows, second: KeyedRows) -> KeyedRows:
    return KeyedRows((*first.rows, *second.rows), [*first.texts, *second.texts], [*first.keys, *second.keys])


class AuditModel(KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = KeyedRows((), (), ())

    def set_rows(
        self,
        table: KeyedRows,
        shown: Sequence[int] | None = None,
        in_order: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        self.table = table
        super().set_rows(table, shown, in_order)

    @property
    def rows(self) -> list[AuditRow]:
        return list(self.table.rows)

    def header(self, section: int) -> str:
        return QCoreApplication.translate("AuditModel", str(HEADERS[Column(section)]))

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole or not isinstance(row, AuditRow):
            return None
        if column == Column.WHAT:
            return row.action  # the code, for those who search the documentation or the CSV
        if column == Column.WHEN:
            return row.at.isoformat()
        if column == Column.ENTITY:  # the whole text of a narrow column
            return audit_words.concerning(row)
        if column == Column.CUSTOMER:
            return audit_words.customer(row) or None
        if column == Column.CHANGE:
            return "\n".join(
                audit_texts.labelled(line.field, audit_words.change(line.before, line.after))
                if line.changed
                else audit_texts.labelled(line.field, line.after or line.before)
                for line in audit_words.lines(row)
            )
        return None


class ChangeColumn(IntEnum):
    FIELD = 0
    BEFORE = 1
    AFTER = 2


CHANGE_HEADERS = {
    ChangeColumn.FIELD: QT_TRANSLATE_NOOP("ChangeModel", "Field"),
    ChangeColumn.BEFORE: QT_TRANSLATE_NOOP("ChangeModel", "Before"),
    ChangeColumn.AFTER: QT_TRANSLATE_NOOP("ChangeModel", "After"),
}


class ChangeModel(KeyedTableModel):
    """The fields of one entry. An entry that recorded no before (an event, something added) shows
    only "Field | Value"; the fields that changed are in bold."""

    columns = len(ChangeColumn)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.has_before = True

    def show_entry(self, row: AuditRow | None) -> None:
        found = audit_words.lines(row) if row is not None else []
        self.has_before = row is not None and row.before is not None
        texts = [(line.field, line.before, line.after) for line in found]
        self.set_rows(KeyedRows(found, texts, texts))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)

    def header(self, section: int) -> str:
        if section == ChangeColumn.AFTER and not self.has_before:
            return QCoreApplication.translate("ChangeModel", "Value")
        return QCoreApplication.translate("ChangeModel", str(CHANGE_HEADERS[ChangeColumn(section)]))

    def decorate(self, row: Any, column: int, role: int) -> Any:
        changed = isinstance(row, audit_words.Line) and row.changed and self.has_before
        if role == Qt.ItemDataRole.FontRole and changed:
            font = QFont()
            font.setBold(True)
            return font
        return None
