"""The export use case: the import format with the state as it stands. Exporting, importing into an
empty database and exporting again gives the same document. Never a card number (R20): tokens only."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app.actor import Actor, Permission, require
from desktop.app.interchange.schema import FORMAT
from desktop.bootstrap import AppContext
from desktop.core.money import format_amount
from desktop.store.models import AutoRenew, Card, Contact, Customer, Order, PriceItem, Service

_BATCH = 500


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def export_chunks(ctx: AppContext, actor: Actor) -> Iterator[str]:
    """The document as pieces of JSON text, one customer at a time, so large exports stream."""
    require(actor, Permission.EXPORT_DATA)
    with ctx.db.reading() as session:
        prices = [
            {
                "kind": p.kind,
                "item": p.item,
                "period_months": p.period_months,
                "price": format_amount(p.amount_minor, p.currency),
                "currency": p.currency,
            }
            for p in session.scalars(select(PriceItem).order_by(PriceItem.id))
        ]
        yield '{\n "format": ' + json.dumps(FORMAT) + ',\n "price_list": ['
        yield ",".join("\n  " + json.dumps(price, ensure_ascii=False) for price in prices)
        yield '\n ],\n "customers": ['
        separator = "\n  "
        last_id = 0
        while True:
            # Customers a batch at a time, with their rows fetched per batch: memory stays flat
            # however large the database is.
            batch = list(
                session.scalars(
                    select(Customer).where(Customer.id > last_id).order_by(Customer.id).limit(_BATCH)
                )
            )
            if not batch:
                break
            last_id = batch[-1].id
            for document in _batch_documents(session, batch):
                yield separator + json.dumps(document, ensure_ascii=False)
                separator = ",\n  "
            session.expunge_all()
        yield "\n ]\n}\n"


def _batch_documents(session: Session, batch: list[Customer]) -> Iterator[dict[str, Any]]:
    ids = [customer.id for customer in batch]
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for contact in session.scalars(select(Contact).where(Contact.customer_id.in_(ids)).order_by(Contact.id)):
        contacts[contact.customer_id].append(contact)
    cards: dict[int, list[Card]] = defaultdict(list)
    for card in session.scalars(select(Card).where(Card.customer_id.in_(ids)).order_by(Card.id)):
        cards[card.customer_id].append(card)
    services: dict[int, list[tuple[Service, AutoRenew | None]]] = defaultdict(list)
    rows = session.execute(
        select(Service, AutoRenew)
        .outerjoin(AutoRenew, AutoRenew.service_id == Service.id)
        .where(Service.customer_id.in_(ids))
        .order_by(Service.id)
    ).tuples()
    for service, renew in rows:
        services[service.customer_id].append((service, renew))
    orders: dict[int, list[Order]] = defaultdict(list)
    for order in session.scalars(
        select(Order)
        .join(Service, Service.id == Order.service_id)
        .where(Service.customer_id.in_(ids))
        .order_by(Order.id)
    ):
        orders[order.service_id].append(order)
    for customer in batch:
        yield _customer(customer, contacts[customer.id], cards[customer.id], services[customer.id], orders)


def export_document(ctx: AppContext, actor: Actor) -> dict[str, Any]:
    result: dict[str, Any] = json.loads("".join(export_chunks(ctx, actor)))
    return result


def _customer(
    customer: Customer,
    contacts: list[Contact],
    cards: list[Card],
    services: list[tuple[Service, AutoRenew | None]],
    orders: dict[int, list[Order]],
) -> dict[str, Any]:
    contact_refs = {contact.id: contact.ref for contact in contacts}
    card_refs = {card.id: card.ref for card in cards}
    service_refs = {service.id: service.ref for service, _ in services}
    return _drop_none(
        {
            "ref": customer.ref,
            "name": customer.name,
            "email": customer.email,
            "phone": customer.phone,
            "language": customer.language,
            "currency": customer.currency,
            "contacts": [
                _drop_none(
                    {"ref": k.ref, "name": k.name, "company": k.company, "email": k.email, "phone": k.phone}
                )
                for k in contacts
            ],
            "cards": [
                _drop_none(
                    {
                        "ref": k.ref,
                        "token": k.token,
                        "brand": k.brand,
                        "last4": k.last4,
                        "exp_month": k.exp_month,
                        "exp_year": k.exp_year,
                        "holder": k.holder,
                        "invalid_reason": k.invalid_reason,
                    }
                )
                for k in cards
            ],
            "services": [_service(service, renew, contact_refs, card_refs) for service, renew in services],
            "orders": [
                _drop_none(
                    {
                        "service": service_refs[order.service_id],
                        "date": order.ordered_on.isoformat(),
                        "period_months": order.period_months,
                        "installments": order.installments,
                        "amount": format_amount(order.amount_minor, order.currency),
                        "currency": order.currency if order.currency != customer.currency else None,
                        "kind": order.kind,
                    }
                )
                for service, _ in services
                for order in orders.get(service.id, [])
            ],
        }
    )


def _service(
    service: Service, renew: AutoRenew | None, contact_refs: dict[int, str], card_refs: dict[int, str]
) -> dict[str, Any]:
    document: dict[str, Any] = _drop_none(
        {
            "ref": service.ref,
            "kind": service.kind,
            "name": service.name,
            "plan": service.plan,
            "expires_on": service.expires_on.isoformat(),
            "period_months": service.period_months,
        }
    )
    if renew is not None:
        document["auto_renew"] = _drop_none(
            {
                "enabled": renew.enabled,
                "card": card_refs.get(renew.card_id) if renew.card_id else None,
                "billing_contact": contact_refs.get(renew.billing_contact_id)
                if renew.billing_contact_id
                else None,
                "period_months": renew.period_months,
                "installments": renew.installments,
                "stop_reason": renew.stop_reason,
                "stopped_at": _iso(renew.stopped_at),
                "switched_off_explicitly": renew.switched_off_explicitly or None,
            }
        )
    return document
