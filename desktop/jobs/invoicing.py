"""Writing a paid invoice (R16, R39, R40): its number from the series' gap-free sequence, taken in the
caller's transaction; snapshots of the addressee and of the issuer as they are now; a line per service
with the period it covers. The due checks and the payment of a proforma both write through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.core.codes import InvoiceStatus
from desktop.core.command_bounds import INVOICE_SERIES
from desktop.settings import Settings
from desktop.store.models import Contact, Customer
from desktop.store.upserts import take_numbers

if TYPE_CHECKING:
    from desktop.store.models import Invoice


def sequence_name(series: str) -> str:
    """The number sequence of an invoice series ("invoice" for the first series, as before R40)."""
    return "invoice" if series == INVOICE_SERIES else f"invoice:{series}"


@dataclass(frozen=True)
class Issuer:
    """The company as printed on a document when it is issued (settings company.*)."""

    name: str
    address: str | None
    tax_id: str | None

    @classmethod
    def of(cls, settings: Settings) -> Issuer:
        return cls(settings.company_name, settings.company_address or None, settings.company_tax_id or None)


@dataclass(frozen=True)
class Addressee:
    """Whom a document is made out to: the billing contact, or the account holder when none."""

    contact_id: int | None
    name: str
    company: str | None
    address: str | None
    tax_id: str | None
    email: str | None

    @classmethod
    def of(cls, customer: Customer, contact: Contact | None) -> Addressee:
        if contact is None:
            return cls(None, customer.name, None, customer.address, customer.tax_id, customer.email)
        return cls(
            contact.id,
            contact.name,
            contact.company,
            contact.address,
            contact.tax_id,
            contact.email or customer.email,
        )


@dataclass(frozen=True)
class Line:
    service_id: int | None
    description: str
    kind: str | None
    period_months: int
    period_from: date
    period_to: date
    amount_minor: int
    installments: int = 1


def take_invoice_numbers(session: Session, count: int, series: str = INVOICE_SERIES) -> list[int]:
    """`count` consecutive numbers of the series, given back if the transaction rolls back. On
    PostgreSQL the sequence row stays locked until the commit: numbers are handed out in commit order,
    with no gap and no duplicate, whichever workstation pays."""
    return take_numbers(session, sequence_name(series), count)


def write_invoice(
    session: Session,
    *,
    number: int,
    customer: Customer,
    addressee: Addressee,
    issuer: Issuer,
    lines: Sequence[Line],
    currency: str,
    issued_at: datetime,
    cycle_id: int | None = None,
    proforma_id: int | None = None,
    payment_id: int | None = None,
    series: str = INVOICE_SERIES,
) -> Invoice:
    """Adds the invoice and its lines to the session (written at its next flush)."""
    # Loaded when an invoice is written: the due engine imports this module, and a run that charges
    # nothing never loads the billing models (desktop/store/models/__init__.py).
    from desktop.store.models import Invoice, InvoiceLine

    assert lines, "an invoice has at least one line"
    first = lines[0]
    invoice = Invoice(
        series=series,
        number=number,
        customer_id=customer.id,
        billing_contact_id=addressee.contact_id,
        bill_to_name=addressee.name,
        bill_to_company=addressee.company,
        bill_to_address=addressee.address,
        bill_to_tax_id=addressee.tax_id,
        bill_to_email=addressee.email,
        issuer_name=issuer.name,
        issuer_address=issuer.address,
        issuer_tax_id=issuer.tax_id,
        language=customer.language,
        service_id=first.service_id,
        cycle_id=cycle_id,
        proforma_id=proforma_id,
        payment_id=payment_id,
        description=first.description if len(lines) == 1 else f"{len(lines)} services",
        period_months=first.period_months,
        period_from=min(line.period_from for line in lines),
        period_to=max(line.period_to for line in lines),
        installments=first.installments,
        currency=currency,
        total_minor=sum(line.amount_minor for line in lines),
        status=InvoiceStatus.PAID,
        issued_at=issued_at,
    )
    invoice.lines = [
        InvoiceLine(
            service_id=line.service_id,
            description=line.description,
            kind=line.kind,
            period_months=line.period_months,
            period_from=line.period_from,
            period_to=line.period_to,
            installments=line.installments,
            amount_minor=line.amount_minor,
        )
        for line in lines
    ]
    session.add(invoice)
    return invoice
