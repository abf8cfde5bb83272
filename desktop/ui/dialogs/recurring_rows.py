"""The Recurring dialog's table: each service with how it renews now and after Confirm (its card and
billing contact, replaced or not) and its next charge, flagged when the chosen card will not last to it
(R9). The ticks are a set of service ids kept in the model, so they survive sorting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont

from desktop.app.recurring import RecurringPreview, ServiceChange
from desktop.app.views import AccountView, CardView, ContactView, ServiceView
from desktop.core.codes import Risk
from desktop.ui import colours, formatting, messages
from desktop.ui.table_model import Index, KeyedRows, KeyedTableModel


class Column(IntEnum):
    SERVICE = 0
    NOW = 1
    AFTER = 2
    CHANGE = 3
    CHARGE = 4
    RISK = 5


@dataclass(frozen=True)
class Row:
    service: ServiceView
    change: ServiceChange | None  # None until the preview for the current choices has come


def service_name(service: ServiceView) -> str:
    return formatting.domain(service.name) if service.kind == "domain" else formatting.name(service.name)


def card_text(card: CardView | None) -> str:
    if card is None:
        return QCoreApplication.translate("RecurringRowsModel", "no card")
    return formatting.card_label(card.brand, card.last4, card.exp_month, card.exp_year)


def contact_text(contact: ContactView | None) -> str:
    return (
        QCoreApplication.translate("RecurringRowsModel", "account holder")
        if contact is None
        else formatting.name(contact.name)
    )


def change_text(change: ServiceChange) -> str:
    if change.switches_on:
        return QCoreApplication.translate("RecurringRowsModel", "Switched on")
    if change.card_changes and change.contact_changes:
        return QCoreApplication.translate("RecurringRowsModel", "Card and billing contact replaced")
    if change.card_changes:
        return QCoreApplication.translate("RecurringRowsModel", "Card replaced")
    if change.contact_changes:
        return QCoreApplication.translate("RecurringRowsModel", "Billing contact replaced")
    return QCoreApplication.translate("RecurringRowsModel", "No change")


def _risk_text(codes: Sequence[Risk]) -> str:
    """The first risk in a few words, and how many more the tooltip names ("+1"), as the account's."""
    first = messages.risk_short(codes[0]) if codes else ""
    return f"{first} +{len(codes) - 1}" if len(codes) > 1 else first


class RecurringRowsModel(KeyedTableModel):
    columns = len(Column)
    ticked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticked: set[int] = set()

    def header(self, section: int) -> str:
        return {
            Column.SERVICE: QCoreApplication.translate("RecurringRowsModel", "Service"),
            Column.NOW: QCoreApplication.translate("RecurringRowsModel", "Now"),
            Column.AFTER: QCoreApplication.translate("RecurringRowsModel", "After Confirm"),
            Column.CHANGE: QCoreApplication.translate("RecurringRowsModel", "What changes"),
            Column.CHARGE: QCoreApplication.translate("RecurringRowsModel", "Next charge"),
            Column.RISK: QCoreApplication.translate("RecurringRowsModel", "Risk"),
        }[Column(section)]

    def show(
        self, account: AccountView, services: Sequence[ServiceView], preview: RecurringPreview | None
    ) -> None:
        changes = {row.service.id: row for row in preview.rows} if preview is not None else {}
        rows = [Row(service, changes.get(service.id)) for service in services]
        after = (
            f"{card_text(preview.card)} · {contact_text(preview.contact)}"
            if preview is not None and preview.card is not None
            else QCoreApplication.translate("RecurringRowsModel", "choose the card")
            if preview is not None
            else ""
        )
        texts, keys = [], []
        for row in rows:
            change, service = row.change, row.service
            if change is None:
                now, what, charge, risk = "", "", "", ""
            else:
                now = (
                    f"{card_text(change.card_now)} · {contact_text(change.contact_now)}"
                    if change.on_now
                    else QCoreApplication.translate("RecurringRowsModel", "Off")
                )
                what = change_text(change)
                charge = formatting.day(change.charge_on)
                risk = _risk_text(change.risks)
            texts.append((service_name(service), now, after if change else "", what, charge, risk))
            keys.append(
                (
                    service.name,
                    now,
                    after,
                    what,
                    change.charge_on if change else service.expires_on,
                    risk,
                )
            )
        self.set_rows(KeyedRows(rows, texts, keys))

    def chosen(self) -> list[int]:
        """The ticked services, in the table's order."""
        return [row.service.id for row in self.shown_rows() if row.service.id in self.ticked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.SERVICE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() < Column.CHARGE:
            text = self.text_at(index.row(), index.column())  # the whole text of a cell cut short
            return text or None
        return super().data(index, role)

    def decorate(self, row: Any, column: int, role: int) -> Any:
        assert isinstance(row, Row)
        change = row.change
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.SERVICE:
            return Qt.CheckState.Checked if row.service.id in self.ticked else Qt.CheckState.Unchecked
        if change is None:
            return None
        at_risk = bool(change.risks) and column in (Column.CHARGE, Column.RISK)
        if role == Qt.ItemDataRole.ForegroundRole and at_risk:
            return colours.risk_color()
        if role == Qt.ItemDataRole.ToolTipRole and at_risk:
            return "\n".join(messages.risk(code) for code in change.risks)
        if role == Qt.ItemDataRole.FontRole and column == Column.CHANGE and change.replaces:
            font = QFont()
            font.setBold(True)  # an auto-renew already on whose card or contact Confirm replaces
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.SERVICE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        service_id = self.row_at(index.row()).service.id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(service_id)
        else:
            self.ticked.discard(service_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True
