"""Payment of a proforma (R39): by transfer, cash or cheque (date, reference), or a card charged now.

One transaction records it whole: the proforma paid, the Payment row, the paid invoice (its number
taken from the series' gap-free sequence in that same transaction, R40), each renewed service's expiry
one period on from its current expiry, an order per service, R13, the services' old cycles cancelled
and their cycles followed, and the audit log. A line whose period the due checks already charged, or
whose service was deleted, is left out and says so.

A card is charged as the due engine charges (SPEC 2b): the attempt, with its idempotency key (one per
proforma; a new one only after a declined charge), is committed before the gateway is called; an
answer that never came is settled by the key with the gateway on the next try, and a charge made but
never recorded (a crash) is recorded then."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.app import audit, cards
from desktop.app.actor import Actor, Permission, require
from desktop.app.cancellation import Stopped, stop_if_cancelled
from desktop.app.changes import Change, announces
from desktop.app.documents import DocumentView, proforma_document
from desktop.app.errors import UseCaseError, field_refusal
from desktop.app.payments_not_applied import (
    AMOUNT_DUE_CHANGED,
    NOT_APPLICABLE,
    AmountDueChanged,
    mark_not_applied,
)
from desktop.app.row_views import card_view
from desktop.app.views import CardView
from desktop.bootstrap import AppContext
from desktop.core import fields
from desktop.core.cards import is_expired
from desktop.core.codes import AttemptStatus, CycleStatus, ErrorCode, LeftOut, PaymentMethod, ProformaStatus
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.core.money import Money, format_amount
from desktop.core.periods import ServiceKind, add_months, align_to_transaction
from desktop.gateway.errors import GatewayError, GatewayTimeout, GatewayUnavailable
from desktop.gateway.protocol import CallContext, ChargeResult, ChargeStatus
from desktop.jobs import leases
from desktop.jobs.invoicing import Addressee, Issuer, Line, take_invoice_numbers, write_invoice
from desktop.jobs.renew_changes import TermsUnpriced, auto_renew_changed
from desktop.store.models import (
    INVOICE_SERIES,
    AutoRenew,
    Card,
    Customer,
    Cycle,
    Invoice,
    InvoiceLine,
    Order,
    Payment,
    PaymentAttempt,
    Proforma,
    Service,
)

# Why a proforma's payment ended a service's cycle for its old expiry (the cycle's `reason`).
RENEWED_BY_PAYMENT = "renewed_by_payment"
# A service's cycles that had not been charged yet; a payment of the same period ends them.
_NOT_CHARGED = (
    CycleStatus.OPEN,
    CycleStatus.CHECKED,
    CycleStatus.NEEDS_ATTENTION,
    CycleStatus.STOPPED,
    CycleStatus.FAILED,
)
# A card attempt the gateway may have charged that no payment records yet.
_UNSETTLED = (AttemptStatus.PENDING, AttemptStatus.UNKNOWN)
# Attempts whose key the gateway answered for good: a new charge of the proforma takes a new key.
_KEY_USED = (AttemptStatus.DECLINED, AttemptStatus.UNAPPLIED, AttemptStatus.REFUNDED)


@dataclass(frozen=True)
class TypedCard:
    """A card typed for this payment: saved first (desktop.app.cards.add_card), then charged. The
    number is never shown in a repr (a log line, a crash report)."""

    number: str = field(repr=False)
    holder: str
    exp_month: int
    exp_year: int


@dataclass(frozen=True)
class PaymentRequest:
    """What staff said of the payment. `paid_on` None: today (a card is always paid today).
    `amount_minor`: the amount the customer paid, when staff typed it; it must be the amount due.
    A card payment names a saved card (`card_id`) or a typed one (`card`)."""

    method: PaymentMethod
    paid_on: date | None = None
    reference: str | None = None
    amount_minor: int | None = None
    card_id: int | None = None
    card: TypedCard | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PaymentLine:
    """A proforma line and what its payment would do (or did): the service's expiry now and after,
    or why the line is left out."""

    service_id: int | None
    description: str
    kind: str | None
    period_months: int
    amount_minor: int
    period_from: date | None  # as printed on the proforma
    period_to: date | None
    expires_on: date | None  # the service's expiry now (None: the service was deleted)
    new_expires_on: date | None  # one period on from it; None when left out
    left_out: LeftOut | None


@dataclass(frozen=True)
class PaymentPreview:
    """What Record payment would do, asked before it is pressed. `refusal`: the refusal it would give
    whatever is typed (the proforma is not open, nothing is left to renew), or None."""

    proforma: DocumentView
    lines: tuple[PaymentLine, ...]
    amount_due_minor: int
    currency: str
    issued_on: date  # the proforma's issue day: a payment is not dated before it
    today: date  # nor after this
    cards: tuple[CardView, ...]  # the account's saved cards (the valid ones can be charged)
    refusal: UseCaseError | None

    @property
    def number(self) -> int:
        return self.proforma.number


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


# -- what a payment would do ----------------------------------------------------------------------


def already_paid(
    session: Session, proforma_id: int, lines: Sequence[tuple[int, date]]
) -> dict[tuple[int, date], LeftOut]:
    """The (service, period start) pairs an invoice already covers, and by what: an automatic
    charge's (R16) or another proforma's payment (R39). Either way the period is paid: paying it
    again would renew the service twice."""
    return already_paid_each(session, {proforma_id: lines})[proforma_id]


def already_paid_each(
    session: Session, lines: Mapping[int, Sequence[tuple[int, date]]]
) -> dict[int, dict[tuple[int, date], LeftOut]]:
    """already_paid for several proformas (by id) in one query: a page of the follow-up list asks
    it of every expired proforma on it."""
    found: dict[int, dict[tuple[int, date], LeftOut]] = {proforma_id: {} for proforma_id in lines}
    service_ids = sorted({service_id for pairs in lines.values() for service_id, _ in pairs})
    if not service_ids:
        return found
    rows = session.execute(
        select(
            InvoiceLine.service_id,
            InvoiceLine.period_from,
            InvoiceLine.period_to,
            Invoice.cycle_id,
            Invoice.proforma_id,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.service_id.in_(service_ids))
    ).tuples()
    covered: dict[int, list[tuple[date, date, LeftOut, int | None]]] = {}
    for service_id, start, end, cycle_id, paid_by in rows:
        if service_id is not None:
            how = LeftOut.CHARGED_AUTOMATICALLY if cycle_id is not None else LeftOut.PAID_ON_ANOTHER_PROFORMA
            covered.setdefault(service_id, []).append((start, end, how, paid_by))
    for proforma_id, pairs in lines.items():
        for service_id, start in pairs:
            for low, high, how, paid_by in covered.get(service_id, ()):
                # A proforma's own invoice (once paid) covers its own lines: they were not left out.
                if paid_by != proforma_id and low <= start < high:
                    found[proforma_id][(service_id, start)] = how
                    break
    return found


def _plan(session: Session, proforma: Proforma, *, lock: bool = False) -> list[PaymentLine]:
    service_ids = [line.service_id for line in proforma.lines if line.service_id is not None]
    query = select(Service).where(Service.id.in_(service_ids))
    if lock:
        query = query.with_for_update()
    services = {service.id: service for service in session.scalars(query)} if service_ids else {}
    paid = already_paid(
        session,
        proforma.id,
        [
            (line.service_id, line.period_from)
            for line in proforma.lines
            if line.service_id in services and line.period_from is not None
        ],
    )
    plan = []
    for line in proforma.lines:
        service = services.get(line.service_id) if line.service_id is not None else None
        left_out: LeftOut | None = None
        if service is None:
            left_out = LeftOut.SERVICE_DELETED
        elif line.period_from is not None and (service.id, line.period_from) in paid:
            left_out = paid[(service.id, line.period_from)]
        plan.append(
            PaymentLine(
                service_id=line.service_id,
                description=line.description,
                kind=line.kind,
                period_months=line.period_months,
                amount_minor=line.amount_minor,
                period_from=line.period_from,
                period_to=line.period_to,
                expires_on=service.expires_on if service is not None else None,
                new_expires_on=(
                    add_months(service.expires_on, line.period_months)
                    if service is not None and left_out is None
                    else None
                ),
                left_out=left_out,
            )
        )
    return plan


def _due(plan: Sequence[PaymentLine]) -> int:
    return sum(line.amount_minor for line in plan if line.left_out is None)


def _issued_on(ctx: AppContext, proforma: Proforma) -> date:
    return proforma.issued_at.astimezone(ctx.settings.zone).date()


def _lock_cycles(session: Session, proforma: Proforma) -> None:
    """The proforma's services' cycles not yet charged, locked before the services themselves: the
    due engine locks a cycle, then changes its service; the same order never deadlocks with it."""
    service_ids = [line.service_id for line in proforma.lines if line.service_id is not None]
    if service_ids:
        session.execute(
            select(Cycle.id)
            .where(Cycle.service_id.in_(service_ids), Cycle.status.in_((*_NOT_CHARGED, CycleStatus.CHARGING)))
            .with_for_update()
        ).all()


def _being_charged(session: Session, plan: Sequence[PaymentLine]) -> list[str]:
    """Services of the plan whose automatic charge for the same period is under way (sent to the
    gateway, its answer not yet known): paying them now could pay that period twice."""
    renewing = {line.service_id: line for line in plan if line.left_out is None and line.service_id}
    if not renewing:
        return []
    rows = session.execute(
        select(Cycle.service_id, Cycle.expires_on).where(
            Cycle.service_id.in_(list(renewing)), Cycle.status == CycleStatus.CHARGING
        )
    ).tuples()
    return sorted(
        renewing[service_id].description
        for service_id, expires_on in rows
        if renewing[service_id].expires_on == expires_on
    )


def _refusal(
    session: Session, proforma: Proforma, plan: Sequence[PaymentLine], today: date
) -> UseCaseError | None:
    if proforma.status != ProformaStatus.OPEN:
        return _not_open(session, proforma)
    if not any(line.left_out is None for line in plan):
        return UseCaseError(ErrorCode.NOTHING_TO_RENEW, number=proforma.number)
    charging = _being_charged(session, plan)
    if charging:
        return UseCaseError(ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY, number=proforma.number, services=charging)
    return None


def _not_open(session: Session, proforma: Proforma) -> UseCaseError:
    """PROFORMA_NOT_OPEN, naming how a paid proforma was paid and its invoice: staff who raced
    another workstation learn what happened, not only that they were too late."""
    params: dict[str, object] = {"number": proforma.number, "status": proforma.status}
    if proforma.status == ProformaStatus.PAID:
        payment = session.scalar(select(Payment).where(Payment.proforma_id == proforma.id))
        invoice = session.execute(
            select(Invoice.series, Invoice.number).where(Invoice.proforma_id == proforma.id)
        ).first()
        if payment is not None:
            params.update(method=payment.method, last4=payment.card_last4 or "")
        if invoice is not None:
            params["invoice"] = f"{invoice[0]}-{invoice[1]}"
    return UseCaseError(ErrorCode.PROFORMA_NOT_OPEN, **params)


def _find(session: Session, number: int, *, lock: bool = False) -> Proforma:
    query = select(Proforma).where(Proforma.number == number)
    if lock:
        # Two workstations paying (or cancelling) one proforma queue here: the second finds it paid.
        query = query.with_for_update()
    proforma = session.scalar(query)
    if proforma is None:
        raise UseCaseError(ErrorCode.PROFORMA_UNKNOWN, number=number)
    return proforma


def preview_payment(ctx: AppContext, actor: Actor, proforma_number: int) -> PaymentPreview:
    """The proforma, each line with what paying it now would do, the amount due, and the refusal
    Record payment would give whatever is typed."""
    require(actor, Permission.VIEW_CUSTOMERS)
    today = ctx.today()
    document = proforma_document(ctx, actor, proforma_number)
    with ctx.db.reading() as session:
        proforma = _find(session, proforma_number)
        plan = _plan(session, proforma)
        cards = tuple(
            card_view(card, today)
            for card in session.scalars(
                select(Card).where(Card.customer_id == proforma.customer_id).order_by(Card.id)
            )
        )
        return PaymentPreview(
            proforma=document,
            lines=tuple(plan),
            amount_due_minor=_due(plan),
            currency=proforma.currency,
            issued_on=_issued_on(ctx, proforma),
            today=today,
            cards=cards,
            refusal=_sending_now(session, proforma, ctx.clock.now())
            or _unless_settling(session, proforma, _refusal(session, proforma, plan, today)),
        )


def _unless_settling(
    session: Session, proforma: Proforma, refusal: UseCaseError | None
) -> UseCaseError | None:
    """Nothing left to pay is no refusal while an earlier try's charge is unsettled: paying with the
    card is what settles it (record_payment asks the gateway by its key first)."""
    if refusal is not None and refusal.code in NOT_APPLICABLE and _open_card_attempt(session, proforma):
        return None
    return refusal


def _sending_now(session: Session, proforma: Proforma, now: datetime) -> UseCaseError | None:
    """PAYMENT_UNDER_WAY while another workstation's card charge of the proforma awaits its answer."""
    attempt = _open_card_attempt(session, proforma)
    if attempt is not None and _under_way(attempt, now):
        return UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=proforma.number, last4=attempt.card_last4)
    return None


