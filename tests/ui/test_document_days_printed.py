"""What a proforma and its invoice print, and what the account's tabs show, is the company's day of
issue (hostile test 14, defect 15): in Los Angeles at 01:30 UTC, still November 30 there, a proforma
printed "December 1, 2026" beside "Valid until December 30, 2026", and its invoice December 1 beside
"paid on 30 November"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QApplication

from desktop.app.config import set_setting
from desktop.app.documents import invoice_document, list_invoices, list_proformas, proforma_document
from desktop.app.payments import PaymentRequest, record_payment
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import PaymentMethod
from desktop.ui.customers.invoices_model import prepare_invoices
from desktop.ui.customers.proformas_model import prepare_proformas
from desktop.ui.documents.document_html import document_html
from desktop.ui.documents.document_words import DocumentWords
from desktop.ui.formatting import day
from tests.app.helpers import ADMIN, FINANCE, SALES, customer_id
from tests.jobs.helpers import customer, document, domain, load

COMPANY_DAY, UTC_DAY = date(2026, 11, 30), date(2026, 12, 1)


def test_documents_and_tabs_show_the_companys_day(
    qapp: QApplication, sctx: AppContext, clock: ManualClock
) -> None:
    load(sctx, document([customer("dana", [domain("s1", "levi.co.il", date(2027, 6, 1))])]))
    set_setting(sctx, ADMIN, "timezone", "America/Los_Angeles")
    clock.set(datetime(2026, 12, 1, 1, 30, tzinfo=UTC))
    dana = customer_id(sctx, "dana")
    [issued] = issue_proformas(sctx, SALES, dana)
    paid = record_payment(sctx, SALES, issued.number, PaymentRequest(PaymentMethod.TRANSFER, reference="B-1"))

    words = DocumentWords("en")
    proforma_page = document_html(proforma_document(sctx, FINANCE, issued.number), words)
    invoice_page = document_html(invoice_document(sctx, FINANCE, paid.invoice_number), words)
    for page in (proforma_page, invoice_page):
        assert words.day(COMPANY_DAY) in page and words.day(UTC_DAY) not in page
    assert words.day(date(2026, 12, 30)) in proforma_page  # valid 30 days from the day printed

    proformas = prepare_proformas(list_proformas(sctx, FINANCE, dana))
    invoices = prepare_invoices(list_invoices(sctx, FINANCE).rows)
    assert proformas.texts[0][1] == invoices.texts[0][1] == day(COMPANY_DAY)
