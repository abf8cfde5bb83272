"""The follow-up list (R41): what needs a person, most urgent first. Stopped auto-renews, charges the
due checks left to staff, active auto-renews whose card expires before their next charge, e-mails
given up and open proformas past their validity. Each row is there only while its cause is: it is
read afresh every time.

A million services give some 100,000 rows, so the list is read one page at a time (core.followup.PAGE)
with the exact count of each kind. Each kind is one set of (key, service expiry) in the database; one
window query over it gives its count and ranks its rows by expiry, and only the rows that can be on the
page are read whole: the first `limit + 1` by expiry after the page's start, and every row tied on the
last of their expiry days (the amount and the name that order a day's rows are known only once a row
is read). Those few rows of every kind are then put in the list's one order (core.followup.list_order)
and cut to the page. A later page starts after the last row of the one before (`after`), so that pages
neither skip nor repeat a row.

"Send a renew link" queues the e-mail that the stop e-mails carry: a signed renew link and a settings
link for one service, in the customer's language (R25), through the outbox (R31, R32)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any, NamedTuple

from sqlalchemy import Date, Select, and_, case, func, literal, select, true, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.app.payments import already_paid_each
from desktop.app.payments_followed import followed_charges
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
from desktop.core.followup import (
    MAX_PAGE,
    MONEY_FIRST,
    NOTHING_TO_PAY,
    PAGE,
    actions_for,
    card_fails_from,
    card_mended,
    list_order,
    oldest_expiry,
)
from desktop.core.risk import card_expires_first
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
# Card expiries read in one query at most: SQLite joins at most 500 selects in one compound select.
_EXPIRIES_PER_QUERY = 100
# Keys looked up in one IN (...) list.
_KEYS_PER_QUERY = 500


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
    card_last4: str | None = None  # the card a charge not applied was taken from

    @property
    def action(self) -> FollowUpAction:
        return self.actions[0]

    @property
    def order(self) -> tuple[bool, bool, date, int, str, str]:
        """Its place in the list: a customer's money a card took (or may have taken) and no invoice
        records first (core.followup.MONEY_FIRST), then core.followup.list_order."""
        return (
            self.kind not in MONEY_FIRST,
            *list_order(self.expires_on, self.amount_minor, self.customer_name, self.key),
        )


@dataclass(frozen=True)
class FollowUp:
    """One page of the list: `rows` in order, after the row the page was asked to start after (or from
    the first); `counts` of every kind in the whole list; `more`: rows follow this page."""

    today: date
    rows: tuple[FollowUpRow, ...]
    counts: Mapping[FollowUpKind, int] = field(default_factory=dict)
    more: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def followup_list(
    ctx: AppContext,
    actor: Actor,
    today: date | None = None,
    *,
    after: FollowUpRow | None = None,
    limit: int = PAGE,
) -> FollowUp:
    """Up to `limit` rows, most urgent first, from the first or after the row `after` (the last row of
    the page before, read on the same day), and the exact count of each kind."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if not 1 <= limit <= MAX_PAGE:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=limit, most=MAX_PAGE)
    day = today or ctx.today()
    page = _Page(day, after, limit + 1)  # one more row than shown says whether more follow
    lead = ctx.settings.charge_lead_days
    with ctx.db.reading() as session:
        counts = _counts(session, day, lead, ctx.clock.now(), ctx.settings.zone)
        # Card charges to act on are few (each one a race lost) and come first: read whole every time.
        money = _money_rows(session, ctx.clock.now(), ctx.settings.zone)
        rows = [row for row in money if page.follows(row)]
        rows += [
            row
            for kind, read in _READERS.items()
            for row in read(session, _candidates(session, _SETS[kind], page, lead), day, lead)
            if page.follows(row)
        ]
        if len(rows) < page.wanted:
            # Every row with a service after `after` is here: the rows without one come next.
            loose = session.execute(_loose_emails()).scalars().all()
            rows += [row for row in _email_rows(session, loose, day) if page.follows(row)]
    rows.sort(key=lambda row: row.order)
    return FollowUp(today=day, rows=tuple(rows[:limit]), counts=counts, more=len(rows) > limit)