# -- checks of what was typed ---------------------------------------------------------------------


def _left_out_params(proforma: Proforma, plan: Sequence[PaymentLine]) -> dict[str, object]:
    """The printed total and the lines left out of the amount due, as a refusal's parameters."""
    left_out = [line for line in plan if line.left_out is not None]
    if not left_out:
        return {}
    return {
        "printed": f"{format_amount(proforma.total_minor, proforma.currency)} {proforma.currency}",
        "left_out": [
            {
                "service": line.description,
                "amount": f"{format_amount(line.amount_minor, proforma.currency)} {proforma.currency}",
                "reason": line.left_out.value if line.left_out else "",
            }
            for line in left_out
        ],
    }


@dataclass(frozen=True)
class _Checked:
    paid_on: date
    reference: str | None


def _checked(
    ctx: AppContext,
    session: Session,
    request: PaymentRequest,
    proforma: Proforma,
    plan: Sequence[PaymentLine],
) -> _Checked:
    """The refusals of a payment that come before anything is done, in the order staff fix them."""
    today = ctx.today()
    refusal = _refusal(session, proforma, plan, today)
    if refusal is not None:
        raise refusal
    try:
        reference = fields.optional_text(Field.PAYMENT_REFERENCE, request.reference)
        paid_on = today if request.method is PaymentMethod.CARD else (request.paid_on or today)
        fields.payment_date(paid_on, _issued_on(ctx, proforma), today)
        due = _due(plan)
        if request.amount_minor is not None and request.amount_minor != due:
            raise FieldError(
                Field.PAYMENT_AMOUNT,
                FieldProblem.DIFFERS,
                f"{format_amount(due, proforma.currency)} {proforma.currency}",
            )
    except FieldError as error:
        refusal = field_refusal(error)
        if error.problem is FieldProblem.DIFFERS:
            # The printed total is what a customer transfers; why less is due is said with the amount.
            refusal.params.update(_left_out_params(proforma, plan))
        raise refusal from None
    return _Checked(paid_on=paid_on, reference=reference)


