"""Finance's exports from the window (R21): the forecast shown, written to CSV or XLSX with progress
and cancel. The file appears whole or not at all; the audit log records who exported what."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.app import audit, finance_export
from desktop.app.actor import Actor, Permission, require
from desktop.app.errors import UseCaseError
from desktop.app.export_files import ExportCancelled, checked_target, whole_file
from desktop.app.finance import Forecast
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode

FORMATS = ("csv", "xlsx")
_EVERY = 500  # rows between progress reports


def export_forecast(
    ctx: AppContext,
    actor: Actor,
    forecast: Forecast,
    path: str,
    file_format: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Writes the rows of `forecast` to `path`; returns how many. Cancelled, it leaves no file."""
    require(actor, Permission.EXPORT_DATA)
    if file_format not in FORMATS:
        raise UseCaseError(ErrorCode.EXPORT_FORMAT_UNKNOWN, format=file_format, known=", ".join(FORMATS))
    target = checked_target(path)
    total = len(forecast.rows)

    def step(index: int) -> None:
        if index % _EVERY:
            return
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        if progress is not None:
            progress(index, total)

    with whole_file(target) as partial:
        if file_format == "csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as stream:
                finance_export.write_csv(forecast, stream, step)
        else:
            finance_export.write_xlsx(forecast, str(partial), step)
    if progress is not None:
        progress(total, total)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        audit.record(
            session,
            actor,
            now,
            "export.upcoming_charges",
            "export",
            target.name,
            after={
                "format": file_format,
                "rows": total,
                "from": forecast.first_day.isoformat(),
                "to": forecast.last_day.isoformat(),
            },
        )
    return total