def followup_counts(ctx: AppContext, actor: Actor, today: date | None = None) -> dict[FollowUpKind, int]:
    """The exact count of each kind of row, counted by the database alone."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        return _counts(
            session, today or ctx.today(), ctx.settings.charge_lead_days, ctx.clock.now(), ctx.settings.zone
        )


def followup_count(ctx: AppContext, actor: Actor, today: date | None = None) -> int:
    """How many rows the whole list has now: what the main window shows on its Follow-up action."""
    return sum(followup_counts(ctx, actor, today).values())


# -- pages -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    today: date
    after: FollowUpRow | None
    wanted: int

    @property
    def from_day(self) -> date | None:
        """The expiry the page starts on: rows that expire earlier were on the pages before."""
        return self.after.expires_on if self.after is not None else None

    def follows(self, row: FollowUpRow) -> bool:
        return self.after is None or row.order > self.after.order


# A kind's rows as selects of (key, expires_on) (several for the cards, whose expiries are many), all of
# them or those that expire on the days given.
_Sets = Callable[[Session, date, int, Sequence[date] | None], list[Select[Any]]]


def _counts(session: Session, today: date, lead: int, now: datetime, zone: tzinfo) -> dict[FollowUpKind, int]:
    counts = {
        kind: sum(
            session.execute(select(func.count()).select_from(part.subquery())).scalar_one()
            for part in sets(session, today, lead, None)
        )
        for kind, sets in _SETS.items()
    }
    loose = select(func.count()).select_from(_loose_emails().subquery())
    counts[FollowUpKind.EMAIL_GIVEN_UP] += session.execute(loose).scalar_one()
    for kind in MONEY_FIRST:
        counts[kind] = 0
    for charge in followed_charges(session, now, zone):
        counts[charge.kind] += 1
    return counts


def _candidates(session: Session, sets: _Sets, page: _Page, lead: int) -> list[int]:
    """The keys of a kind's rows that can be on the page. A row can be there only if fewer than
    `wanted` rows of its own kind expire after the page's start day and before it: these are the first
    `wanted` by expiry after that day (an ordered read with a limit), every row tied on the last day
    of those, and every row of the start day itself (the rows of that day after `after`)."""
    start = page.from_day
    first: list[tuple[int, date]] = []
    for part in sets(session, page.today, lead, None):
        keyed = part.subquery()
        query = select(keyed.c.key, keyed.c.expires_on)
        if start is not None:
            query = query.where(keyed.c.expires_on > start)
        first += session.execute(query.order_by(keyed.c.expires_on).limit(page.wanted)).tuples()
    first = sorted(first, key=lambda found: found[1])[: page.wanted]
    keys = {key for key, _ in first}
    days = [start] if start is not None else []
    if len(first) == page.wanted:
        days.append(first[-1][1])
    if days:
        for part in sets(session, page.today, lead, days):
            keys.update(session.execute(select(part.subquery().c.key)).scalars())
    return sorted(keys)


def _chunks(keys: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(keys), _KEYS_PER_QUERY):
        yield keys[start : start + _KEYS_PER_QUERY]


# -- who and what each row is about ---------------------------------------------------------------


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
    mended: bool = False,
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
        actions=actions_for(kind, reason, mended=mended),
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


# -- the kinds: each one's set of (key, expires_on), and its rows read whole for a few keys ----------


def _on(days: Sequence[date] | None) -> list[Any]:
    return [] if days is None else [Service.expires_on.in_(days)]


class _NoIndex(FunctionElement[date]):
    """A service's expiry that SQLite compares without its index (SQLite's no-op unary +). A database
    that was never analysed (SQLite's are not) takes a range on the expiry, true of nearly every
    service, for a narrow one, and reads every service through it instead of the few rows of a
    partial index; PostgreSQL, whose statistics know better, sees the column as it is."""

    inherit_cache = True
    type = Date()


@compiles(_NoIndex)
def _as_is(element: _NoIndex, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_NoIndex, "sqlite")
def _unindexed(element: _NoIndex, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _stopped_set(session: Session, today: date, lead: int, days: Sequence[date] | None) -> list[Select[Any]]:
    """Auto-renew stopped (R27): by staff, a failed card check or a failed charge; gone once it is on
    again or the service lapsed. Found through the partial index of the stopped few."""
    return [
        select(AutoRenew.service_id.label("key"), Service.expires_on.label("expires_on"))
        .join(Service, Service.id == AutoRenew.service_id)
        .where(
            AutoRenew.stop_reason.is_not(None),
            AutoRenew.enabled.is_(False),
            _NoIndex(Service.expires_on) >= oldest_expiry(today),
            *_on(days),
        )
    ]


def _stopped(session: Session, keys: Sequence[int], today: date, lead: int = 0) -> list[FollowUpRow]:
    prices = PriceBook(session)
    found = []
    for part in _chunks(keys):
        query = (
            _services_select(
                AutoRenew.stop_reason,
                AutoRenew.stopped_at,
                Card.verified_at,
                Card.invalid_reason,
                Card.exp_month,
                Card.exp_year,
            )
            .select_from(AutoRenew)
            .join(Service, Service.id == AutoRenew.service_id)
            .join(Customer, Customer.id == Service.customer_id)
            .outerjoin(Card, Card.id == AutoRenew.card_id)
            .where(AutoRenew.service_id.in_(part))
        )
        for row in session.connection().execute(query):
            service, who, (reason, stopped_at, verified_at, refused, exp_month, exp_year) = _split(row)
            # Replaced since the stop (or checked again): what is left is switching on again.
            mended = exp_month is not None and card_mended(
                reason,
                stopped_at,
                verified_at,
                refused is not None,
                card_expires_first(exp_month, exp_year, service.expires_on, lead),
            )
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
                    mended=mended,
                )
            )
    return found


def _attention_set(
    session: Session, today: date, lead: int, days: Sequence[date] | None
) -> list[Select[Any]]:
    """A charge the due checks left to staff (R18, R29, R30), for the service's current expiry: gone
    once the cycle is worked (charged, cancelled by a payment) or the expiry moved on."""
    return [
        select(Cycle.id.label("key"), Service.expires_on.label("expires_on"))
        .join(Service, and_(Service.id == Cycle.service_id, Service.expires_on == Cycle.expires_on))
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(
            Cycle.status == CycleStatus.NEEDS_ATTENTION.value,
            Service.expires_on >= oldest_expiry(today),
            *_on(days),
        )
    ]


def _needs_attention(session: Session, keys: Sequence[int], today: date, lead: int = 0) -> list[FollowUpRow]:
    prices = PriceBook(session)
    found = []
    for part in _chunks(keys):
        query = (
            _services_select(Cycle.id, Cycle.reason, Cycle.charge_on, Cycle.amount_minor, Cycle.currency)
            .select_from(Cycle)
            .join(Service, Service.id == Cycle.service_id)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .join(Customer, Customer.id == Service.customer_id)
            .where(Cycle.id.in_(part))
        )
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


def _card_sets(session: Session, today: date, lead: int, days: Sequence[date] | None) -> list[Select[Any]]:
    """R9: an active auto-renew whose card is not valid on its next charge date (the expiry less
    `charge_lead_days`). A card's last valid day depends on its month and year only, and the expiries
    in use are few, so each is turned into the first service expiry such a card fails
    (core.followup.card_fails_from): the database compares dates only, with no date arithmetic of its
    own (SQLite has none that PostgreSQL shares), and expiries that fail after every service's expiry
    are left out.

    All of them: one select per card expiry, so that each starts from the cards of that expiry (an
    index lookup) and their active auto-renews (a partial index) and reads only their services. On a
    few days: the services that expire on them (an index lookup), their card's failing day a CASE on
    the card's expiry."""
    latest = session.execute(select(func.max(Service.expires_on))).scalar_one_or_none()
    if latest is None:
        return []
    oldest = oldest_expiry(today)
    fails_from = {
        (year, month): max(card_fails_from(month, year, lead), oldest)
        for year, month in session.execute(select(Card.exp_year, Card.exp_month).distinct()).tuples()
    }
    failing = {expiry: day for expiry, day in fails_from.items() if day <= latest}
    if not failing:
        return []
    found = select(AutoRenew.service_id.label("key"), Service.expires_on.label("expires_on"))
    if days is not None:
        card_fails = case(
            {year * 100 + month: literal(day, Date) for (year, month), day in failing.items()},
            value=Card.exp_year * 100 + Card.exp_month,
        )
        return [
            found.select_from(Service)
            .join(AutoRenew, and_(AutoRenew.service_id == Service.id, AutoRenew.enabled == true()))
            .join(Card, Card.id == AutoRenew.card_id)
            .where(Service.expires_on.in_(days), Service.expires_on >= card_fails)
        ]
    parts = [
        found.select_from(Card)
        .join(AutoRenew, and_(AutoRenew.card_id == Card.id, AutoRenew.enabled == true()))
        .join(Service, Service.id == AutoRenew.service_id)
        .where(Card.exp_year == year, Card.exp_month == month, Service.expires_on >= day)
        for (year, month), day in failing.items()
    ]
    return [
        union_all(*parts[start : start + _EXPIRIES_PER_QUERY])  # type: ignore[misc]
        for start in range(0, len(parts), _EXPIRIES_PER_QUERY)
    ]


def _card_expires_first(
    session: Session, keys: Sequence[int], today: date, lead: int = 0
) -> list[FollowUpRow]:
    prices = PriceBook(session)
    found = []
    for chunk in _chunks(keys):
        query = (
            _services_select(Card.exp_month, Card.exp_year)
            .select_from(AutoRenew)
            .join(Card, Card.id == AutoRenew.card_id)
            .join(Service, Service.id == AutoRenew.service_id)
            .join(Customer, Customer.id == Service.customer_id)
            .where(AutoRenew.service_id.in_(chunk))
        )
        for row in session.connection().execute(query):
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


def _given_up() -> Any:
    """An e-mail given up (R31) and not sent again since: gone once it is retried (failing or sent
    again) or a copy of it is queued."""
    copy = aliased(OutboxMessage)
    return and_(
        OutboxMessage.status == MailState.GIVEN_UP.value,
        ~select(copy.id).where(copy.resend_of == OutboxMessage.id).exists(),
    )


def _emails_set(session: Session, today: date, lead: int, days: Sequence[date] | None) -> list[Select[Any]]:
    """Given-up e-mails about a service that has not lapsed."""
    return [
        select(OutboxMessage.id.label("key"), Service.expires_on.label("expires_on"))
        .join(Service, Service.id == OutboxMessage.service_id)
        .where(_given_up(), Service.expires_on >= oldest_expiry(today), *_on(days))
    ]


def _loose_emails() -> Select[Any]:
    """Given-up e-mails about the account (or a service since deleted): after every row with a service."""
    return select(OutboxMessage.id.label("key")).where(_given_up(), OutboxMessage.service_id.is_(None))


def _email_rows(session: Session, keys: Sequence[int], today: date, lead: int = 0) -> list[FollowUpRow]:
    prices = PriceBook(session)
    found = []
    for part in _chunks(keys):
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
            .where(OutboxMessage.id.in_(part))
        )
        for outbox_id, kind, failing_since, created_at, *rest in session.connection().execute(query):
            service, who, _ = _split(rest)
            known: _Priced | None = service if service.service_id is not None else None
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
    period_from: date | None  # the service's expiry when the proforma was issued


