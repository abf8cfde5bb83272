"""A customer's cards (R38, R20): add one typed by staff (tokenised by the gateway at once and
verified, R8), replace an old card by a new one on every service in one step, remove one (its
services moved to another card or their auto-renew stopped, in the same step).

A typed number lives only as long as the gateway call that tokenises it: it is never stored,
audited, logged or put in an exception. `add_card` drops its own name for it as soon as the gateway
answered, so that a refusal raised afterwards does not carry it in its traceback's frames."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.cancellation import Stopped, stop_if_cancelled
from desktop.app.changes import Change, announces
from desktop.app.cycles_follow import follow_cycles
from desktop.app.errors import UseCaseError, field_refusal
from desktop.app.row_views import card_view
from desktop.app.stop_mail import stopped_by_staff_mail
from desktop.app.views import AccountView, CardView, ServiceView
from desktop.bootstrap import AppContext
from desktop.core import fields
from desktop.core.cards import expires_before, is_expired, looks_like_card_number
from desktop.core.codes import ErrorCode, StopReason
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.core.followup import stopped_by_card
from desktop.core.refs import ref_key
from desktop.core.risk import card_expires_first
from desktop.gateway.errors import CardRejected, GatewayError
from desktop.gateway.protocol import CallContext, Tokenized
from desktop.jobs.renew_changes import CyclesFollowed
from desktop.store.models import AutoRenew, Card, Customer, Service
from desktop.store.outbox_repo import QueuedMail, enqueue

REF_PREFIX = "V-"
_DIGIT_RUNS = re.compile(r"[0-9][0-9 -]{10,}[0-9]")
_MASK = "[card number]"


# -- what the windows show of a card -------------------------------------------------------------


@dataclass(frozen=True)
class CardUse:
    """Who uses one card: every service whose auto-renew names it, those of them renewing now, and
    those whose next charge comes after the card's last valid day (R9)."""

    services: tuple[ServiceView, ...]
    active: tuple[ServiceView, ...]
    expires_first: tuple[ServiceView, ...]


def card_uses(account: AccountView) -> dict[int, CardUse]:
    """Per card id of the account, its use: the one place the cards tab and the dialogs ask."""
    uses: dict[int, CardUse] = {}
    for card in account.cards:
        using = tuple(service for service in account.services if service.card_id == card.id)
        active = tuple(service for service in using if service.auto_renew_on)
        late = tuple(
            service
            for service in active
            if service.next_charge_on is not None
            and expires_before(card.exp_month, card.exp_year, service.next_charge_on)
        )
        uses[card.id] = CardUse(using, active, late)
    return uses


@dataclass(frozen=True)
class Replacing:
    """What Replace card does to the services of the old card, as the account was loaded: the one place
    the dialog, the command and the use case ask."""

    moving: tuple[ServiceView, ...]  # every service whose auto-renew names the old card
    renewing: tuple[ServiceView, ...]  # of them, those renewing now: they renew with the new card
    # Of them, those stopped by the old card's failure: offered to be switched on again with the new one.
    stopped_by_card: tuple[ServiceView, ...]


def replacing(account: AccountView, old_card_id: int) -> Replacing:
    moving = tuple(service for service in account.services if service.card_id == old_card_id)
    return Replacing(
        moving=moving,
        renewing=tuple(service for service in moving if service.auto_renew_on),
        stopped_by_card=tuple(
            service
            for service in moving
            if not service.auto_renew_on and stopped_by_card(service.stop_reason)
        ),
    )


def expiring_first(
    account: AccountView, services: Iterable[ServiceView], exp_month: int, exp_year: int
) -> tuple[ServiceView, ...]:
    """R9 for a card about to renew `services`: those whose next charge comes after its last valid day
    (core.risk, as Recurring asks it). Flagged; it does not block."""
    lead = account.charge_lead_days
    return tuple(
        service for service in services if card_expires_first(exp_month, exp_year, service.expires_on, lead)
    )


