"""The follow-up list (R41): what needs a person, most urgent first. Stopped auto-renews, charges the
due checks left to staff, active auto-renews whose card expires before their next charge, e-mails
given up and open proformas past their validity. Each row is there only while its cause is: it is
read afresh every time, from set-based queries (one per kind) over indexed columns, never row by
row through the ORM, so that a million services answer within a second.

"Send a renew link" queues the e-mail that the stop e-mails carry: a signed renew link and a settings
link for one service, in the customer's language (R25), through the outbox (R31, R32)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Date, and_, case, exists, literal, select
from sqlalchemy.orm import Session, aliased

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.cards import valid_through
from desktop.core.codes import (
    CycleStatus,
    ErrorCode,
    FollowUpAction,
    FollowUpKind,
    MailState,
    ProformaStatus,
)
from desktop.core.followup import actions_for, oldest_expiry, urgency
from desktop.jobs.pricing import PriceBook
from desktop.store.models import (
    AutoRenew,
    Card,
    Customer,
    Cycle,
    OutboxMessage,
    Proforma,
    ProformaLine,
    Service,
)
from desktop.store.named_rows import columns
from desktop.store.outbox_repo import QueuedMail, enqueue

RENEW_LINK = "renew_link"  # the outbox kind of the e-mail "Send a renew link" queues


@dataclass(frozen=True)
class FollowUpRow:
    """One thing to follow up. `key` names it among the rows of any later reading (kind and the id of
    what it is about); `when` is when its cause arose: the stop, the charge date left to staff, the
    last day of the card, the first failed try of the e-mail, the proforma's last valid day.
    `days_left` counts from today to the service's expiry (negative once expired)."""

    key: str
    kind: FollowUpKind
    customer_id: int
    customer_ref: str
    customer_name: str
    service_id: int | None
    service: str | None
    service_kind: str | None
    expires_on: date | None
    days_left: int | None
    amount_minor: int | None
    currency: str
    reason: str | None
    when: date | None
    actions: tuple[FollowUpAction, ...]
    outbox_id: int | None = None
    proforma_number: int | None = None
    # A proforma's services beyond the one named (the one that expires first).
    more_services: int = 0

    @property
    def action(self) -> FollowUpAction:
        return self.actions[0]


@dataclass(frozen=True)
class FollowUp:
    today: date
    rows: tuple[FollowUpRow, ...]

    @property
    def counts(self) -> Mapping[FollowUpKind, int]:
        return Counter(row.kind for row in self.rows)


class _Who(NamedTuple):
    customer_id: int
    customer_ref: str
    customer_name: str
    currency: str


_WHO = {
    "customer_id": Customer.id,
    "customer_ref": Customer.ref,
    "customer_name": Customer.name,
    "currency": Customer.currency,
}


class _Priced(NamedTuple):
    """A service's row with what its next renewal costs."""

    service_id: int
    service: str
    service_kind: str
    plan: str | None
    expires_on: date
    period_months: int


_SERVICE = {
    "service_id": Service.id,
    "service": Service.name,
    "service_kind": Service.kind,
    "plan": Service.plan,
    "expires_on": Service.expires_on,
    "period_months": AutoRenew.period_months,
}


def followup_list(ctx: AppContext, actor: Actor, today: date | None = None) -> FollowUp:
    """Every row of the follow-up list, most urgent first (core/followup.urgency)."""
    require(actor, Permission.VIEW_CUSTOMERS)
    day = today or ctx.today()
    lead = ctx.settings.charge_lead_days
    rows: list[FollowUpRow] = []
    with ctx.db.reading() as session:
        prices = PriceBook(session)
        rows += _stopped(session, prices, day)
        rows += _needs_attention(session, prices, day)
        rows += _card_expires_first(session, prices, day, lead)
        rows += _emails_given_up(session, prices, day)
        rows += _proformas_expired(session, day)
    rows.sort(
        key=lambda row: (*urgency(row.days_left, row.amount_minor), row.customer_name.casefold(), row.key)
    )
    return FollowUp(today=day, rows=tuple(rows))


