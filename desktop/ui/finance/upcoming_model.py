"""The upcoming charges table (R21): one row per automatic charge of the forecast, its texts and sort
keys prepared off the GUI thread, and the subset the filters keep chosen by `finance.narrow`, so that
the table, its totals, the chart and the export are always the same rows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.app.finance import Forecast, ForecastFilter, UpcomingCharge, currencies, narrow
from desktop.core.codes import Risk
from desktop.ui import formatting, messages
from desktop.ui.colours import risk_background, risk_color
from desktop.ui.customers.column_widths import widest_candidates
from desktop.ui.finance.reasons import attention_text, reason_text
from desktop.ui.table_model import KeyedRows, KeyedTableModel


class Column(IntEnum):
    CUSTOMER = 0
    SERVICE = 1
    CHARGE_ON = 2
    AMOUNT = 3
    INSTALLMENTS = 4
    CARD = 5
    CONTACT = 6
    RISKS = 7


HEADERS = {
    Column.CUSTOMER: QT_TRANSLATE_NOOP("UpcomingModel", "Customer"),
    Column.SERVICE: QT_TRANSLATE_NOOP("UpcomingModel", "Service"),
    Column.CHARGE_ON: QT_TRANSLATE_NOOP("UpcomingModel", "Charge date"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("UpcomingModel", "Amount"),
    Column.INSTALLMENTS: QT_TRANSLATE_NOOP("UpcomingModel", "Installments"),
    Column.CARD: QT_TRANSLATE_NOOP("UpcomingModel", "Card"),
    Column.CONTACT: QT_TRANSLATE_NOOP("UpcomingModel", "Billing contact"),
    Column.RISKS: QT_TRANSLATE_NOOP("UpcomingModel", "Risks"),
}


def header_text(column: Column) -> str:
    """A column's title in the interface's language (the exports title their columns with it too)."""
    return QCoreApplication.translate("UpcomingModel", str(HEADERS[column]))


_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
# The reason of a charge left to staff because its date passed beyond the grace days (R18).
_MISSED = "charge_date_missed"


@dataclass(frozen=True)
class PreparedUpcoming:
    """A whole forecast made ready to show: texts and keys of every row, computed once."""

    forecast: Forecast
    table: KeyedRows
    positions: dict[int, int]  # id(row) -> its index in forecast.rows
    currencies: list[str]
    # Each column's texts that may be its widest (column_widths.widest_candidates), which the view
    # measures to size the column.
    longest: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Selection:
    """What a filter keeps of a prepared forecast: the narrowed forecast (rows and totals made anew)
    and the indices of its rows in the prepared table."""

    only: ForecastFilter
    shown: Forecast
    indices: list[int]


def prepare_upcoming(forecast: Forecast) -> PreparedUpcoming:
    """Plain Python with thread-safe translation and formatting: runs on the worker thread."""
    no_price = QCoreApplication.translate("UpcomingModel", "no price")
    no_card = QCoreApplication.translate("UpcomingModel", "no card")
    shorts: dict[str, str] = {}
    texts: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    for row in forecast.rows:
        for code in row.risks:
            if code not in shorts:
                shorts[code] = messages.risk_short(code)
        risks = [
            attention_text(row.attention) if code == Risk.NEEDS_ATTENTION else shorts[code]
            for code in row.risks
            # Left to staff because its date passed: its reason says so, once is enough.
            if not (code == Risk.CHARGE_DATE_PASSED and row.attention == _MISSED)
        ]
        card = (
            formatting.card_label(row.card_brand or "", row.card_last4, row.card_exp_month, row.card_exp_year)
            if row.card_last4 and row.card_exp_month and row.card_exp_year
            else no_card
        )
        amount = (
            formatting.money(row.amount_minor, row.currency) if row.amount_minor is not None else no_price
        )
        texts.append(
            (
                formatting.name(row.customer_name),  # "Muñoz y Asociados S.L." ends with its period in Hebrew
                formatting.domain(row.service),
                formatting.day(row.charge_on),
                amount,
                str(row.installments),
                card,
                formatting.name(row.billing_contact),
                ", ".join(risks),
            )
        )
        keys.append(
            (
                (row.customer_name.casefold(), row.customer_ref),
                row.service.casefold(),
                row.charge_on.toordinal(),
                # Amounts in different currencies are never compared as one number: grouped by currency.
                (row.currency, -1 if row.amount_minor is None else row.amount_minor),
                row.installments,
                (row.card_exp_year or 0, row.card_exp_month or 0, row.card_brand or "", row.card_last4 or ""),
                row.billing_contact.casefold(),
                (len(row.risks), tuple(row.risks)),
            )
        )
    return PreparedUpcoming(
        forecast=forecast,
        table=KeyedRows(forecast.rows, texts, keys),
        positions={id(row): index for index, row in enumerate(forecast.rows)},
        currencies=currencies(forecast),
        longest=tuple(widest_candidates(row[column] for row in texts) for column in Column),
    )


def select(prepared: PreparedUpcoming, only: ForecastFilter) -> Selection:
    """The rows `only` keeps, by the same `narrow` the export and the chart are fed from."""
    shown = narrow(prepared.forecast, only)
    return Selection(only, shown, [prepared.positions[id(row)] for row in shown.rows])


class UpcomingModel(KeyedTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._red, self._at_risk = QBrush(risk_color()), QBrush(risk_background())
        self._warning: QIcon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def header(self, section: int) -> str:
        return header_text(Column(section))

    def charges(self) -> list[UpcomingCharge]:
        """The charges shown, top to bottom."""
        return self.shown_rows()

    def decorate(self, row: Any, column: int, role: int) -> Any:
        charge: UpcomingCharge = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AMOUNT, Column.INSTALLMENTS):
            return _TRAILING
        if not charge.risks:
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.CUSTOMER:
                return formatting.ltr(charge.customer_ref)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._at_risk  # the whole row: seen at a glance
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.AMOUNT, Column.RISKS):
            return self._red
        if role == Qt.ItemDataRole.DecorationRole and column == Column.RISKS:
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CUSTOMER:
                return formatting.ltr(charge.customer_ref)
            return "\n".join(
                f"{messages.risk(code)}: {reason_text(charge.attention)}"
                if code == Risk.NEEDS_ATTENTION and charge.attention
                else messages.risk(code)
                for code in charge.risks
            )
        return None
