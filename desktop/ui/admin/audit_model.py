"""The audit log's table: one row per entry, newest first, pages appended as they load. Each row's
texts are made once when it arrives; the entry itself is kept for the details below the table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.app.audit_log import AuditRow
from desktop.ui import formatting
from desktop.ui.admin import audit_texts

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_LENGTH = 160


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    ENTITY = 3
    CUSTOMER = 4
    CHANGE = 5


HEADERS = {
    Column.WHEN: QT_TRANSLATE_NOOP("AuditModel", "When"),
    Column.WHO: QT_TRANSLATE_NOOP("AuditModel", "Who"),
    Column.WHAT: QT_TRANSLATE_NOOP("AuditModel", "What"),
    Column.ENTITY: QT_TRANSLATE_NOOP("AuditModel", "Concerning"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("AuditModel", "Customer"),
    Column.CHANGE: QT_TRANSLATE_NOOP("AuditModel", "Before → after"),
}


def value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def change_summary(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """What changed, key by key: "enabled: true → false; stop_reason: — → no_card". A key only
    after shows its value; a key only before shows it going to "—"; unchanged keys are left out."""
    old, new = before or {}, after or {}
    parts = []
    for key in [*new, *(k for k in old if k not in new)]:
        if key in old and key in new:
            if old[key] != new[key]:
                parts.append(f"{key}: {value_text(old[key])} → {value_text(new[key])}")
        elif key in new:
            parts.append(f"{key}: {value_text(new[key])}")
        else:
            parts.append(f"{key}: {value_text(old[key])} → —")
    return "; ".join(parts)


def pretty_json(value: dict[str, Any] | None) -> str:
    if value is None:
        return "—"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, default=str)


def entity_text(row: AuditRow) -> str:
    name = audit_texts.entity(row.entity)
    return f"{name} {formatting.ltr(row.entity_id)}" if row.entity_id else name


def customer_text(row: AuditRow) -> str:
    if row.customer_ref is None:
        return ""
    return f"{row.customer_name} ({formatting.ltr(row.customer_ref)})"


def _texts(row: AuditRow) -> tuple[str, ...]:
    summary = change_summary(row.before, row.after)
    if len(summary) > SUMMARY_LENGTH:
        summary = summary[: SUMMARY_LENGTH - 1] + "…"
    return (
        formatting.moment(row.at),
        formatting.ltr(row.actor),
        audit_texts.action(row.action),
        entity_text(row),
        customer_text(row),
        formatting.ltr(summary) if summary else "",
    )


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = [_texts(row) for row in rows]
        self.endResetModel()

    def append_rows(self, rows: Sequence[AuditRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self._texts.extend(_texts(row) for row in rows)
        self.endInsertRows()

    def row_at(self, row: int) -> AuditRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == ROW_ROLE:
            return self.rows[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self.rows[row]
            if column == Column.WHAT:
                return entry.action
            if column == Column.WHEN:
                return entry.at.isoformat()
            if column == Column.CHANGE:
                return change_summary(entry.before, entry.after) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", str(HEADERS[Column(section)]))
        return None