def followup_count(ctx: AppContext, actor: Actor, today: date | None = None) -> int:
    """How many rows the list has now: what the main window shows on its Follow-up action."""
    return len(followup_list(ctx, actor, today).rows)


# -- the kinds -------------------------------------------------------------------------------------


def _row(
    kind: FollowUpKind,
    key: int,
    who: _Who,
    service: _Priced | None,
    prices: PriceBook | None,
    today: date,
    *,
    reason: str | None,
    when: date | None,
    amount_minor: int | None = None,
    currency: str | None = None,
    **extra: Any,
) -> FollowUpRow:
    if service is not None and amount_minor is None and prices is not None:
        amount_minor = prices.price(
            service.service_kind, service.service, service.plan, service.period_months, who.currency
        )
    return FollowUpRow(
        key=f"{kind.value}:{key}",
        kind=kind,
        customer_id=who.customer_id,
        customer_ref=who.customer_ref,
        customer_name=who.customer_name,
        service_id=service.service_id if service else None,
        service=service.service if service else None,
        service_kind=service.service_kind if service else None,
        expires_on=service.expires_on if service else None,
        days_left=(service.expires_on - today).days if service else None,
        amount_minor=amount_minor,
        currency=currency or who.currency,
        reason=reason,
        when=when,
        actions=actions_for(kind, reason),
        **extra,
    )


def _split(row: Any, service_fields: int = len(_Priced._fields)) -> tuple[_Priced, _Who, tuple[Any, ...]]:
    values_ = tuple(row)
    service = _Priced._make(values_[:service_fields])
    who = _Who._make(values_[service_fields : service_fields + len(_Who._fields)])
    return service, who, values_[service_fields + len(_Who._fields) :]


def _services_select(*extra: Any) -> Any:
    return select(*_SERVICE.values(), *_WHO.values(), *extra)


def _day(moment: datetime | date | None) -> date | None:
    return moment.date() if isinstance(moment, datetime) else moment


def _stopped(session: Session, prices: PriceBook, today: date) -> list[FollowUpRow]:
    """Auto-renew stopped (R27): by staff, a failed card check or a failed charge; gone once it is on
    again or the service lapsed. (Lapsed services are left out here, not in the query: a range on the
    expiry that holds for nearly every service would lead the database through every service.)"""
    query = (
        _services_select(AutoRenew.stop_reason, AutoRenew.stopped_at)
        .select_from(AutoRenew)
        .join(Service, Service.id == AutoRenew.service_id)
        .join(Customer, Customer.id == Service.customer_id)
        .where(
            AutoRenew.enabled.is_(False),
            AutoRenew.stop_reason.is_not(None),
        )
    )
    found = []
    oldest = oldest_expiry(today)
    for row in session.connection().execute(query):
        if row.expires_on < oldest:
            continue
        service, who, (reason, stopped_at) = _split(row)
        found.append(
            _row(
                FollowUpKind.AUTO_RENEW_STOPPED,
                service.service_id,
                who,
                service,
                prices,
                today,
                reason=reason,
                when=_day(stopped_at),
            )
        )
    return found


def _needs_attention(session: Session, prices: PriceBook, today: date) -> list[FollowUpRow]:
    """A charge the due checks left to staff (R18, R29, R30), for the service's current expiry: gone
    once the cycle is worked (charged, cancelled by a payment) or the expiry moved on."""
    query = (
        _services_select(Cycle.id, Cycle.reason, Cycle.charge_on, Cycle.amount_minor, Cycle.currency)
        .select_from(Cycle)
        .join(Service, and_(Service.id == Cycle.service_id, Service.expires_on == Cycle.expires_on))
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .join(Customer, Customer.id == Service.customer_id)
        .where(Cycle.status == CycleStatus.NEEDS_ATTENTION.value, Service.expires_on >= oldest_expiry(today))
    )
    found = []
    for row in session.connection().execute(query):
        service, who, (cycle_id, reason, charge_on, amount, currency) = _split(row)
        found.append(
            _row(
                FollowUpKind.NEEDS_ATTENTION,
                cycle_id,
                who,
                service,
                prices,
                today,
                reason=reason or CycleStatus.NEEDS_ATTENTION.value,
                when=charge_on,
                amount_minor=amount,
                currency=currency,
            )
        )
    return found


