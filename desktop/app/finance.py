"""Upcoming automatic charges and their risks (R21), from the rules the due engine charges by: the same
price list lookup, charge dates, installments and risk checks, so that forecast and reality agree; and
what the due checks did to past charges.

A charge the engine has already planned (a cycle for the service's current expiry) is shown as that
cycle will be worked: on its own charge date (planned under the `charge_lead_days` of its day, which
may have changed since), on the terms its notice announced (R28), and at risk when the checks left it
to staff (needs_attention), with no later charge of that service until staff act. Charges not planned
yet follow today's settings, as the engine will."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, select, union_all
from sqlalchemy.orm import aliased

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext
from desktop.core.codes import CycleStatus, Risk
from desktop.core.due_dates import charge_date
from desktop.core.periods import ServiceKind, add_months, charged_installments
from desktop.core.risk import CardFacts, ContactFacts, charge_risks
from desktop.jobs.pricing import PriceBook
from desktop.store.models import AutoRenew, Card, Contact, Customer, Cycle, Service

# A cycle in one of these states will still be worked on by the due checks, or waits for staff.
PLANNED = (CycleStatus.OPEN, CycleStatus.CHECKED, CycleStatus.CHARGING, CycleStatus.NEEDS_ATTENTION)
NEEDS_ATTENTION = CycleStatus.NEEDS_ATTENTION


@dataclass(frozen=True)
class UpcomingCharge:
    customer_id: int
    customer_ref: str
    customer_name: str
    service_id: int
    service: str
    kind: str
    charge_on: date
    amount_minor: int | None
    currency: str
    installments: int
    card_brand: str | None
    card_last4: str | None
    card_exp_month: int | None
    card_exp_year: int | None
    billing_contact: str
    risks: tuple[Risk, ...]
    # Why the due checks left this charge to staff (a cycle's reason code), with Risk.NEEDS_ATTENTION.
    attention: str | None = None


@dataclass(frozen=True)
class DayTotal:
    day: date
    currency: str
    amount_minor: int
    at_risk_minor: int
    charges: int


@dataclass(frozen=True)
class Forecast:
    today: date
    first_day: date
    last_day: date
    rows: tuple[UpcomingCharge, ...]
    totals: tuple[DayTotal, ...]


@dataclass(frozen=True)
class _Terms:
    """What a charge would be made on: the amount, the installments, the card and the billing contact."""

    amount_minor: int | None
    currency: str
    installments: int
    card: CardFacts | None
    card_brand: str | None
    card_last4: str | None
    contact: ContactFacts


@dataclass(frozen=True)
class _Who:
    """Whose charge it is: the customer and the service."""

    customer_id: int
    customer_ref: str
    customer_name: str
    service_id: int
    service: str
    kind: str

    def charge(
        self, charge_on: date, terms: _Terms, today: date, attention: str | None = None
    ) -> UpcomingCharge:
        risks = charge_risks(
            terms.card, terms.contact, charge_on, today, has_price=terms.amount_minor is not None
        )
        return UpcomingCharge(
            customer_id=self.customer_id,
            customer_ref=self.customer_ref,
            customer_name=self.customer_name,
            service_id=self.service_id,
            service=self.service,
            kind=self.kind,
            charge_on=charge_on,
            amount_minor=terms.amount_minor,
            currency=terms.currency,
            installments=terms.installments,
            card_brand=terms.card_brand,
            card_last4=terms.card_last4,
            card_exp_month=terms.card.exp_month if terms.card else None,
            card_exp_year=terms.card.exp_year if terms.card else None,
            billing_contact=terms.contact.name,
            risks=risks if attention is None else (Risk.NEEDS_ATTENTION, *risks),
            attention=attention,
        )


def _card(
    brand: Any, last4: Any, exp_month: Any, exp_year: Any, holder: Any, invalid: Any
) -> CardFacts | None:
    return CardFacts(exp_month, exp_year, holder, invalid is not None) if last4 else None


def _contact(name: str | None, company: str | None, customer_name: str) -> ContactFacts:
    return ContactFacts(name, company, False) if name is not None else ContactFacts(customer_name, None, True)


def _charges_statement(first: date, last: date, lead: int) -> Any:
    """One statement for the question "which charges fall on or before `last`": the enabled auto-renews
    whose expiry puts a charge within the range by today's lead days, and those whose current expiry
    has a planned cycle charged before the range ends (planned under another lead, or left behind).
    Each branch is an index range (services' expiry date; cycles' status and charge date); every row
    carries the service's live terms and its planned cycle's announced ones."""
    card, contact = aliased(Card), aliased(Contact)
    told_card, told_contact = aliased(Card), aliased(Contact)
    current_cycle = and_(Cycle.service_id == Service.id, Cycle.expires_on == Service.expires_on)

    def charges(planned_only: bool) -> Any:
        query = select(
            Service.id,
            Service.name,
            Service.kind,
            Service.plan,
            Service.expires_on,
            AutoRenew.period_months,
            AutoRenew.installments,
            Customer.id,
            Customer.ref,
            Customer.name,
            Customer.currency,
            card.brand,
            card.last4,
            card.exp_month,
            card.exp_year,
            card.holder,
            card.invalid_reason,
            contact.name,
            contact.company,
            Cycle.charge_on,
            Cycle.status,
            Cycle.reason,
            Cycle.notice_version,
            Cycle.amount_minor,
            Cycle.currency,
            Cycle.installments,
            told_card.brand,
            told_card.last4,
            told_card.exp_month,
            told_card.exp_year,
            told_card.holder,
            told_card.invalid_reason,
            told_contact.name,
            told_contact.company,
        )
        if planned_only:
            query = query.select_from(Cycle).join(Service, current_cycle)
        else:
            query = query.select_from(Service).outerjoin(Cycle, current_cycle)
        query = (
            query.join(AutoRenew, AutoRenew.service_id == Service.id)
            .join(Customer, Customer.id == Service.customer_id)
            .outerjoin(card, card.id == AutoRenew.card_id)
            .outerjoin(contact, contact.id == AutoRenew.billing_contact_id)
            .outerjoin(told_card, told_card.id == Cycle.card_id)
            .outerjoin(told_contact, told_contact.id == Cycle.billing_contact_id)
            .where(AutoRenew.enabled.is_(True))
        )
        in_range = Service.expires_on.between(first + timedelta(days=lead), last + timedelta(days=lead))
        if planned_only:
            return query.where(Cycle.status.in_(PLANNED), Cycle.charge_on <= last, ~in_range)
        return query.where(in_range)

    return union_all(charges(False), charges(True))


def upcoming_charges(ctx: AppContext, actor: Actor, today: date | None = None, days: int = 30) -> Forecast:
    """Every automatic charge that will be attempted from today through `days` days on, with charges
    whose date passed within the grace days (they are charged on the next run) flagged as such, and,
    at risk, active auto-renews whose charge date passed longer ago or that the checks left to staff
    (R30: staff must act, and they are never dropped from view)."""
    require(actor, Permission.VIEW_FINANCE)
    day = today or ctx.today()
    settings = ctx.settings
    lead, grace = settings.charge_lead_days, settings.late_charge_grace_days
    first, last = day - timedelta(days=grace), day + timedelta(days=days)
    rows: list[UpcomingCharge] = []
    with ctx.db.reading() as session:
        prices = PriceBook(session)
        # Plain columns from the connection rather than ORM objects: a month of a million services is
        # some 85,000 rows, and the ORM's row processing would cost a third more.
        result = session.connection().execute(_charges_statement(first, last, lead))
        for (
            service_id,
            name,
            kind,
            plan,
            expires,
            period,
            stored_installments,
            customer_id,
            ref,
            customer_name,
            currency,
            *live_card,
            contact_name,
            company,
            planned_on,
            status,
            reason,
            notice_version,
            told_amount,
            told_currency,
            told_installments,
            told_brand,
            told_last4,
            told_exp_month,
            told_exp_year,
            told_holder,
            told_invalid,
            told_contact_name,
            told_company,
        ) in result.tuples():
            who = _Who(customer_id, ref, customer_name, service_id, name, kind)
            live = _Terms(
                prices.price(kind, name, plan, period, currency),
                currency,
                charged_installments(ServiceKind(kind), period, stored_installments),
                _card(*live_card),
                live_card[0],
                live_card[1],
                _contact(contact_name, company, customer_name),
            )
            if status in PLANNED:
                # The engine works this cycle on its own date, on the terms its notice announced.
                terms = live
                if told_amount is not None and notice_version >= 1:
                    terms = _Terms(
                        told_amount,
                        told_currency or currency,
                        told_installments or live.installments,
                        _card(
                            told_brand, told_last4, told_exp_month, told_exp_year, told_holder, told_invalid
                        ),
                        told_brand,
                        told_last4,
                        _contact(told_contact_name, told_company, customer_name),
                    )
                if planned_on <= last:
                    attention = (reason or status) if status == NEEDS_ATTENTION else None
                    rows.append(who.charge(planned_on, terms, day, attention))
                if status == NEEDS_ATTENTION or planned_on < first:
                    # Left to staff, or past its grace days (the next run leaves it to staff): it is
                    # not charged, the service's expiry stays where it is until a person acts, and
                    # the engine plans no later charge of it.
                    continue
                expires = add_months(expires, period)
            # A short period can renew more than once within a long range: each charge is listed, as
            # the engine will plan it.
            while (charge_on := charge_date(expires, lead)) <= last:
                if charge_on >= first:
                    rows.append(who.charge(charge_on, live, day))
                expires = add_months(expires, period)
    rows.sort(key=lambda row: (row.charge_on, row.customer_name.casefold(), row.customer_ref, row.service))
    return Forecast(today=day, first_day=first, last_day=last, rows=tuple(rows), totals=_totals(rows))


def _totals(rows: list[UpcomingCharge]) -> tuple[DayTotal, ...]:
    sums: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        entry = sums[(row.charge_on, row.currency)]
        entry[0] += row.amount_minor or 0
        entry[1] += (row.amount_minor or 0) if row.risks else 0
        entry[2] += 1
    return tuple(
        DayTotal(day=day, currency=currency, amount_minor=amount, at_risk_minor=at_risk, charges=count)
        for (day, currency), (amount, at_risk, count) in sorted(sums.items())
    )


@dataclass(frozen=True)
class PastResult:
    customer_id: int
    customer_ref: str
    customer_name: str
    service_id: int
    service: str
    charge_on: date
    outcome: str  # charged | failed | stopped (at the card check) | needs_attention
    reason: str | None
    # What was charged, or what was at stake when the charge was not made: the amount announced or
    # attempted, else the price list's for the cycle's period (a cycle left to staff before its
    # notice has no amount of its own, and it is money at stake all the same).
    amount_minor: int | None
    currency: str


@dataclass(frozen=True)
class OutcomeTotal:
    outcome: str
    currency: str
    amount_minor: int
    count: int


class PastResults(NamedTuple):
    rows: tuple[PastResult, ...]
    totals: tuple[OutcomeTotal, ...]


def past_results(ctx: AppContext, actor: Actor, first_day: date, last_day: date) -> PastResults:
    """What the due checks did to the charges dated within the range: charged, failed and why, and the
    amount of each (charged, or at stake), with totals per outcome and currency."""
    require(actor, Permission.VIEW_FINANCE)
    with ctx.db.reading() as session:
        prices = PriceBook(session)
        result = session.execute(
            select(
                Cycle.charge_on,
                Cycle.status,
                Cycle.reason,
                Cycle.amount_minor,
                Cycle.currency,
                Cycle.period_months,
                Service.id,
                Service.name,
                Service.kind,
                Service.plan,
                AutoRenew.period_months,
                Customer.id,
                Customer.ref,
                Customer.name,
                Customer.currency,
            )
            .join(Service, Service.id == Cycle.service_id)
            .join(Customer, Customer.id == Service.customer_id)
            .outerjoin(AutoRenew, AutoRenew.service_id == Service.id)
            .where(
                Cycle.charge_on >= first_day,
                Cycle.charge_on <= last_day,
                Cycle.status.in_(
                    (CycleStatus.CHARGED, CycleStatus.FAILED, CycleStatus.STOPPED, NEEDS_ATTENTION)
                ),
            )
        ).tuples()
        rows = sorted(
            (
                PastResult(
                    customer_id=customer_id,
                    customer_ref=ref,
                    customer_name=customer_name,
                    service_id=service_id,
                    service=name,
                    charge_on=charge_on,
                    outcome=status,
                    reason=reason if status != CycleStatus.CHARGED else None,
                    amount_minor=amount
                    if amount is not None
                    else _price(prices, kind, name, plan, told_period or period, currency),
                    currency=told_currency or currency,
                )
                for (
                    charge_on,
                    status,
                    reason,
                    amount,
                    told_currency,
                    told_period,
                    service_id,
                    name,
                    kind,
                    plan,
                    period,
                    customer_id,
                    ref,
                    customer_name,
                    currency,
                ) in result
            ),
            key=lambda row: (row.charge_on, row.customer_name.casefold(), row.customer_ref, row.service),
        )
    return PastResults(tuple(rows), _outcome_totals(rows))


def _price(
    prices: PriceBook, kind: str, name: str, plan: str | None, period: int | None, currency: str
) -> int | None:
    return None if period is None else prices.price(kind, name, plan, period, currency)


def _outcome_totals(rows: list[PastResult]) -> tuple[OutcomeTotal, ...]:
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        entry = sums[(row.outcome, row.currency)]
        entry[0] += row.amount_minor or 0
        entry[1] += 1
    return tuple(
        OutcomeTotal(outcome, currency, amount, count)
        for (outcome, currency), (amount, count) in sorted(sums.items())
    )


@dataclass(frozen=True)
class ForecastFilter:
    """What finance narrows the forecast to: `risk` is "any", "at_risk", "safe" or one Risk code;
    `currency` a code or None for all; `customer` a piece of a customer's ref or name."""

    risk: str = "any"
    currency: str | None = None
    customer: str = ""

    def keeps(self, row: UpcomingCharge) -> bool:
        if self.currency and row.currency != self.currency:
            return False
        if self.risk == "at_risk" and not row.risks:
            return False
        if self.risk == "safe" and row.risks:
            return False
        if self.risk not in ("any", "at_risk", "safe") and self.risk not in row.risks:
            return False
        needle = self.customer.strip().casefold()
        return not needle or needle in row.customer_ref.casefold() or needle in row.customer_name.casefold()


def narrow(forecast: Forecast, only: ForecastFilter) -> Forecast:
    """The forecast's rows that the filter keeps, with their totals made anew: what the window shows,
    charts and exports is always one consistent set."""
    rows = [row for row in forecast.rows if only.keeps(row)]
    return Forecast(
        today=forecast.today,
        first_day=forecast.first_day,
        last_day=forecast.last_day,
        rows=tuple(rows),
        totals=_totals(rows),
    )


def currencies(forecast: Forecast) -> list[str]:
    return sorted({row.currency for row in forecast.rows})
