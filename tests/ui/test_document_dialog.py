"""The document dialog (R40): a proforma or an invoice shown as it prints, in the document's language
whatever the window's; Save as PDF writes it, E-mail to the billing contact queues it with the PDF
attached; a payment recorded elsewhere while it is open shows as its stamp; an unknown number says so."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.desk import Desk
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.codes import DocumentKind, PaymentMethod
from desktop.store.models import OutboxAttachment, OutboxMessage
from desktop.ui.application import install_language
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES, audit_rows, contact, contact_id, customer_id
from tests.jobs.helpers import card, customer, document, domain, load

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
WAIT_MS = 20_000

Opener = Callable[..., DocumentDialog]


def _load(ctx: AppContext, language: str = "en", name: str = "Dana Levi") -> None:
    built = customer(
        "levi",
        [domain("d1", "levi.co.il", date(2026, 12, 20), enabled=False)],
        cards=[card("v1")],
        contacts=[contact("k1", "Ronit Cohen", "Cohen Ltd")],
        name=name,
    )
    built["language"] = language
    load(ctx, document([built]))


def _proforma(ctx: AppContext) -> int:
    issued = issue_proformas(ctx, SALES, customer_id(ctx, "levi"), None, contact_id(ctx, "levi", "k1"))
    return issued[0].number


@pytest.fixture
def desk(sctx: AppContext) -> Desk:
    return Desk(sctx, SALES)


@pytest.fixture
def open_dialog(qtbot: QtBot, desk: Desk) -> Iterator[Opener]:
    runners: list[TaskRunner] = []

    def open_it(kind: DocumentKind, number: int, *, loaded: bool = True) -> DocumentDialog:
        tasks = TaskRunner()
        runners.append(tasks)
        dialog = DocumentDialog(desk, tasks, kind, number)
        qtbot.addWidget(dialog)
        dialog.show()
        if loaded:
            qtbot.waitUntil(lambda: dialog.document is not None, timeout=WAIT_MS)
        return dialog

    yield open_it
    for tasks in runners:
        tasks.wait(WAIT_MS)


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    return " ".join(done.stdout.split())


def test_a_proforma_is_shown_saved_and_emailed(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(sctx)
    number = _proforma(sctx)
    dialog = open_dialog(DocumentKind.PROFORMA, number)
    assert dialog.windowTitle() == f"Proforma {number}"
    shown = " ".join(dialog.page.toPlainText().split())
    assert f"Proforma {number}" in shown and "Ronit Cohen" in shown and "levi.co.il" in shown
    assert dialog.email_button.isEnabled()
    assert dialog.email_button.toolTip() == "To k1@billing.example, with the PDF attached"

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(target), "PDF (*.pdf)")))
    dialog.pdf_button.click()
    assert dialog.outcome.text() == "Saved as saved.pdf."
    assert f"Proforma {number}" in _pdf_text(target) and "Ronit Cohen" in _pdf_text(target)

    dialog.email_button.click()
    assert not dialog.email_button.isEnabled()  # once per click, while it is queued
    qtbot.waitUntil(lambda: dialog.emailed_to is not None, timeout=WAIT_MS)
    assert dialog.outcome.text() == (
        "E-mail to k1@billing.example queued with the PDF attached; the outbox sends it."
    )
    with sctx.db.reading() as session:
        (message,) = session.scalars(select(OutboxMessage)).all()
        (attached,) = session.scalars(select(OutboxAttachment)).all()
    assert (message.kind, message.to_address) == ("proforma_document", "k1@billing.example")
    assert attached.filename == f"proforma-{number}.pdf" and bytes(attached.content)[:5] == b"%PDF-"
    assert [row.entity_id for row in audit_rows(sctx, "document.emailed")] == [str(number)]


def test_a_hebrew_customers_proforma_is_hebrew_in_an_english_window(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    _load(sctx, "he", "דנה לוי")
    number = _proforma(sctx)
    dialog = open_dialog(DocumentKind.PROFORMA, number)
    assert dialog.windowTitle() == f"Proforma {number}"  # the window's language
    text = dialog.page.toPlainText()
    assert "חשבון עסקה" in text and "מספר לקוח" in text  # the document's language
    assert "Customer number" not in text


def test_an_english_document_stays_english_in_a_spanish_window(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, open_dialog: Opener
) -> None:
    _load(sctx)
    number = _proforma(sctx)
    install_language(qapp, "es")
    dialog = open_dialog(DocumentKind.PROFORMA, number)
    assert dialog.windowTitle() == f"Proforma {number}"
    assert dialog.email_button.text() == "Enviar por correo al contacto de facturación"
    assert "Customer number" in dialog.page.toPlainText()


def test_a_payment_recorded_elsewhere_shows_as_paid(
    qtbot: QtBot, sctx: AppContext, desk: Desk, open_dialog: Opener
) -> None:
    _load(sctx)
    number = _proforma(sctx)
    dialog = open_dialog(DocumentKind.PROFORMA, number)
    assert "PAID" not in dialog.page.toPlainText()
    outcome = desk.call(record_payment, number, PaymentRequest(PaymentMethod.TRANSFER, reference="TRX-1"))
    qtbot.waitUntil(lambda: "[ PAID ]" in dialog.page.toPlainText(), timeout=WAIT_MS)
    assert "Reference: TRX-1" in dialog.page.toPlainText()

    invoice = open_dialog(DocumentKind.INVOICE, outcome.invoice_number)
    text = " ".join(invoice.page.toPlainText().split())
    assert f"Tax invoice INV-{outcome.invoice_number}" in text
    assert f"For proforma {number}" in text and "bank transfer" in text


def test_an_unknown_document_says_so_and_offers_nothing(
    qtbot: QtBot, sctx: AppContext, open_dialog: Opener
) -> None:
    _load(sctx)
    dialog = open_dialog(DocumentKind.PROFORMA, 424242, loaded=False)
    qtbot.waitUntil(lambda: bool(dialog.outcome.text()), timeout=WAIT_MS)
    assert dialog.outcome.text() == "There is no proforma 424242. Nothing was changed."
    assert not any(b.isEnabled() for b in (dialog.pdf_button, dialog.print_button, dialog.email_button))


def test_a_pdf_that_cannot_be_written_says_why_and_leaves_no_file(
    sctx: AppContext, open_dialog: Opener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(sctx)
    number = _proforma(sctx)
    dialog = open_dialog(DocumentKind.PROFORMA, number)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "no such folder" / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(target), "PDF (*.pdf)")))
    dialog.pdf_button.click()
    said = dialog.outcome.text()
    assert said.startswith("The PDF could not be saved as saved.pdf.") and "does not exist" in said
    assert not target.parent.exists() and list(out.iterdir()) == []

    folder = out / "a folder.pdf"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(folder), "PDF (*.pdf)")))
    dialog.pdf_button.click()
    assert dialog.outcome.text().startswith("The PDF could not be saved as a folder.pdf.")
    assert list(out.iterdir()) == [folder] and list(folder.iterdir()) == []
