"""The forecast and the past results as records, CSV, XLSX and JSON (R21).

A file a person opens speaks their language: the window passes a `Wording` with the column and sheet
titles and the words for the codes in the cells, translated where all the interface's texts are (its
catalogs); without one, a file keeps the stable machine names that scripts read (the command line).
Amounts are numbers and dates are dates; an XLSX sheet has its columns fitted to their content and its
header row frozen.

No cell a spreadsheet would execute: a text starting with =, +, -, @, a tab, a carriage return or a
line feed (also in full-width or other compatibility forms, and after spaces or invisible marks) is
escaped with a leading apostrophe."""

from __future__ import annotations

import contextlib
import csv
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.app.documents import InvoiceRow
from desktop.app.finance import Forecast, PastResults, UpcomingCharge
from desktop.core.codes import Risk
from desktop.core.money import format_amount, minor_digits

UPCOMING_COLUMNS = (
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
UPCOMING_TOTALS_COLUMNS = ("date", "currency", "amount", "at_risk", "charges")
PAST_COLUMNS = (
    "charge_date",
    "customer",
    "customer_name",
    "service",
    "outcome",
    "reason",
    "amount",
    "currency",
)
PAST_TOTALS_COLUMNS = ("outcome", "currency", "charges", "amount")
# Sheets are named for people even in a machine-named file (a workbook is always opened by one).
SHEETS = {"upcoming": "Upcoming charges", "past": "Past results", "totals": "Totals", "invoices": "Invoices"}

# Called before each row is written with its index: reports progress, and may raise to stop the export.
Step = Callable[[int], None]
Value = str | int | Decimal | date | None
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_WIDEST = 60  # characters: a long reason wraps in its cell rather than pushing the rest off screen
_NOT_IN_SHEET_NAMES = str.maketrans({ch: " " for ch in "[]:*?/\\"})


@dataclass(frozen=True)
class Wording:
    """The words of a file in its reader's language: `titles` by column key (and by sheet key, see
    SHEETS), `words` by group ("risk", "kind", "outcome", "reason") and code; what is missing stays
    as it is."""

    titles: Mapping[str, str] = field(default_factory=dict)
    words: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    right_to_left: bool = False

    def title(self, key: str) -> str:
        return self.titles.get(key) or SHEETS.get(key, key)

    def word(self, group: str, code: str | None) -> str:
        return "" if not code else self.words.get(group, {}).get(code, code)

    def risks(self, row: UpcomingCharge) -> str:
        return "; ".join(
            f"{self.word('risk', risk)}: {self.word('reason', row.attention)}"
            if risk == Risk.NEEDS_ATTENTION and row.attention
            else self.word("risk", risk)
            for risk in row.risks
        )


MACHINE = Wording()


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


def _amount(minor: int | None, currency: str) -> Decimal | None:
    # Decimal keeps the amount exact on its way into the file, with its currency's digits.
    return None if minor is None else Decimal(minor).scaleb(-minor_digits(currency))


def _expiry(month: int | None, year: int | None) -> str | None:
    return f"{month:02d}/{year}" if month and year else None


# -- the rows of each table, as typed values (one source for CSV and XLSX) ---------------------------


def _upcoming_rows(forecast: Forecast, wording: Wording) -> Iterator[list[Value]]:
    for row in forecast.rows:
        yield [
            row.customer_ref,
            row.customer_name,
            row.service,
            wording.word("kind", row.kind),
            row.charge_on,
            _amount(row.amount_minor, row.currency),
            row.currency,
            row.installments,
            row.card_brand,
            row.card_last4,
            _expiry(row.card_exp_month, row.card_exp_year),
            row.billing_contact,
            wording.risks(row),
        ]


def _upcoming_totals(forecast: Forecast, wording: Wording) -> Iterator[list[Value]]:
    for total in forecast.totals:
        yield [
            total.day,
            total.currency,
            _amount(total.amount_minor, total.currency),
            _amount(total.at_risk_minor, total.currency),
            total.charges,
        ]


def _past_rows(results: PastResults, wording: Wording) -> Iterator[list[Value]]:
    for row in results.rows:
        yield [
            row.charge_on,
            row.customer_ref,
            row.customer_name,
            row.service,
            wording.word("outcome", row.outcome),
            wording.word("reason", row.reason),
            _amount(row.amount_minor, row.currency),
            row.currency,
        ]


def _past_totals(results: PastResults, wording: Wording) -> Iterator[list[Value]]:
    for total in results.totals:
        yield [
            wording.word("outcome", total.outcome),
            total.currency,
            total.count,
            _amount(total.amount_minor, total.currency),
        ]


# -- records and JSON (the command line) ---------------------------------------------------------


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
            "card_expiry": _expiry(row.card_exp_month, row.card_exp_year),
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


# -- CSV -----------------------------------------------------------------------------------------


def _csv_text(value: Value) -> str:
    """Numbers and dates as a spreadsheet reads them; every text made safe."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | Decimal):
        return str(value)
    return safe_cell(value)


def _write_csv(
    stream: TextIO, columns: Sequence[str], rows: Iterable[list[Value]], wording: Wording, step: Step | None
) -> None:
    writer = csv.writer(stream)
    writer.writerow([safe_cell(wording.title(column)) for column in columns])
    for index, values in enumerate(rows):
        if step is not None:
            step(index)
        writer.writerow([_csv_text(value) for value in values])


def write_csv(
    forecast: Forecast, stream: TextIO, step: Step | None = None, wording: Wording = MACHINE
) -> None:
    _write_csv(stream, UPCOMING_COLUMNS, _upcoming_rows(forecast, wording), wording, step)


def write_past_csv(
    results: PastResults, stream: TextIO, step: Step | None = None, wording: Wording = MACHINE
) -> None:
    _write_csv(stream, PAST_COLUMNS, _past_rows(results, wording), wording, step)


# -- XLSX ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sheet:
    key: str
    columns: Sequence[str]
    rows: Callable[[], Iterable[list[Value]]]  # called twice: once to measure, once to write
    step: Step | None = None


def _number_format(value: Decimal) -> str:
    digits = -int(value.as_tuple().exponent)
    return "#,##0" + ("." + "0" * digits if digits > 0 else "")


def _shown_length(value: Value) -> int:
    """About how many characters the cell shows."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,}")
    return len(str(value))


