"""E-mail a proforma or an invoice to its billing contact with the PDF attached (R40): one message
through the outbox (R31, R32: queued, sent, failing, given up, like every other e-mail), addressed
to the e-mail kept on the document when it was issued, else the customer's as it is now. The PDF is
kept beside the message, so what is sent, and sent again, is what the person saw."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import DocumentKind, ErrorCode, MailState
from desktop.core.plain_text import shown
from desktop.store.models import INVOICE_SERIES, Customer, Invoice, OutboxAttachment, OutboxMessage, Proforma

MAIL_KIND = {DocumentKind.PROFORMA: "proforma_document", DocumentKind.INVOICE: "invoice_document"}
PDF_TYPE = "application/pdf"
# Far above any proforma's or invoice's PDF (tens of kB): a guard against attaching something else.
MAX_PDF_BYTES = 10 * 1024 * 1024


def _document(session: Session, kind: DocumentKind, number: int, series: str) -> Proforma | Invoice:
    # Locked: two clicks (or two workstations) at once see each other's message, not none.
    if kind is DocumentKind.PROFORMA:
        proforma = session.scalar(select(Proforma).where(Proforma.number == number).with_for_update())
        if proforma is None:
            raise UseCaseError(ErrorCode.PROFORMA_UNKNOWN, number=number)
        return proforma
    invoice = session.scalar(
        select(Invoice).where(Invoice.series == series, Invoice.number == number).with_for_update()
    )
    if invoice is None:
        raise UseCaseError(ErrorCode.INVOICE_UNKNOWN, number=f"{series}-{number}")
    return invoice


def document_title(kind: DocumentKind, number: int, series: str = INVOICE_SERIES) -> str:
    """The number as printed: "1001" for a proforma, "INV-1001" for an invoice."""
    return str(number) if kind is DocumentKind.PROFORMA else f"{series}-{number}"


def file_name(kind: DocumentKind, number: int, series: str = INVOICE_SERIES) -> str:
    return f"{kind.value}-{document_title(kind, number, series)}.pdf"


def _dedupe_prefix(kind: DocumentKind, title: str) -> str:
    return f"document:{kind.value}:{title}:"


def _earlier(session: Session, kind: DocumentKind, title: str) -> list[OutboxMessage]:
    """The document's e-mails so far, newest first: those queued for it and the copies the E-mails
    window sent again of them (Send again makes a message of its own that points at the first)."""
    found = list(
        session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.kind == MAIL_KIND[kind],
                OutboxMessage.dedupe_key.startswith(_dedupe_prefix(kind, title), autoescape=True),
            )
        )
    )
    ids = {row.id for row in found}
    while ids:
        copies = list(session.scalars(select(OutboxMessage).where(OutboxMessage.resend_of.in_(ids))))
        ids = {row.id for row in copies} - {row.id for row in found}
        found.extend(row for row in copies if row.id in ids)
    return sorted(found, key=lambda row: row.id, reverse=True)


def _state(row: OutboxMessage) -> MailState:
    # Rows of a database older than 0004 said "pending" for a message not sent yet.
    return MailState.QUEUED if row.status == "pending" else MailState(row.status)


def _refuse_a_second_copy(earlier: list[OutboxMessage], title: str, again: bool) -> None:
    """One e-mail of a document on its way at a time: a copy queued beside a queued or failing one
    would reach the customer twice once the server answers (Retry now in the E-mails window is the
    way to push the first). A sent one goes again only when asked for on purpose (`again`); a
    given-up one never reached anybody and may be queued anew."""
    waiting = [row for row in earlier if _state(row) in (MailState.QUEUED, MailState.FAILING)]
    if waiting:
        row = waiting[0]
        raise UseCaseError(
            ErrorCode.DOCUMENT_ALREADY_QUEUED,
            number=title,
            address=row.to_address,
            outbox_id=row.id,
            state=_state(row).value,
        )
    sent = [row for row in earlier if _state(row) is MailState.SENT]
    if sent and not again:
        row = sent[0]
        raise UseCaseError(
            ErrorCode.DOCUMENT_ALREADY_SENT,
            number=title,
            address=row.to_address,
            outbox_id=row.id,
            sent_at=row.sent_at.isoformat() if row.sent_at else "",
        )


@announces(Change.MAIL)
def email_document(
    ctx: AppContext,
    actor: Actor,
    kind: DocumentKind,
    number: int,
    pdf: bytes,
    series: str = INVOICE_SERIES,
    *,
    again: bool = False,
) -> int:
    """Queues the e-mail with `pdf` attached; returns the outbox message's id. Refused with
    DOCUMENT_NO_EMAIL when neither the document nor the customer has an address, with
    DOCUMENT_ALREADY_QUEUED while an e-mail of it is queued or failing (its outbox_id and state in
    the refusal), and with DOCUMENT_ALREADY_SENT when one was sent, unless `again`."""
    require(actor, Permission.EMAIL_DOCUMENTS)
    kind = DocumentKind(kind)
    if not pdf.startswith(b"%PDF-") or len(pdf) > MAX_PDF_BYTES:
        raise ValueError("the attachment is not a PDF of a document")
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        document = _document(session, kind, number, series)
        customer = session.get(Customer, document.customer_id)
        assert customer is not None  # a document goes with its customer (ON DELETE CASCADE)
        written = document.bill_to_email or customer.email
        if not written or not written.strip():
            raise UseCaseError(ErrorCode.DOCUMENT_NO_EMAIL, name=shown(document.bill_to_name))
        try:
            address = mail_address(written)
        except AddressError as exc:
            raise UseCaseError(ErrorCode.EMAIL_INVALID, address=shown(exc.text), detail=exc.reason) from None
        title = document_title(kind, number, series)
        _refuse_a_second_copy(_earlier(session, kind, title), title, again)
        valid_until = document.valid_until if isinstance(document, Proforma) else None
        message = OutboxMessage(
            # A message of its own each time the document is sent again on purpose.
            dedupe_key=f"{_dedupe_prefix(kind, title)}{uuid.uuid4().hex}",
            kind=MAIL_KIND[kind],
            customer_id=customer.id,
            service_id=None,  # a document's e-mail carries no renewal links
            cycle_id=None,
            language=document.language,
            to_address=address,
            context={
                "customer_name": document.bill_to_name,
                "number": title,
                "total_minor": document.total_minor,
                "currency": document.currency,
                "valid_until": valid_until.isoformat() if valid_until else None,
            },
            status=MailState.QUEUED.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        session.add(message)
        session.flush()
        session.add(
            OutboxAttachment(
                message_id=message.id,
                filename=file_name(kind, number, series),
                content_type=PDF_TYPE,
                content=pdf,
            )
        )
        audit.record(
            session,
            actor,
            now,
            "document.emailed",
            kind.value,
            title,
            customer_id=customer.id,
            after={"to": address, "outbox_id": message.id, "kind": MAIL_KIND[kind], "number": title},
        )
        return message.id
