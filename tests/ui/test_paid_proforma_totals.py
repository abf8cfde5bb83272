"""A paid proforma some of whose lines were left out (already charged automatically) never reads as
paid for its printed total: the PDF shows what it was issued for, what was not charged and the
amount paid ("Paid ₪900.00 on … by bank transfer"); the Proformas tab's total is the amount paid,
with a tooltip saying what it was issued for and what was left out; Record payment says the amount
due is less than the printed total and why, and refuses the printed total typed in, saying why."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.app.documents import list_proformas, proforma_document
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import PaymentMethod
from desktop.core.fields import Field
from desktop.ui.changes import settle
from desktop.ui.customers.proformas_model import Column, ProformasModel, prepare_proformas
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.documents.pdf import render_pdf
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES, customer_id, service_id
from tests.jobs.helpers import card, customer, document, domain, hosting, load, run_with_a_mail_server

SOON = date(2026, 12, 2)


@pytest.fixture
def charged(sctx: AppContext, clock: ManualClock) -> int:
    """Proforma of levi.co.il (59.00) and levi-site (900.00); the due checks then charge levi.co.il."""
    site = hosting("s2", "levi-site", date(2027, 6, 1), period=24, installments=5)
    load(sctx, document([customer("dana", [domain("s1", "levi.co.il", SOON), site], cards=[card("v1")])]))
    ids = [service_id(sctx, "levi.co.il"), service_id(sctx, "levi-site")]
    [proforma] = issue_proformas(sctx, SALES, customer_id(sctx, "dana"), ids)
    run_with_a_mail_server(sctx, clock, SOON)  # the notice goes out, then the charge is made
    return proforma.number


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_the_paid_proformas_pdf_and_tab_show_the_amount_paid(
    qapp: QApplication, sctx: AppContext, charged: int, tmp_path: Path
) -> None:
    record_payment(sctx, SALES, charged, PaymentRequest(PaymentMethod.TRANSFER, amount_minor=90000))
    text = _text(render_pdf(proforma_document(sctx, SALES, charged)), tmp_path)

    assert "Not charged: this period was already charged automatically" in text
    assert "Total of the proforma ₪959.00" in text
    assert "Not charged (lines left out) -₪59.00" in text
    assert "Amount paid ₪900.00" in text
    assert re.search(r"Paid ₪900\.00 on \w+ \d+, 2026 by bank transfer", text)
    assert not re.search(r"(?<!of the proforma )Total ₪959\.00", text), "no bare total read as paid"

    model = ProformasModel()
    model.set_rows(prepare_proformas(list_proformas(sctx, SALES, customer_id(sctx, "dana"))))
    assert model.text_at(0, Column.TOTAL) == "₪900.00"
    tip = model.index(0, Column.TOTAL).data(Qt.ItemDataRole.ToolTipRole)
    assert "Paid ₪900.00; issued for ₪959.00, ₪59.00 left out: " in tip and "levi.co.il" in tip


@pytest.fixture
def dialog(qtbot: QtBot, sctx: AppContext, charged: int) -> Iterator[PaymentDialog]:
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    made = PaymentDialog(desk, tasks, charged)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.settled, timeout=20_000)
    yield made
    tasks.wait(30_000)
    settle(desk)
    made.close()


def test_record_payment_says_less_is_due_than_printed_and_refuses_the_printed_total(
    qtbot: QtBot, dialog: PaymentDialog
) -> None:
    due = dialog.due.text()
    assert due.startswith("Amount due: ₪900.00, less than the proforma's printed total ₪959.00")
    assert "1 line left out (" in due and "levi.co.il" in due and "₪59.00" in due

    dialog.amount.setText("959.00")
    dialog.amount.setModified(True)
    dialog.check()
    problem = dialog.amount_problem.text()
    assert problem.startswith("The amount must be the amount due: ₪900.00, not the printed ₪959.00: ")
    assert "levi.co.il" in problem and "left out" in problem
    assert not dialog.record_button.isEnabled()
    assert Field.PAYMENT_AMOUNT in dialog.problems()
