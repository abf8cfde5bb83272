"""Money received and not applied: a proforma's card charge the gateway made that the program could
not record as the proforma's payment, because between the charge's start and its answer the lines
it paid for were renewed otherwise or removed (a service deleted, its period paid on another
proforma), so that nothing, or not the amount charged, is left to renew.

The customer's money is never kept without an invoice, and never silently: the charge is written
`unapplied` with why, audited, and listed for finance (the follow-up list, `proforma refund`), whose
one action gives it back to the card through the gateway. The refund's idempotency key is made from
the charge's (`refund-<charge key>`), so a refund whose answer was lost, or whose recording a crash
stopped, is asked again with the same key and the gateway answers with the refund it made: money is
never given back twice. The proforma itself is free again: cancelled, or paid for what is still due
(a new charge takes a new key)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.app.payments_plan import not_open
from desktop.bootstrap import AppContext
from desktop.core.codes import AttemptStatus, ErrorCode
from desktop.core.money import Money, format_amount
from desktop.gateway.errors import GatewayError, GatewayTimeout
from desktop.gateway.protocol import ChargeResult
from desktop.store.models import Cycle, PaymentAttempt, Proforma

# Why a charge could not be applied (the attempt's `reason`): the refusal the payment's recording
# met, or the amount due no longer being the amount charged.
AMOUNT_DUE_CHANGED = "amount_due_changed"
# The recording's refusals that make a charge unapplied: nothing the gateway will ever answer changes them.
NOT_APPLICABLE = frozenset({ErrorCode.NOTHING_TO_RENEW, ErrorCode.PROFORMA_NOT_OPEN})


class AmountDueChanged(Exception):
    """The proforma's amount due is no longer the amount charged: a line was left out meanwhile."""


def refund_key(charge_key: str) -> str:
    return f"refund-{charge_key}"


def _money(minor: int, currency: str) -> str:
    return f"{format_amount(minor, currency)} {currency}"


def mark_not_applied(
    ctx: AppContext, actor: Actor, number: int, attempt_id: int, result: ChargeResult, why: str
) -> UseCaseError:
    """The charge written unapplied (money received, listed for finance), the due checks' cycles it
    held let go, audited; returns the refusal that says so."""
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
        assert attempt is not None
        proforma = session.get(Proforma, attempt.proforma_id)
        if attempt.status == AttemptStatus.SUCCEEDED and proforma is not None:
            # Another window recorded this same charge (asked by the same key) meanwhile: the money
            # was applied, by it. Said as any payment that came second is told: paid, how, invoice.
            return not_open(session, proforma)
        if attempt.status in (AttemptStatus.PENDING, AttemptStatus.UNKNOWN):
            attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.UNAPPLIED.value, why, now
            attempt.gateway_reference = result.reference
            if attempt.sent_by:
                _let_go(session, attempt.sent_by)
            audit.record(
                session,
                actor,
                now,
                "payment.not_applied",
                "proforma",
                number,
                customer_id=proforma.customer_id if proforma else None,
                before={"status": AttemptStatus.PENDING.value},
                after={
                    "status": AttemptStatus.UNAPPLIED.value,
                    "reason": why,
                    "amount": result.amount.minor,
                    "currency": result.amount.currency,
                    "card": attempt.card_last4,
                    "key": attempt.idempotency_key,
                    "gateway_reference": result.reference,
                },
            )
        return UseCaseError(
            ErrorCode.PAYMENT_NOT_APPLIED,
            number=number,
            last4=attempt.card_last4,
            amount=_money(result.amount.minor, result.amount.currency),
            amount_minor=result.amount.minor,
            currency=result.amount.currency,
            reason=attempt.reason or why,
        )


