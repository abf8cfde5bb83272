"""What paying a proforma would do (R39), asked before and again inside the payment's transaction:
each line with the service's expiry now and after, or why it is left out (its period already paid by
an automatic charge or another proforma, its service deleted), the amount due, and the refusal
Record payment would give whatever is typed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import CycleStatus, ErrorCode, LeftOut, ProformaStatus
from desktop.core.periods import add_months
from desktop.store.models import Cycle, Invoice, InvoiceLine, Payment, Proforma, Service

# A service's cycles that had not been charged yet; a payment of the same period ends them.
NOT_CHARGED = (
    CycleStatus.OPEN,
    CycleStatus.CHECKED,
    CycleStatus.NEEDS_ATTENTION,
    CycleStatus.STOPPED,
    CycleStatus.FAILED,
)


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


def payment_plan(session: Session, proforma: Proforma, *, lock: bool = False) -> list[PaymentLine]:
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


def amount_due(plan: Sequence[PaymentLine]) -> int:
    return sum(line.amount_minor for line in plan if line.left_out is None)


def issued_on(ctx: AppContext, proforma: Proforma) -> date:
    return proforma.issued_at.astimezone(ctx.settings.zone).date()


def lock_cycles(session: Session, proforma: Proforma) -> None:
    """The proforma's services' cycles not yet charged, locked before the services themselves: the
    due engine locks a cycle, then changes its service; the same order never deadlocks with it."""
    service_ids = [line.service_id for line in proforma.lines if line.service_id is not None]
    if service_ids:
        session.execute(
            select(Cycle.id)
            .where(Cycle.service_id.in_(service_ids), Cycle.status.in_((*NOT_CHARGED, CycleStatus.CHARGING)))
            .with_for_update()
        ).all()


def being_charged(session: Session, plan: Sequence[PaymentLine]) -> list[str]:
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


def refusal_of(
    session: Session, proforma: Proforma, plan: Sequence[PaymentLine], today: date
) -> UseCaseError | None:
    if proforma.status != ProformaStatus.OPEN:
        return not_open(session, proforma)
    if not any(line.left_out is None for line in plan):
        return UseCaseError(ErrorCode.NOTHING_TO_RENEW, number=proforma.number)
    charging = being_charged(session, plan)
    if charging:
        return UseCaseError(ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY, number=proforma.number, services=charging)
    return None


def not_open(session: Session, proforma: Proforma) -> UseCaseError:
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


def find_proforma(session: Session, number: int, *, lock: bool = False) -> Proforma:
    query = select(Proforma).where(Proforma.number == number)
    if lock:
        # Two workstations paying (or cancelling) one proforma queue here: the second finds it paid.
        query = query.with_for_update()
    proforma = session.scalar(query)
    if proforma is None:
        raise UseCaseError(ErrorCode.PROFORMA_UNKNOWN, number=number)
    return proforma
