"""The reference model of auto-renewal: R11-R19 and R27-R30 of SPEC.md in a few pages, written from
the rules alone (never from the engine), so that the model-based test can hold the program to them.

It knows, per service: expiry, auto-renew on/off (and why it stopped), card, period, installments,
where the cycle of the current expiry stands and the terms its last notice announced; and, for the
whole world, the price list and every successful charge. Settings stay at their defaults:
`check_days_before` 15, `charge_lead_days` 0 (the charge date is the expiry), grace 7 days."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

CHECK_DAYS_BEFORE = 15
GRACE_DAYS = 7
CURRENCY = "ILS"
# R11: a hosting package's periods and the most installments each allows.
MOST_INSTALLMENTS = {3: 1, 12: 3, 24: 5, 36: 7}


class Behaviour(StrEnum):
    """How the sandbox gateway treats a card (SPEC, "The sandbox gateway")."""

    OK = "ok"
    VERIFY_DECLINED = "verify_declined"
    CHARGE_DECLINED = "charge_declined"


@dataclass(frozen=True)
class CardSpec:
    key: str
    number: str
    exp_month: int
    exp_year: int
    behaviour: Behaviour

    @property
    def last4(self) -> str:
        return self.number[-4:]

    def valid_through(self) -> date:
        """R19: valid up to and including the last day of its expiry month."""
        last = calendar.monthrange(self.exp_year, self.exp_month)[1]
        return date(self.exp_year, self.exp_month, last)

    def expires_before(self, day: date) -> bool:
        return self.valid_through() < day


# The main customer's cards. "expiring" is good but runs out (end of November 2026) before every
# charge date the machine makes for the main customer (the first is 1 December 2026).
CARDS: dict[str, CardSpec] = {
    card.key: card
    for card in (
        CardSpec("good", "4242424242424242", 12, 2030, Behaviour.OK),
        CardSpec("good2", "5555555555554444", 12, 2030, Behaviour.OK),
        CardSpec("vdec", "4000000000000002", 12, 2030, Behaviour.VERIFY_DECLINED),
        CardSpec("cdec", "4000000000000341", 12, 2030, Behaviour.CHARGE_DECLINED),
        CardSpec("expiring", "4111111111111111", 11, 2026, Behaviour.OK),
    )
}


def add_months(day: date, months: int) -> date:
    """One period on; a day the target month lacks becomes its last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class CycleState(StrEnum):
    """Where the cycle of a service's current expiry stands, as far as the rules tell."""

    OPEN = "open"  # nothing done yet: card check and notice to come
    CHECKED = "checked"  # card checked, notice sent: its terms are announced
    STOPPED = "stopped"  # auto-renew stopped (staff, card check, charge): nothing live
    NEEDS_ATTENTION = "needs_attention"  # too late to charge (R18, R30): for staff


@dataclass(frozen=True)
class Terms:
    """What a notice announces (R28): the charge must be made on exactly these."""

    amount_minor: int
    currency: str
    installments: int
    last4: str
    period: int


@dataclass(frozen=True)
class Charge:
    service: str
    due: date
    amount_minor: int
    currency: str
    installments: int
    last4: str


@dataclass
class ServiceModel:
    name: str
    customer: str
    kind: str  # domain | hosting
    item: str  # the price list's item: a TLD or a plan
    expiry: date
    enabled: bool
    card: str
    period: int
    installments: int
    cards: tuple[str, ...]  # the cards of its account
    cycle: CycleState = CycleState.OPEN
    announced: Terms | None = None
    stop_reason: str | None = None
    # The card was changed after the notice to one that cannot be charged: the rules say no charge,
    # but not whether the stop comes with the updated notice or on the charge date.
    doomed: bool = False

    @property
    def due(self) -> date:
        return self.expiry  # charge_lead_days = 0

    @property
    def check_day(self) -> date:
        return self.due - timedelta(days=CHECK_DAYS_BEFORE)


