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
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import finance_files
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.ui.application import install_language
from desktop.ui.finance.finance_window import FinanceWindow
from tests.app.helpers import FINANCE, SALES, audit_rows
from tests.jobs.helpers import customer, domain
from tests.ui.finance.conftest import FinanceFactory
from tests.ui.finance.helpers import (
    FORMULA_NAME,
    HEBREW_NAME,
    assert_fitted_and_frozen,
    load_finance,
    load_past,
)

ENGLISH_HEADER = [
    "Customer number",
    "Customer",
    "Service",
    "Kind",
    "Charge date",
    "Amount",
    "Currency",
    "Installments",
    "Card brand",
    "Card, last 4 digits",
    "Card expiry",
    "Billing contact",
    "Risks",
]


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
    assert window.export_note.text() == "5 rows written to safe.csv"
    assert window.export_note.toolTip() == str(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM, so that Excel reads UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        header, *_ = list(csv.reader(stream))
        stream.seek(0)
        records = list(csv.DictReader(stream))
    assert header == ENGLISH_HEADER  # issue 11: the titles a person reads, not machine names
    assert [
        (r["Customer number"], r["Service"], date.fromisoformat(r["Charge date"])) for r in records
    ] == shown
    by_service = {r["Service"]: r for r in records}
    assert by_service["moshe.co.il"]["Customer"] == HEBREW_NAME
    assert by_service["evil.com"]["Customer"] == "'" + FORMULA_NAME
    assert by_service["levi-site"]["Amount"] == "480.00" and by_service["levi-site"]["Currency"] == "ILS"
    assert by_service["levi-site"]["Installments"] == "3"
    assert by_service["levi-site"]["Kind"] == "Hosting"
    assert by_service["emma.com"]["Currency"] == "USD"
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
    assert window.export_note.text() == "7 rows written to chosen-name.xlsx"
    workbook = openpyxl.load_workbook(written)
    assert workbook.sheetnames == ["Upcoming charges", "Totals"]
    sheet = workbook["Upcoming charges"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert list(header) == ENGLISH_HEADER
    records = [dict(zip(header, values, strict=True)) for values in rows]
    assert [(r["Service"], cast(datetime, r["Charge date"]).date()) for r in records] == [
        (row.service, row.charge_on) for row in panel.charges()
    ]
    assert {r["Currency"] for r in records} == {"ILS"}
    by_service = {r["Service"]: r for r in records}
    assert Decimal(str(by_service["levi-site"]["Amount"])) == Decimal("480.00")
    assert by_service["levi-gold"]["Amount"] is None
    assert by_service["levi-gold"]["Risks"] == "No price"
    assert by_service["moshe.co.il"]["Customer"] == HEBREW_NAME
    assert_fitted_and_frozen(sheet)


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
    real_export = finance_files.export_forecast

    def held_export(
        ctx: Any, actor: Any, forecast: Any, path: str, kind: str, progress: Any, cancel: Any, **options: Any
    ) -> int:
        def held_progress(done: int, total: int) -> None:
            progress(done, total)
            reported.set()
            go_on.wait(20)  # the worker waits here until the test has pressed Cancel

        return real_export(ctx, actor, forecast, path, kind, held_progress, cancel, **options)

    monkeypatch.setattr(finance_files, "export_forecast", held_export)
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

    assert window.export_note.text() == "The export was cancelled; no file was written."
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
    assert window.export_note.text() == expected
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
    assert window.export_csv_action.toolTip() == "Your role may not do this."


def test_the_past_results_tab_exports_the_past_results(
    qtbot: QtBot,
    sctx: AppContext,
    clock: ManualClock,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue 11: the Past results tab's export wrote the upcoming charges. Each tab exports what it
    shows, for the range it shows, with the customers' names and the amounts at stake."""
    load_past(sctx, clock)
    window = open_finance(sctx, FINANCE)
    window.tabs.setCurrentWidget(window.past)
    assert window.export_xlsx_action.isEnabled()
    target = tmp_path / "past.xlsx"
    asked = save_to(monkeypatch, target)
    window.export_xlsx_action.trigger()
    wait_export(qtbot, window)

    assert Path(asked[0][0]).name == "past-results-2026-10-27-2026-11-26.xlsx"
    assert window.export_note.text() == "3 rows written to past.xlsx"
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Past results", "Totals"]
    sheet = workbook["Past results"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert list(header) == [
        "Charge date",
        "Customer number",
        "Customer",
        "Service",
        "Outcome",
        "Reason",
        "Amount",
        "Currency",
    ]
    assert [(cast(datetime, r[0]).date(), *r[1:]) for r in rows] == [
        (
            date(2026, 11, 10),
            "c-103",
            HEBREW_NAME,
            "late.co.il",
            "needs attention",
            "Charge date missed by more than the grace days",
            59,
            "ILS",
        ),
        (
            date(2026, 11, 26),
            "c-102",
            "Bea Bad",
            "bad.co.il",
            "charge failed",
            "Stopped: charge declined",
            59,
            "ILS",
        ),
        (date(2026, 11, 26), "c-101", "Gil Good", "good.co.il", "charged", None, 59, "ILS"),
    ]
    assert_fitted_and_frozen(sheet)
    totals = list(workbook["Totals"].iter_rows(values_only=True))
    assert totals == [
        ("Outcome", "Currency", "Charges", "Amount"),
        ("charged", "ILS", 1, 59),
        ("charge failed", "ILS", 1, 59),
        ("needs attention", "ILS", 1, 59),
    ]
    assert [row.after for row in audit_rows(sctx, "export.past_results")] == [
        {"format": "xlsx", "rows": 3, "from": "2026-10-27", "to": "2026-11-26"}
    ]
    assert audit_rows(sctx, "export.upcoming_charges") == []


def test_the_note_of_what_was_written_stays_in_view(
    qtbot: QtBot,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue 11: "Save as" confirmed nothing that stayed; the count and the file stay in the status
    bar whatever else it says meanwhile, until the next export."""
    load_finance(sctx)
    window = open_finance(sctx, FINANCE)
    save_to(monkeypatch, tmp_path / "all.csv")
    window.export_csv_action.trigger()
    wait_export(qtbot, window)
    window.statusBar().showMessage("Opening avi.com…", 10)
    window.refresh()
    qtbot.waitUntil(lambda: window.settled)
    qtbot.wait(50)
    assert window.export_note.isVisible()
    assert window.export_note.text() == "10 rows written to all.csv"


@pytest.mark.parametrize(
    ("language", "titles", "kinds", "risk"),
    [
        (
            "he",
            ("מספר לקוח", "לקוח", "שירות", "סוג", "מועד חיוב", "סכום", "מטבע"),
            {"דומיין", "אחסון"},
            "אין מחיר",
        ),
        (
            "es",
            ("Número de cliente", "Cliente", "Servicio", "Tipo", "Fecha de cobro", "Importe", "Moneda"),
            {"Dominio", "Alojamiento"},
            "Sin precio",
        ),
    ],
)
def test_an_xlsx_speaks_the_windows_language(
    qtbot: QtBot,
    qapp: QApplication,
    sctx: AppContext,
    open_finance: FinanceFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    language: str,
    titles: tuple[str, ...],
    kinds: set[str],
    risk: str,
) -> None:
    """Issue 11: the headers were machine names. In Hebrew and Spanish the titles, the sheets and the
    words in the cells are the window's; numbers and dates stay numbers and dates; a Hebrew sheet
    reads right to left."""
    load_finance(sctx)
    install_language(qapp, language)
    window = open_finance(sctx, FINANCE)
    target = tmp_path / "all.xlsx"
    save_to(monkeypatch, target)
    window.export_xlsx_action.trigger()
    wait_export(qtbot, window)

    workbook = openpyxl.load_workbook(target)
    sheet = workbook.worksheets[0]
    assert sheet.title == window.tabs.tabText(0)
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[: len(titles)] == titles
    assert {row[3] for row in rows} == kinds
    gold = next(row for row in rows if row[2] == "levi-gold")
    assert gold[-1] == risk
    assert isinstance(rows[0][4], datetime) and isinstance(rows[0][5], float | int)
    assert sheet.sheet_view.rightToLeft is (language == "he")
    assert_fitted_and_frozen(sheet)