def _settles_first(
    session: Session, request: PaymentRequest, proforma: Proforma, refusal: UseCaseError
) -> bool:
    """Whether a card payment refused because nothing is left to pay still asks the gateway about an
    earlier try's charge: "pay again with the card" must settle it, whatever happened to the lines."""
    return (
        request.method is PaymentMethod.CARD
        and refusal.code in NOT_APPLICABLE
        and _open_card_attempt(session, proforma) is not None
    )


def _open_card_attempt(session: Session, proforma: Proforma) -> PaymentAttempt | None:
    """A card charge sent (or about to be) for the proforma that no payment records yet."""
    return session.scalars(
        select(PaymentAttempt)
        .where(
            PaymentAttempt.proforma_id == proforma.id,
            PaymentAttempt.status.in_((*_UNSETTLED, AttemptStatus.SUCCEEDED)),
        )
        .order_by(PaymentAttempt.id.desc())
    ).first()


def _under_way(attempt: PaymentAttempt, now: datetime) -> bool:
    """A card charge being sent right now: it will be recorded (or said declined) in a moment. The
    database alone says so, for every window of every process on every workstation: the attempt is
    still pending (a try that ends in any way but death writes it unknown at once, _pay_by_card), and
    its sender's process lives (desktop/jobs/leases: a dead one on this machine is seen at once).
    Past the lease nothing waits that long for a gateway."""
    owner = attempt.sent_by
    if attempt.status != AttemptStatus.PENDING or not owner:
        return False
    if now - attempt.created_at > leases.LEASE:
        return False
    return leases.is_alive(owner)