def _proformas_set(
    session: Session, today: date, lead: int, days: Sequence[date] | None
) -> list[Select[Any]]:
    """An open proforma past its last valid day (it may still be paid): gone once paid or cancelled,
    or when every service on it lapsed or was deleted. Its expiry is its first service's."""
    first_expiry = func.min(Service.expires_on)
    found = (
        select(Proforma.id.label("key"), first_expiry.label("expires_on"))
        .join(ProformaLine, ProformaLine.proforma_id == Proforma.id)
        .join(Service, Service.id == ProformaLine.service_id)
        .where(
            Proforma.status == ProformaStatus.OPEN.value,
            Proforma.valid_until < today,
            Service.expires_on >= oldest_expiry(today),
        )
        .group_by(Proforma.id)
    )
    return [found if days is None else found.having(first_expiry.in_(days))]


def _unpayable(session: Session, lines: Mapping[int, Sequence[_ProformaLine]]) -> set[int]:
    """The proformas paying which would renew nothing, asked in one query for them all: a line whose
    period an invoice already covers is left out by the payment (desktop/app/payments.already_paid,
    the one rule)."""
    periods = {
        proforma_id: [(line.service_id, line.period_from) for line in live if line.period_from is not None]
        for proforma_id, live in lines.items()
        # A line issued before periods were kept is paid as it stands: its proforma is payable.
        if live and all(line.period_from is not None for line in live)
    }
    paid = already_paid_each(session, periods)
    return {proforma_id for proforma_id, pairs in periods.items() if len(paid[proforma_id]) == len(pairs)}


