"""A proforma paid by a card charged now (R39), as the due engine charges (SPEC 2b): the attempt, with its
idempotency key (one per proforma; a new one only after a charge declined or not applied), is
committed before the gateway is called, the due checks' cycles of the same periods leased to it
meanwhile; the answer is written with the payment it makes (payments_settling)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import audit, cards
from desktop.app.actor import Actor
from desktop.app.cancellation import Stopped, stop_if_cancelled
from desktop.app.errors import UseCaseError
from desktop.app.payments_plan import (
    NOT_CHARGED,
    PaymentLine,
    amount_due,
    find_proforma,
    payment_plan,
    refusal_of,
)
from desktop.app.payments_record import PaymentOutcome
from desktop.app.payments_request import Checked, PaymentRequest, TypedCard
from desktop.app.payments_settling import (
    finish_attempt,
    no_card_charge_pending,
    record_answer,
    settle_earlier,
    try_ended,
)
from desktop.bootstrap import AppContext
from desktop.core.cards import is_expired
from desktop.core.codes import AttemptStatus, ErrorCode
from desktop.core.money import Money
from desktop.gateway.errors import GatewayError, GatewayTimeout, GatewayUnavailable
from desktop.gateway.protocol import CallContext, ChargeStatus
from desktop.jobs import leases
from desktop.store.models import Card, Cycle, PaymentAttempt, Proforma

# Attempts whose key the gateway answered for good: a new charge of the proforma takes a new key.
_KEY_USED = (AttemptStatus.DECLINED, AttemptStatus.UNAPPLIED, AttemptStatus.REFUNDED)


@dataclass(frozen=True)
class _Charge:
    """An attempt committed and what the gateway is asked with it."""

    attempt_id: int
    key: str
    token: str
    amount: Money
    card_id: int | None
    last4: str
    card_ref: str
    customer_id: int
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


def pay_by_card(
    ctx: AppContext,
    actor: Actor,
    number: int,
    customer_id: int,
    request: PaymentRequest,
    checked: Checked,
    cancel: threading.Event | None,
    on_sent: Callable[[], None] | None,
) -> PaymentOutcome:
    # A charge an earlier try sent and never recorded is settled first: it may be this payment.
    settled = settle_earlier(ctx, actor, number, checked)
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
        finish_attempt(ctx, charge.attempt_id, AttemptStatus.NOT_SENT, "cancelled before it was sent")
        _let_cycles_go(ctx, charge)
        raise Stopped
    try:
        return _send(ctx, actor, number, charge, checked, on_sent, typed=request.card is not None)
    finally:
        # However this try ended (an answer recorded, a refusal, an error, the thread stopped), a
        # charge still pending is no longer being sent: unknown, settled by its key on the next try.
        # Only a try that died with its process skips this, and its dead process says the same.
        try_ended(ctx, charge.attempt_id)


def _send(
    ctx: AppContext,
    actor: Actor,
    number: int,
    charge: _Charge,
    checked: Checked,
    on_sent: Callable[[], None] | None,
    *,
    typed: bool,
) -> PaymentOutcome:
    """The charge asked of the gateway with the attempt's key, and its answer recorded."""
    _audit_sent(ctx, actor, number, charge)
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
        finish_attempt(ctx, charge.attempt_id, AttemptStatus.UNKNOWN, "the gateway's answer timed out")
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=charge.last4) from None
    except GatewayUnavailable as exc:
        finish_attempt(ctx, charge.attempt_id, AttemptStatus.NOT_SENT, str(exc))
        _let_cycles_go(ctx, charge)
        if typed:  # saved a moment ago: "nothing was changed" would be false
            raise UseCaseError(
                ErrorCode.PAYMENT_NOT_SENT_CARD_KEPT, last4=charge.last4, ref=charge.card_ref, detail=str(exc)
            ) from None
        raise UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=str(exc)) from None
    except GatewayError as exc:
        finish_attempt(ctx, charge.attempt_id, AttemptStatus.UNKNOWN, str(exc))
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=charge.last4) from None
    try:
        return record_answer(ctx, actor, number, charge.attempt_id, result, checked, typed=typed)
    except UseCaseError:
        if result.status is not ChargeStatus.SUCCEEDED:
            _let_cycles_go(ctx, charge)  # declined: nothing was charged
        raise


def _audit_sent(ctx: AppContext, actor: Actor, number: int, charge: _Charge) -> None:
    """The charge in the audit log as it goes to the gateway (key, amount, card): the log shows it
    made, or maybe made, even while its answer is unknown or was never written."""
    with ctx.db.transaction() as session:
        audit.record(
            session,
            actor,
            ctx.clock.now(),
            "payment.charge_sent",
            "proforma",
            number,
            customer_id=charge.customer_id,
            after={
                "key": charge.key,
                "amount": charge.amount.minor,
                "currency": charge.amount.currency,
                "card": charge.last4,
            },
        )


def _begin(ctx: AppContext, number: int, customer_id: int, card_id: int | None) -> _Charge:
    """The attempt committed with its key before the gateway is called (SPEC 2b)."""
    now, today = ctx.clock.now(), ctx.today()
    with ctx.db.transaction() as session:
        proforma = find_proforma(session, number, lock=True)
        plan = payment_plan(session, proforma)
        refusal = refusal_of(session, proforma, plan, today)
        if refusal is not None:
            raise refusal
        card = _chargeable(session, card_id, customer_id, today)
        # Another workstation's charge begun since this try looked: it is waited for, never sent twice.
        no_card_charge_pending(session, proforma, now)
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
        attempt.amount_minor, attempt.currency = amount_due(plan), proforma.currency
        attempt.card_id, attempt.card_last4 = card.id, card.last4
        session.flush()
        return _Charge(
            attempt_id=attempt.id,
            key=key,
            token=card.token,
            amount=Money(attempt.amount_minor, attempt.currency),
            card_id=card.id,
            last4=card.last4,
            card_ref=card.ref,
            customer_id=customer_id,
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
                Cycle.service_id.in_(list(renewing)), Cycle.status.in_(NOT_CHARGED)
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