def _no_card_charge_pending(session: Session, proforma: Proforma, now: datetime) -> None:
    """A proforma whose card charge is not settled is not paid otherwise nor cancelled: the card
    may have been charged. A charge another workstation is sending now is waited for; one whose
    answer was lost is settled by paying again with the card."""
    attempt = _open_card_attempt(session, proforma)
    if attempt is None:
        return
    if _under_way(attempt, now):
        raise UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=proforma.number, last4=attempt.card_last4)
    raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=proforma.number, last4=attempt.card_last4)


# -- recording: one transaction -------------------------------------------------------------------


@dataclass(frozen=True)
class _Paid:
    method: PaymentMethod
    paid_on: date
    reference: str | None
    card_id: int | None
    card_last4: str | None
    amount_minor: int | None  # a card's amount as charged; None: the amount due


def _record(
    ctx: AppContext, actor: Actor, session: Session, number: int, paid: _Paid, now: datetime
) -> PaymentOutcome:
    """Everything a payment changes, in the caller's transaction (which commits it whole or nothing)."""
    today = ctx.today()
    settings = ctx.reload_settings()
    proforma = _find(session, number, lock=True)
    _lock_cycles(session, proforma)
    plan = _plan(session, proforma, lock=True)
    refusal = _refusal(session, proforma, plan, today)
    if refusal is not None:
        raise refusal
    if (
        paid.method is PaymentMethod.CARD
        and paid.amount_minor is not None
        and paid.amount_minor != _due(plan)
    ):
        raise AmountDueChanged  # a line was left out since the card was charged for it
    customer = session.get(Customer, proforma.customer_id)
    assert customer is not None
    renewed_lines = [line for line in plan if line.left_out is None]
    amount = paid.amount_minor if paid.amount_minor is not None else _due(plan)
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
                        Cycle.status.in_(_NOT_CHARGED),
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


