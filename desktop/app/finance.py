"""Upcoming automatic charges and their risks (R21), from the rules the due engine charges by: the same
price list lookup, charge dates, installments and risk checks, so that forecast and reality agree."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext
from desktop.core.codes import Risk
from desktop.core.due_dates import charge_date
from desktop.core.periods import ServiceKind, add_months, charged_installments
from desktop.core.risk import CardFacts, ContactFacts, charge_risks
from desktop.jobs.pricing import PriceBook
from desktop.store.models import AutoRenew, Card, Contact, Customer, Cycle, Service


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
class _Fixed:
    """A cycle's own terms, where a notice fixed them (R28) or where its charge date passed long ago."""

    amount_minor: int
    currency: str
    installments: int
    card: CardFacts | None
    card_brand: str | None
    card_last4: str | None
    contact: ContactFacts

    def row(
        self,
        customer_id: int,
        customer_ref: str,
        customer_name: str,
        service_id: int,
        service: str,
        kind: str,
        charge_on: date,
        today: date,
    ) -> UpcomingCharge:
        return UpcomingCharge(
            customer_id=customer_id,
            customer_ref=customer_ref,
            customer_name=customer_name,
            service_id=service_id,
            service=service,
            kind=kind,
            charge_on=charge_on,
            amount_minor=self.amount_minor,
            currency=self.currency,
            installments=self.installments,
            card_brand=self.card_brand,
            card_last4=self.card_last4,
            card_exp_month=self.card.exp_month if self.card else None,
            card_exp_year=self.card.exp_year if self.card else None,
            billing_contact=self.contact.name,
            risks=charge_risks(self.card, self.contact, charge_on, today),
        )


def _fixed_terms(session: Session, first: date, last: date) -> dict[tuple[int, date], _Fixed]:
    """The announced terms of the cycles charged within the range: what the charge will be (R28). An
    index range on the cycles' (status, charge date)."""
    card, contact = aliased(Card), aliased(Contact)
    rows = session.execute(
        select(
            Cycle.service_id,
            Cycle.charge_on,
            Cycle.amount_minor,
            Cycle.currency,
            Cycle.installments,
            card.brand,
            card.last4,
            card.exp_month,
            card.exp_year,
            card.holder,
            card.invalid_reason,
            contact.name,
            contact.company,
            Customer.name,
        )
        .join(Service, Service.id == Cycle.service_id)
        .join(Customer, Customer.id == Service.customer_id)
        .outerjoin(card, card.id == Cycle.card_id)
        .outerjoin(contact, contact.id == Cycle.billing_contact_id)
        .where(
            Cycle.status.in_(("open", "checked")),
            Cycle.charge_on >= first,
            Cycle.charge_on <= last,
            Cycle.notice_version >= 1,
            Cycle.amount_minor.is_not(None),
        )
    ).tuples()
    return {
        (service_id, charge_on): _Fixed(
            amount or 0,
            currency or "",
            installments or 1,
            CardFacts(exp_month, exp_year, holder, invalid is not None) if last4 else None,
            brand,
            last4,
            ContactFacts(contact_name, company, False)
            if contact_name is not None
            else ContactFacts(customer_name, None, True),
        )
        for (
            service_id,
            charge_on,
            amount,
            currency,
            installments,
            brand,
            last4,
            exp_month,
            exp_year,
            holder,
            invalid,
            contact_name,
            company,
            customer_name,
        ) in rows
    }


def upcoming_charges(ctx: AppContext, actor: Actor, today: date | None = None, days: int = 30) -> Forecast:
    """Every automatic charge that will be attempted from today through `days` days on, with charges
    whose date passed within the grace days (they are charged on the next run) flagged as such, and,
    at risk, active auto-renews whose charge date passed longer ago (R30: staff must act, and they
    are never dropped from view). A charge whose notice went out shows the announced terms (R28)."""
    require(actor, Permission.VIEW_FINANCE)
    day = today or ctx.today()
    settings = ctx.settings
    lead, grace = settings.charge_lead_days, settings.late_charge_grace_days
    first, last = day - timedelta(days=grace), day + timedelta(days=days)
    card, contact = aliased(Card), aliased(Contact)
    rows: list[UpcomingCharge] = []
    with ctx.db.reading() as session:
        prices = PriceBook(session)
        fixed = _fixed_terms(session, first, last)
        # Plain columns rather than ORM objects: a month of a million services is some 85,000 rows.
        # Core rows straight from the connection: the ORM's row processing would cost a third more.
        result = session.connection().execute(
            select(
                Service.id,
                Service.name,
                Service.kind,
                Service.plan,
                Service.expires_on,
                AutoRenew.period_months,
                AutoRenew.installments,
                Customer.id.label("customer_id"),
                Customer.ref,
                Customer.name.label("customer_name"),
                Customer.currency,
                card.brand,
                card.last4,
                card.exp_month,
                card.exp_year,
                card.holder,
                card.invalid_reason,
                contact.name.label("contact_name"),
                contact.company,
            )
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .join(Customer, Customer.id == Service.customer_id)
            .outerjoin(card, card.id == AutoRenew.card_id)
            .outerjoin(contact, contact.id == AutoRenew.billing_contact_id)
            .where(
                AutoRenew.enabled.is_(True),
                Service.expires_on >= first + timedelta(days=lead),
                Service.expires_on <= last + timedelta(days=lead),
            )
        )
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
            brand,
            last4,
            exp_month,
            exp_year,
            holder,
            invalid_reason,
            contact_name,
            company,
        ) in result.tuples():
            amount = prices.price(kind, name, plan, period, currency)
            installments = charged_installments(ServiceKind(kind), period, stored_installments)
            card_facts = CardFacts(exp_month, exp_year, holder, invalid_reason is not None) if last4 else None
            contact_facts = (
                ContactFacts(contact_name, company, False)
                if contact_name is not None
                else ContactFacts(customer_name, None, True)
            )
            # A short period can renew more than once within a long range: each charge is listed.
            while (charge_on := charge_date(expires, lead)) <= last:
                if charge_on >= first:
                    told = fixed.get((service_id, charge_on))
                    rows.append(
                        UpcomingCharge(
                            customer_id=customer_id,
                            customer_ref=ref,
                            customer_name=customer_name,
                            service_id=service_id,
                            service=name,
                            kind=kind,
                            charge_on=charge_on,
                            amount_minor=amount,
                            currency=currency,
                            installments=installments,
                            card_brand=brand,
                            card_last4=last4,
                            card_exp_month=exp_month,
                            card_exp_year=exp_year,
                            billing_contact=contact_facts.name,
                            risks=charge_risks(
                                card_facts, contact_facts, charge_on, day, has_price=amount is not None
                            ),
                        )
                        if told is None
                        else told.row(customer_id, ref, customer_name, service_id, name, kind, charge_on, day)
                    )
                expires = add_months(expires, period)
        rows.extend(_left_behind(session, first, day, prices))
    rows.sort(key=lambda row: (row.charge_on, row.customer_ref, row.service))
    return Forecast(today=day, first_day=first, last_day=last, rows=tuple(rows), totals=_totals(rows))