def _card_expires_first(session: Session, prices: PriceBook, today: date, lead: int) -> list[FollowUpRow]:
    """R9: an active auto-renew whose card is not valid on its next charge date (the expiry less
    `charge_lead_days`). A card's last valid day depends on its month and year only, so the few expiries
    in use are turned into the first expiry date each one fails: the database compares dates, with no
    date arithmetic of its own (SQLite has none that PostgreSQL shares)."""
    expiries = session.execute(select(Card.exp_month, Card.exp_year).distinct()).tuples().all()
    if not expiries:
        return []
    # The first expiry date each card expiry fails, as a CASE on the card's year and month.
    fails_from = case(
        {
            year * 100 + month: literal(valid_through(month, year) + timedelta(days=lead + 1), Date)
            for month, year in expiries
        },
        value=Card.exp_year * 100 + Card.exp_month,
    )
    query = (
        _services_select(Card.exp_month, Card.exp_year)
        .select_from(AutoRenew)
        .join(Card, Card.id == AutoRenew.card_id)
        .join(Service, Service.id == AutoRenew.service_id)
        .join(Customer, Customer.id == Service.customer_id)
        .where(
            AutoRenew.enabled.is_(True),
            Service.expires_on >= fails_from,
        )
    )
    found = []
    oldest = oldest_expiry(today)
    for row in session.connection().execute(query):
        if row.expires_on < oldest:
            continue
        service, who, (exp_month, exp_year) = _split(row)
        found.append(
            _row(
                FollowUpKind.CARD_EXPIRES_FIRST,
                service.service_id,
                who,
                service,
                prices,
                today,
                reason=None,
                when=valid_through(exp_month, exp_year),
            )
        )
    return found


def _emails_given_up(session: Session, prices: PriceBook, today: date) -> list[FollowUpRow]:
    """An e-mail given up (R31) and not sent again since: gone once it is retried (failing or sent
    again) or a copy of it is queued."""
    copy = aliased(OutboxMessage)
    query = (
        select(
            OutboxMessage.id,
            OutboxMessage.kind,
            OutboxMessage.failing_since,
            OutboxMessage.created_at,
            *_SERVICE.values(),
            *_WHO.values(),
        )
        .select_from(OutboxMessage)
        .join(Customer, Customer.id == OutboxMessage.customer_id)
        .outerjoin(Service, Service.id == OutboxMessage.service_id)
        .outerjoin(AutoRenew, AutoRenew.service_id == Service.id)
        .where(
            OutboxMessage.status == MailState.GIVEN_UP.value,
            ~exists().where(copy.resend_of == OutboxMessage.id),
        )
    )
    found = []
    for outbox_id, kind, failing_since, created_at, *rest in session.connection().execute(query):
        service, who, _ = _split(rest)
        known: _Priced | None = service if service.service_id is not None else None
        if known is not None and known.expires_on < oldest_expiry(today):
            continue
        if known is not None and known.period_months is None:
            known = known._replace(period_months=0)
        found.append(
            _row(
                FollowUpKind.EMAIL_GIVEN_UP,
                outbox_id,
                who,
                known,
                prices,
                today,
                reason=kind,
                when=_day(failing_since or created_at),
                outbox_id=outbox_id,
            )
        )
    return found


class _ProformaLine(NamedTuple):
    proforma_id: int
    service_id: int
    service: str
    service_kind: str
    expires_on: date


