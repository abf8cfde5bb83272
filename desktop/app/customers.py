"""Finding customers as staff type, and loading one account with what the due checks decided."""

from __future__ import annotations

from datetime import date
from operator import itemgetter

from sqlalchemy import DateTime, exists, select, type_coerce
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
from desktop.core.risk import CardFacts, ContactFacts, engine_risks
from desktop.jobs.pricing import PriceBook
from desktop.store.models import AutoRenew, Card, Contact, Customer, Order, Service
from desktop.store.models.base import UTCDateTime
from desktop.store.ref_match import id_by_ref


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
        found = id_by_ref(session, Customer.id, Customer.ref, ref)  # case aside: desktop.core.refs
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
        grace = ctx.settings.late_charge_grace_days
        services = _services(session, customer, cards, contacts, day, lead, grace)
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
        charge_lead_days=lead,
    )


# The columns of an account's services, in the order of the tuples the connection hands back.
_SERVICE_COLUMNS = (
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
    AutoRenew.period_months,
    AutoRenew.installments,
    AutoRenew.stop_reason,
    # As the driver hands it: the few stopped ones are made aware below, not 50,000 NULLs one by one.
    type_coerce(AutoRenew.stopped_at, DateTime()),
)
_DOMAIN = ServiceKind.DOMAIN.value
_by_name = itemgetter(3)  # the name's place in _SERVICE_COLUMNS


def _services(
    session: OrmSession,
    customer: Customer,
    cards: tuple[CardView, ...],
    contacts: tuple[ContactView, ...],
    today: date,
    lead: int,
    grace: int,
) -> tuple[ServiceView, ...]:
    """Every service of the account with what the due checks will decide for it. Plain tuples from
    the connection and no per-row work that a few dictionaries can answer once: an account of
    50,000 domains loads in a fraction of a second (a price per TLD and period, a risk per card,
    contact and charge day)."""
    prices = PriceBook(session)
    currency = customer.currency
    card_by_id = {card.id: card for card in cards}
    contact_by_id = {contact.id: contact for contact in contacts}
    holder = ContactFacts(name=customer.name, company=None, is_account_holder=True)
    risks_of: dict[tuple[int | None, int | None, date, bool], tuple[Risk, ...]] = {}

    def risks(
        card_id: int | None, contact_id: int | None, next_charge: date, priced: bool
    ) -> tuple[Risk, ...]:
        key = (card_id, contact_id, next_charge, priced)
        if key not in risks_of:
            card = card_by_id.get(card_id) if card_id else None
            contact = contact_by_id.get(contact_id) if contact_id else None
            risks_of[key] = engine_risks(
                CardFacts(card.exp_month, card.exp_year, card.holder, card.invalid_reason is not None)
                if card
                else None,
                ContactFacts(contact.name, contact.company, False) if contact else holder,
                next_charge,
                today,
                grace,
                has_price=priced,
            )
        return risks_of[key]

    price_of, most = prices.price, MAX_INSTALLMENTS.get
    prices_asked: dict[tuple[str, str | None, int], int | None] = {}
    connection = session.connection()
    aware, dialect = UTCDateTime().process_result_value, connection.dialect
    # By name, in the same order on every database (PostgreSQL's collation would differ from
    # SQLite's), and sooner here than by the database's sort of 50,000 rows. All rows fetched at
    # once: iterating the result would fetch them one by one.
    rows = sorted(
        connection.execute(
            select(*_SERVICE_COLUMNS)
            .join(AutoRenew, AutoRenew.service_id == Service.id)
            .where(Service.customer_id == customer.id)
        ).all(),
        key=_by_name,
    )
    views = []
    for (
        service_id,
        ref,
        kind,
        name,
        plan,
        expires_on,
        period_months,
        enabled,
        card_id,
        contact_id,
        period,
        installments,
        stop_reason,
        stopped_at,
    ) in rows:
        domain = kind == _DOMAIN
        # A price depends on the domain's suffix (or the plan) and the period: a few distinct askings.
        asked = (kind, name[name.find(".") :] if domain else plan, period)
        if asked in prices_asked:
            price = prices_asked[asked]
        else:
            price = prices_asked[asked] = price_of(kind, name, plan, period, currency)
        next_charge = charge_date(expires_on, lead) if enabled else None
        views.append(
            ServiceView(
                service_id,
                ref,
                kind,
                name,
                plan,
                expires_on,
                period_months,
                enabled,
                stop_reason,
                None if stopped_at is None else aware(stopped_at, dialect),
                card_id,
                contact_id,
                period,
                1 if domain else installments,
                1 if domain else most(period, 1),
                next_charge,
                price,
                currency,
                () if next_charge is None else risks(card_id, contact_id, next_charge, price is not None),
            )
        )
    return tuple(views)