@dataclass(frozen=True)
class CardsMoved:
    """What replacing or removing a card did to its services."""

    moved: tuple[str, ...] = ()  # names of the services now on the new card
    stopped: tuple[str, ...] = ()  # names of the services whose auto-renew stopped (card_removed)
    followed: CyclesFollowed = field(default_factory=CyclesFollowed)
    # Replace card: the services stopped by the old card's failure switched on again with the new one,
    switched_on: tuple[str, ...] = ()
    # those left off (each with its stop reason), and those renewing with a new card that expires
    # before their next charge (R9).
    left_off: tuple[tuple[str, str], ...] = ()
    expires_first: tuple[str, ...] = ()


# -- add -----------------------------------------------------------------------------------------


def _scrubbed(text: str) -> str:
    """A gateway's own words with anything that looks like a card number masked (R20)."""
    return _DIGIT_RUNS.sub(lambda m: _MASK if looks_like_card_number(m[0]) else m[0], text)


def card_holder(value: str) -> str:
    """The holder's name as typed: required, one line, and not the card number typed into the wrong
    field (the windows ask this as the person types)."""
    holder = fields.required_text(Field.CARD_HOLDER, value)
    if looks_like_card_number(holder):
        # The number typed into the wrong field must not be kept as a name (R20).
        raise FieldError(Field.CARD_HOLDER, FieldProblem.FORM, "a name, not a card number")
    return holder


def _tokenize(
    ctx: AppContext, number: str, exp_month: int, exp_year: int, holder: str
) -> Tokenized | UseCaseError:
    """The gateway's token, or the refusal to raise once the number is dropped (never raised here:
    this frame holds the number)."""
    try:
        return ctx.gateway.tokenize(number, exp_month, exp_year, holder)
    except CardRejected:
        return UseCaseError(ErrorCode.CARD_REFUSED, reason="card_rejected", last4=number[-4:])
    except GatewayError as exc:
        return UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=_scrubbed(str(exc)))


@announces(Change.ACCOUNTS)
def add_card(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    number: str,
    holder: str,
    exp_month: int,
    exp_year: int,
    cancel: threading.Event | None = None,
) -> CardView:
    """R38: the fields checked (desktop.core.fields), the number tokenised by the gateway at once and
    the card verified (R8); only token, brand, last 4, expiry and holder are kept, under a ref of its
    own ("V-<n>"). A refusal changes nothing; `cancel` set before the commit changes nothing (R34)."""
    require(actor, Permission.MANAGE_CARDS)
    today = ctx.today()
    refusal: UseCaseError | None = None
    digits = ""
    try:
        digits = fields.card_number(number)
        holder = card_holder(holder)
        fields.card_expiry(exp_month, exp_year, today)
    except FieldError as exc:
        refusal = field_refusal(exc)
    del number
    if refusal is not None:
        # Raised outside the handler: the field rule's frames (which saw the number) are not kept
        # as the refusal's context.
        del digits
        raise refusal
    with ctx.db.reading() as session:
        if session.get(Customer, customer_id) is None:
            refusal = UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
    if refusal is not None or (cancel is not None and cancel.is_set()):
        del digits
        raise refusal or Stopped()
    made = _tokenize(ctx, digits, exp_month, exp_year, holder)
    del digits  # from here on, nothing of this call holds the number (R20)
    if isinstance(made, UseCaseError):
        raise made
    stop_if_cancelled(cancel)
    _verify(ctx, made.token, made.last4, today)
    now = ctx.clock.now()
    for _ in range(3):  # another workstation may take the same ref meanwhile: the next one then
        try:
            with ctx.db.transaction() as session:
                card = Card(
                    customer_id=customer_id,
                    ref=_next_ref(session, customer_id),
                    token=made.token,
                    brand=made.brand,
                    last4=made.last4,
                    exp_month=exp_month,
                    exp_year=exp_year,
                    holder=holder,
                    invalid_reason=None,
                    verified_at=now,
                    created_at=now,
                )
                session.add(card)
                session.flush()
                audit.record(
                    session,
                    actor,
                    now,
                    "card.added",
                    "card",
                    card.id,
                    customer_id=customer_id,
                    after=_kept(card),
                )
                stop_if_cancelled(cancel)
                return card_view(card, today)
        except IntegrityError:
            continue
    raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=[])


