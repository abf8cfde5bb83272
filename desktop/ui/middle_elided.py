"""A column of domains elides in the middle: "סטודיו-לעיצוב…-7-2.co.il" still says which domain it
is and where it ends, where eliding the end would hide the ".co.il". The tooltip shows it whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class MiddleElided(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
