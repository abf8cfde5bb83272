"""Payment of a proforma (R39): by transfer, cash or cheque (date, reference), or a card charged now;
and its cancellation. The use cases, and the one place the rest of the program imports them from:

- payments_plan: what paying would do, line by line (left out, and why), the amount due, the refusals;
- payments_request: what staff typed;
- payments_record: the payment recorded, whole or nothing, in one transaction (invoice, renewals);
- payments_card: a card charged now, its attempt committed with its key before the gateway is asked;
- payments_settling: a card charge whose answer was not written yet, under way or settled by its key;
- payments_not_applied: a charge made that nothing can take any more, listed and refunded."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.cancellation import stop_if_cancelled
from desktop.app.changes import Change, announces
from desktop.app.documents import DocumentView, proforma_document
from desktop.app.errors import UseCaseError, field_refusal
from desktop.app.payments_card import pay_by_card
from desktop.app.payments_not_applied import NOT_APPLICABLE
from desktop.app.payments_plan import (
    PaymentLine,
    already_paid,
    already_paid_each,
    amount_due,
    find_proforma,
    issued_on,
    not_open,
    payment_plan,
    refusal_of,
)
from desktop.app.payments_record import RENEWED_BY_PAYMENT, Paid, PaymentOutcome, RenewedService, record_paid
from desktop.app.payments_request import Checked, PaymentRequest, TypedCard
from desktop.app.payments_settling import (
    no_card_charge_pending,
    open_card_attempt,
    sending_now,
    settle_earlier,
    settles_first,
)
from desktop.app.row_views import card_view
from desktop.app.views import CardView
from desktop.bootstrap import AppContext
from desktop.core import fields
from desktop.core.codes import AttemptStatus, ErrorCode, PaymentMethod, ProformaStatus
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.core.money import format_amount
from desktop.store.models import Card, PaymentAttempt, Proforma

__all__ = [
    "RENEWED_BY_PAYMENT",
    "EarlierCharge",
    "PaymentLine",
    "PaymentOutcome",
    "PaymentPreview",
    "PaymentRequest",
    "RenewedService",
    "TypedCard",
    "already_paid",
    "already_paid_each",
    "cancel_proforma",
    "preview_payment",
    "record_payment",
    "settle_card_payment",
]


@dataclass(frozen=True)
class EarlierCharge:
    """A card charge of the proforma the gateway made that nothing could take (payments_not_applied)."""

    amount_minor: int
    currency: str
    card_last4: str
    refunded: bool


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
    # The proforma's card charges made and not applied (refunded or still to refund): a person about to
    # charge the card again sees that it was charged before, and that the money went (or goes) back.
    earlier_charges: tuple[EarlierCharge, ...] = ()
    # The last four digits of the card of an earlier try whose charge's outcome is not known yet:
    # Record payment with the card asks the gateway about it first, and with nothing left to pay that
    # is all it does.
    unsettled_card: str | None = None

    @property
    def number(self) -> int:
        return self.proforma.number


def preview_payment(ctx: AppContext, actor: Actor, proforma_number: int) -> PaymentPreview:
    """The proforma, each line with what paying it now would do, the amount due, and the refusal
    Record payment would give whatever is typed."""
    require(actor, Permission.VIEW_CUSTOMERS)
    today = ctx.today()
    document = proforma_document(ctx, actor, proforma_number)
    with ctx.db.reading() as session:
        proforma = find_proforma(session, proforma_number)
        plan = payment_plan(session, proforma)
        cards = tuple(
            card_view(card, today)
            for card in session.scalars(
                select(Card).where(Card.customer_id == proforma.customer_id).order_by(Card.id)
            )
        )
        return PaymentPreview(
            proforma=document,
            lines=tuple(plan),
            amount_due_minor=amount_due(plan),
            currency=proforma.currency,
            issued_on=issued_on(ctx, proforma),
            today=today,
            cards=cards,
            earlier_charges=tuple(
                EarlierCharge(
                    attempt.amount_minor,
                    attempt.currency,
                    attempt.card_last4,
                    refunded=attempt.status == AttemptStatus.REFUNDED,
                )
                for attempt in session.scalars(
                    select(PaymentAttempt)
                    .where(
                        PaymentAttempt.proforma_id == proforma.id,
                        PaymentAttempt.status.in_((AttemptStatus.UNAPPLIED, AttemptStatus.REFUNDED)),
                    )
                    .order_by(PaymentAttempt.id)
                )
            ),
            refusal=sending_now(session, proforma, ctx.clock.now())
            or _unless_settling(session, proforma, refusal_of(session, proforma, plan, today)),
            unsettled_card=unsettled.card_last4
            if (unsettled := open_card_attempt(session, proforma))
            else None,
        )


def _unless_settling(
    session: Session, proforma: Proforma, refusal: UseCaseError | None
) -> UseCaseError | None:
    """Nothing left to pay is no refusal while an earlier try's charge is unsettled: paying with the
    card is what settles it (record_payment asks the gateway by its key first)."""
    if refusal is not None and refusal.code in NOT_APPLICABLE and open_card_attempt(session, proforma):
        return None
    return refusal


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


def _checked(
    ctx: AppContext,
    session: Session,
    request: PaymentRequest,
    proforma: Proforma,
    plan: Sequence[PaymentLine],
) -> Checked:
    """The refusals of a payment that come before anything is done, in the order staff fix them."""
    today = ctx.today()
    refusal = refusal_of(session, proforma, plan, today)
    if refusal is not None:
        raise refusal
    try:
        reference = fields.optional_text(Field.PAYMENT_REFERENCE, request.reference)
        paid_on = today if request.method is PaymentMethod.CARD else (request.paid_on or today)
        fields.payment_date(paid_on, issued_on(ctx, proforma), today)
        due = amount_due(plan)
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
    return Checked(paid_on=paid_on, reference=reference)


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
        proforma = find_proforma(session, proforma_number)
        plan = payment_plan(session, proforma)
        customer_id = proforma.customer_id
        unsettled: UseCaseError | None
        try:
            checked = _checked(ctx, session, request, proforma, plan)
        except UseCaseError as refusal:
            if not settles_first(session, request, proforma, refusal):
                raise
            unsettled = refusal
        else:
            unsettled = None
    if unsettled is not None:
        # An earlier try's charge is settled even when nothing is left to pay: it may have taken money.
        settle_earlier(ctx, actor, proforma_number, Checked(ctx.today(), None))
        raise unsettled
    if request.method is PaymentMethod.CARD:
        return pay_by_card(ctx, actor, proforma_number, customer_id, request, checked, cancel, on_sent)
    stop_if_cancelled(cancel)
    with ctx.db.transaction() as session:
        proforma = find_proforma(session, proforma_number, lock=True)
        if proforma.status != ProformaStatus.OPEN:
            raise not_open(session, proforma)  # paid meanwhile, maybe by a card on another workstation
        no_card_charge_pending(session, proforma, ctx.clock.now())
        outcome = record_paid(
            ctx,
            actor,
            session,
            proforma_number,
            Paid(request.method, checked.paid_on, checked.reference, None, None, None),
            ctx.clock.now(),
        )
        stop_if_cancelled(cancel)
    return outcome


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def settle_card_payment(ctx: AppContext, actor: Actor, proforma_number: int) -> PaymentOutcome | None:
    """Asks the gateway, by its key, what became of the proforma's card charge whose answer was never
    written (lost, or its try stopped dead), and writes it; charges nothing. Made: the payment is
    recorded and returned (or, nothing left to take it, PAYMENT_NOT_APPLIED). Declined:
    PAYMENT_DECLINED. Never received: None, the card was not charged and the proforma is free again
    (paid otherwise, charged anew, cancelled)."""
    require(actor, Permission.RECORD_PAYMENT)
    with ctx.db.reading() as session:
        proforma = find_proforma(session, proforma_number)
        if open_card_attempt(session, proforma) is None:
            raise UseCaseError(ErrorCode.NOTHING_TO_SETTLE, number=proforma_number)
    return settle_earlier(ctx, actor, proforma_number, Checked(ctx.today(), None))


@announces(Change.ACCOUNTS)
def cancel_proforma(ctx: AppContext, actor: Actor, number: int) -> None:
    """An open (or expired) proforma is cancelled: it can no longer be paid. Audited."""
    require(actor, Permission.CANCEL_PROFORMA)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        proforma = find_proforma(session, number, lock=True)
        if proforma.status != ProformaStatus.OPEN:
            raise not_open(session, proforma)
        no_card_charge_pending(session, proforma, now)
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