def _let_go(session: Session, owner: str) -> None:
    """The cycles the payment's try held (leased to its owner, which is this try's alone) are the due
    checks' again: nothing renewed their periods."""
    session.execute(
        update(Cycle)
        .where(Cycle.lease_owner == owner)
        .values(lease_owner=None, lease_until=None)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class Refunded:
    proforma_number: int
    amount_minor: int
    currency: str
    card_last4: str
    reference: str  # the gateway's reference of the refund


@announces(Change.ACCOUNTS, Change.CHARGES)
def refund_not_applied(ctx: AppContext, actor: Actor, proforma_number: int) -> tuple[Refunded, ...]:
    """Gives back to the card every charge of the proforma received and not applied, each through the
    gateway with a key of its own (asked again, the gateway answers with the same refund), then
    writes it refunded, audited."""
    require(actor, Permission.RECORD_PAYMENT)
    with ctx.db.reading() as session:
        proforma_id = session.scalar(select(Proforma.id).where(Proforma.number == proforma_number))
        if proforma_id is None:
            raise UseCaseError(ErrorCode.PROFORMA_UNKNOWN, number=proforma_number)
        owed = session.execute(
            select(
                PaymentAttempt.id,
                PaymentAttempt.idempotency_key,
                PaymentAttempt.amount_minor,
                PaymentAttempt.currency,
                PaymentAttempt.card_last4,
            )
            .where(
                PaymentAttempt.proforma_id == proforma_id,
                PaymentAttempt.status == AttemptStatus.UNAPPLIED.value,
            )
            .order_by(PaymentAttempt.id)
        ).all()
    if not owed:
        raise UseCaseError(ErrorCode.REFUND_NOTHING, number=proforma_number)
    refunded = []
    for attempt_id, charge_key, amount_minor, currency, last4 in owed:
        _audit_refund_sent(ctx, actor, proforma_number, charge_key, Money(amount_minor, currency), last4)
        try:
            result = ctx.gateway.refund(charge_key, Money(amount_minor, currency), key=refund_key(charge_key))
        except GatewayTimeout:
            raise UseCaseError(
                ErrorCode.REFUND_OUTCOME_UNKNOWN, number=proforma_number, last4=last4
            ) from None
        except GatewayError as exc:
            raise UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=str(exc)) from None
        _write_refunded(ctx, actor, proforma_number, attempt_id, result.reference)
        refunded.append(Refunded(proforma_number, amount_minor, currency, last4, result.reference))
    return tuple(refunded)


def _audit_refund_sent(
    ctx: AppContext, actor: Actor, number: int, charge_key: str, amount: Money, last4: str
) -> None:
    """The refund in the audit log as it goes to the gateway (its key, amount, card): the log shows it
    asked for even while its answer is unknown."""
    with ctx.db.transaction() as session:
        customer_id = session.scalar(select(Proforma.customer_id).where(Proforma.number == number))
        audit.record(
            session,
            actor,
            ctx.clock.now(),
            "payment.refund_sent",
            "proforma",
            number,
            customer_id=customer_id,
            after={
                "key": refund_key(charge_key),
                "amount": amount.minor,
                "currency": amount.currency,
                "card": last4,
            },
        )


def _write_refunded(ctx: AppContext, actor: Actor, number: int, attempt_id: int, reference: str) -> None:
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
        if attempt is None or attempt.status != AttemptStatus.UNAPPLIED:
            return  # another workstation's refund of the same charge (the same key) wrote it first
        attempt.status = AttemptStatus.REFUNDED.value
        proforma = session.get(Proforma, attempt.proforma_id)
        audit.record(
            session,
            actor,
            now,
            "payment.refunded",
            "proforma",
            number,
            customer_id=proforma.customer_id if proforma else None,
            before={"status": AttemptStatus.UNAPPLIED.value},
            after={
                "status": AttemptStatus.REFUNDED.value,
                "amount": attempt.amount_minor,
                "currency": attempt.currency,
                "card": attempt.card_last4,
                "key": refund_key(attempt.idempotency_key),
                "refund_reference": reference,
            },
        )
