"""A proforma's payment recorded (R39): one transaction, whole or nothing. The proforma paid, the
Payment row, the paid invoice (its number taken from the series' gap-free sequence in that same
transaction, R40), each renewed service's expiry one period on from its current expiry, an order per
service, R13, the services' old cycles cancelled and their cycles followed, and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor
from desktop.app.errors import UseCaseError
from desktop.app.payments_not_applied import AmountDueChanged
from desktop.app.payments_plan import (
    NOT_CHARGED,
    PaymentLine,
    amount_due,
    find_proforma,
    lock_cycles,
    payment_plan,
    refusal_of,
)
from desktop.bootstrap import AppContext
from desktop.core.codes import CycleStatus, ErrorCode, PaymentMethod, ProformaStatus
from desktop.core.periods import ServiceKind, align_to_transaction
from desktop.jobs.invoicing import Addressee, Issuer, Line, take_invoice_numbers, write_invoice
from desktop.jobs.renew_changes import TermsUnpriced, auto_renew_changed
from desktop.store.models import INVOICE_SERIES, AutoRenew, Customer, Cycle, Order, Payment, Service

# Why a proforma's payment ended a service's cycle for its old expiry (the cycle's `reason`).
RENEWED_BY_PAYMENT = "renewed_by_payment"


@dataclass(frozen=True)
class RenewedService:
    service_id: int
    name: str
    expired_on: date  # the expiry before the payment
    expires_on: date  # after it


@dataclass(frozen=True)
class PaymentOutcome:
    proforma_number: int
    invoice_series: str
    invoice_number: int
    method: PaymentMethod
    paid_on: date
    amount_minor: int
    currency: str
    reference: str | None
    card_id: int | None  # the card charged (a typed card is saved first: its new id)
    card_last4: str | None
    renewed: tuple[RenewedService, ...]
    left_out: tuple[PaymentLine, ...]

    @property
    def invoice_title(self) -> str:
        """The invoice number as printed ("INV-1001")."""
        return f"{self.invoice_series}-{self.invoice_number}"


@dataclass(frozen=True)
class Paid:
    method: PaymentMethod
    paid_on: date
    reference: str | None
    card_id: int | None
    card_last4: str | None
    amount_minor: int | None  # a card's amount as charged; None: the amount due


def record_paid(
    ctx: AppContext, actor: Actor, session: Session, number: int, paid: Paid, now: datetime
) -> PaymentOutcome:
    """Everything a payment changes, in the caller's transaction (which commits it whole or nothing)."""
    today = ctx.today()
    settings = ctx.reload_settings()
    proforma = find_proforma(session, number, lock=True)
    lock_cycles(session, proforma)
    plan = payment_plan(session, proforma, lock=True)
    refusal = refusal_of(session, proforma, plan, today)
    if refusal is not None:
        raise refusal
    if (
        paid.method is PaymentMethod.CARD
        and paid.amount_minor is not None
        and paid.amount_minor != amount_due(plan)
    ):
        raise AmountDueChanged  # a line was left out since the card was charged for it
    customer = session.get(Customer, proforma.customer_id)
    assert customer is not None
    renewed_lines = [line for line in plan if line.left_out is None]
    amount = paid.amount_minor if paid.amount_minor is not None else amount_due(plan)
    payment = Payment(
        proforma_id=proforma.id,
        customer_id=customer.id,
        method=paid.method.value,
        paid_on=paid.paid_on,
        reference=paid.reference,
        amount_minor=amount,
        currency=proforma.currency,
        card_id=paid.card_id,
        card_last4=paid.card_last4,
        recorded_by=actor.label,
        recorded_at=now,
    )
    session.add(payment)
    session.flush()
    # The invoice is made out to whom the proforma was: the customer paid that document (R40).
    addressee = Addressee(
        contact_id=proforma.billing_contact_id,
        name=proforma.bill_to_name,
        company=proforma.bill_to_company,
        address=proforma.bill_to_address,
        tax_id=proforma.bill_to_tax_id,
        email=proforma.bill_to_email,
    )
    [invoice_number] = take_invoice_numbers(session, 1)
    lines = []
    for line in renewed_lines:
        assert line.service_id is not None and line.expires_on is not None and line.new_expires_on is not None
        lines.append(
            Line(
                service_id=line.service_id,
                description=line.description,
                kind=line.kind,
                period_months=line.period_months,
                period_from=line.expires_on,
                period_to=line.new_expires_on,
                amount_minor=line.amount_minor,
            )
        )
    write_invoice(
        session,
        number=invoice_number,
        customer=customer,
        addressee=addressee,
        issuer=Issuer.of(settings),
        lines=lines,
        currency=proforma.currency,
        issued_at=now,
        proforma_id=proforma.id,
        payment_id=payment.id,
    )
    renewed = _renew_services(
        ctx, actor, session, customer, renewed_lines, paid.paid_on, now, proforma.number
    )
    left_out = [line for line in plan if line.left_out is not None]
    for row, line in zip(proforma.lines, plan, strict=True):
        if line.left_out is not None:
            row.left_out = line.left_out.value
    proforma.status, proforma.closed_at, proforma.closed_by = ProformaStatus.PAID.value, now, actor.label
    audit.record(
        session,
        actor,
        now,
        "proforma.paid",
        "proforma",
        proforma.number,
        customer_id=customer.id,
        before={"status": ProformaStatus.OPEN.value},
        after={
            "status": ProformaStatus.PAID.value,
            "method": paid.method.value,
            "paid_on": paid.paid_on.isoformat(),
            "reference": paid.reference,
            "amount": amount,
            "currency": proforma.currency,
            "card": paid.card_last4,
            "invoice": f"{INVOICE_SERIES}-{invoice_number}",
            "left_out": {line.description: line.left_out.value for line in left_out if line.left_out},
        },
    )
    audit.record(
        session,
        actor,
        now,
        "invoice.issued",
        "invoice",
        f"{INVOICE_SERIES}-{invoice_number}",
        customer_id=customer.id,
        after={
            "series": INVOICE_SERIES,
            "number": invoice_number,
            "total": sum(line.amount_minor for line in lines),
            "currency": proforma.currency,
            "proforma": proforma.number,
            "bill_to": addressee.name,
            "services": [line.description for line in lines],
        },
    )
    try:
        auto_renew_changed(
            session,
            [item.service_id for item in renewed],
            today=today,
            settings=settings,
            now=now,
            actor=actor.label,
        )
    except TermsUnpriced as exc:
        raise UseCaseError(ErrorCode.NO_PRICE, services=[exc.service], currency=customer.currency) from None
    return PaymentOutcome(
        proforma_number=proforma.number,
        invoice_series=INVOICE_SERIES,
        invoice_number=invoice_number,
        method=paid.method,
        paid_on=paid.paid_on,
        amount_minor=amount,
        currency=proforma.currency,
        reference=paid.reference,
        card_id=paid.card_id,
        card_last4=paid.card_last4,
        renewed=tuple(renewed),
        left_out=tuple(left_out),
    )


