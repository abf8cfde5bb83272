"""Proformas and invoices as documents (R39, R40): what a window lists, what a PDF prints, what an
e-mail attaches. Documents are read as they were issued (their snapshots), never as the customer,
contact or settings are now."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desktop.app.actor import Actor, Permission, require
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import (
    AttemptStatus,
    DocumentKind,
    ErrorCode,
    InvoiceStatus,
    LeftOut,
    PaymentMethod,
    ProformaStatus,
)
from desktop.core.command_bounds import MAX_INVOICE_PAGE as MAX_INVOICE_PAGE
from desktop.core.refs import ref_key
from desktop.store.models import (
    INVOICE_SERIES,
    Card,
    ChargeAttempt,
    Customer,
    Invoice,
    InvoiceLine,
    Payment,
    Proforma,
    ProformaLine,
)
from desktop.store.ref_match import ascii_lower

# Who recorded an automatic charge's payment: the background checks (R16).
SCHEDULER = "system:scheduler"


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
    card_brand: str | None = None  # the card's brand while the card is kept ("Visa •••• 4242")


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
    issued_on: date  # the company's day of issued_at: the date printed (valid_until counts from it)
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
    issued_on: date  # the company's day of issued_at, as printed on the proforma
    valid_until: date
    status: ProformaStatus  # EXPIRED when open past valid_until (it may still be paid)
    currency: str
    total_minor: int
    bill_to_name: str
    services: tuple[str, ...]
    invoice_number: int | None  # set once paid
    closed_at: datetime | None  # paid or cancelled when
    closed_by: str | None
    paid_minor: int | None = None  # the amount paid: the total less the lines left out at payment
    left_out: tuple[str, ...] = ()  # the services whose lines were left out at payment

    @property
    def shown_total_minor(self) -> int:
        """What the tab shows as the total: a paid proforma's amount paid, never more than was paid."""
        return self.paid_minor if self.paid_minor is not None else self.total_minor


@dataclass(frozen=True)
class InvoiceRow:
    """A line of an account's invoices tab and of finance's list of all invoices."""

    id: int
    series: str
    number: int
    issued_at: datetime
    issued_on: date  # the company's day of issued_at, as printed on the invoice
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


# -- reading documents --------------------------------------------------------------------------


def _issued_day(moment: datetime, ctx: AppContext) -> date:
    """The company's day of an instant (a document's issue day, as printed): the day ctx.today() was
    when it was issued, never the UTC day nor the workstation's."""
    return moment.astimezone(ctx.settings.zone).date()


def _day_start(day: date, ctx: AppContext) -> datetime:
    """The UTC instant the company's `day` begins."""
    return datetime.combine(day, time(0), tzinfo=ctx.settings.zone).astimezone(UTC)


def proforma_status(stored: str, valid_until: date, today: date) -> ProformaStatus:
    """EXPIRED is read, never stored: an open proforma past its last valid day (R39)."""
    status = ProformaStatus(stored)
    if status is ProformaStatus.OPEN and valid_until < today:
        return ProformaStatus.EXPIRED
    return status


def _line_names(
    session: Session, table: type[ProformaLine] | type[InvoiceLine], ids: list[int]
) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    owner = ProformaLine.proforma_id if table is ProformaLine else InvoiceLine.invoice_id
    rows = session.execute(select(owner, table.description).where(owner.in_(ids)).order_by(owner, table.id))
    found: dict[int, list[str]] = {}
    for owner_id, description in rows.tuples():
        found.setdefault(owner_id, []).append(description)
    return {key: tuple(names) for key, names in found.items()}


