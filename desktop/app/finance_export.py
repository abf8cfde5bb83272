"""The forecast as records, CSV and JSON (R21). No cell a spreadsheet would execute: a text starting
with =, +, -, @, a tab or a carriage return is escaped with a leading apostrophe."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from desktop.app.finance import Forecast
from desktop.core.money import format_amount

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
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


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


def write_csv(forecast: Forecast, stream: TextIO) -> None:
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for record in records(forecast):
        cells = []
        for column in COLUMNS:
            value = record[column]
            if isinstance(value, list):
                value = ";".join(value)
            text = "" if value is None else str(value)
            # Amounts and counts are numbers and stay as they are; every text is made safe.
            cells.append(text if column in ("amount", "installments") else safe_cell(text))
        writer.writerow(cells)
