"""E-mail a proforma or an invoice to its billing contact (R40): one message through the outbox, in
the document's language, with the PDF attached as it was given, sent by the outbox like every other
e-mail (R31, R32), sent again with the same PDF, audited; refused whole when there is no such
document or no address."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from desktop.app.document_mail import email_document
from desktop.app.errors import UseCaseError
from desktop.app.outbox import resend
from desktop.bootstrap import AppContext
from desktop.core.codes import DocumentKind, ErrorCode, MailState
from desktop.jobs.invoicing import Addressee, Issuer, Line, take_invoice_numbers, write_invoice
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import Customer, OutboxAttachment, OutboxMessage, Proforma
from tests.app.helpers import ADMIN, FINANCE, SALES, contact, contact_id, customer_id
from tests.jobs.helpers import card, customer, document, domain, load
from tests.jobs.smtp_helpers import (
    SmtpServer,
    audit_actions,
    body,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

# A PDF as the window or the command line hands it over: the use case keeps its bytes as they are.
PDF = b"%PDF-1.4\n% a document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _load(ctx: AppContext, language: str = "en") -> None:
    built = customer(
        "levi",
        [domain("d1", "levi.co.il", date(2026, 12, 20), enabled=False)],
        cards=[card("v1")],
        contacts=[contact("k1", "Ronit Cohen", "Cohen Ltd")],
    )
    built["language"] = language
    load(ctx, document([built]))


def _proforma(ctx: AppContext, to_contact: bool = True) -> int:
    from desktop.app.proformas import issue_proformas

    contact = contact_id(ctx, "levi", "k1") if to_contact else None
    issued = issue_proformas(ctx, SALES, customer_id(ctx, "levi"), None, contact)
    return issued[0].number


def _invoice(ctx: AppContext) -> int:
    with ctx.db.transaction() as session:
        holder = session.scalars(select(Customer).where(Customer.ref == "levi")).one()
        number = take_invoice_numbers(session, 1)[0]
        write_invoice(
            session,
            number=number,
            customer=holder,
            addressee=Addressee.of(holder, None),
            issuer=Issuer.of(ctx.settings),
            lines=[Line(None, "levi.co.il", "domain", 12, date(2026, 12, 20), date(2027, 12, 20), 5900)],
            currency="ILS",
            issued_at=ctx.clock.now(),
        )
    return number


def _messages(ctx: AppContext) -> list[OutboxMessage]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def _attachments(ctx: AppContext) -> list[tuple[int, str, str, bytes]]:
    with ctx.db.reading() as session:
        return [
            (a.message_id, a.filename, a.content_type, bytes(a.content))
            for a in session.scalars(select(OutboxAttachment).order_by(OutboxAttachment.id))
        ]


def test_a_proforma_goes_to_its_billing_contact_with_the_pdf(ctx: AppContext, smtp: SmtpServer) -> None:
    _load(ctx)
    number = _proforma(ctx)
    point_smtp_at(ctx, smtp.port)
    outbox_id = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)

    (row,) = _messages(ctx)
    assert (row.id, row.kind, row.to_address, row.status) == (
        outbox_id,
        "proforma_document",
        "k1@billing.example",
        MailState.QUEUED.value,
    )
    assert _attachments(ctx) == [(outbox_id, f"proforma-{number}.pdf", "application/pdf", PDF)]
    (entry,) = audit_actions(ctx, "document.emailed")
    assert (entry.actor, entry.entity, entry.entity_id) == ("sara", "proforma", str(number))
    assert entry.after == {
        "to": "k1@billing.example",
        "outbox_id": outbox_id,
        "kind": "proforma_document",
        "number": str(number),
    }

    assert send_outbox(ctx).sent == 1
    (received,) = smtp.messages()
    assert received["To"] == "k1@billing.example"
    assert received["Subject"] == f"Proforma {number} from RenewDesk Hosting"
    assert "Hello Ronit Cohen," in body(received, "plain")
    assert f"Attached is proforma {number} for ₪59.00, valid until" in body(received, "plain")
    (pdf,) = [part for part in received.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == f"proforma-{number}.pdf"
    assert pdf.get_content() == PDF
    assert [r.status for r in _messages(ctx)] == [MailState.SENT.value]


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("he", "חשבונית מס", "מצורפת חשבונית מס"),
        ("es", "Factura", "Le adjuntamos la factura"),
    ],
)
def test_an_invoice_is_written_in_the_customers_language(
    ctx: AppContext, smtp: SmtpServer, language: str, subject: str, words: str
) -> None:
    """The account holder's invoice goes to the holder's address; finance may send it too."""
    _load(ctx, language)
    number = _invoice(ctx)
    point_smtp_at(ctx, smtp.port)
    email_document(ctx, FINANCE, DocumentKind.INVOICE, number, PDF)
    assert send_outbox(ctx).sent == 1
    (received,) = smtp.messages()
    assert received["To"] == "levi@example.com"
    assert received["Content-Language"] == language
    assert subject in received["Subject"] and f"INV-{number}" in received["Subject"]
    assert words in body(received, "plain")
    (pdf,) = list(received.iter_attachments())
    assert pdf.get_filename() == f"invoice-INV-{number}.pdf" and pdf.get_content() == PDF


def test_sending_again_sends_the_same_pdf(ctx: AppContext, smtp: SmtpServer) -> None:
    _load(ctx)
    number = _proforma(ctx)
    point_smtp_at(ctx, smtp.port)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    send_outbox(ctx)
    again = resend(ctx, SALES, first)
    assert send_outbox(ctx).sent == 1
    assert [m.get_filename() for message in smtp.messages() for m in message.iter_attachments()] == [
        f"proforma-{number}.pdf",
        f"proforma-{number}.pdf",
    ]
    assert [message_id for message_id, *_ in _attachments(ctx)] == [first, again.id]


def test_no_such_document_queues_nothing(ctx: AppContext) -> None:
    _load(ctx)
    with pytest.raises(UseCaseError) as refused:
        email_document(ctx, SALES, DocumentKind.PROFORMA, 999_999, PDF)
    assert (refused.value.code, refused.value.params["number"]) == (ErrorCode.PROFORMA_UNKNOWN, 999_999)
    with pytest.raises(UseCaseError) as refused:
        email_document(ctx, ADMIN, DocumentKind.INVOICE, 4242, PDF)
    assert (refused.value.code, refused.value.params["number"]) == (ErrorCode.INVOICE_UNKNOWN, "INV-4242")
    assert _messages(ctx) == [] and _attachments(ctx) == []
    assert audit_actions(ctx, "document.emailed") == []


def test_no_address_anywhere_queues_nothing(ctx: AppContext) -> None:
    """The document kept no address and the customer has none: DOCUMENT_NO_EMAIL names the addressee."""
    _load(ctx)
    number = _proforma(ctx, to_contact=False)
    with ctx.db.transaction() as session:
        session.execute(update(Proforma).where(Proforma.number == number).values(bill_to_email=None))
        session.execute(update(Customer).where(Customer.ref == "levi").values(email=""))
    with pytest.raises(UseCaseError) as refused:
        email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert refused.value.code is ErrorCode.DOCUMENT_NO_EMAIL
    assert refused.value.params["name"] == "Dana Levi"
    assert _messages(ctx) == [] and _attachments(ctx) == []


def test_the_address_kept_on_the_document_wins_over_the_customers_now(ctx: AppContext) -> None:
    """A document is sent where it was made out to (its snapshot), not where the customer is now."""
    _load(ctx)
    number = _proforma(ctx, to_contact=False)
    with ctx.db.transaction() as session:
        session.execute(update(Customer).where(Customer.ref == "levi").values(email="new@levi.example"))
    email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert [m.to_address for m in _messages(ctx)] == ["levi@example.com"]


def test_only_a_pdf_is_attached(ctx: AppContext) -> None:
    _load(ctx)
    number = _proforma(ctx)
    with pytest.raises(ValueError):
        email_document(ctx, SALES, DocumentKind.PROFORMA, number, b"<html>not a pdf</html>")
    assert _messages(ctx) == []