# -- the use cases --------------------------------------------------------------------------------


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def record_payment(
    ctx: AppContext,
    actor: Actor,
    proforma_number: int,
    request: PaymentRequest,
    cancel: threading.Event | None = None,
    *,
    on_sent: Callable[[], None] | None = None,
) -> PaymentOutcome:
    """R39: records the proforma paid, issues its paid invoice and renews its services, whole or not
    at all. A card is charged now (`on_sent` is called just before the gateway is asked: from
    then on Cancel can no longer stop it). `cancel` set before the commit (or before the gateway is
    asked) changes nothing and raises Stopped."""
    require(actor, Permission.RECORD_PAYMENT)
    with ctx.db.reading() as session:
        proforma = _find(session, proforma_number)
        plan = _plan(session, proforma)
        customer_id = proforma.customer_id
        unsettled: UseCaseError | None
        try:
            checked = _checked(ctx, session, request, proforma, plan)
        except UseCaseError as refusal:
            if not _settles_first(session, request, proforma, refusal):
                raise
            unsettled = refusal
        else:
            unsettled = None
    if unsettled is not None:
        # An earlier try's charge is settled even when nothing is left to pay: it may have taken money.
        _settle_earlier(ctx, actor, proforma_number, _Checked(ctx.today(), None))
        raise unsettled
    if request.method is PaymentMethod.CARD:
        return _pay_by_card(ctx, actor, proforma_number, customer_id, request, checked, cancel, on_sent)
    stop_if_cancelled(cancel)
    with ctx.db.transaction() as session:
        proforma = _find(session, proforma_number, lock=True)
        if proforma.status != ProformaStatus.OPEN:
            raise _not_open(session, proforma)  # paid meanwhile, maybe by a card on another workstation
        _no_card_charge_pending(session, proforma, ctx.clock.now())
        outcome = _record(
            ctx,
            actor,
            session,
            proforma_number,
            _Paid(request.method, checked.paid_on, checked.reference, None, None, None),
            ctx.clock.now(),
        )
        stop_if_cancelled(cancel)
    return outcome