def _proformas_expired(session: Session, today: date) -> list[FollowUpRow]:
    """An open proforma past its last valid day (it may still be paid): gone once paid or cancelled,
    or when every service on it lapsed or was deleted."""
    proformas = (
        session.connection()
        .execute(
            select(
                Proforma.id,
                Proforma.number,
                Proforma.valid_until,
                Proforma.total_minor,
                Proforma.currency,
                *_WHO.values(),
            )
            .join(Customer, Customer.id == Proforma.customer_id)
            .where(Proforma.status == ProformaStatus.OPEN.value, Proforma.valid_until < today)
        )
        .all()
    )
    if not proformas:
        return []
    lines: dict[int, list[_ProformaLine]] = {}
    ids = [row[0] for row in proformas]
    for start in range(0, len(ids), 500):
        for line in session.connection().execute(
            select(
                *columns(
                    _ProformaLine._fields,
                    proforma_id=ProformaLine.proforma_id,
                    service_id=Service.id,
                    service=Service.name,
                    service_kind=Service.kind,
                    expires_on=Service.expires_on,
                )
            )
            .join(Service, Service.id == ProformaLine.service_id)
            .where(ProformaLine.proforma_id.in_(ids[start : start + 500]))
        ):
            lines.setdefault(line.proforma_id, []).append(_ProformaLine._make(line))
    found = []
    for proforma_id, number, valid_until, total, currency, *who_values in proformas:
        live = sorted(
            (line for line in lines.get(proforma_id, []) if line.expires_on >= oldest_expiry(today)),
            key=lambda line: (line.expires_on, line.service),
        )
        if not live:
            continue
        first = live[0]
        who = _Who._make(who_values)
        service = _Priced(first.service_id, first.service, first.service_kind, None, first.expires_on, 0)
        found.append(
            _row(
                FollowUpKind.PROFORMA_EXPIRED,
                number,
                who,
                service,
                None,  # the proforma's total is the amount
                today,
                reason=None,
                when=valid_until,
                amount_minor=total,
                currency=currency,
                proforma_number=number,
                more_services=len(live) - 1,
            )
        )
    return found


# -- send a renew link ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RenewLinkQueued:
    outbox_id: int
    to: str


@announces(Change.MAIL)
def send_renew_link(ctx: AppContext, actor: Actor, service_id: int) -> RenewLinkQueued:
    """Queues an e-mail to the customer with a signed link to renew the service now and one to its
    settings, as the stop e-mails carry (R25, R27); the sender signs the links when it sends. Audited."""
    require(actor, Permission.RESEND_EMAIL)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        found = session.execute(
            select(Service, Customer)
            .join(Customer, Customer.id == Service.customer_id)
            .where(Service.id == service_id)
        ).first()
        if found is None:
            raise UseCaseError(ErrorCode.SERVICE_NOT_FOUND, service_id=service_id)
        service, customer = found._tuple()
        key = f"{service.id}:{RENEW_LINK}:{now.isoformat()}:{uuid.uuid4().hex}"
        enqueue(
            session,
            [
                QueuedMail(
                    dedupe_key=key,
                    kind=RENEW_LINK,
                    customer_id=customer.id,
                    service_id=service.id,
                    cycle_id=None,
                    language=customer.language,
                    to_address=customer.email,
                    context={
                        "service_id": service.id,
                        "customer_name": customer.name,
                        "service_name": service.name,
                        "service_kind": service.kind,
                        "expires_on": service.expires_on.isoformat(),
                    },
                )
            ],
            now,
        )
        outbox_id = session.scalars(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)).one()
        audit.record(
            session,
            actor,
            now,
            "email.renew_link",
            "service",
            service.id,
            customer_id=customer.id,
            after={"outbox_id": outbox_id, "to": customer.email, "service": service.name},
        )
        return RenewLinkQueued(outbox_id=outbox_id, to=customer.email)