def _proformas_expired(
    session: Session, keys: Sequence[int], today: date, lead: int = 0
) -> list[FollowUpRow]:
    oldest = oldest_expiry(today)
    found = []
    for part in _chunks(keys):
        lines: dict[int, list[_ProformaLine]] = {}
        for line in session.connection().execute(
            select(
                *columns(
                    _ProformaLine._fields,
                    proforma_id=ProformaLine.proforma_id,
                    service_id=Service.id,
                    service=Service.name,
                    service_kind=Service.kind,
                    expires_on=Service.expires_on,
                    period_from=ProformaLine.period_from,
                )
            )
            .join(Service, Service.id == ProformaLine.service_id)
            .where(ProformaLine.proforma_id.in_(part), Service.expires_on >= oldest)
        ):
            lines.setdefault(line.proforma_id, []).append(_ProformaLine._make(line))
        unpayable = _unpayable(session, lines)
        proformas = session.connection().execute(
            select(
                Proforma.id,
                Proforma.number,
                Proforma.valid_until,
                Proforma.total_minor,
                Proforma.currency,
                *_WHO.values(),
            )
            .join(Customer, Customer.id == Proforma.customer_id)
            .where(Proforma.id.in_(part))
        )
        for proforma_id, number, valid_until, total_minor, currency, *who_values in proformas:
            live = sorted(lines.get(proforma_id, []), key=lambda line: (line.expires_on, line.service))
            if not live:
                continue
            first = live[0]
            service = _Priced(first.service_id, first.service, first.service_kind, None, first.expires_on, 0)
            found.append(
                _row(
                    FollowUpKind.PROFORMA_EXPIRED,
                    number,
                    _Who._make(who_values),
                    service,
                    None,  # the proforma's total is the amount
                    today,
                    reason=NOTHING_TO_PAY if proforma_id in unpayable else None,
                    when=valid_until,
                    amount_minor=total_minor,
                    currency=currency,
                    proforma_number=number,
                    more_services=len(live) - 1,
                )
            )
    return found