@announces(Change.ACCOUNTS)
def cancel_proforma(ctx: AppContext, actor: Actor, number: int) -> None:
    """An open (or expired) proforma is cancelled: it can no longer be paid. Audited."""
    require(actor, Permission.CANCEL_PROFORMA)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        proforma = _find(session, number, lock=True)
        if proforma.status != ProformaStatus.OPEN:
            raise _not_open(session, proforma)
        _no_card_charge_pending(session, proforma, now)
        proforma.status, proforma.closed_at, proforma.closed_by = (
            ProformaStatus.CANCELLED.value,
            now,
            actor.label,
        )
        audit.record(
            session,
            actor,
            now,
            "proforma.cancelled",
            "proforma",
            number,
            customer_id=proforma.customer_id,
            before={"status": ProformaStatus.OPEN.value},
            after={"status": ProformaStatus.CANCELLED.value, "total": proforma.total_minor},
        )


# -- a card charged now ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Charge:
    """An attempt committed and what the gateway is asked with it."""

    attempt_id: int
    key: str
    token: str
    amount: Money
    card_id: int | None
    last4: str
    lease_owner: str  # holds the cycles of the renewed periods while the gateway is asked
    cycle_ids: tuple[int, ...]


def _key(number: int, used: int) -> str:
    """One key per proforma; a new one only after a charge declined, or made and not applied (the
    gateway answers a key once)."""
    return f"proforma-{number}-{used + 1}"


def _saved_card(
    ctx: AppContext, actor: Actor, customer_id: int, card: TypedCard, cancel: threading.Event | None
) -> int:
    """A typed card is saved (tokenised and verified, R38) before it is charged."""
    saved = cards.add_card(
        ctx, actor, customer_id, card.number, card.holder, card.exp_month, card.exp_year, cancel=cancel
    )
    return saved.id


def _chargeable(session: Session, card_id: int | None, customer_id: int, today: date) -> Card:
    card = session.get(Card, card_id) if card_id is not None else None
    if card is None or card.customer_id != customer_id:
        if card_id is None:
            raise UseCaseError(ErrorCode.CARD_REQUIRED)
        raise UseCaseError(ErrorCode.CARD_NOT_IN_ACCOUNT, card_id=card_id)
    if is_expired(card.exp_month, card.exp_year, today):
        raise UseCaseError(ErrorCode.CARD_REFUSED, last4=card.last4, reason="expired")
    return card


def _pay_by_card(
    ctx: AppContext,
    actor: Actor,
    number: int,
    customer_id: int,
    request: PaymentRequest,
    checked: _Checked,
    cancel: threading.Event | None,
    on_sent: Callable[[], None] | None,
) -> PaymentOutcome:
    # A charge an earlier try sent and never recorded is settled first: it may be this payment.
    settled = _settle_earlier(ctx, actor, number, checked)
    if settled is not None:
        return settled
    if request.card is None:
        with ctx.db.reading() as session:
            _chargeable(session, request.card_id, customer_id, ctx.today())
    stop_if_cancelled(cancel)
    card_id = request.card_id
    if request.card is not None:
        card_id = _saved_card(ctx, actor, customer_id, request.card, cancel)
    stop_if_cancelled(cancel)
    charge = _begin(ctx, number, customer_id, card_id)
    if cancel is not None and cancel.is_set():
        _finish_attempt(ctx, charge.attempt_id, AttemptStatus.NOT_SENT, "cancelled before it was sent")
        _let_cycles_go(ctx, charge)
        raise Stopped
    try:
        return _send(ctx, actor, number, charge, checked, on_sent)
    finally:
        # However this try ended (an answer recorded, a refusal, an error, the thread stopped), a
        # charge still pending is no longer being sent: unknown, settled by its key on the next try.
        # Only a try that died with its process skips this, and its dead process says the same.
        _try_ended(ctx, charge.attempt_id)