def _renew_services(
    ctx: AppContext,
    actor: Actor,
    session: Session,
    customer: Customer,
    lines: Sequence[PaymentLine],
    paid_on: date,
    now: datetime,
    proforma_number: int,
) -> list[RenewedService]:
    """Each service one period on from its current expiry, an order (a manual renewal), R13, and the
    cycle of its old expiry ended: that period is paid, the due checks charge it no more."""
    renewed = []
    for line in lines:
        assert line.service_id is not None and line.expires_on is not None and line.new_expires_on is not None
        service = session.get(Service, line.service_id)
        assert service is not None
        renew = session.get(AutoRenew, service.id, with_for_update=True)
        service.expires_on = line.new_expires_on
        session.add(
            Order(
                service_id=service.id,
                kind="renewal",
                ordered_on=paid_on,
                period_months=line.period_months,
                installments=1,
                amount_minor=line.amount_minor,
                currency=customer.currency,
                created_at=now,
            )
        )
        before_renew: dict[str, object] = {}
        after_renew: dict[str, object] = {}
        if renew is not None:
            # R13: a manual renewal aligns the period and installments; it never switches auto-renew on.
            period, installments = align_to_transaction(ServiceKind(service.kind), line.period_months, 1)
            if (period, installments) != (renew.period_months, renew.installments):
                before_renew = {"period_months": renew.period_months, "installments": renew.installments}
                after_renew = {"period_months": period, "installments": installments}
                renew.period_months, renew.installments, renew.updated_at = period, installments, now
        ended = list(
            session.scalars(
                select(Cycle)
                .where(
                    and_(
                        Cycle.service_id == service.id,
                        Cycle.expires_on == line.expires_on,
                        Cycle.status.in_(NOT_CHARGED),
                    )
                )
                .with_for_update()
            )
        )
        for cycle in ended:
            cycle.status, cycle.reason, cycle.updated_at = (
                CycleStatus.CANCELLED.value,
                RENEWED_BY_PAYMENT,
                now,
            )
        audit.record(
            session,
            actor,
            now,
            "service.renewed",
            "service",
            service.id,
            customer_id=customer.id,
            before={"expires_on": line.expires_on.isoformat(), **before_renew},
            after={
                "expires_on": line.new_expires_on.isoformat(),
                "service": service.name,
                "proforma": proforma_number,
                "period_months": line.period_months,
                "cycles_ended": len(ended),
                **after_renew,
            },
        )
        renewed.append(
            RenewedService(
                service_id=service.id,
                name=service.name,
                expired_on=line.expires_on,
                expires_on=line.new_expires_on,
            )
        )
    return renewed