def _money_rows(session: Session, now: datetime, zone: tzinfo) -> list[FollowUpRow]:
    """Card charges of proformas to act on (desktop/app/payments_followed): refund, or ask the gateway."""
    return [
        FollowUpRow(
            key=f"{found.kind.value}:{found.attempt_id}",
            kind=found.kind,
            customer_id=found.customer_id,
            customer_ref=found.customer_ref,
            customer_name=found.customer_name,
            service_id=None,
            service=None,
            service_kind=None,
            expires_on=None,
            days_left=None,
            amount_minor=found.amount_minor,
            currency=found.currency,
            reason=found.reason,
            when=found.when,
            actions=actions_for(found.kind),
            proforma_number=found.proforma_number,
            card_last4=found.card_last4,
        )
        for found in followed_charges(session, now, zone)
    ]


_SETS: dict[FollowUpKind, _Sets] = {
    FollowUpKind.AUTO_RENEW_STOPPED: _stopped_set,
    FollowUpKind.NEEDS_ATTENTION: _attention_set,
    FollowUpKind.CARD_EXPIRES_FIRST: _card_sets,
    FollowUpKind.EMAIL_GIVEN_UP: _emails_set,
    FollowUpKind.PROFORMA_EXPIRED: _proformas_set,
}
# Each kind's rows read whole, for the keys of its set that can be on the page.
_Reader = Callable[[Session, Sequence[int], date, int], list[FollowUpRow]]
_READERS: dict[FollowUpKind, _Reader] = {
    FollowUpKind.AUTO_RENEW_STOPPED: _stopped,
    FollowUpKind.NEEDS_ATTENTION: _needs_attention,
    FollowUpKind.CARD_EXPIRES_FIRST: _card_expires_first,
    FollowUpKind.EMAIL_GIVEN_UP: _email_rows,
    FollowUpKind.PROFORMA_EXPIRED: _proformas_expired,
}


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
