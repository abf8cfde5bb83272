"""Exports from the finance window (R21): exactly the rows the filters keep, to CSV (UTF-8 with a BOM,
Hebrew intact, no cell a spreadsheet would execute) or XLSX; off the GUI thread with progress and
Cancel; a cancelled export leaves no file."""

from __future__ import annotations

import csv
import threading
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app.finance import Forecast
from desktop.bootstrap import AppContext
from desktop.ui.finance.finance_window import FinanceWindow
from tests.app.helpers import FINANCE, SALES, audit_rows
from tests.jobs.helpers import customer, domain
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import FORMULA_NAME, HEBREW_NAME, load_finance


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str]]:
    """QFileDialog.getSaveFileName answers `path`; returns what it was asked (suggested file, kinds)."""
    asked: list[tuple[str, str]] = []

    def answer(_parent: Any, _title: str, suggested: str, kinds: str, *_: Any) -> tuple[str, str]:
        asked.append((suggested, kinds))
        return str(path), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def wait_export(qtbot: QtBot, window: FinanceWindow) -> None:
    qtbot.waitUntil(lambda: window.export_job is None, timeout=20_000)


def test_csv_holds_exactly_the_rows_shown(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    panel = window.upcoming
    panel.risk.setCurrentIndex(panel.risk.findData("safe"))
    qtbot.waitUntil(lambda: window.settled)
    shown = [(row.customer_ref, row.service, row.charge_on) for row in panel.charges()]
    assert len(shown) == 5
    target = tmp_path / "safe.csv"
    asked = save_to(monkeypatch, target)
    assert window.export_csv_action.isEnabled()
    window.export_csv_action.trigger()
    wait_export(qtbot, window)

    assert Path(asked[0][0]).name == "upcoming-charges-2026-11-24.csv"
    assert "*.csv" in asked[0][1]
    assert window.statusBar().currentMessage() == "5 rows written to safe.csv"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM, so that Excel reads UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert [(r["customer"], r["service"], date.fromisoformat(r["charge_date"])) for r in records] == shown
    by_service = {r["service"]: r for r in records}
    assert by_service["moshe.co.il"]["customer_name"] == HEBREW_NAME
    assert by_service["evil.com"]["customer_name"] == "'" + FORMULA_NAME
    assert by_service["levi-site"]["amount"] == "480.00" and by_service["levi-site"]["currency"] == "ILS"
    assert by_service["levi-site"]["installments"] == "3"
    assert by_service["emma.com"]["currency"] == "USD"
    assert [row.after for row in audit_rows(sctx, "export.upcoming_charges")] == [
        {"format": "csv", "rows": 5, "from": "2026-11-17", "to": "2026-12-24"}
    ]


def test_xlsx_holds_the_rows_with_numbers_and_dates(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    panel = window.upcoming
    panel.currency.setCurrentIndex(panel.currency.findData("ILS"))
    qtbot.waitUntil(lambda: window.settled)
    target = tmp_path / "chosen-name"  # no suffix typed: the format's is added
    save_to(monkeypatch, target)
    window.export_xlsx_action.trigger()
    wait_export(qtbot, window)

    written = tmp_path / "chosen-name.xlsx"
    assert window.statusBar().currentMessage() == "7 rows written to chosen-name.xlsx"
    workbook = openpyxl.load_workbook(written)
    header, *rows = list(workbook["Upcoming charges"].iter_rows(values_only=True))
    records = [dict(zip(header, values, strict=True)) for values in rows]
    assert [(r["service"], cast(datetime, r["charge_date"]).date()) for r in records] == [
        (row.service, row.charge_on) for row in panel.charges()
    ]
    assert {r["currency"] for r in records} == {"ILS"}
    by_service = {r["service"]: r for r in records}
    assert Decimal(str(by_service["levi-site"]["amount"])) == Decimal("480.00")
    assert by_service["levi-gold"]["amount"] is None
    assert by_service["moshe.co.il"]["customer_name"] == HEBREW_NAME


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    # Enough rows for the export to look at the cancel button again after its first progress report.
    many = customer(
        "many",
        [
            domain(f"m{i}", f"site-{i:04d}.com", date(2026, 11, 25) + timedelta(days=i % 28))
            for i in range(600)
        ],
    )
    load_finance(sctx, [many])
    window = open_finance(sctx, FINANCE)
    assert len(window.upcoming.charges()) > 600
    target = tmp_path / "big.csv"
    save_to(monkeypatch, target)
    reported, go_on = threading.Event(), threading.Event()
    real_export = window.workspace.export_forecast

    def held_export(
        forecast: Forecast, path: str, file_format: str, progress: Any = None, cancel: Any = None
    ) -> int:
        def held_progress(done: int, total: int) -> None:
            progress(done, total)
            reported.set()
            go_on.wait(20)  # the worker waits here until the test has pressed Cancel

        return real_export(forecast, path, file_format, progress=held_progress, cancel=cancel)

    monkeypatch.setattr(window.workspace, "export_forecast", held_export)
    window.export_csv_action.trigger()
    job = window.export_job
    assert job is not None and job.progress.isVisible()
    assert not window.export_csv_action.isEnabled()  # one export at a time
    qtbot.waitUntil(reported.is_set)
    cancel_button = job.progress.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    go_on.set()
    wait_export(qtbot, window)

    assert window.statusBar().currentMessage() == "The export was cancelled; no file was written."
    assert [p.name for p in tmp_path.iterdir() if "big" in p.name] == []  # nor a partial one
    assert message_boxes == []  # a cancel is no failure
    assert audit_rows(sctx, "export.upcoming_charges") == []
    assert window.export_csv_action.isEnabled()


def test_a_failed_export_says_why(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    message_boxes: list[tuple[str, str]],
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    missing = tmp_path / "no-such-folder" / "x.csv"
    save_to(monkeypatch, missing)
    window.export_csv_action.trigger()
    wait_export(qtbot, window)
    expected = f"The folder {missing.parent} does not exist. Choose another place for the file."
    assert window.statusBar().currentMessage() == expected
    assert message_boxes == [("RenewDesk", expected)]
    assert not missing.parent.exists()


def test_nothing_asked_nothing_written(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: ("", "")))
    window.export_csv_action.trigger()
    assert window.export_job is None
    assert audit_rows(sctx, "export.upcoming_charges") == []


def test_no_export_without_the_right_to_export(sctx: AppContext, open_finance: FinanceFactory) -> None:
    load_finance(sctx)
    window = open_finance(sctx, SALES)
    assert not window.export_csv_action.isEnabled()
    assert not window.export_xlsx_action.isEnabled()
    assert window.export_csv_action.toolTip() == "Your role may not do this"