def _left_behind(session: Session, first: date, today: date, prices: PriceBook) -> list[UpcomingCharge]:
    """R30: active auto-renews whose charge date passed before the grace days: left for staff
    (needs_attention) or not yet reached by a run. Shown at risk, never dropped. An index range on
    the cycles' (status, charge date)."""
    card, contact = aliased(Card), aliased(Contact)
    result = session.execute(
        select(
            Cycle.charge_on,
            Cycle.amount_minor,
            Cycle.currency,
            Cycle.installments,
            Service.id,
            Service.name,
            Service.kind,
            Service.plan,
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
        )
        .join(Service, Service.id == Cycle.service_id)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .join(Customer, Customer.id == Service.customer_id)
        .outerjoin(card, card.id == AutoRenew.card_id)
        .outerjoin(contact, contact.id == AutoRenew.billing_contact_id)
        .where(
            Cycle.status.in_(("open", "checked", "needs_attention")),
            Cycle.charge_on < first,
            Cycle.expires_on == Service.expires_on,
            AutoRenew.enabled.is_(True),
        )
    ).tuples()
    rows = []
    for (
        charge_on,
        told_amount,
        told_currency,
        told_installments,
        service_id,
        name,
        kind,
        plan,
        period,
        stored_installments,
        customer_id,
        ref,
        customer_name,
        currency,
        brand,
        last4,
        exp_month,
        exp_year,
        holder,
        invalid_reason,
        contact_name,
        company,
    ) in result:
        amount = told_amount if told_amount is not None else prices.price(kind, name, plan, period, currency)
        card_facts = CardFacts(exp_month, exp_year, holder, invalid_reason is not None) if last4 else None
        contact_facts = (
            ContactFacts(contact_name, company, False)
            if contact_name is not None
            else ContactFacts(customer_name, None, True)
        )
        rows.append(
            UpcomingCharge(
                customer_id=customer_id,
                customer_ref=ref,
                customer_name=customer_name,
                service_id=service_id,
                service=name,
                kind=kind,
                charge_on=charge_on,
                amount_minor=amount,
                currency=told_currency or currency,
                installments=told_installments
                or charged_installments(ServiceKind(kind), period, stored_installments),
                card_brand=brand,
                card_last4=last4,
                card_exp_month=exp_month,
                card_exp_year=exp_year,
                billing_contact=contact_facts.name,
                risks=charge_risks(card_facts, contact_facts, charge_on, today, has_price=amount is not None),
            )
        )
    return rows


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
    customer_ref: str
    service: str
    charge_on: date
    outcome: str  # charged | failed | stopped (at the card check) | needs_attention
    reason: str | None
    amount_minor: int | None
    currency: str


@dataclass(frozen=True)
class OutcomeTotal:
    outcome: str
    currency: str
    amount_minor: int
    count: int


def past_results(
    ctx: AppContext, actor: Actor, first_day: date, last_day: date
) -> tuple[tuple[PastResult, ...], tuple[OutcomeTotal, ...]]:
    """What the due checks did to the charges dated within the range: charged, failed and why."""
    require(actor, Permission.VIEW_FINANCE)
    with ctx.db.reading() as session:
        result = session.execute(
            select(Cycle, Service.name, Customer.ref, Customer.currency)
            .join(Service, Service.id == Cycle.service_id)
            .join(Customer, Customer.id == Service.customer_id)
            .where(
                Cycle.charge_on >= first_day,
                Cycle.charge_on <= last_day,
                Cycle.status.in_(("charged", "failed", "stopped", "needs_attention")),
            )
            .order_by(Cycle.charge_on, Customer.ref, Service.name)
        ).tuples()
        rows = tuple(
            PastResult(
                customer_ref=ref,
                service=name,
                charge_on=cycle.charge_on,
                outcome=cycle.status,
                reason=cycle.reason if cycle.status != "charged" else None,
                amount_minor=cycle.amount_minor,
                currency=cycle.currency or currency,
            )
            for cycle, name, ref, currency in result
        )
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        entry = sums[(row.outcome, row.currency)]
        entry[0] += row.amount_minor or 0
        entry[1] += 1
    totals = tuple(
        OutcomeTotal(outcome, currency, amount, count)
        for (outcome, currency), (amount, count) in sorted(sums.items())
    )
    return rows, totals


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
