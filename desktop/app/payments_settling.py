"""A proforma's card charge whose answer the program has not written yet (SPEC 2b): under way while its
sender lives and waits for the gateway (the database says so: the attempt pending, its owner alive);
otherwise settled by its idempotency key with the gateway before anything else is done to the
proforma: made, it is recorded (or, when nothing can take it any more, written not applied);
declined, it is said; never received, its key is used again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor
from desktop.app.errors import UseCaseError
from desktop.app.payments_not_applied import (
    AMOUNT_DUE_CHANGED,
    NOT_APPLICABLE,
    AmountDueChanged,
    mark_not_applied,
)
from desktop.app.payments_plan import find_proforma
from desktop.app.payments_record import Paid, PaymentOutcome, record_paid
from desktop.app.payments_request import Checked, PaymentRequest
from desktop.bootstrap import AppContext
from desktop.core.codes import AttemptStatus, ErrorCode, PaymentMethod, StopReason
from desktop.gateway.errors import GatewayError
from desktop.gateway.protocol import ChargeResult, ChargeStatus
from desktop.jobs import leases
from desktop.store.models import Card, PaymentAttempt, Proforma

# A card attempt the gateway may have charged that no payment records yet.
UNSETTLED = (AttemptStatus.PENDING, AttemptStatus.UNKNOWN)


def open_card_attempt(session: Session, proforma: Proforma) -> PaymentAttempt | None:
    """A card charge sent (or about to be) for the proforma that no payment records yet. (A charge
    that succeeded is written so in the transaction that records its payment: it is never open.)"""
    return session.scalars(
        select(PaymentAttempt)
        .where(PaymentAttempt.proforma_id == proforma.id, PaymentAttempt.status.in_(UNSETTLED))
        .order_by(PaymentAttempt.id.desc())
    ).first()


def under_way(attempt: PaymentAttempt, now: datetime) -> bool:
    """A card charge being sent right now: it will be recorded (or said declined) in a moment. The
    database alone says so, for every window of every process on every workstation: the attempt is
    still pending (a try that ends in any way but death writes it unknown at once, pay_by_card), and
    its sender's process lives (desktop/jobs/leases: a dead one on this machine is seen at once).
    Past the lease nothing waits that long for a gateway."""
    owner = attempt.sent_by
    if attempt.status != AttemptStatus.PENDING or not owner:
        return False
    if now - attempt.created_at > leases.LEASE:
        return False
    return leases.is_alive(owner)


def no_card_charge_pending(session: Session, proforma: Proforma, now: datetime) -> None:
    """A proforma whose card charge is not settled is not paid otherwise nor cancelled: the card
    may have been charged. A charge another workstation is sending now is waited for; one whose
    answer was lost is settled by paying again with the card."""
    attempt = open_card_attempt(session, proforma)
    if attempt is None:
        return
    if under_way(attempt, now):
        raise UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=proforma.number, last4=attempt.card_last4)
    raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=proforma.number, last4=attempt.card_last4)


def sending_now(session: Session, proforma: Proforma, now: datetime) -> UseCaseError | None:
    """PAYMENT_UNDER_WAY while another workstation's card charge of the proforma awaits its answer."""
    attempt = open_card_attempt(session, proforma)
    if attempt is not None and under_way(attempt, now):
        return UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=proforma.number, last4=attempt.card_last4)
    return None


def settles_first(
    session: Session, request: PaymentRequest, proforma: Proforma, refusal: UseCaseError
) -> bool:
    """Whether a card payment refused because nothing is left to pay still asks the gateway about an
    earlier try's charge: "pay again with the card" must settle it, whatever happened to the lines."""
    return (
        request.method is PaymentMethod.CARD
        and refusal.code in NOT_APPLICABLE
        and open_card_attempt(session, proforma) is not None
    )


def try_ended(ctx: AppContext, attempt_id: int) -> None:
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


def finish_attempt(ctx: AppContext, attempt_id: int, status: AttemptStatus, reason: str | None) -> None:
    with ctx.db.transaction() as session:
        attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
        assert attempt is not None
        if attempt.status in UNSETTLED:
            attempt.status, attempt.reason = status.value, (reason or "")[:100] or None
            attempt.settled_at = ctx.clock.now() if status is not AttemptStatus.UNKNOWN else None


def record_answer(
    ctx: AppContext,
    actor: Actor,
    number: int,
    attempt_id: int,
    result: ChargeResult,
    checked: Checked,
    *,
    typed: bool = False,
) -> PaymentOutcome:
    """The gateway's answer to an attempt, written with the payment it makes (or the decline). `typed`:
    the card was typed to pay now and saved just before; declined, it is kept marked not valid (its
    charge was declined) in the same transaction, so it never shows valid nor offers Recurring (R1)."""
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
            kept = _declined_card_kept(session, actor, now, attempt.card_id) if typed else None
        if kept is not None:
            raise UseCaseError(
                ErrorCode.PAYMENT_DECLINED_CARD_KEPT,
                number=number,
                last4=last4,
                ref=kept,
                reason=result.reason or "declined",
            )
        raise UseCaseError(
            ErrorCode.PAYMENT_DECLINED, number=number, last4=last4, reason=result.reason or "declined"
        )
    try:
        with ctx.db.transaction() as session:
            attempt = session.get(PaymentAttempt, attempt_id, with_for_update=True)
            assert attempt is not None
            attempt.status, attempt.reason, attempt.settled_at = AttemptStatus.SUCCEEDED.value, None, now
            attempt.gateway_reference = result.reference
            return record_paid(
                ctx,
                actor,
                session,
                number,
                Paid(
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


def _declined_card_kept(session: Session, actor: Actor, now: datetime, card_id: int | None) -> str | None:
    """A card typed to pay and saved, whose charge was declined: kept (it was verified and saved, and
    staff see what happened to it) but not valid, as a declined charge says. Its ref, or None."""
    card = session.get(Card, card_id, with_for_update=True) if card_id is not None else None
    if card is None:
        return None
    card.invalid_reason = StopReason.CHARGE_DECLINED.value
    audit.record(
        session,
        actor,
        now,
        "card.invalidated",
        "card",
        card.id,
        customer_id=card.customer_id,
        after={"card": card.last4, "reason": StopReason.CHARGE_DECLINED.value},
    )
    return card.ref


def settle_earlier(ctx: AppContext, actor: Actor, number: int, checked: Checked) -> PaymentOutcome | None:
    """An earlier try's charge that no payment records (its answer lost, or the program stopped
    before it recorded it) is asked of the gateway by its key: made, it is recorded now; declined,
    it is said; never received, its key is used again."""
    with ctx.db.reading() as session:
        proforma = find_proforma(session, number)
        attempt = open_card_attempt(session, proforma)
        if attempt is None:
            return None
        if under_way(attempt, ctx.clock.now()):
            raise UseCaseError(ErrorCode.PAYMENT_UNDER_WAY, number=number, last4=attempt.card_last4)
        attempt_id, key, last4 = attempt.id, attempt.idempotency_key, attempt.card_last4
    try:
        found = ctx.gateway.lookup(key)
    except GatewayError:
        raise UseCaseError(ErrorCode.PAYMENT_OUTCOME_UNKNOWN, number=number, last4=last4) from None
    if found is None:
        finish_attempt(ctx, attempt_id, AttemptStatus.NOT_SENT, "the gateway has no charge with this key")
        return None
    return record_answer(ctx, actor, number, attempt_id, found, checked)
