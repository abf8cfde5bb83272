"""The forecast as records, CSV and JSON (R21). No cell a spreadsheet would execute: a text starting
with =, +, -, @, a tab, a carriage return or a line feed (also in full-width or other compatibility forms,
and after spaces or invisible marks) is escaped with a leading apostrophe."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from desktop.app.finance import Forecast
from desktop.core.money import format_amount, minor_digits

COLUMNS = (
    "customer",
    "customer_name",
    "service",
    "kind",
    "charge_date",
    "amount",
    "currency",
    "installments",
    "card_brand",
    "card_last4",
    "card_expiry",
    "billing_contact",
    "risks",
)
# Called before each row is written with its index: reports progress, and may raise to stop the export.
Step = Callable[[int], None]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def _first_visible(value: str) -> str:
    """The first character a spreadsheet acts on: leading spaces and invisible format characters
    (zero-width spaces, direction marks) skipped, and in its compatibility form, as spreadsheets
    read a full-width \uff1d or a small \ufe62 as = and +."""
    for ch in value:
        if ch in _FORMULA_STARTS:
            return ch
        if ch.isspace() or unicodedata.category(ch) == "Cf":
            continue
        return unicodedata.normalize("NFKC", ch)[:1]
    return ""


def safe_cell(value: str) -> str:
    """The text with a leading apostrophe when a spreadsheet could take it for a formula."""
    return "'" + value if _first_visible(value) in _FORMULA_STARTS else value


def records(forecast: Forecast) -> list[dict[str, Any]]:
    return [
        {
            "customer": row.customer_ref,
            "customer_name": row.customer_name,
            "service": row.service,
            "kind": row.kind,
            "charge_date": row.charge_on.isoformat(),
            "amount": format_amount(row.amount_minor, row.currency) if row.amount_minor is not None else None,
            "currency": row.currency,
            "installments": row.installments,
            "card_brand": row.card_brand,
            "card_last4": row.card_last4,
            "card_expiry": f"{row.card_exp_month:02d}/{row.card_exp_year}" if row.card_exp_month else None,
            "billing_contact": row.billing_contact,
            "risks": [risk.value for risk in row.risks],
        }
        for row in forecast.rows
    ]


def totals(forecast: Forecast) -> list[dict[str, Any]]:
    return [
        {
            "date": total.day.isoformat(),
            "currency": total.currency,
            "amount": format_amount(total.amount_minor, total.currency),
            "at_risk": format_amount(total.at_risk_minor, total.currency),
            "charges": total.charges,
        }
        for total in forecast.totals
    ]


def as_json(forecast: Forecast) -> dict[str, Any]:
    return {
        "today": forecast.today.isoformat(),
        "from": forecast.first_day.isoformat(),
        "to": forecast.last_day.isoformat(),
        "rows": records(forecast),
        "totals": totals(forecast),
    }


def write_csv(forecast: Forecast, stream: TextIO, step: Step | None = None) -> None:
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for index, record in enumerate(records(forecast)):
        if step is not None:
            step(index)
        cells = []
        for column in COLUMNS:
            value = record[column]
            if isinstance(value, list):
                value = ";".join(value)
            text = "" if value is None else str(value)
            # Amounts and counts are numbers and stay as they are; every text is made safe.
            cells.append(text if column in ("amount", "installments") else safe_cell(text))
        writer.writerow(cells)


def write_xlsx(forecast: Forecast, path: str, step: Step | None = None) -> None:
    """An XLSX workbook in write-only mode (rows stream to the file, memory stays flat): amounts as
    numbers in their currency's format, dates as dates, texts made safe, and a sheet of totals."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Upcoming charges")
    sheet.append(list(COLUMNS))
    for index, row in enumerate(forecast.rows):
        if step is not None:
            step(index)
        digits = minor_digits(row.currency)
        amount = _number_cell(sheet, row.amount_minor, digits) if row.amount_minor is not None else None
        date_cell = _cell(sheet, row.charge_on, "yyyy-mm-dd")
        expiry = f"{row.card_exp_month:02d}/{row.card_exp_year}" if row.card_exp_month else ""
        sheet.append(
            [
                safe_cell(row.customer_ref),
                safe_cell(row.customer_name),
                safe_cell(row.service),
                row.kind,
                date_cell,
                amount,
                row.currency,
                row.installments,
                safe_cell(row.card_brand or ""),
                row.card_last4 or "",
                expiry,
                safe_cell(row.billing_contact),
                ";".join(risk.value for risk in row.risks),
            ]
        )
    totals_sheet = workbook.create_sheet("Totals")
    totals_sheet.append(["date", "currency", "amount", "at_risk", "charges"])
    for total in forecast.totals:
        digits = minor_digits(total.currency)
        day_cell = _cell(totals_sheet, total.day, "yyyy-mm-dd")
        totals_sheet.append(
            [
                day_cell,
                total.currency,
                _number_cell(totals_sheet, total.amount_minor, digits),
                _number_cell(totals_sheet, total.at_risk_minor, digits),
                total.charges,
            ]
        )
    workbook.save(path)


def _number_cell(sheet: Any, minor: int, digits: int) -> Any:
    # Decimal keeps the amount exact on its way into the file.
    return _cell(sheet, Decimal(minor).scaleb(-digits), "#,##0" + ("." + "0" * digits if digits else ""))


def _cell(sheet: Any, value: Any, number_format: str) -> Any:
    """A cell with its format; openpyxl writes dates as dates and Decimals as numbers (its type stubs
    know neither, hence Any)."""
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell
