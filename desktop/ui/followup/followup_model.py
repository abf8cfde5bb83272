"""The follow-up table (R41): its texts and sort keys made once per page read, off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from desktop.app.followup import FollowUpRow
from desktop.core.codes import FollowUpKind
from desktop.core.followup import urgency
from desktop.ui import colours, formatting
from desktop.ui.followup import texts
from desktop.ui.plural_context import PluralContext
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    KIND = 0
    CUSTOMER = 1
    SERVICE = 2
    REASON = 3
    WHEN = 4
    AMOUNT = 5
    DAYS_LEFT = 6


def _service(row: FollowUpRow) -> str:
    if row.service is None:
        return ""
    shown = formatting.domain(row.service) if row.service_kind == "domain" else formatting.name(row.service)
    if more := row.more_services:
        return FollowUpModel.tr("{service} and %n more", "", more).format(service=shown)
    return shown


def _days(row: FollowUpRow) -> str:
    days = row.days_left
    if days is None:
        return ""
    if days < 0:
        ago = -days
        return FollowUpModel.tr("expired %n day(s) ago", "", ago)
    return FollowUpModel.tr("%n day(s)", "", days)


def prepare(rows: Sequence[FollowUpRow]) -> KeyedRows:
    """Texts and keys of every row, in the list's own order (most urgent first)."""
    text_rows: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for position, row in enumerate(rows):
        text_rows.append(
            (
                texts.kind(row.kind),
                formatting.name(row.customer_name),
                _service(row),
                texts.reason(row),
                formatting.day(row.when),
                formatting.money(row.amount_minor, row.currency) if row.amount_minor is not None else "",
                _days(row),
            )
        )
        keys.append(
            (
                (row.kind.value, position),
                (row.customer_name.casefold(), position),
                ((row.service or "").casefold(), position),
                (texts.reason(row), position),
                (row.when.toordinal() if row.when else 0, position),
                (row.currency, row.amount_minor or 0, position),
                # Money received and not applied first, as the list puts it (FollowUpRow.order).
                (
                    row.kind is not FollowUpKind.MONEY_NOT_APPLIED,
                    *urgency(row.days_left, row.amount_minor),
                    position,
                ),
            )
        )
    return KeyedRows(tuple(rows), text_rows, keys)


class FollowUpModel(PluralContext, KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return (
            self.tr("What"),
            self.tr("Customer"),
            self.tr("Service"),
            self.tr("Why"),
            self.tr("When"),
            self.tr("Amount"),
            self.tr("Expires in"),
        )[section]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if not isinstance(row, FollowUpRow):
            return None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.DAYS_LEFT
            and (row.days_left or 0) < 15
        ):
            return colours.risk_color()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AMOUNT, Column.DAYS_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
