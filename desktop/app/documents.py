"""Proformas and invoices as documents (R39, R40): what a window lists, what a PDF prints, what an
e-mail attaches. Documents are read as they were issued (their snapshots), never as the customer,
contact or settings are now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.codes import DocumentKind, LeftOut, PaymentMethod, ProformaStatus


@dataclass(frozen=True)
class Party:
    """An addressee or the issuer, as on the document."""

    name: str
    company: str | None
    address: str | None  # several lines, "\n" between them
    tax_id: str | None
    email: str | None = None


@dataclass(frozen=True)
class DocumentLine:
    service_id: int | None
    description: str  # the service's name (a domain is printed whole, left to right)
    kind: str | None  # "domain" | "hosting" | None (unknown)
    period_months: int
    period_from: date | None  # the period the line covers (None on proformas issued before R40)
    period_to: date | None
    amount_minor: int
    installments: int = 1
    left_out: LeftOut | None = None  # a paid proforma's line that was not renewed, and why


@dataclass(frozen=True)
class PaymentView:
    method: PaymentMethod
    paid_on: date
    reference: str | None
    card_last4: str | None
    amount_minor: int
    currency: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class DocumentView:
    """One proforma or invoice, whole. `status` of a proforma is its ProformaStatus as read today
    (EXPIRED when open past `valid_until`); an invoice's is "paid"."""

    kind: DocumentKind
    id: int
    number: int
    series: str | None  # an invoice's series ("INV"); None for a proforma
    customer_id: int
    customer_ref: str
    customer_name: str
    language: str  # the customer's language when issued: the document is printed in it
    addressee: Party
    issuer: Party
    issued_at: datetime
    valid_until: date | None  # proformas only
    status: str
    currency: str
    total_minor: int
    lines: tuple[DocumentLine, ...]
    payment_text: str | None  # payment instructions (proformas: proforma.payment_text when issued)
    payment: PaymentView | None  # how it was paid (a paid proforma, a proforma's invoice)
    proforma_number: int | None  # an invoice's proforma, a proforma's own number
    invoice_number: int | None  # a paid proforma's invoice, an invoice's own number

    @property
    def title_number(self) -> str:
        """The number as printed: "INV-1001" for an invoice, "1001" for a proforma."""
        return f"{self.series}-{self.number}" if self.series else str(self.number)


@dataclass(frozen=True)
class ProformaRow:
    """A line of an account's proformas tab."""

    id: int
    number: int
    issued_at: datetime
    valid_until: date
    status: ProformaStatus  # EXPIRED when open past valid_until (it may still be paid)
    currency: str
    total_minor: int
    bill_to_name: str
    services: tuple[str, ...]
    invoice_number: int | None  # set once paid
    closed_at: datetime | None  # paid or cancelled when
    closed_by: str | None


@dataclass(frozen=True)
class InvoiceRow:
    """A line of an account's invoices tab and of finance's list of all invoices."""

    id: int
    series: str
    number: int
    issued_at: datetime
    customer_id: int
    customer_ref: str
    customer_name: str
    bill_to_name: str
    currency: str
    total_minor: int
    automatic: bool  # True: an automatic charge's (R16); False: a proforma's payment (R39)
    proforma_number: int | None
    services: tuple[str, ...]


@dataclass(frozen=True)
class InvoiceList:
    """One page of invoices matching a filter, newest first, and how many match in all."""

    rows: tuple[InvoiceRow, ...]
    total: int