def _verify(ctx: AppContext, token: str, last4: str, today: date) -> None:
    """R8: the gateway's verification of the card behind the token."""
    try:
        result = ctx.gateway.verify(
            token, key=f"rd-card-{uuid.uuid4().hex}", context=CallContext(card_last4=last4, due=today)
        )
    except GatewayError as exc:
        raise UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=_scrubbed(str(exc))) from None
    if not result.ok:
        raise UseCaseError(ErrorCode.CARD_REFUSED, reason=result.reason or "card_declined", last4=last4)


def _next_ref(session: Session, customer_id: int) -> str:
    """V-<n> after the highest of the account's cards, "v-3" of an import file too: refs are one ref
    case aside (desktop.core.refs), and LIKE is case-blind on SQLite only."""
    prefix = ref_key(REF_PREFIX)
    keys = [ref_key(ref) for ref in session.scalars(select(Card.ref).where(Card.customer_id == customer_id))]
    numbers = [
        int(key[len(prefix) :]) for key in keys if key.startswith(prefix) and key[len(prefix) :].isdigit()
    ]
    return f"{REF_PREFIX}{max(numbers, default=0) + 1}"


def _kept(card: Card) -> dict[str, object]:
    """What the audit log keeps of a card: never more than the card row does (R20)."""
    return {
        "ref": card.ref,
        "brand": card.brand,
        "card": card.last4,
        "expiry": f"{card.exp_month:02d}/{card.exp_year}",
        "holder": card.holder,
    }


# -- replace and remove --------------------------------------------------------------------------


def _card_of(session: Session, customer_id: int, card_id: int) -> Card:
    card = session.get(Card, card_id)
    if card is None or card.customer_id != customer_id:
        raise UseCaseError(ErrorCode.CARD_NOT_IN_ACCOUNT, card_id=card_id)
    return card


def _target_of(session: Session, customer_id: int, card_id: int) -> Card:
    """The card services are to move to: not on the account (removed meanwhile) is said as such, never
    as the card they move from."""
    card = session.get(Card, card_id)
    if card is None or card.customer_id != customer_id:
        raise UseCaseError(ErrorCode.CARD_TARGET_GONE, card_id=card_id)
    return card


def _usable(ctx: AppContext, customer_id: int, card_id: int, cancel: threading.Event | None) -> None:
    """The card services are moved to is valid (R1, R8): not refused before, not expired, and
    verified by the gateway now."""
    today = ctx.today()
    with ctx.db.reading() as session:
        card = _target_of(session, customer_id, card_id)
        token, last4, month, year, refused = (
            card.token,
            card.last4,
            card.exp_month,
            card.exp_year,
            card.invalid_reason,
        )
    if is_expired(month, year, today):
        raise UseCaseError(ErrorCode.CARD_REFUSED, reason="card_expired", last4=last4)
    if refused is not None:
        raise UseCaseError(ErrorCode.CARD_REFUSED, reason=refused, last4=last4)
    stop_if_cancelled(cancel)
    _verify(ctx, token, last4, today)
    stop_if_cancelled(cancel)


def _renewals_of(session: Session, customer_id: int, card_id: int) -> list[tuple[Service, AutoRenew]]:
    """Every service of the account whose auto-renew names the card, locked until the commit."""
    return list(
        session.execute(
            select(Service, AutoRenew)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(Service.customer_id == customer_id, AutoRenew.card_id == card_id)
            .order_by(Service.name)
            .with_for_update(of=AutoRenew)
        )
        .tuples()
        .all()
    )


