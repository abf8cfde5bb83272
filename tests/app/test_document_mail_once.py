"""One e-mail of a document on its way at a time (R40, R32): while a proforma's or an invoice's
e-mail is queued or failing, asking again queues no second copy (the customer would get two once the
server answers) and names the one in the outbox; a sent one goes again only when asked for on
purpose; a given-up one never reached anybody and may be queued anew. The reason a connection
failed is named by a cause the windows can translate, not only by the system's English."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from desktop.app.document_mail import email_document
from desktop.app.errors import UseCaseError
from desktop.app.outbox import resend
from desktop.bootstrap import AppContext
from desktop.core.codes import DocumentKind, ErrorCode, MailState
from desktop.core.mail_failure import ConnectionCause, MailFailure, failure_reason
from desktop.jobs.invoicing import Addressee, Issuer, Line, take_invoice_numbers, write_invoice
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import Customer, OutboxMessage
from tests.app.helpers import SALES, contact, contact_id, customer_id
from tests.jobs.helpers import card, customer, document, domain, load
from tests.jobs.smtp_helpers import (
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

PDF = b"%PDF-1.4\n% a document\n%%EOF\n"


def _proforma(ctx: AppContext) -> int:
    from desktop.app.proformas import issue_proformas

    built = customer(
        "levi",
        [domain("d1", "levi.co.il", date(2026, 12, 20), enabled=False)],
        cards=[card("v1")],
        contacts=[contact("k1", "Ronit Cohen", "Cohen Ltd")],
    )
    load(ctx, document([built]))
    issued = issue_proformas(ctx, SALES, customer_id(ctx, "levi"), None, contact_id(ctx, "levi", "k1"))
    return issued[0].number


def _messages(ctx: AppContext) -> list[tuple[int, str]]:
    with ctx.db.reading() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(row.id, row.status) for row in rows]


def _refusal(ctx: AppContext, number: int, code: ErrorCode, *, again: bool = False) -> UseCaseError:
    with pytest.raises(UseCaseError) as caught:
        email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF, again=again)
    assert caught.value.code == code
    return caught.value


def test_a_queued_email_is_not_queued_twice(ctx: AppContext) -> None:
    number = _proforma(ctx)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    refusal = _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_QUEUED)
    assert refusal.params["outbox_id"] == first and refusal.params["state"] == "queued"
    assert refusal.params["address"] == "k1@billing.example"
    # Not even when asked to send again: that is for a sent one.
    _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_QUEUED, again=True)
    assert _messages(ctx) == [(first, "queued")]


def test_a_failing_email_is_not_queued_twice(ctx: AppContext, dead_smtp_port: int) -> None:
    number = _proforma(ctx)
    point_smtp_at(ctx, dead_smtp_port)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert send_outbox(ctx).failed == 1
    refusal = _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_QUEUED)
    assert refusal.params["outbox_id"] == first and refusal.params["state"] == "failing"
    assert _messages(ctx) == [(first, "failing")]


def test_a_sent_email_goes_again_only_on_purpose(ctx: AppContext, smtp: SmtpServer) -> None:
    number = _proforma(ctx)
    point_smtp_at(ctx, smtp.port)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert send_outbox(ctx).sent == 1
    refusal = _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_SENT)
    assert refusal.params["outbox_id"] == first
    assert _messages(ctx) == [(first, "sent")]
    again = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF, again=True)
    assert _messages(ctx) == [(first, "sent"), (again, "queued")]
    # And that copy, queued, is now the one on its way.
    assert _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_QUEUED).params["outbox_id"] == again


def test_a_copy_sent_again_from_the_emails_window_counts(ctx: AppContext, smtp: SmtpServer) -> None:
    number = _proforma(ctx)
    point_smtp_at(ctx, smtp.port)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    send_outbox(ctx)
    copy = resend(ctx, SALES, first)
    refusal = _refusal(ctx, number, ErrorCode.DOCUMENT_ALREADY_QUEUED, again=True)
    assert refusal.params["outbox_id"] == copy.id


def test_a_given_up_email_may_be_queued_anew(ctx: AppContext) -> None:
    number = _proforma(ctx)
    first = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    with ctx.db.transaction() as session:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id == first).values(status=MailState.GIVEN_UP.value)
        )
    second = email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    assert _messages(ctx) == [(first, "given_up"), (second, "queued")]


def test_an_invoice_follows_the_same_rule_and_other_documents_are_apart(ctx: AppContext) -> None:
    number = _proforma(ctx)
    with ctx.db.transaction() as session:
        holder = session.scalars(select(Customer).where(Customer.ref == "levi")).one()
        invoice = take_invoice_numbers(session, 1)[0]
        write_invoice(
            session,
            number=invoice,
            customer=holder,
            addressee=Addressee.of(holder, None),
            issuer=Issuer.of(ctx.settings),
            lines=[Line(None, "levi.co.il", "domain", 12, date(2026, 12, 20), date(2027, 12, 20), 5900)],
            currency="ILS",
            issued_at=ctx.clock.now(),
        )
    email_document(ctx, SALES, DocumentKind.PROFORMA, number, PDF)
    first = email_document(ctx, SALES, DocumentKind.INVOICE, invoice, PDF)  # another document
    with pytest.raises(UseCaseError) as caught:
        email_document(ctx, SALES, DocumentKind.INVOICE, invoice, PDF)
    assert caught.value.code == ErrorCode.DOCUMENT_ALREADY_QUEUED
    assert caught.value.params["outbox_id"] == first and caught.value.params["number"] == f"INV-{invoice}"


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        ("SMTP 127.0.0.1:1: [Errno 111] Connection refused", ConnectionCause.REFUSED),
        ("SMTP mail.example:25: [WinError 10061] No connection could be made", ConnectionCause.REFUSED),
        ("SMTP mail.example:25: timed out", ConnectionCause.TIMED_OUT),
        ("SMTP nowhere.example:25: [Errno -2] Name or service not known", ConnectionCause.NO_SUCH_HOST),
        ("SMTP 10.9.9.9:25: [Errno 101] Network is unreachable", ConnectionCause.UNREACHABLE),
        ("SMTP mail.example:25: Connection unexpectedly closed", ConnectionCause.CLOSED),
        ("SMTP mail.example:25: something else entirely", None),
    ],
)
def test_a_failed_connection_names_its_cause(error: str, cause: ConnectionCause | None) -> None:
    reason = failure_reason(error)
    assert reason.kind is MailFailure.SERVER_UNREACHABLE and reason.cause is cause


def test_a_server_that_answered_has_no_connection_cause() -> None:
    reason = failure_reason("SMTP mail.example:25: (535, b'5.7.8 Connection refused by policy')")
    assert reason.kind is MailFailure.SERVER_REFUSED and reason.cause is None
