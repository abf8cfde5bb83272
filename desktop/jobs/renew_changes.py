"""The one thing every use case that changes auto-renew calls, in its own transaction, after it wrote
the change (switching on, a card, billing contact, period or installments, a card replaced, an
expiry moved, an import): the services' cycles follow (R28, R29, R30)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.core.codes import CycleStatus
from desktop.core.due_dates import latest_expiry_due
from desktop.jobs import cycle_terms, live_cycles
from desktop.jobs.pricing import PriceBook
from desktop.jobs.stop_mails_after_switch_on import told_stopped_since_notice, withdraw_stop_mails
from desktop.settings import Settings
from desktop.store import audit_repo
from desktop.store.id_sets import among
from desktop.store.models import AutoRenew, Card, Customer, Cycle, Service
from desktop.store.named_rows import columns
from desktop.store.outbox_repo import QueuedMail, enqueue


class TermsUnpriced(Exception):
    """The new settings give an announced cycle a period the price list has no price for."""

    def __init__(self, service: str, period_months: int) -> None:
        super().__init__(f"{service}: no price for {period_months} months")
        self.service, self.period_months = service, period_months


class _Announced(NamedTuple):
    """A cycle whose notice went out, with its service's settings as they are now."""

    cycle: Cycle
    service: Service
    renew: AutoRenew
    customer: Customer
    card: Card | None


@dataclass(frozen=True)
class CyclesFollowed:
    reopened: int = 0
    created: int = 0
    updated_notices: int = 0


def auto_renew_changed(
    session: Session,
    service_ids: Sequence[int],
    *,
    today: date,
    settings: Settings,
    now: datetime,
    actor: str,
) -> CyclesFollowed:
    """R29/R30: an enabled service's ended cycle for its current expiry is opened again, and one whose
    check day has come without a cycle gets one. R28: a cycle whose notice went out takes the new
    settings as its terms, and an updated notice is queued when what the customer was told changed
    (amount for a new period, installments, card); nothing when it did not. Raises TermsUnpriced
    (the caller's transaction then changes nothing) when a new period has no price."""
    opened = live_cycles.reopen(
        session,
        service_ids,
        today=today,
        charge_lead_days=settings.charge_lead_days,
        check_days_before=settings.check_days_before,
        now=now,
        actor=actor,
    )
    withdraw_stop_mails(session, service_ids, now, actor)
    # A cycle past its grace days will not be charged: it is told nothing new, the run reports it.
    oldest_chargeable = today - timedelta(days=settings.late_charge_grace_days)
    notices = _restate(session, service_ids, oldest_chargeable, now, actor)
    return CyclesFollowed(reopened=opened.reopened, created=opened.created, updated_notices=notices)


def _restate(
    session: Session, service_ids: Sequence[int], oldest_chargeable: date, now: datetime, actor: str
) -> int:
    if not service_ids:
        return 0
    prices: PriceBook | None = None
    mails: list[QueuedMail] = []
    card = aliased(Card)
    # All of them in one statement (Recurring All on 50,000 domains).
    rows = (
        session.execute(
            select(
                *columns(
                    _Announced._fields,
                    cycle=Cycle,
                    service=Service,
                    renew=AutoRenew,
                    customer=Customer,
                    card=card,
                )
            )
            .join(Service, Service.id == Cycle.service_id)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .join(Customer, Customer.id == Service.customer_id)
            .outerjoin(card, card.id == AutoRenew.card_id)
            .where(
                among(session, Cycle.service_id, service_ids),
                Cycle.expires_on == Service.expires_on,
                Cycle.status.in_((CycleStatus.OPEN, CycleStatus.CHECKED)),
                Cycle.notice_version >= 1,
                Cycle.charge_on >= oldest_chargeable,
                AutoRenew.enabled.is_(True),
            )
            .order_by(Cycle.charge_on, Cycle.id)
            .with_for_update(of=Cycle)
            .execution_options(populate_existing=True)
        )
        .tuples()
        .all()
    )
    announced = list(map(_Announced._make, rows))
    told_stopped = told_stopped_since_notice(session, [row.cycle for row in announced])
    for row in announced:
        cycle, service, renew, customer = row.cycle, row.service, row.renew, row.customer
        prices = prices or PriceBook(session)
        terms = cycle_terms.proposed(cycle, service, renew, customer, prices)
        if terms is None:
            raise TermsUnpriced(service.name, renew.period_months)
        before = cycle_terms.announced(cycle)
        mail = cycle_terms.announce(cycle, service, customer, row.card, terms)
        if mail is None and cycle.id in told_stopped:
            # Told "auto-renew is off" since its notice, and on again on the same terms: the customer
            # is told again that the charge will be made, before it is (R28).
            cycle.notice_version += 1
            cycle.notice_queued = True
            mail = cycle_terms.notice_mail(cycle, service, customer, row.card, cycle_terms.NOTICE_UPDATED)
            # The same terms: the template may say "on again" rather than "new terms".
            mail = replace(mail, context={**mail.context, "switched_on_again": True})
        if before is not None and cycle_terms.announced(cycle) != before:
            audit_repo.add(
                session,
                actor,
                now,
                "cycle.terms_changed",
                "cycle",
                cycle.id,
                customer_id=customer.id,
                before=_described(before),
                after={**_described(terms), "notice_version": cycle.notice_version},
            )
            cycle.updated_at = now
        if mail is not None:
            mails.append(mail)
    enqueue(session, mails, now)
    return len(mails)


def _described(terms: cycle_terms.Terms) -> dict[str, object]:
    return {
        "amount_minor": terms.amount_minor,
        "currency": terms.currency,
        "installments": terms.installments,
        "period_months": terms.period_months,
        "card_id": terms.card_id,
        "billing_contact_id": terms.billing_contact_id,
    }


def services_arrived(
    session: Session,
    customer_refs: Sequence[str],
    *,
    today: date,
    settings: Settings,
    now: datetime,
    actor: str,
) -> CyclesFollowed:
    """R30: services that arrive with auto-renew on and a check day already come (an import of late
    state) get their cycle at once, however old the charge date: the next run charges them within the
    grace days or reports them for staff. Only such services are looked at."""
    high = latest_expiry_due(today, settings.charge_lead_days, settings.check_days_before)
    late: list[int] = []
    refs = sorted(set(customer_refs))
    for start in range(0, len(refs), live_cycles.CHUNK):
        late.extend(
            session.scalars(
                select(Service.id)
                .join(Customer, Customer.id == Service.customer_id)
                .join(AutoRenew, AutoRenew.service_id == Service.id)
                .where(
                    Customer.ref.in_(refs[start : start + live_cycles.CHUNK]),
                    AutoRenew.enabled.is_(True),
                    Service.expires_on <= high,
                )
            )
        )
    return auto_renew_changed(session, late, today=today, settings=settings, now=now, actor=actor)