def _move(
    session: Session,
    actor: Actor,
    now: datetime,
    customer_id: int,
    rows: list[tuple[Service, AutoRenew]],
    new: Card,
) -> tuple[str, ...]:
    """Each service onto the new card, one audit entry each (R22)."""
    for service, renew in rows:
        before = renew.card_id
        renew.card_id, renew.updated_at = new.id, now
        audit.record(
            session,
            actor,
            now,
            "card.replaced",
            "service",
            service.id,
            customer_id=customer_id,
            before={"card_id": before, "service": service.name},
            after={"card_id": new.id, "service": service.name},
        )
    new.invalid_reason, new.verified_at = None, now  # it has just passed the gateway's verification
    return tuple(service.name for service, _ in rows)


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def replace_card(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    old_card_id: int,
    new_card_id: int,
    cancel: threading.Event | None = None,
    *,
    switch_on: Collection[int] = (),
) -> CardsMoved:
    """R38 "my card expired, here is the new one": every service of the old card moves to the new
    one in one transaction, one audit entry per service; a cycle whose notice named the old card gets
    an updated notice (R28). The new card must be valid (R8). The old card stays on the account.

    `switch_on`: services the old card's failure stopped (Replacing.stopped_by_card) whose auto-renew
    goes on again with the new card in the same transaction (their cycles opened again, R29); one that
    is not such a service any more (switched on or moved meanwhile) is refused (CHANGED_MEANWHILE) and
    nothing changes. The result says what was switched on, what was left off and why, and R9."""
    require(actor, Permission.MANAGE_CARDS)
    if old_card_id == new_card_id:
        raise UseCaseError(ErrorCode.CARD_SAME)
    with ctx.db.reading() as session:
        _card_of(session, customer_id, old_card_id)
    _usable(ctx, customer_id, new_card_id, cancel)
    now = ctx.clock.now()
    wanted = set(switch_on)
    with ctx.db.transaction() as session:
        _card_of(session, customer_id, old_card_id)
        new = _target_of(session, customer_id, new_card_id)
        rows = _renewals_of(session, customer_id, old_card_id)
        stopped = [(service, renew) for service, renew in rows if _stopped_by_card(renew)]
        _refuse_unless_stopped(session, customer_id, wanted, stopped)
        on = [(service, renew, _renew_state(renew)) for service, renew in stopped if service.id in wanted]
        moved = _move(session, actor, now, customer_id, rows, new)
        _switch_on_again(session, actor, now, customer_id, on)
        followed = follow_cycles(ctx, actor, session, [service.id for service, _ in rows])
        late = _expiring_first(ctx, new, rows)
        stop_if_cancelled(cancel)
    return CardsMoved(
        moved=moved,
        followed=followed,
        switched_on=tuple(service.name for service, _, _ in on),
        left_off=tuple(
            (service.name, renew.stop_reason or "") for service, renew in stopped if service.id not in wanted
        ),
        expires_first=late,
    )


def _expiring_first(ctx: AppContext, card: Card, rows: list[tuple[Service, AutoRenew]]) -> tuple[str, ...]:
    """R9 for the card services moved to: those renewing whose next charge comes after its last day."""
    lead = ctx.settings.charge_lead_days
    return tuple(
        service.name
        for service, renew in rows
        if renew.enabled and card_expires_first(card.exp_month, card.exp_year, service.expires_on, lead)
    )


def _stopped_by_card(renew: AutoRenew) -> bool:
    return not renew.enabled and stopped_by_card(renew.stop_reason)


def _refuse_unless_stopped(
    session: Session, customer_id: int, wanted: set[int], stopped: list[tuple[Service, AutoRenew]]
) -> None:
    """Every service asked to be switched on is still one the old card's failure stopped."""
    unknown = wanted - {service.id for service, _ in stopped}
    if not unknown:
        return
    held = select(Service.id, Service.name).where(Service.id.in_(unknown), Service.customer_id == customer_id)
    names = dict(session.execute(held).tuples().all())
    if len(names) < len(unknown):
        raise UseCaseError(ErrorCode.SERVICE_NOT_IN_ACCOUNT, service_ids=sorted(unknown - set(names)))
    raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=sorted(names.values()))


