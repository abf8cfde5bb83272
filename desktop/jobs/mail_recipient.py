"""Where an e-mail to a customer goes: the address of the moment it is sent, not the one it was
queued with. A corrected address reaches every try, retry and "Send again" of a message still to
go; the outbox row is readdressed when it is sent, so it shows where it went. A document's e-mail
goes to its billing contact's address of the moment, else the customer's; a copy sent by staff to
an address they typed keeps that address; a staff e-mail (a test message) keeps its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import Contact, Customer

# The context key of a copy addressed by staff to an address they chose.
TYPED_ADDRESS = "typed_address"
_CUSTOMER_KINDS = frozenset(
    {
        "precharge_notice",
        "notice_updated",
        "card_check_failed",
        "charge_receipt",
        "charge_failed",
        "stopped_by_staff",
        "renew_link",
    }
)
_DOCUMENT_KINDS = frozenset({"proforma_document", "invoice_document"})


@dataclass(frozen=True)
class Addressed:
    """What of an outbox row the rule needs."""

    id: int
    kind: str
    customer_id: int
    to_address: str
    context: dict[str, Any]


def _document_addresses(session: Session, rows: list[Addressed]) -> dict[int, str | None]:
    """Each row's document's own address now: its billing contact's; None for a document to the
    account holder, or to a contact without an address or gone since (the customer's is used).
    Rows whose document is not found are left out. Two queries, however many rows."""
    # Named only here: a run with no document to send never loads the billing models.
    from desktop.store.models import Invoice, Proforma

    proformas: dict[tuple[int, int], list[int]] = {}  # (customer, number) -> rows
    invoices: dict[tuple[int, str, int], list[int]] = {}  # (customer, series, number) -> rows
    for row in rows:
        title = str(row.context.get("number", ""))
        series, _, number = title.rpartition("-")
        if row.kind == "proforma_document" and title.isdigit():
            proformas.setdefault((row.customer_id, int(title)), []).append(row.id)
        elif row.kind == "invoice_document" and series and number.isdigit():
            invoices.setdefault((row.customer_id, series, int(number)), []).append(row.id)
    found: dict[int, str | None] = {}
    if proformas:
        for customer_id, number, email in session.execute(
            select(Proforma.customer_id, Proforma.number, Contact.email)
            .outerjoin(Contact, Contact.id == Proforma.billing_contact_id)
            .where(Proforma.number.in_({number for _, number in proformas}))
        ):
            for row_id in proformas.get((customer_id, number), ()):
                found[row_id] = email or None
    if invoices:
        for customer_id, series, number, email in session.execute(
            select(Invoice.customer_id, Invoice.series, Invoice.number, Contact.email)
            .outerjoin(Contact, Contact.id == Invoice.billing_contact_id)
            .where(Invoice.number.in_({number for _, _, number in invoices}))
        ):
            for row_id in invoices.get((customer_id, series, number), ()):
                found[row_id] = email or None
    return found


def recipients(session: Session, rows: Iterable[Addressed]) -> dict[int, str]:
    """Each row's address now: its customer's current one unless the rule keeps the row's own."""
    followed = [
        row
        for row in rows
        if not row.context.get(TYPED_ADDRESS) and (row.kind in _CUSTOMER_KINDS or row.kind in _DOCUMENT_KINDS)
    ]
    if not followed:
        return {}
    emails: dict[int, str] = {
        customer_id: email
        for customer_id, email in session.execute(
            select(Customer.id, Customer.email).where(Customer.id.in_({row.customer_id for row in followed}))
        )
    }
    documents = _document_addresses(session, [row for row in followed if row.kind in _DOCUMENT_KINDS])
    addresses: dict[int, str] = {}
    for row in followed:
        if row.kind in _DOCUMENT_KINDS:
            if row.id not in documents:
                continue  # the document is not found: the address it was queued with stands
            address = documents[row.id] or emails.get(row.customer_id)
        else:
            address = emails.get(row.customer_id)
        if address and address.strip():
            addresses[row.id] = address.strip()
    return addresses
