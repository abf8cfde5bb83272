"""The rows of the account's Cards tab: each card with its expiry, holder, whether it is valid (or why
not), how many services use it, and the R9 flag when it expires before a service's next charge."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.app.cards import CardUse, card_uses
from desktop.app.views import AccountView, CardView
from desktop.core.refs import ref_key
from desktop.ui import colours, formatting, messages
from desktop.ui.plural_context import PluralContext
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    CARD = 0
    REF = 1  # what the command line takes: card replace, card remove, proforma pay --card
    EXPIRY = 2
    HOLDER = 3
    STATE = 4
    SERVICES = 5
    WARNING = 6


@dataclass(frozen=True)
class CardRow:
    card: CardView
    use: CardUse

    @property
    def at_risk(self) -> bool:
        return not self.card.valid or bool(self.use.expires_first)


def card_name(card: CardView) -> str:
    """ "Visa •••• 4242": digits kept whole in any language."""
    return formatting.card_label(card.brand, card.last4)


def service_list(names: list[str]) -> str:
    return ", ".join(formatting.domain(name) if "." in name else formatting.name(name) for name in names)


def validity(card: CardView) -> str:
    if card.valid:
        return QCoreApplication.translate("CardsModel", "Valid")
    if card.invalid_reason:
        return messages.card_refusal(card.invalid_reason).capitalize()
    return QCoreApplication.translate("CardsModel", "Expired")


def prepare_cards(account: AccountView) -> KeyedRows:
    uses = card_uses(account)
    rows, texts, keys = [], [], []
    for card in account.cards:
        row = CardRow(card, uses[card.id])
        late = [service.name for service in row.use.expires_first]
        active, total = len(row.use.active), len(row.use.services)
        services = CardsModel.tr("%n renewing automatically", "", active)
        if total == 0:
            services = QCoreApplication.translate("CardsModel", "Not in use")
        elif (off := total - active) > 0:
            services += " " + CardsModel.tr("(+%n off)", "", off)
        rows.append(row)
        texts.append(
            (
                card_name(card),
                formatting.ltr(card.ref),
                formatting.ltr(f"{card.exp_month:02d}/{card.exp_year}"),
                formatting.name(card.holder),
                validity(card),
                services,
                QCoreApplication.translate(
                    "CardsModel", "Expires before the next charge of: {services}"
                ).format(services=service_list(late))
                if late
                else "",
            )
        )
        keys.append(
            (
                (card.brand, card.last4),
                ref_key(card.ref),
                (card.exp_year, card.exp_month),
                card.holder.casefold(),
                card.valid,
                (active, total),
                len(late),
            )
        )
    return KeyedRows(tuple(rows), tuple(texts), tuple(keys))


class CardsModel(PluralContext, KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return {
            Column.CARD: QCoreApplication.translate("CardsModel", "Card"),
            Column.REF: QCoreApplication.translate("CardsModel", "Ref"),
            Column.EXPIRY: QCoreApplication.translate("CardsModel", "Expiry"),
            Column.HOLDER: QCoreApplication.translate("CardsModel", "Holder"),
            Column.STATE: QCoreApplication.translate("CardsModel", "Valid?"),
            Column.SERVICES: QCoreApplication.translate("CardsModel", "Services"),
            Column.WARNING: QCoreApplication.translate("CardsModel", "Warning"),
        }[Column(section)]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if not isinstance(row, CardRow):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.REF:
            return QCoreApplication.translate(
                "CardsModel",
                "The card's ref, as the commands take it: card replace, card remove, proforma pay --card",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.WARNING and row.use.expires_first:
            names = service_list([service.name for service in row.use.expires_first])
            return QCoreApplication.translate(
                "CardsModel",
                "The card expires before the next charge of: {services}. The charge will fail; replace the card.",  # noqa: E501
            ).format(services=names)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.STATE and not row.card.valid:
                return colours.risk_color()
            if column == Column.WARNING and row.use.expires_first:
                return colours.risk_color()
        if role == Qt.ItemDataRole.BackgroundRole and row.at_risk:
            background: QColor = colours.risk_background()
            return background
        return None
