"""Recurring and Recurring All (R5-R9), switching off (R27) and a service's own settings (R10-R13)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.cancellation import stop_if_cancelled
from desktop.app.changes import Change, announces
from desktop.app.charge_under_way import refuse_while_charging
from desktop.app.customers import load_account
from desktop.app.cycles_follow import follow_cycles
from desktop.app.errors import UseCaseError
from desktop.app.stop_mail import STOPPED_BY_STAFF, StoppedService, stopped_by_staff_mail
from desktop.app.views import AccountView, CardView, ContactView, ServiceView
from desktop.bootstrap import AppContext
from desktop.core.cards import is_expired
from desktop.core.codes import ErrorCode, Risk, StopReason
from desktop.core.due_dates import charge_date
from desktop.core.periods import HOSTING_PERIODS, ServiceKind, default_installments, max_installments
from desktop.core.risk import CardFacts, ContactFacts, card_expires_first, engine_risks, holder_warning
from desktop.gateway.errors import GatewayError
from desktop.gateway.protocol import CallContext
from desktop.jobs.renew_changes import CyclesFollowed
from desktop.store.id_sets import among
from desktop.store.models import AutoRenew, Card, Customer, Service
from desktop.store.outbox_repo import QueuedMail, enqueue

_DOMAIN = ServiceKind.DOMAIN.value
# An auto-renew's state as the audit log keeps it, before and after a change.
_STATE = ("enabled", "card_id", "billing_contact_id", "period_months", "installments", "stop_reason")


class ServiceStamp(NamedTuple):
    """How a service renewed when a window loaded it. A save that writes the whole form is refused
    when the service no longer renews so: another person or workstation changed it meanwhile, and
    writing the form would silently undo their change. (A named tuple: Recurring All stamps 50,000.)"""

    on: bool
    card_id: int | None
    contact_id: int | None
    period_months: int
    installments: int

    @classmethod
    def of(cls, service: ServiceView) -> ServiceStamp:
        return cls(
            on=service.auto_renew_on,
            card_id=service.card_id,
            contact_id=service.billing_contact_id,
            period_months=service.renew_period_months,
            installments=service.installments,
        )


def _still_as_loaded(session: OrmSession, expected: Mapping[int, ServiceStamp]) -> None:
    """Under the transaction's lock (SQLite's write lock, PostgreSQL's row locks): every service still
    renews as the caller loaded it (read the way load_account reads it: a domain in one payment), or
    nothing is written."""
    rows = session.execute(
        select(
            Service.id,
            Service.name,
            Service.kind,
            AutoRenew.enabled,
            AutoRenew.card_id,
            AutoRenew.billing_contact_id,
            AutoRenew.period_months,
            AutoRenew.installments,
        )
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(among(session, Service.id, expected))
        .order_by(Service.id)
        .with_for_update(of=AutoRenew)
    ).all()
    changed = [
        name
        for service_id, name, kind, on, card_id, contact_id, period, installments in rows
        if (on, card_id, contact_id, period, 1 if kind == _DOMAIN else installments) != expected[service_id]
    ]
    if changed:
        raise UseCaseError(ErrorCode.CHANGED_MEANWHILE, services=sorted(changed))


class ServiceChange(NamedTuple):
    """One service in a preview: how it renews now, how it will after Confirm, and R9 for it. (A
    named tuple: Recurring All previews 50,000.)"""

    service: ServiceView
    on_now: bool
    card_now: CardView | None
    contact_now: ContactView | None  # None: the account holder
    charge_on: date  # the day the due engine will charge it (its expiry less the lead days)
    card_changes: bool  # only for a service already on: its card is replaced
    contact_changes: bool  # only for a service already on: its billing contact is replaced
    card_expires_first: bool  # R9
    # What the due checks will do with its next charge on the chosen card and contact, the account's
    # rule (core.risk.engine_risks): a charge date past the grace days is left to staff, uncharged.
    risks: tuple[Risk, ...] = ()

    @property
    def switches_on(self) -> bool:
        return not self.on_now

    @property
    def replaces(self) -> bool:
        """An auto-renew already on whose card or billing contact Confirm replaces."""
        return self.card_changes or self.contact_changes


@dataclass(frozen=True)
class RecurringPreview:
    services: tuple[ServiceView, ...]
    card: CardView | None
    contact: ContactView | None
    card_choice_needed: bool
    holder_mismatch: bool  # R7: Confirm needs an acknowledgement
    expiring_before_charge: tuple[int, ...]  # R9: the services the card will not last to
    rows: tuple[ServiceChange, ...] = ()  # per service, in the order asked

    @property
    def replacing(self) -> tuple[ServiceChange, ...]:
        return tuple(row for row in self.rows if row.replaces)

    @property
    def switching_on(self) -> tuple[ServiceChange, ...]:
        return tuple(row for row in self.rows if row.switches_on)


def _chosen(
    account: AccountView, service_ids: Sequence[int], card_id: int | None, contact_id: int | None
) -> tuple[tuple[ServiceView, ...], CardView | None, ContactView | None]:
    by_id = {service.id: service for service in account.services}
    unknown = [service_id for service_id in service_ids if service_id not in by_id]
    if unknown:
        raise UseCaseError(ErrorCode.SERVICE_NOT_IN_ACCOUNT, service_ids=unknown)
    if not service_ids:
        raise UseCaseError(ErrorCode.NO_SERVICE_CHOSEN)
    card = None
    if card_id is not None:
        card = next((c for c in account.cards if c.id == card_id), None)
        if card is None:
            raise UseCaseError(ErrorCode.CARD_NOT_IN_ACCOUNT, card_id=card_id)
    elif len(account.cards) == 1:
        card = account.cards[0]
    contact = None
    if contact_id is not None:
        contact = next((k for k in account.contacts if k.id == contact_id), None)
        if contact is None:
            raise UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT, contact_id=contact_id)
    return tuple(by_id[service_id] for service_id in service_ids), card, contact


def preview_recurring(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    service_ids: Sequence[int],
    card_id: int | None = None,
    contact_id: int | None = None,
) -> RecurringPreview:
    """What Confirm would do, with the R7 and R9 warnings, before anything changes."""
    require(actor, Permission.MANAGE_RECURRING)
    return _preview(ctx, load_account(ctx, actor, customer_id), service_ids, card_id, contact_id)


def _preview(
    ctx: AppContext,
    account: AccountView,
    service_ids: Sequence[int],
    card_id: int | None,
    contact_id: int | None,
) -> RecurringPreview:
    services, card, contact = _chosen(account, service_ids, card_id, contact_id)
    return _judged(ctx, account, services, card, contact)


def _judged(
    ctx: AppContext,
    account: AccountView,
    services: tuple[ServiceView, ...],
    card: CardView | None,
    contact: ContactView | None,
) -> RecurringPreview:
    """R7 and R9 for the chosen card and contact: the one place the windows and Confirm ask."""
    mismatch = card is not None and holder_warning(
        card.holder,
        ContactFacts(contact.name, contact.company, False) if contact else None,
        len(account.cards),
    )
    cards = {known.id: known for known in account.cards}
    contacts = {known.id: known for known in account.contacts}
    contact_id = contact.id if contact else None
    lead, today, grace = ctx.settings.charge_lead_days, ctx.today(), ctx.settings.late_charge_grace_days
    card_facts = (
        CardFacts(card.exp_month, card.exp_year, card.holder, card.invalid_reason is not None)
        if card
        else None
    )
    contact_facts = (
        ContactFacts(contact.name, contact.company, False)
        if contact
        else ContactFacts(account.customer.name, None, True)
    )
    # Per expiry day, not per service: 50,000 domains expire on a few hundred days.
    charges: dict[date, tuple[date, bool]] = {}
    risks: dict[tuple[date, bool], tuple[Risk, ...]] = {}
    for day in {service.expires_on for service in services}:
        first = card is not None and card_expires_first(card.exp_month, card.exp_year, day, lead)
        charges[day] = (charge_date(day, lead), first)
        for priced in (True, False):
            found = engine_risks(card_facts, contact_facts, charges[day][0], today, grace, priced)
            # No card yet: the dialog asks for one; it is not a risk of the charge.
            risks[day, priced] = tuple(risk for risk in found if risk is not Risk.NO_CARD)
    rows = tuple(
        ServiceChange(
            service,
            service.auto_renew_on,
            cards.get(service.card_id) if service.card_id is not None else None,
            contacts.get(service.billing_contact_id) if service.billing_contact_id is not None else None,
            charges[service.expires_on][0],
            service.auto_renew_on and card is not None and service.card_id != card.id,
            service.auto_renew_on and service.billing_contact_id != contact_id,
            charges[service.expires_on][1],
            risks[service.expires_on, service.price_minor is not None],
        )
        for service in services
    )
    return RecurringPreview(
        services=services,
        card=card,
        contact=contact,
        card_choice_needed=card is None and len(account.cards) > 1,
        holder_mismatch=mismatch,
        expiring_before_charge=tuple(row.service.id for row in rows if row.card_expires_first),
        rows=rows,
    )


def preview_service(
    ctx: AppContext, actor: Actor, service_id: int, *, card_id: int | None, contact_id: int | None
) -> RecurringPreview:
    """The service's own page (R7, R9, R10) with the card and contact picked there, "no card"
    included: the same rules as Recurring, for one service."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        customer_id = session.scalar(select(Service.customer_id).where(Service.id == service_id))
    if customer_id is None:
        raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
    account = load_account(ctx, actor, customer_id)
    services, card, contact = _chosen(account, [service_id], card_id, contact_id)
    if card_id is None:
        card = None  # "No card" on the page means none, not the account's only card
    return _judged(ctx, account, services, card, contact)


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def enable_recurring(
    ctx: AppContext,
    actor: Actor,
    customer_id: int,
    service_ids: Sequence[int],
    *,
    card_id: int | None = None,
    contact_id: int | None = None,
    mismatch_acknowledged: bool = False,
    cancel: threading.Event | None = None,
    expected: Mapping[int, ServiceStamp] | None = None,
) -> RecurringPreview:
    """R5-R8: one confirmation switches auto-renew on for all the chosen services at once, after the card
    passed the gateway's verification; any refusal changes nothing. `cancel` set before the
    transaction commits (Cancel pressed during the verification) changes nothing either (R34).
    `expected`: the services as the window showed them; one changed meanwhile (or, without it, while
    the card was verified) is refused (CHANGED_MEANWHILE) and nothing changes."""
    require(actor, Permission.MANAGE_RECURRING)
    account = load_account(ctx, actor, customer_id)
    if not account.recurring.offered:
        raise UseCaseError(
            ErrorCode.RECURRING_UNAVAILABLE, reasons=[reason.value for reason in account.recurring.reasons]
        )
    preview = _preview(ctx, account, service_ids, card_id, contact_id)
    if preview.card is None:
        raise UseCaseError(ErrorCode.CARD_REQUIRED)
    if preview.holder_mismatch and not mismatch_acknowledged:
        raise UseCaseError(ErrorCode.HOLDER_MISMATCH_UNACKNOWLEDGED, holder=preview.card.holder)
    stop_if_cancelled(cancel)
    _verify_card(ctx, preview.card, preview.services[0].name)
    stamps = {service.id: ServiceStamp.of(service) for service in preview.services}
    stamps.update({key: stamp for key, stamp in (expected or {}).items() if key in stamps})
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        _still_as_loaded(session, stamps)
        card = session.get(Card, preview.card.id)
        assert card is not None
        # It has just passed the gateway's verification: whatever refused it before no longer holds.
        card.invalid_reason, card.verified_at = None, now
        _switch_on(session, actor, now, customer_id, preview)
        follow_cycles(ctx, actor, session, [service.id for service in preview.services])
        stop_if_cancelled(cancel)
    return preview


