"""The staff list's table: each member with their role, whether they are active and until when they
are locked out; a disabled member greyed out. Few rows, so the texts are made on the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.app.staff import StaffMember
from desktop.ui import colours, formatting
from desktop.ui.admin.staff_texts import role_name
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    STATE = 2
    LOCKED = 3


def staff_rows(members: Sequence[StaffMember]) -> KeyedRows:
    texts, keys = [], []
    for member in members:
        locked = formatting.moment(member.locked_until) if member.locked and member.locked_until else ""
        texts.append(
            (
                formatting.name(member.name),
                role_name(member.role),
                QCoreApplication.translate("StaffModel", "Active")
                if member.active
                else QCoreApplication.translate("StaffModel", "Disabled"),
                locked,
            )
        )
        keys.append(
            (
                member.name.casefold(),
                role_name(member.role),
                not member.active,
                member.locked_until.timestamp() if member.locked and member.locked_until else 0.0,
            )
        )
    return KeyedRows(tuple(members), texts, keys)


class StaffModel(KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return {
            Column.NAME: QCoreApplication.translate("StaffModel", "Name"),
            Column.ROLE: QCoreApplication.translate("StaffModel", "Role"),
            Column.STATE: QCoreApplication.translate("StaffModel", "State"),
            Column.LOCKED: QCoreApplication.translate("StaffModel", "Locked until"),
        }[Column(section)]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        member: StaffMember = row
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return colours.muted_color()
        return None