def _send(
    ctx: AppContext,
    actor: Actor,
    number: int,
    charge: _Charge,
    checked: _Checked,
    on_sent: Callable[[], None] | None,
) -> PaymentOutcome:
    """The charge asked of the gateway with the attempt's key, and its answer recorded."""
    if on_sent is not None:
        on_sent()
    try:
        result = ctx.gateway.charge(
            charge.token,
            charge.amount,
            1,
            key=charge.key,
            context=CallContext(card_last4=charge.last4, service=f"proforma {number}"),
        )
    except GatewayTimeout:
        _finish_attempt(ctx, charge.attempt_id, AttemptStatus.UNKNOWN, "the gateway's answer timed out")
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=charge.last4) from None
    except GatewayUnavailable as exc:
        _finish_attempt(ctx, charge.attempt_id, AttemptStatus.NOT_SENT, str(exc))
        _let_cycles_go(ctx, charge)
        raise UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=str(exc)) from None
    except GatewayError as exc:
        _finish_attempt(ctx, charge.attempt_id, AttemptStatus.UNKNOWN, str(exc))
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=charge.last4) from None
    try:
        return _charged(ctx, actor, number, charge.attempt_id, result, checked)
    except UseCaseError:
        if result.status is not ChargeStatus.SUCCEEDED:
            _let_cycles_go(ctx, charge)  # declined: nothing was charged
        raise


def _begin(ctx: AppContext, number: int, customer_id: int, card_id: int | None) -> _Charge:
    """The attempt committed with its key before the gateway is called (SPEC 2b)."""
    now, today = ctx.clock.now(), ctx.today()
    with ctx.db.transaction() as session:
        proforma = _find(session, number, lock=True)
        plan = _plan(session, proforma)
        refusal = _refusal(session, proforma, plan, today)
        if refusal is not None:
            raise refusal
        card = _chargeable(session, card_id, customer_id, today)
        # Another workstation's charge begun since this try looked: it is waited for, never sent twice.
        _no_card_charge_pending(session, proforma, now)
        owner, cycle_ids = _hold_cycles(session, proforma, plan, ctx.clock.now(), ctx.workstation)
        attempts = list(
            session.scalars(select(PaymentAttempt).where(PaymentAttempt.proforma_id == proforma.id))
        )
        used = sum(1 for attempt in attempts if attempt.status in _KEY_USED)
        key = _key(number, used)
        attempt = next((attempt for attempt in attempts if attempt.idempotency_key == key), None)
        if attempt is None:
            attempt = PaymentAttempt(proforma_id=proforma.id, idempotency_key=key, created_at=now)
            session.add(attempt)
        # A key the gateway never received (not sent) is used again, for the amount and card of now.
        attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.PENDING.value, None, None
        attempt.sent_by, attempt.created_at = owner, now
        attempt.amount_minor, attempt.currency = _due(plan), proforma.currency
        attempt.card_id, attempt.card_last4 = card.id, card.last4
        session.flush()
        return _Charge(
            attempt_id=attempt.id,
            key=key,
            token=card.token,
            amount=Money(attempt.amount_minor, attempt.currency),
            card_id=card.id,
            last4=card.last4,
            lease_owner=owner,
            cycle_ids=cycle_ids,
        )


def _hold_cycles(
    session: Session, proforma: Proforma, plan: Sequence[PaymentLine], now: datetime, workstation: str
) -> tuple[str, tuple[int, ...]]:
    """The due checks' cycles for the periods this payment renews, leased to the payment (as a run
    leases them) while the card is charged: a background run on any workstation leaves them alone
    meanwhile, so the same period is never charged both for the proforma and automatically. A cycle
    a run holds right now refuses the payment instead."""
    renewing = {line.service_id: line for line in plan if line.left_out is None and line.service_id}
    owner = leases.new_owner(workstation)
    if not renewing:
        return owner, ()
    cycles = [
        (cycle_id, service_id)
        for cycle_id, service_id, expires_on in session.execute(
            select(Cycle.id, Cycle.service_id, Cycle.expires_on).where(
                Cycle.service_id.in_(list(renewing)), Cycle.status.in_(_NOT_CHARGED)
            )
        ).tuples()
        if renewing[service_id].expires_on == expires_on
    ]
    ids = [cycle_id for cycle_id, _ in cycles]
    held = set(leases.claim(session, Cycle, ids, owner, now, leases.dead_owners(session, Cycle, now)))
    busy = sorted(
        {renewing[service_id].description for cycle_id, service_id in cycles if cycle_id not in held}
    )
    if busy:
        raise UseCaseError(ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY, number=proforma.number, services=busy)
    return owner, tuple(ids)