def _switch_on_again(
    session: Session,
    actor: Actor,
    now: datetime,
    customer_id: int,
    rows: list[tuple[Service, AutoRenew, dict[str, object]]],
) -> None:
    """Auto-renew on again with the new card (already on them), with its billing contact, period and
    installments as they were; audited as Recurring audits a switch on (R22), from the state `before`
    the card was replaced."""
    for service, renew, before in rows:
        renew.enabled, renew.stop_reason, renew.stopped_at = True, None, None
        renew.switched_off_explicitly, renew.updated_at = False, now
        audit.record(
            session,
            actor,
            now,
            "auto_renew.enabled",
            "service",
            service.id,
            customer_id=customer_id,
            before=before,
            after=_renew_state(renew),
        )


def _renew_state(renew: AutoRenew) -> dict[str, object]:
    return {
        "enabled": renew.enabled,
        "card_id": renew.card_id,
        "billing_contact_id": renew.billing_contact_id,
        "period_months": renew.period_months,
        "installments": renew.installments,
        "stop_reason": renew.stop_reason,
    }


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def remove_card(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    card_id: int,
    move_to: int | None = None,
    stop: bool = False,
    cancel: threading.Event | None = None,
) -> CardsMoved:
    """R38: the card removed from the account. Active auto-renews that use it are refused
    (CARD_IN_USE) unless `move_to` another valid card of the account (each move audited, cycles
    followed) or `stop` (their auto-renew stopped with the reason card_removed and the customer told,
    R27). The audit entry of the removal keeps the card's brand and last 4, never more."""
    require(actor, Permission.MANAGE_CARDS)
    if move_to is not None and stop:
        raise ValueError("move_to and stop exclude each other")
    if move_to == card_id:
        raise UseCaseError(ErrorCode.CARD_SAME)
    with ctx.db.reading() as session:
        _card_of(session, customer_id, card_id)
    if move_to is not None:
        _usable(ctx, customer_id, move_to, cancel)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        card = _card_of(session, customer_id, card_id)
        rows = _renewals_of(session, customer_id, card_id)
        active = [(service, renew) for service, renew in rows if renew.enabled]
        result = CardsMoved()
        if move_to is not None:
            new = _target_of(session, customer_id, move_to)
            moved = _move(session, actor, now, customer_id, rows, new)
            result = CardsMoved(
                moved=moved,
                followed=follow_cycles(ctx, actor, session, [s.id for s, _ in rows]),
                expires_first=_expiring_first(ctx, new, rows),
            )
        elif active and not stop:
            raise UseCaseError(
                ErrorCode.CARD_IN_USE, last4=card.last4, services=[service.name for service, _ in active]
            )
        else:
            customer = session.get(Customer, customer_id)
            assert customer is not None
            mails = [_stop(session, actor, now, customer, service, renew) for service, renew in active]
            for _, renew in rows:
                renew.card_id = None
            enqueue(session, mails, now)
            result = CardsMoved(stopped=tuple(service.name for service, _ in active))
        audit.record(
            session, actor, now, "card.removed", "card", card.id, customer_id=customer_id, before=_kept(card)
        )
        session.delete(card)
        session.flush()
        stop_if_cancelled(cancel)
    return result


def _stop(
    session: Session, actor: Actor, now: datetime, customer: Customer, service: Service, renew: AutoRenew
) -> QueuedMail:
    """R27: auto-renew stopped because its card was removed; audited, and the customer told."""
    before = {"enabled": renew.enabled, "card_id": renew.card_id, "stop_reason": renew.stop_reason}
    renew.enabled, renew.stop_reason, renew.stopped_at = False, StopReason.CARD_REMOVED.value, now
    renew.card_id, renew.updated_at = None, now
    audit.record(
        session,
        actor,
        now,
        "auto_renew.stopped",
        "service",
        service.id,
        customer_id=customer.id,
        before=before,
        after={"enabled": False, "card_id": None, "stop_reason": renew.stop_reason},
    )
    return stopped_by_staff_mail(customer, service, now, StopReason.CARD_REMOVED)
