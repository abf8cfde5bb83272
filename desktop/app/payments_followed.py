"""The proforma card charges a person must act on (R41), first in the follow-up list: money received
and not applied (desktop/app/payments_not_applied: refund it), and charges whose answer was never
written (desktop/app/payments_settling: ask the gateway). They are few (each one a race lost or a
try that stopped dead), so they are read whole every time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app.payments_settling import UNSETTLED, under_way
from desktop.core.codes import AttemptStatus, FollowUpKind, ProformaStatus
from desktop.store.models import Customer, PaymentAttempt, Proforma


@dataclass(frozen=True)
class FollowedCharge:
    """A proforma's card charge as finance sees it. `when`: the day it was found not applied, or the
    day it was sent (unknown)."""

    kind: FollowUpKind
    attempt_id: int
    proforma_number: int
    customer_id: int
    customer_ref: str
    customer_name: str
    amount_minor: int
    currency: str
    card_last4: str
    reason: str | None
    when: date | None


def followed_charges(session: Session, now: datetime, zone: tzinfo) -> list[FollowedCharge]:
    """Every charge not applied, and every charge of an open proforma whose answer was never written
    and that nobody is sending now, oldest first."""
    rows = session.execute(
        select(PaymentAttempt, Proforma.number, Proforma.status, Customer.id, Customer.ref, Customer.name)
        .join(Proforma, Proforma.id == PaymentAttempt.proforma_id)
        .join(Customer, Customer.id == Proforma.customer_id)
        .where(PaymentAttempt.status.in_((AttemptStatus.UNAPPLIED, *UNSETTLED)))
        .order_by(PaymentAttempt.id)
    ).tuples()
    found = []
    for attempt, number, status, customer_id, ref, name in rows:
        if attempt.status == AttemptStatus.UNAPPLIED:
            kind, moment = FollowUpKind.MONEY_NOT_APPLIED, attempt.settled_at
        elif status == ProformaStatus.OPEN and not under_way(attempt, now):
            kind, moment = FollowUpKind.PAYMENT_UNKNOWN, attempt.created_at
        else:
            continue
        found.append(
            FollowedCharge(
                kind=kind,
                attempt_id=attempt.id,
                proforma_number=number,
                customer_id=customer_id,
                customer_ref=ref,
                customer_name=name,
                amount_minor=attempt.amount_minor,
                currency=attempt.currency,
                card_last4=attempt.card_last4,
                reason=attempt.reason,
                when=moment.astimezone(zone).date() if moment is not None else None,
            )
        )
    return found