def list_proformas(ctx: AppContext, actor: Actor, customer_id: int) -> tuple[ProformaRow, ...]:
    """An account's proformas, newest first, each with its state as read today."""
    require(actor, Permission.VIEW_CUSTOMERS)
    today = ctx.today()
    with ctx.db.reading() as session:
        if session.get(Customer, customer_id) is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        rows = (
            session.execute(
                select(Proforma, Invoice.number, Payment.amount_minor)
                .outerjoin(Invoice, Invoice.proforma_id == Proforma.id)
                .outerjoin(Payment, Payment.proforma_id == Proforma.id)
                .where(Proforma.customer_id == customer_id)
                .order_by(Proforma.number.desc())
            )
            .tuples()
            .all()
        )
        ids = [proforma.id for proforma, _, _ in rows]
        names = _line_names(session, ProformaLine, ids)
        left_out: dict[int, list[str]] = {}
        if ids:
            for owner, description in session.execute(
                select(ProformaLine.proforma_id, ProformaLine.description)
                .where(ProformaLine.proforma_id.in_(ids), ProformaLine.left_out.is_not(None))
                .order_by(ProformaLine.proforma_id, ProformaLine.id)
            ).tuples():
                left_out.setdefault(owner, []).append(description)
    return tuple(
        ProformaRow(
            id=proforma.id,
            number=proforma.number,
            issued_at=proforma.issued_at,
            issued_on=_issued_day(proforma.issued_at, ctx),
            valid_until=proforma.valid_until,
            status=proforma_status(proforma.status, proforma.valid_until, today),
            currency=proforma.currency,
            total_minor=proforma.total_minor,
            bill_to_name=proforma.bill_to_name,
            services=names.get(proforma.id, ()),
            invoice_number=invoice_number,
            closed_at=proforma.closed_at,
            closed_by=proforma.closed_by,
            paid_minor=paid_minor,
            left_out=tuple(left_out.get(proforma.id, ())),
        )
        for proforma, invoice_number, paid_minor in rows
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _number_in(text: str) -> int | None:
    """ "1001", "INV-1001", "inv 1001": the number typed, if the text is one."""
    match = re.fullmatch(r"(?:[A-Za-z]+\s*-?\s*)?([0-9]{1,18})", text)
    return int(match[1]) if match else None


def list_invoices(
    ctx: AppContext,
    actor: Actor,
    *,
    customer_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 500,
) -> InvoiceList:
    """Invoices newest first: of one customer, issued from `first` to `last` (the company's days,
    both included), whose customer's name or ref contains `text` or whose number it is."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if not 1 <= limit <= MAX_INVOICE_PAGE or offset < 0:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=limit, most=MAX_INVOICE_PAGE)
    if first is not None and last is not None and first > last:
        # A range that ends before it begins matches nothing: said, not answered "no invoices". The
        # audit log's code, whose words say just this in every language.
        raise UseCaseError(ErrorCode.AUDIT_RANGE_REVERSED, first=first.isoformat(), last=last.isoformat())
    conditions: list[ColumnElement[bool]] = []
    if customer_id is not None:
        conditions.append(Invoice.customer_id == customer_id)
    if first is not None:
        conditions.append(Invoice.issued_at >= _day_start(first, ctx))
    if last is not None:
        conditions.append(Invoice.issued_at < _day_start(last + timedelta(days=1), ctx))
    wanted = text.strip()
    if wanted:
        pattern = _like(wanted.casefold())
        matches: list[ColumnElement[bool]] = [
            func.lower(Customer.name).like(pattern, escape="\\"),
            ascii_lower(Customer.ref).like(_like(ref_key(wanted)), escape="\\"),  # case aside: core.refs
            func.lower(Invoice.bill_to_name).like(pattern, escape="\\"),
        ]
        number = _number_in(wanted)
        if number is not None:
            matches.append(Invoice.number == number)
        conditions.append(or_(*matches))
    with ctx.db.reading() as session:
        total = int(
            session.scalar(
                select(func.count(Invoice.id))
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(*conditions)
            )
            or 0
        )
        rows = (
            session.execute(
                select(Invoice, Customer.ref, Customer.name, Proforma.number)
                .join(Customer, Customer.id == Invoice.customer_id)
                .outerjoin(Proforma, Proforma.id == Invoice.proforma_id)
                .where(*conditions)
                .order_by(Invoice.issued_at.desc(), Invoice.id.desc())
                .offset(offset)
                .limit(limit)
            )
            .tuples()
            .all()
        )
        names = _line_names(session, InvoiceLine, [invoice.id for invoice, _, _, _ in rows])
    return InvoiceList(
        rows=tuple(
            InvoiceRow(
                id=invoice.id,
                series=invoice.series,
                number=invoice.number,
                issued_at=invoice.issued_at,
                issued_on=_issued_day(invoice.issued_at, ctx),
                customer_id=invoice.customer_id,
                customer_ref=ref,
                customer_name=name,
                bill_to_name=invoice.bill_to_name,
                currency=invoice.currency,
                total_minor=invoice.total_minor,
                automatic=invoice.proforma_id is None,
                proforma_number=proforma_number,
                services=names.get(invoice.id, (invoice.description,)),
            )
            for invoice, ref, name, proforma_number in rows
        ),
        total=total,
    )


def _addressee(document: Proforma | Invoice) -> Party:
    """Whom the document was made out to, as kept when it was issued (proformas and invoices alike)."""
    return Party(
        name=document.bill_to_name,
        company=document.bill_to_company,
        address=document.bill_to_address,
        tax_id=document.bill_to_tax_id,
        email=document.bill_to_email,
    )


def _issuer(document: Proforma | Invoice) -> Party:
    return Party(
        name=document.issuer_name,
        company=None,
        address=document.issuer_address,
        tax_id=document.issuer_tax_id,
    )


def _payment_view(session: Session, payment: Payment) -> PaymentView:
    card = session.get(Card, payment.card_id) if payment.card_id is not None else None
    return PaymentView(
        method=PaymentMethod(payment.method),
        paid_on=payment.paid_on,
        reference=payment.reference,
        card_last4=payment.card_last4,
        amount_minor=payment.amount_minor,
        currency=payment.currency,
        recorded_by=payment.recorded_by,
        recorded_at=payment.recorded_at,
        card_brand=card.brand if card is not None else None,
    )


def _automatic_payment(session: Session, invoice: Invoice, ctx: AppContext) -> PaymentView | None:
    """An automatic charge's invoice was paid by the card the due checks charged (R16)."""
    if invoice.cycle_id is None:
        return None
    attempt = session.scalars(
        select(ChargeAttempt)
        .where(ChargeAttempt.cycle_id == invoice.cycle_id, ChargeAttempt.status == AttemptStatus.SUCCEEDED)
        .order_by(ChargeAttempt.id.desc())
    ).first()
    if attempt is None:
        return None
    card = session.get(Card, attempt.card_id) if attempt.card_id is not None else None
    return PaymentView(
        method=PaymentMethod.CARD,
        paid_on=_issued_day(invoice.issued_at, ctx),
        reference=attempt.gateway_reference,
        card_last4=card.last4 if card is not None else None,
        amount_minor=attempt.amount_minor,
        currency=attempt.currency,
        recorded_by=SCHEDULER,
        recorded_at=attempt.settled_at or invoice.issued_at,
        card_brand=card.brand if card is not None else None,
    )


def proforma_document(ctx: AppContext, actor: Actor, number: int) -> DocumentView:
    """One proforma as issued (its snapshots), with its payment and invoice once paid."""
    require(actor, Permission.VIEW_CUSTOMERS)
    today = ctx.today()
    with ctx.db.reading() as session:
        proforma = session.scalar(select(Proforma).where(Proforma.number == number))
        if proforma is None:
            raise UseCaseError(ErrorCode.PROFORMA_UNKNOWN, number=number)
        customer = session.get(Customer, proforma.customer_id)
        assert customer is not None
        payment = session.scalar(select(Payment).where(Payment.proforma_id == proforma.id))
        invoice_number = session.scalar(select(Invoice.number).where(Invoice.proforma_id == proforma.id))
        lines = tuple(
            DocumentLine(
                service_id=line.service_id,
                description=line.description,
                kind=line.kind,
                period_months=line.period_months,
                period_from=line.period_from,
                period_to=line.period_to,
                amount_minor=line.amount_minor,
                left_out=LeftOut(line.left_out) if line.left_out else None,
            )
            for line in proforma.lines
        )
        return DocumentView(
            kind=DocumentKind.PROFORMA,
            id=proforma.id,
            number=proforma.number,
            series=None,
            customer_id=customer.id,
            customer_ref=customer.ref,
            customer_name=customer.name,
            language=proforma.language,
            addressee=_addressee(proforma),
            issuer=_issuer(proforma),
            issued_at=proforma.issued_at,
            issued_on=_issued_day(proforma.issued_at, ctx),
            valid_until=proforma.valid_until,
            status=proforma_status(proforma.status, proforma.valid_until, today).value,
            currency=proforma.currency,
            total_minor=proforma.total_minor,
            lines=lines,
            payment_text=proforma.payment_text,
            payment=_payment_view(session, payment) if payment is not None else None,
            proforma_number=proforma.number,
            invoice_number=invoice_number,
        )


def invoice_document(
    ctx: AppContext, actor: Actor, number: int, series: str = INVOICE_SERIES
) -> DocumentView:
    """One invoice as issued (its snapshots and lines), with how it was paid."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        invoice = session.scalar(select(Invoice).where(Invoice.series == series, Invoice.number == number))
        if invoice is None:
            raise UseCaseError(ErrorCode.INVOICE_UNKNOWN, number=f"{series}-{number}")
        customer = session.get(Customer, invoice.customer_id)
        assert customer is not None
        proforma = session.get(Proforma, invoice.proforma_id) if invoice.proforma_id is not None else None
        payment = session.get(Payment, invoice.payment_id) if invoice.payment_id is not None else None
        lines = tuple(
            DocumentLine(
                service_id=line.service_id,
                description=line.description,
                kind=line.kind,
                period_months=line.period_months,
                period_from=line.period_from,
                period_to=line.period_to,
                amount_minor=line.amount_minor,
                installments=line.installments,
            )
            for line in invoice.lines
        )
        return DocumentView(
            kind=DocumentKind.INVOICE,
            id=invoice.id,
            number=invoice.number,
            series=invoice.series,
            customer_id=customer.id,
            customer_ref=customer.ref,
            customer_name=customer.name,
            language=invoice.language,
            addressee=_addressee(invoice),
            issuer=_issuer(invoice),
            issued_at=invoice.issued_at,
            issued_on=_issued_day(invoice.issued_at, ctx),
            valid_until=None,
            status=InvoiceStatus.PAID.value,
            currency=invoice.currency,
            total_minor=invoice.total_minor,
            lines=lines,
            payment_text=None,
            payment=(
                _payment_view(session, payment)
                if payment is not None
                else _automatic_payment(session, invoice, ctx)
            ),
            proforma_number=proforma.number if proforma is not None else None,
            invoice_number=invoice.number,
        )
