"""Finance's exports from the window (R21): what a tab shows (the upcoming charges its filters keep, or
the past results of its range), written to CSV or XLSX in the reader's language with progress and
cancel. The file appears whole or not at all; the audit log records who exported what."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from desktop.app import audit, documents, finance_export
from desktop.app.actor import Actor, Permission, require
from desktop.app.documents import InvoiceRow
from desktop.app.errors import UseCaseError
from desktop.app.export_files import ExportCancelled, checked_target, whole_file
from desktop.app.finance import Forecast, PastResults
from desktop.app.finance_export import MACHINE, Step, Wording
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode

FORMATS = ("csv", "xlsx")
_EVERY = 500  # rows between progress reports
Progress = Callable[[int, int], None]


def export_forecast(
    ctx: AppContext,
    actor: Actor,
    forecast: Forecast,
    path: str,
    file_format: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    wording: Wording = MACHINE,
) -> int:
    """Writes the rows of `forecast` to `path`; returns how many. Cancelled, it leaves no file."""
    return _export(
        ctx,
        actor,
        path,
        file_format,
        len(forecast.rows),
        lambda stream, step: finance_export.write_csv(forecast, stream, step, wording),
        lambda partial, step: finance_export.write_xlsx(forecast, partial, step, wording),
        "export.upcoming_charges",
        {"from": forecast.first_day.isoformat(), "to": forecast.last_day.isoformat()},
        progress,
        cancel,
    )


def export_past_results(
    ctx: AppContext,
    actor: Actor,
    results: PastResults,
    first_day: date,
    last_day: date,
    path: str,
    file_format: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    wording: Wording = MACHINE,
) -> int:
    """Writes the past results shown (charge dates `first_day` to `last_day`) to `path`; returns
    how many rows. Cancelled, it leaves no file."""
    return _export(
        ctx,
        actor,
        path,
        file_format,
        len(results.rows),
        lambda stream, step: finance_export.write_past_csv(results, stream, step, wording),
        lambda partial, step: finance_export.write_past_xlsx(results, partial, step, wording),
        "export.past_results",
        {"from": first_day.isoformat(), "to": last_day.isoformat()},
        progress,
        cancel,
    )


def _export(
    ctx: AppContext,
    actor: Actor,
    path: str,
    file_format: str,
    total: int,
    write_csv: Callable[[TextIO, Step], None],
    write_xlsx: Callable[[str, Step], None],
    action: str,
    what: dict[str, Any],
    progress: Progress | None,
    cancel: threading.Event | None,
) -> int:
    require(actor, Permission.EXPORT_DATA)
    if file_format not in FORMATS:
        raise UseCaseError(ErrorCode.EXPORT_FORMAT_UNKNOWN, format=file_format, known=", ".join(FORMATS))
    target = checked_target(path)

    def step(index: int) -> None:
        if index % _EVERY:
            return
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        if progress is not None:
            progress(index, total)

    with whole_file(target) as partial:
        _write(partial, file_format, write_csv, write_xlsx, step)
    if progress is not None:
        progress(total, total)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        audit.record(
            session,
            actor,
            now,
            action,
            "export",
            target.name,
            after={"format": file_format, "rows": total, **what},
        )
    return total


def _write(
    partial: Path,
    file_format: str,
    write_csv: Callable[[TextIO, Step], None],
    write_xlsx: Callable[[str, Step], None],
    step: Step,
) -> None:
    if file_format == "csv":
        # UTF-8 with a BOM, so that spreadsheet programs read Hebrew names right.
        with partial.open("w", encoding="utf-8-sig", newline="") as stream:
            write_csv(stream, step)
    else:
        write_xlsx(str(partial), step)


def export_invoices(
    ctx: AppContext,
    actor: Actor,
    path: str,
    file_format: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    customer_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    text: str = "",
    wording: Wording = MACHINE,
) -> int:
    """Writes every invoice the filter keeps (as documents.list_invoices reads them, newest first, all
    of them: the window shows a page) to `path`; returns how many. Cancelled, it leaves no file."""
    require(actor, Permission.EXPORT_DATA)
    invoices: list[InvoiceRow] = []
    while True:
        found = documents.list_invoices(
            ctx,
            actor,
            customer_id=customer_id,
            first=first,
            last=last,
            text=text,
            offset=len(invoices),
            limit=documents.MAX_INVOICE_PAGE,
        )
        invoices.extend(found.rows)
        if not found.rows or len(invoices) >= found.total:
            break
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
    return _export(
        ctx,
        actor,
        path,
        file_format,
        len(invoices),
        lambda stream, step: finance_export.write_invoices_csv(invoices, stream, step, wording),
        lambda partial, step: finance_export.write_invoices_xlsx(invoices, partial, step, wording),
        "export.invoices",
        {
            "from": first.isoformat() if first else None,
            "to": last.isoformat() if last else None,
            "filter": text or None,
        },
        progress,
        cancel,
    )
