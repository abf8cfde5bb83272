"""Finance speed (issue 6), figures printed, never a timed test: on 1,000,000 services whose expiries
are spread over a year, the 30-day forecast, the finance window's table of it (prepared on the worker
thread, then shown, sorted and filtered on the GUI thread), and CSV and XLSX exports of about 100,000
rows, with the peak memory of the process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/finance.py [--services 1000000]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import NoSecrets, build_domains  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.finance import Forecast, ForecastFilter, upcoming_charges  # noqa: E402
from desktop.app.finance_export import write_csv, write_xlsx  # noqa: E402
from desktop.bootstrap import build_context  # noqa: E402

TODAY = date(2027, 1, 1)
PER_CUSTOMER = 10


def build(url: str, services: int) -> None:
    # Expiries spread over a year, card expiries over three; names that a spreadsheet would execute.
    build_domains(
        url,
        services,
        lambda i: TODAY + timedelta(days=i % 365),
        per_customer=PER_CUSTOMER,
        card_expiry=lambda i: (1 + i % 12, 2027 + i % 3),
        name_prefix="=Customer",
    )


def window_figures(forecast: Forecast) -> None:
    """The upcoming charges table of the finance window on the forecast: what runs on the worker thread
    (texts and sort keys of every row, a filter's selection) and what the GUI thread does with it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from desktop.ui.application import application, install_language
    from desktop.ui.finance.upcoming_model import Column, UpcomingModel, prepare_upcoming, select
    from desktop.ui.table_model import SortingProxy

    app = application()
    install_language(app, "en")
    started = time.perf_counter()
    prepared = prepare_upcoming(forecast)
    print(
        f"window, worker thread: {len(forecast.rows)} rows prepared in {time.perf_counter() - started:.2f} s"
    )
    started = time.perf_counter()
    selection = select(prepared, ForecastFilter(customer="7"))
    print(
        f"window, worker thread: a filter keeps {len(selection.indices)} rows "
        f"in {time.perf_counter() - started:.2f} s"
    )
    model = UpcomingModel()
    proxy = SortingProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    for label, step in (
        ("shown", lambda: model.set_rows(prepared.table)),
        ("sorted by amount", lambda: model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)),
        ("sorted by date", lambda: model.sort(Column.CHARGE_ON, Qt.SortOrder.AscendingOrder)),
        ("filtered", lambda: model.set_shown(selection.indices)),
        ("unfiltered", lambda: model.set_shown(range(len(forecast.rows)))),
    ):
        started = time.perf_counter()
        step()
        view.repaint()
        app.processEvents()
        print(f"window, GUI thread: {label} in {time.perf_counter() - started:.3f} s")
    view.close()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=1_000_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'finance.sqlite3'}"
        started = time.perf_counter()
        build(url, options.services)
        elapsed = time.perf_counter() - started
        print(f"built {options.services} services: {elapsed:.0f} s; peak {peak_mib():.0f} MiB")
        ctx = build_context(url, secrets=NoSecrets())
        finance = Actor("bench", Role.FINANCE)
        started = time.perf_counter()
        forecast = upcoming_charges(ctx, finance, TODAY, 30)
        print(
            f"30-day forecast: {len(forecast.rows)} charges in {time.perf_counter() - started:.2f} s; "
            f"peak {peak_mib():.0f} MiB"
        )
        days = max(1, round(100_000 * 365 / options.services))
        export = upcoming_charges(ctx, finance, TODAY, days)
        started = time.perf_counter()
        buffer = io.StringIO()
        write_csv(export, buffer)
        print(
            f"CSV of {len(export.rows)} rows: {time.perf_counter() - started:.2f} s "
            f"({len(buffer.getvalue()) / 1e6:.1f} MB); peak {peak_mib():.0f} MiB"
        )
        del buffer
        started = time.perf_counter()
        write_xlsx(export, str(Path(folder) / "upcoming.xlsx"))
        elapsed = time.perf_counter() - started
        print(f"XLSX of {len(export.rows)} rows: {elapsed:.2f} s; peak {peak_mib():.0f} MiB")
        # Last, so that the exports' peak memory above is theirs alone.
        del export
        window_figures(forecast)
        print(f"peak {peak_mib():.0f} MiB")
        ctx.close()


if __name__ == "__main__":
    main()
