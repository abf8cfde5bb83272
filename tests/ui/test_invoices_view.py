"""Finance's Invoices tab (R40): every paid invoice, automatic (R16) or from a proforma's payment (R39),
newest first, kept by a customer text and a range of issue days; exported whole to CSV and XLSX in the
reader's words, audited."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor
from desktop.app.desk import Desk
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import PaymentMethod
from desktop.ui.customers.invoices_model import Column
from desktop.ui.finance.finance_window import FinanceWindow
from tests.app.helpers import FINANCE, SALES, audit_rows, customer_id, service_id
from tests.jobs.helpers import customer, document, domain, hosting, load, run_with_a_mail_server
from tests.ui.driving import cell_text, row_count

SOON = date(2026, 12, 2)  # levi.co.il's check day: the due checks charge it automatically


@pytest.fixture
def open_finance(qtbot: QtBot) -> Iterator[Any]:
    windows: list[FinanceWindow] = []

    def make(context: AppContext, actor: Actor) -> FinanceWindow:
        window = FinanceWindow(Desk(context, actor))
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.settled, timeout=20_000)
        window.tabs.setCurrentWidget(window.invoices)
        return window

    yield make
    for window in windows:
        window.tasks.wait(30_000)
        window.close()
        window.deleteLater()


def _invoices(ctx: AppContext, clock: ManualClock) -> tuple[int, int]:
    """levi.co.il charged automatically on its day; the proformas of levi-site (Dana) and of noa.com
    (Noa) paid by transfer. Returns the two proformas' numbers."""
    load(
        ctx,
        document(
            [
                customer(
                    "dana",
                    [domain("s1", "levi.co.il", SOON), hosting("s2", "levi-site", date(2027, 6, 1))],
                ),
                customer("noa", [domain("n1", "noa.com", date(2027, 5, 1))], name="Noa Peretz"),
            ]
        ),
    )
    run_with_a_mail_server(ctx, clock, SOON)  # the notice goes out, then the charge is made
    numbers = []
    for ref, name in (("dana", "levi-site"), ("noa", "noa.com")):
        [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, ref), [service_id(ctx, name)])
        record_payment(ctx, SALES, proforma.number, PaymentRequest(PaymentMethod.TRANSFER))
        numbers.append(proforma.number)
    return numbers[0], numbers[1]


def _shown(window: FinanceWindow) -> list[tuple[str, str, str]]:
    table = window.invoices.table
    return [
        (
            cell_text(table, r, Column.NUMBER),
            cell_text(table, r, Column.CUSTOMER),
            cell_text(table, r, Column.SOURCE),
        )
        for r in range(row_count(table))
    ]


def test_every_invoice_newest_first_kept_by_customer_text_and_days(
    qtbot: QtBot, sctx: AppContext, clock: ManualClock, open_finance: Any
) -> None:
    dana, noa = _invoices(sctx, clock)
    window: FinanceWindow = open_finance(sctx, FINANCE)
    panel = window.invoices
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Invoices"
    shown = _shown(window)
    assert [source for _, _, source in shown] == [f"Proforma {noa}", f"Proforma {dana}", "Automatic charge"]
    assert [customer for _, customer, _ in shown] == ["Noa Peretz", "Dana Levi", "Dana Levi"]
    numbers = [number for number, _, _ in shown]
    assert all(number.startswith("INV-") for number in numbers) and len(set(numbers)) == 3
    assert panel.summary.text() == "3 invoices"

    panel.text.setText("peretz")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.settled)
    assert [customer for _, customer, _ in _shown(window)] == ["Noa Peretz"]

    panel.text.setText(numbers[-1])  # "INV-1001": the automatic charge's
    panel.refresh()
    qtbot.waitUntil(lambda: panel.settled)
    assert _shown(window) == [shown[-1]]

    panel.text.clear()
    panel.first.setDate(QDate(2026, 10, 1))
    panel.last.setDate(QDate(2026, 11, 30))
    panel.refresh()
    qtbot.waitUntil(lambda: panel.settled)
    assert _shown(window) == [] and panel.summary.text() == "0 invoices"
    assert not window.export_csv_action.isEnabled()

    panel.first.setDate(QDate(2026, 12, 3))
    panel.last.setDate(QDate(2026, 12, 2))
    panel.refresh()
    assert panel.notice.isVisible() and panel.notice.text() == "The first day comes after the last day."


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, kinds: str, *_: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(path), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_export_writes_every_invoice_the_filter_keeps_in_the_readers_words(
    qtbot: QtBot,
    sctx: AppContext,
    clock: ManualClock,
    open_finance: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dana, noa = _invoices(sctx, clock)
    window: FinanceWindow = open_finance(sctx, FINANCE)
    target = tmp_path / "invoices.csv"
    asked = _save_to(monkeypatch, target)
    assert window.export_csv_action.isEnabled()
    window.export_csv_action.trigger()
    qtbot.waitUntil(lambda: window.export_job is None, timeout=20_000)

    assert Path(asked[0]).name == "invoices-2026-11-01-2026-12-02.csv"
    assert window.export_note.text() == "3 rows written to invoices.csv"
    with target.open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert list(records[0]) == [
        "Invoice",
        "Date",
        "Customer number",
        "Customer",
        "Addressed to",
        "From",
        "Services",
        "Amount",
        "Currency",
    ]
    assert [(r["Customer number"], r["From"], r["Services"], r["Amount"]) for r in records] == [
        ("noa", f"Proforma {noa}", "noa.com", "45.50"),
        ("dana", f"Proforma {dana}", "levi-site", "480.00"),
        ("dana", "Automatic charge", "levi.co.il", "59.00"),
    ]
    assert {r["Date"] for r in records} == {"2026-12-02"}
    assert [row.after for row in audit_rows(sctx, "export.invoices")] == [
        {"format": "csv", "rows": 3, "from": "2026-11-01", "to": "2026-12-02", "filter": None}
    ]

    workbook_path = tmp_path / "invoices.xlsx"
    _save_to(monkeypatch, workbook_path)
    window.export("xlsx")
    qtbot.waitUntil(lambda: window.export_job is None, timeout=20_000)
    sheet = load_workbook(workbook_path).active
    assert sheet is not None and sheet.title == "Invoices"
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[0][0] == "Invoice"
    assert rows[3][5] == "Automatic charge" and str(rows[3][7]) in ("59", "59.0")
