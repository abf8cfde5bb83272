"""The import use case: every problem found before anything is written, card numbers handed to the
gateway at once (R20), then one transaction that writes all or nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.app.interchange.problems import ImportRefused, Problem
from desktop.app.interchange.schema import DocumentIn, domain_ascii, validate_domain, validate_tld
from desktop.app.interchange.validate import InDatabase, check_document, read_document
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.core.command_bounds import MAX_IMPORT_BYTES as MAX_IMPORT_BYTES
from desktop.core.money import parse_amount
from desktop.core.periods import ServiceKind, default_installments
from desktop.core.refs import ref_key
from desktop.core.search_text import address_key, ending_key, name_key
from desktop.gateway.errors import CardRejected
from desktop.jobs.renew_changes import services_arrived
from desktop.store.models import AutoRenew, Card, Contact, Customer, Order, PriceItem, Service
from desktop.store.ref_match import ascii_lower

_CHUNK = 500


@dataclass(frozen=True)
class ImportSummary:
    customers: int
    contacts: int
    cards: int
    services: int
    orders: int
    prices: int


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _in_database(ctx: AppContext) -> InDatabase:
    def customer_refs(refs: Iterable[str]) -> set[str]:
        """The refs of `refs` the database holds, case aside (desktop.core.refs): "demo-1" beside a
        "DEMO-1" would be two customers a command could not tell apart."""
        by_key = {ref_key(ref): ref for ref in refs}
        found: set[str] = set()
        with ctx.db.reading() as session:
            for chunk in _chunks(list(by_key)):
                folded = ascii_lower(Customer.ref)
                found.update(by_key[key] for key in session.scalars(select(folded).where(folded.in_(chunk))))
        return found

    def domain_keys(keys: Iterable[str]) -> set[str]:
        found: set[str] = set()
        with ctx.db.reading() as session:
            for chunk in _chunks(list(keys)):
                found.update(
                    key
                    for key in session.scalars(
                        select(Service.domain_key).where(Service.domain_key.in_(chunk))
                    )
                    if key is not None
                )
        return found

    return InDatabase(customer_refs=customer_refs, domain_keys=domain_keys)


@announces(Change.ACCOUNTS, Change.CHARGES)
def import_document(ctx: AppContext, actor: Actor, raw: bytes, source: str) -> ImportSummary:
    require(actor, Permission.IMPORT_DATA)
    doc, problems = read_document(raw)
    if doc is None:
        raise ImportRefused(problems)
    problems = check_document(doc, ctx.today(), _in_database(ctx))
    if problems:
        raise ImportRefused(problems)
    tokens = _tokenize(ctx, doc)
    now = ctx.clock.now()
    try:
        with ctx.db.transaction() as session:
            summary = _write(session, doc, tokens, now)
            # R30: late state (a charge date already come) gets its cycle now, not never.
            services_arrived(
                session,
                [customer.ref for customer in doc.customers],
                today=ctx.today(),
                settings=ctx.settings,
                now=now,
                actor=actor.name,
            )
            audit.record(
                session,
                actor,
                now,
                "data.imported",
                "import",
                # The audit's entity column holds 100 characters; the end of a path names the file.
                source if len(source) <= 100 else "…" + source[-99:],
                after={"source": source, **summary.__dict__},
            )
    except IntegrityError as exc:
        # Another workstation added the same customer or domain between the check and the write.
        raise UseCaseError(ErrorCode.IMPORT_CONFLICT, detail=str(exc.orig)) from None
    return summary


def _tokenize(ctx: AppContext, doc: DocumentIn) -> dict[tuple[int, int], tuple[str, str, str]]:
    tokens: dict[tuple[int, int], tuple[str, str, str]] = {}
    problems: list[Problem] = []
    for c_index, customer in enumerate(doc.customers):
        for k_index, card in enumerate(customer.cards):
            if card.number is None:
                assert card.token and card.brand and card.last4
                tokens[(c_index, k_index)] = (card.token, card.brand, card.last4)
                continue
            try:
                made = ctx.gateway.tokenize(card.number, card.exp_month, card.exp_year, card.holder)
            except CardRejected as exc:
                problems.append(
                    Problem(
                        f"customers[{c_index}].cards[{k_index}].number", "card_rejected", {"detail": str(exc)}
                    )
                )
                continue
            tokens[(c_index, k_index)] = (made.token, made.brand, made.last4)
    if problems:
        raise ImportRefused(problems)
    return tokens


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    # Plain executemany: SQLAlchemy's RETURNING in parameter order splices its batches in quadratic
    # time on large imports, so ids are read back by their keys instead (see _ids_by_owner).
    if rows:
        session.execute(insert(model), rows)


def _customer_ids(session: Session, refs: list[str]) -> list[int]:
    found: dict[str, int] = {}
    for chunk in _chunks(refs):
        found.update(
            (ref, id_)
            for id_, ref in session.execute(select(Customer.id, Customer.ref).where(Customer.ref.in_(chunk)))
        )
    return [found[ref] for ref in refs]


def _ids_by_owner(session: Session, model: Any, customer_ids: list[int]) -> dict[tuple[int, str], int]:
    """(customer id, ref) -> id for the rows of the customers just inserted."""
    found: dict[tuple[int, str], int] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[start : start + _CHUNK]
        rows = session.execute(
            select(model.id, model.customer_id, model.ref).where(model.customer_id.in_(chunk))
        )
        found.update(((customer_id, ref), id_) for id_, customer_id, ref in rows)
    return found


def _write(
    session: Session, doc: DocumentIn, tokens: dict[tuple[int, int], tuple[str, str, str]], now: Any
) -> ImportSummary:
    prices = [
        {
            "kind": price.kind,
            "item": validate_tld(price.item).lower() if price.kind == "domain" else price.item,
            "period_months": price.period_months,
            "currency": price.currency,
            "amount_minor": parse_amount(price.price, price.currency),
        }
        for price in doc.price_list
    ]
    _upsert_prices(session, prices)
    _insert(
        session,
        Customer,
        [
            {
                "ref": c.ref,
                "name": c.name,
                "email": c.email,
                "phone": c.phone,
                "phone_digits": "".join(ch for ch in c.phone if ch.isdigit()) if c.phone else None,
                "language": c.language,
                "currency": c.currency,
                # Folded for accent- and case-insensitive search (desktop.core.search_text).
                "search_name": name_key(c.name),
                "search_email": address_key(c.email),
                "created_at": now,
            }
            for c in doc.customers
        ],
    )
    customer_ids = _customer_ids(session, [c.ref for c in doc.customers])
    contact_rows, card_rows, service_rows = [], [], []
    for c_index, (customer, customer_id) in enumerate(zip(doc.customers, customer_ids, strict=True)):
        contact_rows += [
            {
                "customer_id": customer_id,
                "ref": k.ref,
                "name": k.name,
                "company": k.company,
                "email": k.email,
                "phone": k.phone,
            }
            for k in customer.contacts
        ]
        for k_index, card in enumerate(customer.cards):
            token, brand, last4 = tokens[(c_index, k_index)]
            card_rows.append(
                {
                    "customer_id": customer_id,
                    "ref": card.ref,
                    "token": token,
                    "brand": brand,
                    "last4": last4,
                    "exp_month": card.exp_month,
                    "exp_year": card.exp_year,
                    "holder": card.holder,
                    "invalid_reason": card.invalid_reason,
                    "created_at": now,
                }
            )
        for service in customer.services:
            is_domain = service.kind == ServiceKind.DOMAIN.value
            name = validate_domain(service.name) if is_domain else service.name
            service_rows.append(
                {
                    "customer_id": customer_id,
                    "ref": service.ref,
                    "kind": service.kind,
                    "name": name,
                    "domain_key": domain_ascii(name) if is_domain else None,
                    # Searched case and accents aside, a domain also by its end (core.search_text).
                    "search_name": address_key(name),
                    "search_end": ending_key(name),
                    "plan": service.plan,
                    "expires_on": service.expires_on,
                    "period_months": service.period_months,
                    "created_at": now,
                }
            )
    _insert(session, Contact, contact_rows)
    _insert(session, Card, card_rows)
    _insert(session, Service, service_rows)
    contact_ids = _ids_by_owner(session, Contact, customer_ids)
    card_ids = _ids_by_owner(session, Card, customer_ids)
    service_ids = _ids_by_owner(session, Service, customer_ids)
    renew_rows, order_rows = [], []
    for customer, customer_id in zip(doc.customers, customer_ids, strict=True):
        # The file's own refs name its contacts, cards and services case aside (desktop.core.refs).
        contacts = {ref_key(k.ref): contact_ids[(customer_id, k.ref)] for k in customer.contacts}
        cards = {ref_key(k.ref): card_ids[(customer_id, k.ref)] for k in customer.cards}
        services = {ref_key(s.ref): service_ids[(customer_id, s.ref)] for s in customer.services}
        for service in customer.services:
            renew_rows.append(_auto_renew_row(service, services[ref_key(service.ref)], contacts, cards, now))
        for order in customer.orders:
            currency = order.currency or customer.currency
            order_rows.append(
                {
                    "service_id": services[ref_key(order.service)],
                    "kind": order.kind,
                    "ordered_on": order.date,
                    "period_months": order.period_months,
                    "installments": order.installments,
                    "amount_minor": parse_amount(order.amount, currency),
                    "currency": currency,
                    "created_at": now,
                }
            )
    _insert(session, AutoRenew, renew_rows)
    _insert(session, Order, order_rows)
    return ImportSummary(
        customers=len(customer_ids),
        contacts=len(contact_rows),
        cards=len(card_rows),
        services=len(service_rows),
        orders=len(order_rows),
        prices=len(prices),
    )


def _upsert_prices(session: Session, prices: list[dict[str, Any]]) -> None:
    """A file's price list brings prices up to date: known items get the new price, new ones are added."""
    existing = {(p.kind, p.item, p.period_months, p.currency): p for p in session.scalars(select(PriceItem))}
    new_rows = []
    for price in prices:
        known = existing.get((price["kind"], price["item"], price["period_months"], price["currency"]))
        if known is None:
            new_rows.append(price)
        else:
            known.amount_minor = price["amount_minor"]
    if new_rows:
        session.execute(insert(PriceItem), new_rows)


def _auto_renew_row(
    service: Any, service_id: int, contacts: dict[str, int], cards: dict[str, int], now: Any
) -> dict[str, Any]:
    kind = ServiceKind(service.kind)
    renew = service.auto_renew
    period = (renew.period_months if renew and renew.period_months else None) or service.period_months
    installments = (renew.installments if renew else None) or default_installments(kind, period)
    card_id = cards[ref_key(renew.card)] if renew and renew.card else None
    contact_id = contacts[ref_key(renew.billing_contact)] if renew and renew.billing_contact else None
    if renew and renew.enabled and card_id is None and len(cards) == 1:
        # With one saved card there is nothing to choose (R6): auto-renew uses it.
        card_id = next(iter(cards.values()))
    return {
        "service_id": service_id,
        "enabled": bool(renew and renew.enabled),
        "card_id": card_id,
        "billing_contact_id": contact_id,
        "period_months": period,
        "installments": installments,
        "stop_reason": renew.stop_reason if renew else None,
        "stopped_at": renew.stopped_at if renew else None,
        "switched_off_explicitly": bool(renew and renew.switched_off_explicitly),
        "updated_at": now,
    }