@dataclass
class Model:
    prices: dict[tuple[str, str, int], int]
    cards: dict[str, CardSpec] = field(default_factory=lambda: dict(CARDS))
    services: dict[str, ServiceModel] = field(default_factory=dict)
    charges: list[Charge] = field(default_factory=list)

    # -- terms ---------------------------------------------------------------------------------

    def price(self, service: ServiceModel, period: int) -> int:
        return self.prices[(service.kind, service.item, period)]

    def terms_now(self, service: ServiceModel) -> Terms:
        return Terms(
            amount_minor=self.price(service, service.period),
            currency=CURRENCY,
            installments=service.installments if service.kind == "hosting" else 1,
            last4=self.cards[service.card].last4,
            period=service.period,
        )

    def _chargeable(self, card_key: str, due: date) -> bool:
        card = self.cards[card_key]
        return card.behaviour is Behaviour.OK and not card.expires_before(due)

    # -- what staff do -------------------------------------------------------------------------

    def may_enable_with(self, card_key: str, today: date) -> bool:
        """R8: not expired, and the gateway's verification succeeds."""
        card = self.cards[card_key]
        return card.behaviour is not Behaviour.VERIFY_DECLINED and not card.expires_before(today)

    def enable(self, name: str, card_key: str) -> None:
        service = self.services[name]
        if service.enabled:
            self.change(name, card_key=card_key)
            return
        # R29: on again after any stop, the current expiry is checked, notified and charged anew.
        service.enabled, service.stop_reason, service.card = True, None, card_key
        service.cycle, service.announced, service.doomed = CycleState.OPEN, None, False

    def disable(self, name: str) -> None:
        service = self.services[name]
        if service.enabled:
            self._stop(service, "staff_switched_off")

    def change(
        self,
        name: str,
        *,
        card_key: str | None = None,
        period: int | None = None,
        installments: int | None = None,
    ) -> None:
        """R10-R12, R28: new settings; after the notice, the cycle's terms become the new ones (an
        updated notice). A new price list does not reach a cycle already announced: its amount moves
        only with its period."""
        service = self.services[name]
        old_period = service.period
        service.card = card_key if card_key is not None else service.card
        service.period = period if period is not None else service.period
        service.installments = installments if installments is not None else service.installments
        if service.cycle is CycleState.CHECKED and service.announced is not None:
            fresh = self.terms_now(service)
            if service.period == old_period:
                fresh = replace(fresh, amount_minor=service.announced.amount_minor)
            service.announced = fresh
            if not self._chargeable(service.card, service.due):
                service.doomed = True

    def set_price(self, key: tuple[str, str, int], amount_minor: int) -> None:
        self.prices[key] = amount_minor

    # -- a day's run ---------------------------------------------------------------------------

    def run(self, today: date) -> None:
        """R14-R18: everything that fell due up to `today`, in date order, for every service."""
        for service in self.services.values():
            self._catch_up(service, today)

    def _catch_up(self, service: ServiceModel, today: date) -> None:
        while service.enabled and today >= service.check_day:
            if service.cycle is CycleState.NEEDS_ATTENTION:
                return
            late = (today - service.due).days > GRACE_DAYS
            if late:  # R18, R30: a charge date older than the grace is for staff, uncharged
                service.cycle = CycleState.NEEDS_ATTENTION
                return
            if service.cycle is CycleState.OPEN and not self._check(service):
                return
            if today < service.due:
                return
            self._charge(service, today)

    def _check(self, service: ServiceModel) -> bool:
        """R14, R15: the card check and, when it passes, the notice that fixes the terms (R28)."""
        card = self.cards[service.card]
        if card.expires_before(service.due):
            self._stop(service, "card_expires_before_charge")
            return False
        if card.behaviour is Behaviour.VERIFY_DECLINED:
            self._stop(service, "card_verification_declined")
            return False
        service.cycle, service.announced = CycleState.CHECKED, self.terms_now(service)
        return True

    def _charge(self, service: ServiceModel, today: date) -> None:
        """R16 on the announced terms; R13 aligns the settings to the charge."""
        terms = service.announced
        assert terms is not None
        if not self._chargeable(service.card, service.due):
            self._stop(service, "charge_declined")
            return
        self.charges.append(
            Charge(
                service.name,
                service.due,
                terms.amount_minor,
                terms.currency,
                terms.installments,
                terms.last4,
            )
        )
        service.expiry = add_months(service.expiry, terms.period)
        service.period, service.installments = terms.period, terms.installments
        service.cycle, service.announced, service.doomed = CycleState.OPEN, None, False

    def _stop(self, service: ServiceModel, reason: str) -> None:
        service.enabled, service.stop_reason = False, reason
        service.cycle, service.announced, service.doomed = CycleState.STOPPED, None, False

    # -- for the long run's count of states ----------------------------------------------------

    def fingerprint(self, today: date) -> int:
        """The state, with dates relative to today: two worlds that differ only by when they
        happen count once."""
        rows = tuple(
            (
                s.name,
                (s.expiry - today).days,
                s.enabled,
                s.card,
                s.period,
                s.installments,
                s.cycle.value,
                s.announced,
                s.doomed,
            )
            for s in sorted(self.services.values(), key=lambda s: s.name)
        )
        return hash((rows, tuple(sorted(self.prices.items())), len(self.charges)))
