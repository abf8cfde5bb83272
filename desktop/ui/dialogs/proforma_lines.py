"""The proforma preview's lines: each chosen service with its period and price, read-only (no cell
takes an edit: a price typed over would not be issued)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.app.views import ServiceView
from desktop.ui import formatting
from desktop.ui.plural_context import PluralContext
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    SERVICE = 0
    PERIOD = 1
    PRICE = 2


def renewal_months(service: ServiceView) -> int:
    return service.period_months if service.kind == "domain" else service.renew_period_months


def line_rows(services: Sequence[ServiceView]) -> KeyedRows:
    texts, keys = [], []
    for service in services:
        months = renewal_months(service)
        name = formatting.domain(service.name) if service.kind == "domain" else formatting.name(service.name)
        price = (
            formatting.money(service.price_minor, service.currency)
            if service.price_minor is not None
            else QCoreApplication.translate("ProformaLinesModel", "no price")
        )
        texts.append((name, ProformaLinesModel.tr("%n month(s)", "", months), price))
        keys.append((service.name.casefold(), months, (service.currency, service.price_minor or 0)))
    return KeyedRows(tuple(services), texts, keys)


class ProformaLinesModel(PluralContext, KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return {
            Column.SERVICE: QCoreApplication.translate("ProformaLinesModel", "Service"),
            Column.PERIOD: QCoreApplication.translate("ProformaLinesModel", "Period"),
            Column.PRICE: QCoreApplication.translate("ProformaLinesModel", "Price"),
        }[Column(section)]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.PRICE:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        return None
