"""Finding customers as staff type, and loading one account with what the due checks decided."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session as OrmSession

from desktop.app.actor import Actor, Permission, require
from desktop.app.customer_search import MAX_SEARCH_LENGTH as MAX_SEARCH_LENGTH  # the command line's limit
from desktop.app.customer_search import PAGE, hit_of, search_customers
from desktop.app.errors import UseCaseError
from desktop.app.row_views import card_view, contact_view
from desktop.app.views import AccountView, CardView, ContactView, CustomerHit, ServiceView
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode, Risk
from desktop.core.due_dates import charge_date
from desktop.core.eligibility import recurring_availability, renew_availability
from desktop.core.periods import MAX_INSTALLMENTS, ServiceKind
from desktop.core.risk import CardFacts, ContactFacts, charge_risks
from desktop.jobs.pricing import PriceBook
from desktop.store.models import AutoRenew, Card, Contact, Customer, Order, Service


def find_customers(
    ctx: AppContext, actor: Actor, text: str, *, page: int = 0, size: int = PAGE
) -> list[CustomerHit]:
    """One page of `search_customers` (desktop.app.customer_search): the command line's and the
    screenshots' way in."""
    return list(search_customers(ctx, actor, text, offset=page * size, limit=size).hits)


def account_by_ref(ctx: AppContext, actor: Actor, ref: str) -> AccountView:
    """The account with this ref (the import file's, or the one printed when it was made)."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        found = session.scalar(select(Customer.id).where(Customer.ref == ref))
    if found is None:
        raise UseCaseError(ErrorCode.CUSTOMER_REF_UNKNOWN, ref=ref)
    return load_account(ctx, actor, found)


def load_account(ctx: AppContext, actor: Actor, customer_id: int, today: date | None = None) -> AccountView:
    require(actor, Permission.VIEW_CUSTOMERS)
    day = today or ctx.today()
    lead = ctx.settings.charge_lead_days
    with ctx.db.reading() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND, customer_id=customer_id)
        contacts = tuple(
            contact_view(k)
            for k in session.scalars(
                select(Contact).where(Contact.customer_id == customer_id).order_by(Contact.id)
            )
        )
        card_rows = list(
            session.scalars(select(Card).where(Card.customer_id == customer_id).order_by(Card.id))
        )
        cards = tuple(card_view(k, day) for k in card_rows)
        services = _services(session, customer, cards, contacts, day, lead)
        has_order = bool(
            session.scalar(
                select(exists().where(Order.service_id == Service.id, Service.customer_id == customer_id))
            )
        )
    return AccountView(
        customer=hit_of(customer),
        contacts=contacts,
        cards=cards,
        services=services,
        has_order=has_order,
        recurring=recurring_availability(any(card.valid for card in cards), has_order),
        renew=renew_availability(len(services)),
    )


def _services(
    session: OrmSession,
    customer: Customer,
    cards: tuple[CardView, ...],
    contacts: tuple[ContactView, ...],
    today: date,
    lead: int,
) -> tuple[ServiceView, ...]:
    prices = PriceBook(session)
    card_by_id = {card.id: card for card in cards}
    contact_by_id = {contact.id: contact for contact in contacts}
    holder = ContactFacts(name=customer.name, company=None, is_account_holder=True)
    views = []
    # Plain rows, not ORM objects: an account of 50,000 domains loads several times faster.
    rows = session.execute(
        select(
            Service.id,
            Service.ref,
            Service.kind,
            Service.name,
            Service.plan,
            Service.expires_on,
            Service.period_months,
            AutoRenew.enabled,
            AutoRenew.card_id,
            AutoRenew.billing_contact_id,
            AutoRenew.period_months.label("renew_period"),
            AutoRenew.installments,
            AutoRenew.stop_reason,
            AutoRenew.stopped_at,
        )
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(Service.customer_id == customer.id)
        .order_by(Service.name)
    )
    for r in rows:
        is_domain = r.kind == ServiceKind.DOMAIN.value
        period = r.renew_period
        price = prices.price(r.kind, r.name, r.plan, period, customer.currency)
        next_charge = charge_date(r.expires_on, lead) if r.enabled else None
        card = card_by_id.get(r.card_id) if r.card_id else None
        contact = contact_by_id.get(r.billing_contact_id) if r.billing_contact_id else None
        risks: tuple[Risk, ...] = ()
        if next_charge is not None:
            risks = charge_risks(
                CardFacts(card.exp_month, card.exp_year, card.holder, card.invalid_reason is not None)
                if card
                else None,
                ContactFacts(contact.name, contact.company, False) if contact else holder,
                next_charge,
                today,
                has_price=price is not None,
            )
        views.append(
            ServiceView(
                id=r.id,
                ref=r.ref,
                kind=r.kind,
                name=r.name,
                plan=r.plan,
                expires_on=r.expires_on,
                period_months=r.period_months,
                auto_renew_on=r.enabled,
                stop_reason=r.stop_reason,
                stopped_at=r.stopped_at,
                card_id=r.card_id,
                billing_contact_id=r.billing_contact_id,
                renew_period_months=period,
                installments=1 if is_domain else r.installments,
                max_installments=1 if is_domain else MAX_INSTALLMENTS.get(period, 1),
                next_charge_on=next_charge,
                price_minor=price,
                currency=customer.currency,
                risks=risks,
            )
        )
    return tuple(views)