def _switch_on(
    session: OrmSession, actor: Actor, now: datetime, customer_id: int, preview: RecurringPreview
) -> None:
    """R5-R8 written: every chosen service on, with the preview's card and billing contact, a hosting
    period and installments made allowed (R11, R12), and an audit entry each (R22). Services that
    end alike are written by one statement, so Recurring All on 50,000 domains is a handful
    of statements, not 50,000 rows made in Python."""
    assert preview.card is not None
    card_id, contact_id = preview.card.id, preview.contact.id if preview.contact else None
    # (the state before, the period and installments after) -> the services that change so
    alike: dict[
        tuple[tuple[bool, int | None, int | None, int, int, str | None], tuple[int, int]], list[int]
    ] = {}
    for service in preview.services:
        kind = ServiceKind(service.kind)
        period = service.renew_period_months
        if kind is ServiceKind.HOSTING and period not in HOSTING_PERIODS:
            period = 12
        installments = (
            1
            if kind is ServiceKind.DOMAIN
            else service.installments
            if 1 <= service.installments <= max_installments(kind, period)
            else default_installments(kind, period)
        )
        before = (
            service.auto_renew_on,
            service.card_id,
            service.billing_contact_id,
            service.renew_period_months,
            service.installments,
            service.stop_reason,
        )
        alike.setdefault((before, (period, installments)), []).append(service.id)
    for (before, (period, installments)), service_ids in alike.items():
        session.execute(
            update(AutoRenew)
            .where(among(session, AutoRenew.service_id, service_ids))
            .values(
                enabled=True,
                card_id=card_id,
                billing_contact_id=contact_id,
                period_months=period,
                installments=installments,
                stop_reason=None,
                stopped_at=None,
                switched_off_explicitly=False,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        audit.record_services(
            session,
            actor,
            now,
            "auto_renew.enabled",
            service_ids,
            customer_id=customer_id,
            before=dict(zip(_STATE, before, strict=True)),
            after=dict(zip(_STATE, (True, card_id, contact_id, period, installments, None), strict=True)),
        )


def _verify_card(ctx: AppContext, card: CardView, service_name: str) -> None:
    """R8: not expired, and the gateway's verification succeeds."""
    today = ctx.today()
    if is_expired(card.exp_month, card.exp_year, today):
        raise UseCaseError(ErrorCode.CARD_REFUSED, reason="card_expired", last4=card.last4)
    with ctx.db.reading() as session:
        stored = session.get(Card, card.id)
        assert stored is not None
        token = stored.token
    try:
        result = ctx.gateway.verify(
            token,
            key=f"rd-enable-{uuid.uuid4().hex}",
            context=CallContext(card_last4=card.last4, service=service_name, due=today),
        )
    except GatewayError as exc:
        raise UseCaseError(ErrorCode.GATEWAY_UNAVAILABLE, detail=str(exc)) from None
    if not result.ok:
        raise UseCaseError(ErrorCode.CARD_REFUSED, reason=result.reason or "card_declined", last4=card.last4)


def _state(renew: AutoRenew) -> dict[str, object]:
    values = (
        renew.enabled,
        renew.card_id,
        renew.billing_contact_id,
        renew.period_months,
        renew.installments,
        renew.stop_reason,
    )
    return dict(zip(_STATE, values, strict=True))


class _SwitchedOff(NamedTuple):
    """A service switched off, as its e-mail names it."""

    id: int
    name: str
    kind: str
    expires_on: date


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def disable_recurring(ctx: AppContext, actor: Actor, customer_id: int, service_ids: Sequence[int]) -> int:
    """R27: switched off by staff: the reason is kept and the customer gets one e-mail per service.
    Open proformas stay payable. Returns how many services were switched off. Services that were
    alike are written by one statement each, their audit entries and e-mails by one more: switching
    off 50,000 domains is a handful of statements, not 50,000 rows made in Python."""
    require(actor, Permission.MANAGE_RECURRING)
    now = ctx.clock.now()
    wanted = set(service_ids)
    with ctx.db.transaction() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        rows = session.execute(
            select(
                Service.id,
                Service.name,
                Service.kind,
                Service.expires_on,
                AutoRenew.enabled,
                AutoRenew.card_id,
                AutoRenew.billing_contact_id,
                AutoRenew.period_months,
                AutoRenew.installments,
                AutoRenew.stop_reason,
            )
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(among(session, Service.id, list(wanted)), Service.customer_id == customer_id)
            .with_for_update(of=AutoRenew)
        ).all()
        if len(rows) != len(wanted):
            raise UseCaseError(ErrorCode.SERVICE_NOT_IN_ACCOUNT, service_ids=list(service_ids))
        alike: dict[tuple[object, ...], list[int]] = {}
        switched = []
        for service_id, name, kind, expires_on, enabled, *rest in rows:
            if enabled:
                alike.setdefault((enabled, *rest), []).append(service_id)
                switched.append(_SwitchedOff(service_id, name, kind, expires_on))
        refuse_while_charging(session, [one.id for one in switched], now)
        off = _switched_off(now)
        for before, ids in alike.items():
            session.execute(
                update(AutoRenew)
                .where(among(session, AutoRenew.service_id, ids))
                .values(off)
                .execution_options(synchronize_session=False)
            )
            audit.record_services(
                session,
                actor,
                now,
                _SWITCHED_OFF,
                ids,
                customer_id=customer_id,
                before=dict(zip(_STATE, before, strict=True)),
                after=dict(zip(_STATE, (False, *before[1:5], off["stop_reason"]), strict=True)),
            )
        enqueue(session, [_switched_off_mail(customer, one, now) for one in switched], now)
    return len(switched)


_SWITCHED_OFF = "auto_renew.disabled"


def _switched_off(now: datetime) -> dict[str, object]:
    """R27: what switching off by staff writes on an auto-renew."""
    return {
        "enabled": False,
        "stop_reason": StopReason.STAFF_SWITCHED_OFF.value,
        "stopped_at": now,
        "switched_off_explicitly": True,
        "updated_at": now,
    }


def _switched_off_mail(customer: Customer, service: StoppedService, now: datetime) -> QueuedMail:
    return stopped_by_staff_mail(customer, service, now, StopReason.STAFF_SWITCHED_OFF, key=STOPPED_BY_STAFF)


def _switch_off(
    session: OrmSession,
    actor: Actor,
    now: datetime,
    customer: Customer,
    service: Service,
    renew: AutoRenew,
) -> QueuedMail:
    """R27 for one service on its page, on the loaded rows; returns the e-mail telling the customer."""
    before = _state(renew)
    for column, value in _switched_off(now).items():
        setattr(renew, column, value)
    audit.record(
        session,
        actor,
        now,
        _SWITCHED_OFF,
        "service",
        service.id,
        customer_id=customer.id,
        before=before,
        after=_state(renew),
    )
    return _switched_off_mail(customer, service, now)


@dataclass(frozen=True)
class ServiceSaved:
    """What saving the service's page did."""

    switched_on: bool
    switched_off: bool
    changed: bool  # anything at all
    followed: CyclesFollowed


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def save_service(
    ctx: AppContext,
    actor: Actor,
    service_id: int,
    *,
    on: bool,
    card_id: int | None,
    contact_id: int | None,
    period_months: int | None = None,
    installments: int | None = None,
    mismatch_acknowledged: bool = False,
    cancel: threading.Event | None = None,
    expected: ServiceStamp | None = None,
) -> ServiceSaved:
    """The service's own page saved whole or not at all (R10-R13, R34): auto-renew switched on (R1, R6,
    R7, R8) or off (R27, the customer told), its card, billing contact and, for hosting, its period
    and installments, in one transaction with its cycle following (R28). A card other than the one
    set is verified first; `cancel` set before the commit changes nothing. `expected`: the service as
    the page loaded it; changed meanwhile (or, without it, while the card was verified), the save is
    refused (CHANGED_MEANWHILE) instead of undoing someone else's change."""
    require(actor, Permission.MANAGE_RECURRING)
    with ctx.db.reading() as session:
        found = session.execute(
            select(Service.customer_id, Service.name, Service.kind, AutoRenew.enabled, AutoRenew.card_id)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(Service.id == service_id)
        ).first()
    if found is None:
        raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
    customer_id, name, kind_code, was_on, card_before = found
    account = load_account(ctx, actor, customer_id)
    services, card, contact = _chosen(account, [service_id], card_id, contact_id)
    switching_on, switching_off = on and not was_on, was_on and not on
    if card_id is None and not switching_on:
        card = None  # "No card" stays none; switching on takes the account's only card (R6)
    kind = ServiceKind(kind_code)
    terms = _period_and_installments(
        kind, services[0].renew_period_months, services[0].installments, period_months, installments
    )
    if switching_on:
        if not account.recurring.offered:
            reasons = [reason.value for reason in account.recurring.reasons]
            raise UseCaseError(ErrorCode.RECURRING_UNAVAILABLE, reasons=reasons)
        if card is None:
            raise UseCaseError(ErrorCode.CARD_REQUIRED)
    judged = _judged(ctx, account, services, card, contact)
    if on and judged.holder_mismatch and card is not None and not mismatch_acknowledged:
        raise UseCaseError(ErrorCode.HOLDER_MISMATCH_UNACKNOWLEDGED, holder=card.holder)
    stop_if_cancelled(cancel)
    verified = card is not None and (switching_on or card.id != card_before)
    if card is not None and verified:
        _verify_card(ctx, card, name)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        _still_as_loaded(session, {service_id: expected or ServiceStamp.of(services[0])})
        row = (
            session.execute(
                select(Service, AutoRenew, Customer)
                .join(AutoRenew, AutoRenew.service_id == Service.id)
                .join(Customer, Customer.id == Service.customer_id)
                .where(Service.id == service_id)
            )
            .tuples()
            .first()
        )
        if row is None:
            raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
        service, renew, customer = row
        if card is not None and verified:
            stored = session.get(Card, card.id)
            assert stored is not None
            stored.invalid_reason, stored.verified_at = None, now  # it has just passed the verification
        mails = []
        if switching_off and renew.enabled:
            refuse_while_charging(session, [service.id], now)
            mails.append(_switch_off(session, actor, now, customer, service, renew))
        before = _state(renew)
        if switching_on:
            renew.enabled, renew.stop_reason, renew.stopped_at = True, None, None
            renew.switched_off_explicitly = False
        renew.card_id = card.id if card is not None else None
        renew.billing_contact_id = contact.id if contact is not None else None
        if terms is not None:
            renew.period_months, renew.installments = terms
        elif kind is ServiceKind.DOMAIN:
            renew.installments = 1
        after = _state(renew)
        if after != before:
            renew.updated_at = now
            audit.record(
                session,
                actor,
                now,
                "auto_renew.enabled" if switching_on else "auto_renew.changed",
                "service",
                service.id,
                customer_id=customer.id,
                before=before,
                after=after,
            )
        enqueue(session, mails, now)
        session.flush()
        followed = follow_cycles(ctx, actor, session, [service.id])
        stop_if_cancelled(cancel)
    return ServiceSaved(
        switched_on=switching_on,
        switched_off=switching_off,
        changed=switching_off or after != before,
        followed=followed,
    )


@announces(Change.ACCOUNTS, Change.CHARGES, Change.MAIL)
def change_service_settings(
    ctx: AppContext,
    actor: Actor,
    service_id: int,
    *,
    card_id: int | None,
    contact_id: int | None,
    period_months: int | None = None,
    installments: int | None = None,
    expected: ServiceStamp | None = None,
) -> CyclesFollowed:
    """R10-R12: card, billing contact, and for hosting the period and installments, changed on the
    service's own page. A domain has no period or installment choice. A card other than the one set
    is verified first (R8). The service's cycle follows in the same transaction (R28): what that did
    (an updated notice queued) is returned. `expected`: the service as the caller loaded it; changed
    meanwhile, nothing is written (CHANGED_MEANWHILE)."""
    require(actor, Permission.MANAGE_RECURRING)
    with ctx.db.reading() as session:
        found = session.execute(
            select(
                Service.customer_id,
                Service.name,
                Service.kind,
                AutoRenew.card_id,
                AutoRenew.period_months,
                AutoRenew.installments,
            )
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(Service.id == service_id)
        ).first()
    if found is None:
        raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
    customer_id, name, kind_code, card_before, period_before, installments_before = found
    _, card, _ = _chosen(load_account(ctx, actor, customer_id), [service_id], card_id, contact_id)
    _period_and_installments(
        ServiceKind(kind_code), period_before, installments_before, period_months, installments
    )
    if card is not None and card.id != card_before:
        _verify_card(ctx, card, name)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        if expected is not None:
            _still_as_loaded(session, {service_id: expected})
        row = (
            session.execute(
                select(Service, AutoRenew)
                .join(AutoRenew, AutoRenew.service_id == Service.id)
                .where(Service.id == service_id)
            )
            .tuples()
            .first()
        )
        if row is None:
            raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
        service, renew = row
        _chosen(load_account(ctx, actor, service.customer_id), [service_id], card_id, contact_id)
        before = _state(renew)
        chosen = _period_and_installments(
            ServiceKind(service.kind), renew.period_months, renew.installments, period_months, installments
        )
        if chosen is not None:
            renew.period_months, renew.installments = chosen
        renew.card_id, renew.billing_contact_id, renew.updated_at = card_id, contact_id, now
        audit.record(
            session,
            actor,
            now,
            "auto_renew.changed",
            "service",
            service.id,
            customer_id=service.customer_id,
            before=before,
            after=_state(renew),
        )
        session.flush()
        return follow_cycles(ctx, actor, session, [service.id])


def _period_and_installments(
    kind: ServiceKind,
    period_now: int,
    installments_now: int,
    period_months: int | None,
    installments: int | None,
) -> tuple[int, int] | None:
    """R11/R12: the period and installments a change asks for, or None for a domain (no choice).
    Installments not asked for stay as they are while the period stays (a new card or contact alone
    changes no terms: the customer may have been told them, R28); a new period takes its default."""
    if kind is ServiceKind.DOMAIN:
        if period_months not in (None, period_now) or installments not in (None, 1):
            raise UseCaseError(ErrorCode.DOMAIN_NO_CHOICE)
        return None
    period = period_now if period_months is None else period_months
    if period not in HOSTING_PERIODS:
        raise UseCaseError(ErrorCode.PERIOD_NOT_ALLOWED, period=period, allowed=list(HOSTING_PERIODS))
    kept = period == period_now and 1 <= installments_now <= max_installments(kind, period)
    if installments is not None:
        chosen = installments
    else:
        chosen = installments_now if kept else default_installments(kind, period)
    if not 1 <= chosen <= max_installments(kind, period):
        raise UseCaseError(
            ErrorCode.INSTALLMENTS_NOT_ALLOWED, installments=chosen, most=max_installments(kind, period)
        )
    return period, chosen
