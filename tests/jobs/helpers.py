"""Shared pieces of the due-engine tests: renewdesk/1 documents built as dicts, imported through the
real import use case, and small readers of the database and of the sandbox gateway's ledger."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from desktop.app.due_checks import run_due_checks
from desktop.app.interchange.load import import_document
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs.due_engine import DueResult, run_due
from desktop.jobs.events import DueEvent
from desktop.store.models import AutoRenew, Card, Cycle, OutboxMessage, Service
from tests.support.actors import TEST_ADMIN

GOOD = "4242424242424242"
BOTH_DECLINED = "4000000000000002"
CHARGE_DECLINED = "4000000000000341"
TIMEOUT_ONCE = "4000000000000119"

PRICES: list[dict[str, Any]] = [
    {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"},
    {"kind": "domain", "item": ".co.il", "period_months": 24, "price": "110.00", "currency": "ILS"},
    {"kind": "domain", "item": ".com", "period_months": 12, "price": "45.50", "currency": "ILS"},
    {"kind": "domain", "item": ".com", "period_months": 24, "price": "89.00", "currency": "ILS"},
    {"kind": "hosting", "item": "basic", "period_months": 3, "price": "150.00", "currency": "ILS"},
    {"kind": "hosting", "item": "basic", "period_months": 12, "price": "480.00", "currency": "ILS"},
    {"kind": "hosting", "item": "basic", "period_months": 24, "price": "900.00", "currency": "ILS"},
    {"kind": "hosting", "item": "basic", "period_months": 36, "price": "1260.00", "currency": "ILS"},
]


def card(ref: str = "v1", number: str = GOOD, exp: tuple[int, int] = (12, 2030)) -> dict[str, Any]:
    return {"ref": ref, "number": number, "exp_month": exp[0], "exp_year": exp[1], "holder": "Dana Levi"}


def domain(
    ref: str,
    name: str,
    expires_on: date,
    *,
    period: int = 12,
    card_ref: str | None = "v1",
    contact: str | None = None,
    enabled: bool = True,
) -> dict[str, Any]:
    renew: dict[str, Any] = {"enabled": enabled}
    if card_ref is not None:
        renew["card"] = card_ref
    if contact is not None:
        renew["billing_contact"] = contact
    return {
        "ref": ref,
        "kind": "domain",
        "name": name,
        "expires_on": expires_on.isoformat(),
        "period_months": period,
        "auto_renew": renew,
    }


def hosting(
    ref: str,
    name: str,
    expires_on: date,
    *,
    period: int = 12,
    installments: int | None = None,
    plan: str = "basic",
    card_ref: str | None = "v1",
    contact: str | None = None,
) -> dict[str, Any]:
    renew: dict[str, Any] = {"enabled": True}
    if card_ref is not None:
        renew["card"] = card_ref
    if contact is not None:
        renew["billing_contact"] = contact
    if installments is not None:
        renew["installments"] = installments
    return {
        "ref": ref,
        "kind": "hosting",
        "name": name,
        "plan": plan,
        "expires_on": expires_on.isoformat(),
        "period_months": period,
        "auto_renew": renew,
    }


def customer(
    ref: str,
    services: list[dict[str, Any]],
    *,
    cards: list[dict[str, Any]] | None = None,
    contacts: list[dict[str, Any]] | None = None,
    name: str = "Dana Levi",
) -> dict[str, Any]:
    return {
        "ref": ref,
        "name": name,
        "email": f"{ref}@example.com",
        "language": "en",
        "currency": "ILS",
        "contacts": contacts or [],
        "cards": cards if cards is not None else [card()],
        "services": services,
        "orders": [],
    }


def document(customers: list[dict[str, Any]], prices: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "format": "renewdesk/1",
        "price_list": PRICES if prices is None else prices,
        "customers": customers,
    }


def load(ctx: AppContext, doc: dict[str, Any]) -> None:
    """Imports a document through the real use case (cards are checked against the clock's today)."""
    import_document(ctx, TEST_ADMIN, json.dumps(doc).encode("utf-8"), "tests/jobs")


def load_one(ctx: AppContext, *services: dict[str, Any], **options: Any) -> None:
    load(ctx, document([customer("cust-1", list(services), **options)]))


def at_nine(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def run_on(ctx: AppContext, clock: ManualClock, day: date) -> DueResult:
    """A due run for `day`, with the clock moved to that morning as a workstation's would be."""
    clock.set(at_nine(day))
    return run_due(ctx, day)


def run_and_mail(ctx: AppContext, clock: ManualClock, day: date) -> DueResult:
    """A due run as `due-run` and the scheduler make it: the engine, then the outbox, so that the
    notices a catch-up queues are sent before their charges are made (desktop.jobs.notice_gate). The
    context's SMTP settings must point at a server (tests.jobs.smtp_helpers.point_smtp_at)."""
    clock.set(at_nine(day))
    return run_due_checks(ctx, TEST_ADMIN, day).due


def run_with_a_mail_server(ctx: AppContext, clock: ManualClock, day: date) -> DueResult:
    """`run_and_mail` with a mail server on loopback taking the notices: a run that first notices a
    charge on its charge day (a catch-up) charges it once the notice went out."""
    from tests.jobs.smtp_helpers import point_smtp_at, running_smtp

    with running_smtp() as server:
        point_smtp_at(ctx, server.port)
        return run_and_mail(ctx, clock, day)


def of_type(result: DueResult | list[DueEvent], kind: str) -> list[DueEvent]:
    events = result.events if isinstance(result, DueResult) else result
    return [event for event in events if event.type.value == kind]


def kinds(result: DueResult) -> list[str]:
    return [event.type.value for event in result.events]


def ledger_charges(ctx: AppContext) -> list[dict[str, Any]]:
    return [entry for entry in ctx.gateway.entries() if entry["kind"] == "charge"]


def outbox(ctx: AppContext, kind: str | None = None) -> list[OutboxMessage]:
    with ctx.db.reading() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind)
        return list(session.scalars(query))


def service(ctx: AppContext, name: str) -> Service:
    with ctx.db.reading() as session:
        return session.scalars(select(Service).where(Service.name == name)).one()


def renew_of(ctx: AppContext, name: str) -> AutoRenew:
    with ctx.db.reading() as session:
        return session.scalars(
            select(AutoRenew).join(Service, Service.id == AutoRenew.service_id).where(Service.name == name)
        ).one()


def card_of(ctx: AppContext, ref: str) -> Card:
    with ctx.db.reading() as session:
        return session.scalars(select(Card).where(Card.ref == ref)).one()


def cycles_of(ctx: AppContext, name: str) -> list[Cycle]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(
                select(Cycle)
                .join(Service, Service.id == Cycle.service_id)
                .where(Service.name == name)
                .order_by(Cycle.charge_on)
            )
        )
