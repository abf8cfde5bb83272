"""Shared pieces of the use-case tests: accounts built as renewdesk/1 documents and imported through the
real import use case, actors of each role, and small readers of the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.app.actor import Actor, Role
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, AutoRenew, Card, Contact, Customer, OutboxMessage, Service
from tests.jobs.helpers import customer

SALES = Actor("sara", Role.SALES)
FINANCE = Actor("fina", Role.FINANCE)
ADMIN = Actor("adam", Role.ADMIN)


def order(
    service_ref: str, *, period: int = 12, installments: int = 1, amount: str = "59.00"
) -> dict[str, Any]:
    return {
        "service": service_ref,
        "date": "2025-12-01",
        "period_months": period,
        "installments": installments,
        "amount": amount,
    }


def account(
    ref: str,
    services: list[dict[str, Any]],
    *,
    name: str = "Dana Levi",
    email: str | None = None,
    phone: str | None = None,
    cards: list[dict[str, Any]] | None = None,
    contacts: list[dict[str, Any]] | None = None,
    orders: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A customer of a renewdesk/1 document; unlike the jobs' builder it may carry orders and a phone."""
    built = customer(ref, services, cards=cards, contacts=contacts, name=name)
    if email is not None:
        built["email"] = email
    if phone is not None:
        built["phone"] = phone
    built["orders"] = orders or []
    return built


def contact(ref: str, name: str, company: str | None = None) -> dict[str, Any]:
    return {"ref": ref, "name": name, "company": company, "email": f"{ref}@billing.example"}


def customer_id(ctx: AppContext, ref: str) -> int:
    with ctx.db.reading() as session:
        return session.scalars(select(Customer.id).where(Customer.ref == ref)).one()


def service_id(ctx: AppContext, name: str) -> int:
    with ctx.db.reading() as session:
        return session.scalars(select(Service.id).where(Service.name == name)).one()


def card_id(ctx: AppContext, customer_ref: str, card_ref: str) -> int:
    with ctx.db.reading() as session:
        return session.scalars(
            select(Card.id)
            .join(Customer, Customer.id == Card.customer_id)
            .where(Customer.ref == customer_ref, Card.ref == card_ref)
        ).one()


def contact_id(ctx: AppContext, customer_ref: str, contact_ref: str) -> int:
    with ctx.db.reading() as session:
        return session.scalars(
            select(Contact.id)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Customer.ref == customer_ref, Contact.ref == contact_ref)
        ).one()


def renew_states(ctx: AppContext) -> dict[int, tuple[Any, ...]]:
    """Every AutoRenew row as plain values, to compare before and after a refused action."""
    with ctx.db.reading() as session:
        return {
            row.service_id: (
                row.enabled,
                row.card_id,
                row.billing_contact_id,
                row.period_months,
                row.installments,
                row.stop_reason,
                row.stopped_at,
                row.switched_off_explicitly,
                row.updated_at,
            )
            for row in session.scalars(select(AutoRenew))
        }


def audit_rows(ctx: AppContext, action: str | None = None) -> list[AuditEntry]:
    with ctx.db.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def outbox_rows(ctx: AppContext, kind: str | None = None) -> list[OutboxMessage]:
    with ctx.db.reading() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind)
        return list(session.scalars(query))