def _let_cycles_go(ctx: AppContext, charge: _Charge) -> None:
    """The charge was not made: the due checks may work on these cycles again."""
    with ctx.db.transaction() as session:
        leases.release(session, Cycle, list(charge.cycle_ids), charge.lease_owner)


def _try_ended(ctx: AppContext, attempt_id: int) -> None:
    try:
        with ctx.db.transaction() as session:
            session.execute(
                update(PaymentAttempt)
                .where(PaymentAttempt.id == attempt_id, PaymentAttempt.status == AttemptStatus.PENDING.value)
                .values(status=AttemptStatus.UNKNOWN.value, reason="the try ended before its answer")
                .execution_options(synchronize_session=False)
            )
    except SQLAlchemyError:
        pass  # the database is gone too: the try's error says more; the lease's end tells the rest


def _finish_attempt(ctx: AppContext, attempt_id: int, status: AttemptStatus, reason: str | None) -> None:
    with ctx.db.transaction() as session:
        attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
        assert attempt is not None
        if attempt.status in _UNSETTLED:
            attempt.status, attempt.reason = status.value, (reason or "")[:100] or None
            attempt.settled_at = ctx.clock.now() if status is not AttemptStatus.UNKNOWN else None


def _charged(
    ctx: AppContext, actor: Actor, number: int, attempt_id: int, result: ChargeResult, checked: _Checked
) -> PaymentOutcome:
    """The gateway's answer to an attempt, written with the payment it makes (or the decline)."""
    now = ctx.clock.now()
    if result.status is not ChargeStatus.SUCCEEDED:
        with ctx.db.transaction() as session:
            attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
            assert attempt is not None
            attempt.status, attempt.reason, attempt.settled_at = (
                AttemptStatus.DECLINED.value,
                (result.reason or "declined")[:100],
                now,
            )
            attempt.gateway_reference = result.reference
            proforma = session.get(Proforma, attempt.proforma_id)
            audit.record(
                session,
                actor,
                now,
                "payment.declined",
                "proforma",
                number,
                customer_id=proforma.customer_id if proforma else None,
                after={"card": attempt.card_last4, "reason": attempt.reason, "key": attempt.idempotency_key},
            )
            last4 = attempt.card_last4
        raise UseCaseError(
            ErrorCode.PAYMENT_DECLINED, number=number, last4=last4, reason=result.reason or "declined"
        )
    try:
        with ctx.db.transaction() as session:
            attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
            assert attempt is not None
            attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.SUCCEEDED.value, None, now
            attempt.gateway_reference = result.reference
            return _record(
                ctx,
                actor,
                session,
                number,
                _Paid(
                    PaymentMethod.CARD,
                    checked.paid_on,
                    checked.reference or result.reference,
                    attempt.card_id,
                    attempt.card_last4,
                    result.amount.minor,
                ),
                now,
            )
    except UseCaseError as error:
        if error.code not in NOT_APPLICABLE:
            raise  # NO_PRICE, say: fixed, paying again with the card records this same charge
        # The money was taken and nothing on the proforma can take it: said, and listed for finance.
        raise mark_not_applied(ctx, actor, number, attempt_id, result, error.code.value) from None
    except AmountDueChanged:
        raise mark_not_applied(ctx, actor, number, attempt_id, result, AMOUNT_DUE_CHANGED) from None


def _settle_earlier(ctx: AppContext, actor: Actor, number: int, checked: _Checked) -> PaymentOutcome | None:
    """An earlier try's charge that no payment records (its answer lost, or the program stopped
    before it recorded it) is asked of the gateway by its key: made, it is recorded now; declined,
    it is said; never received, its key is used again."""
    with ctx.db.reading() as session:
        proforma = _find(session, number)
        attempt = _open_card_attempt(session, proforma)
        if attempt is None:
            return None
        if _under_way(attempt, ctx.clock.now()):
            raise UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=number, last4=attempt.card_last4)
        attempt_id, key, last4 = attempt.id, attempt.idempotency_key, attempt.card_last4
    try:
        found = ctx.gateway.lookup(key)
    except GatewayError:
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=last4) from None
    if found is None:
        _finish_attempt(ctx, attempt_id, AttemptStatus.NOT_SENT, "the gateway has no charge with this key")
        return None
    return _charged(ctx, actor, number, attempt_id, found, checked)
