"""What was announced is what is charged (R28). The pre-charge notice fixes a cycle's terms (amount,
currency, installments, period, card, billing contact); the charge is made on exactly those. When
the settings of a service change after its notice, its cycle's terms follow in the same transaction
and an updated notice states them; a change of the price list waits for the next cycle.

`announce` is the one place that decides what a cycle's terms become and which notice says so: the
due engine asks it at the card check, and every use case that changes auto-renew asks it (through
`desktop.jobs.renew_changes.auto_renew_changed`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop.core.periods import ServiceKind, charged_installments
from desktop.store.models import AutoRenew, Card, Customer, Cycle, Service
from desktop.store.outbox_repo import QueuedMail


class Prices(Protocol):
    """The price list (desktop.jobs.pricing.PriceBook)."""

    def price(self, kind: str, name: str, plan: str | None, period: int, currency: str) -> int | None: ...


PRECHARGE_NOTICE = "precharge_notice"
NOTICE_UPDATED = "notice_updated"


@dataclass(frozen=True)
class NoticeTerms:
    """What a notice tells the customer of a cycle's terms; the billing contact is not among it."""

    amount_minor: int
    currency: str
    installments: int
    period_months: int
    card_id: int | None


@dataclass(frozen=True)
class Terms:
    amount_minor: int
    currency: str
    installments: int
    period_months: int
    card_id: int | None
    billing_contact_id: int | None

    def told(self) -> NoticeTerms:
        return NoticeTerms(
            amount_minor=self.amount_minor,
            currency=self.currency,
            installments=self.installments,
            period_months=self.period_months,
            card_id=self.card_id,
        )


def announced(cycle: Cycle) -> Terms | None:
    """The terms a notice fixed, or None when no notice was queued for the cycle yet."""
    if cycle.notice_version < 1 or cycle.amount_minor is None or cycle.currency is None:
        return None
    return Terms(
        amount_minor=cycle.amount_minor,
        currency=cycle.currency,
        installments=cycle.installments or 1,
        period_months=cycle.period_months or 0,
        card_id=cycle.card_id,
        billing_contact_id=cycle.billing_contact_id,
    )


def proposed(
    cycle: Cycle, service: Service, renew: AutoRenew, customer: Customer, prices: Prices
) -> Terms | None:
    """The terms the service's settings give this cycle now: the announced amount while the period is
    the one announced (a price-list change applies from the next cycle on), the price list's for any
    other period. None when the price list has no price for it."""
    period = renew.period_months
    before = announced(cycle)
    if before is not None and before.period_months == period:
        amount, currency = before.amount_minor, before.currency
    else:
        price = prices.price(service.kind, service.name, service.plan, period, customer.currency)
        if price is None:
            return None
        amount, currency = price, customer.currency
    return Terms(
        amount_minor=amount,
        currency=currency,
        installments=charged_installments(ServiceKind(service.kind), period, renew.installments),
        period_months=period,
        card_id=renew.card_id,
        billing_contact_id=renew.billing_contact_id,
    )


def fix(cycle: Cycle, terms: Terms) -> None:
    cycle.amount_minor, cycle.currency, cycle.installments = (
        terms.amount_minor,
        terms.currency,
        terms.installments,
    )
    cycle.period_months, cycle.card_id, cycle.billing_contact_id = (
        terms.period_months,
        terms.card_id,
        terms.billing_contact_id,
    )


def announce(
    cycle: Cycle, service: Service, customer: Customer, card: Card | None, terms: Terms
) -> QueuedMail | None:
    """Fixes `terms` on the cycle and returns the notice that tells them: the pre-charge notice the
    first time, an updated notice (one per new version) when what the customer was told changes,
    nothing when it does not. A new billing contact alone is kept without a notice: it is not told."""
    before = announced(cycle)
    if before is not None and before.told() == terms.told():
        if before.billing_contact_id != terms.billing_contact_id:
            fix(cycle, terms)
        return None
    fix(cycle, terms)
    cycle.notice_version = 1 if before is None else cycle.notice_version + 1
    cycle.notice_queued = True
    kind = PRECHARGE_NOTICE if before is None else NOTICE_UPDATED
    return notice_mail(cycle, service, customer, card, kind)


def _notice_key(service_id: int, cycle: Cycle, kind: str) -> str:
    # One row per version of the notice: the first keeps the key it always had.
    key = f"{service_id}:{cycle.charge_on.isoformat()}:{kind}"
    return f"{key}:{cycle.notice_version}" if kind == NOTICE_UPDATED else key


def current_notice_key(service_id: int, cycle: Cycle) -> str | None:
    """The outbox key of the notice that told the customer the cycle's terms as they are now (the
    pre-charge notice, or its latest update); None when no notice was queued for the cycle."""
    if cycle.notice_version < 1:
        return None
    kind = PRECHARGE_NOTICE if cycle.notice_version == 1 else NOTICE_UPDATED
    return _notice_key(service_id, cycle, kind)


def notice_mail(
    cycle: Cycle, service: Service, customer: Customer, card: Card | None, kind: str
) -> QueuedMail:
    key = _notice_key(service.id, cycle, kind)
    context: dict[str, Any] = {
        "service_id": service.id,
        "customer_name": customer.name,
        "service_name": service.name,
        "service_kind": service.kind,
        "charge_date": cycle.charge_on.isoformat(),
        "expires_on": service.expires_on.isoformat(),
        "card_brand": card.brand if card else "",
        "card_last4": card.last4 if card else "",
        "amount_minor": cycle.amount_minor,
        "currency": cycle.currency,
        "installments": cycle.installments,
        "period_months": cycle.period_months,
        "notice_version": cycle.notice_version,
    }
    return QueuedMail(
        dedupe_key=key,
        kind=kind,
        customer_id=customer.id,
        service_id=service.id,
        cycle_id=cycle.id,
        language=customer.language,
        to_address=customer.email,
        context=context,
    )