def _cell(sheet: Any, value: Value) -> Any:
    """openpyxl writes dates as dates and Decimals as numbers (its type stubs know neither, hence Any)."""
    if isinstance(value, str):
        return safe_cell(value)
    if isinstance(value, date | Decimal):
        kept: Any = value
        cell = WriteOnlyCell(sheet, value=kept)
        cell.number_format = "yyyy-mm-dd" if isinstance(value, date) else _number_format(value)
        return cell
    return value


def _write_xlsx(path: str, sheets: Sequence[_Sheet], wording: Wording) -> None:
    """A workbook in write-only mode (rows stream to the file, memory stays flat): the widths and the
    frozen header are set before the first row, so the rows are measured in a first pass.

    The file is opened before any sheet is made, so a file that cannot be written is said before
    there is a half-written sheet; one given up on (cancelled, a full disk) is closed at once: left
    open, openpyxl's writer finishes it at exit into a closed file, with tracebacks."""
    with open(path, "wb") as stream:
        workbook = Workbook(write_only=True)
        try:
            _fill_workbook(workbook, sheets, wording)
            workbook.save(stream)
        except BaseException:
            for sheet in workbook.worksheets:
                if not sheet.closed:
                    with contextlib.suppress(Exception):
                        sheet.close()
            raise


def _fill_workbook(workbook: Workbook, sheets: Sequence[_Sheet], wording: Wording) -> None:
    bold = Font(bold=True)
    for spec in sheets:
        titles = [wording.title(column) for column in spec.columns]
        widths = [len(title) for title in titles]
        for values in spec.rows():
            for index, value in enumerate(values):
                widths[index] = max(widths[index], _shown_length(value))
        sheet = workbook.create_sheet(wording.title(spec.key).translate(_NOT_IN_SHEET_NAMES)[:31])
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = min(width, _WIDEST) + 2
        sheet.freeze_panes = "A2"
        sheet.sheet_view.rightToLeft = wording.right_to_left
        header = []
        for title in titles:
            cell = WriteOnlyCell(sheet, value=safe_cell(title))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for index, values in enumerate(spec.rows()):
            if spec.step is not None:
                spec.step(index)
            sheet.append([_cell(sheet, value) for value in values])


def write_xlsx(forecast: Forecast, path: str, step: Step | None = None, wording: Wording = MACHINE) -> None:
    _write_xlsx(
        path,
        (
            _Sheet("upcoming", UPCOMING_COLUMNS, lambda: _upcoming_rows(forecast, wording), step),
            _Sheet("totals", UPCOMING_TOTALS_COLUMNS, lambda: _upcoming_totals(forecast, wording)),
        ),
        wording,
    )


def write_past_xlsx(
    results: PastResults, path: str, step: Step | None = None, wording: Wording = MACHINE
) -> None:
    _write_xlsx(
        path,
        (
            _Sheet("past", PAST_COLUMNS, lambda: _past_rows(results, wording), step),
            _Sheet("totals", PAST_TOTALS_COLUMNS, lambda: _past_totals(results, wording)),
        ),
        wording,
    )


# -- invoices (R40): finance's list of all invoices ----------------------------------------------

INVOICE_COLUMNS = (
    "invoice",
    "issued_on",
    "customer",
    "customer_name",
    "bill_to",
    "from",
    "services",
    "amount",
    "currency",
)


def _invoice_rows(invoices: Sequence[InvoiceRow], wording: Wording) -> Iterator[list[Value]]:
    for row in invoices:
        source = (
            wording.word("source", "automatic")
            if row.automatic or row.proforma_number is None
            else f"{wording.word('source', 'proforma')} {row.proforma_number}"
        )
        yield [
            f"{row.series}-{row.number}",
            row.issued_on,  # the company's day, as printed on the invoice
            row.customer_ref,
            row.customer_name,
            row.bill_to_name,
            source,
            ", ".join(row.services),
            _amount(row.total_minor, row.currency),
            row.currency,
        ]


def write_invoices_csv(
    invoices: Sequence[InvoiceRow],
    stream: TextIO,
    step: Step | None = None,
    wording: Wording = MACHINE,
) -> None:
    _write_csv(stream, INVOICE_COLUMNS, _invoice_rows(invoices, wording), wording, step)


def write_invoices_xlsx(
    invoices: Sequence[InvoiceRow],
    path: str,
    step: Step | None = None,
    wording: Wording = MACHINE,
) -> None:
    sheet = _Sheet("invoices", INVOICE_COLUMNS, lambda: _invoice_rows(invoices, wording), step)
    _write_xlsx(path, (sheet,), wording)
