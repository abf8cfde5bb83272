"""What the things an audit entry points at are called now (R22 in people's words): the service of
"service 147", the card of "card_id: 51", the contact of "billing_contact_id: 8". A page of entries
is named by one query, whatever its size; a thing deleted since is simply not in the answer, and the
window then falls back to what the entry itself recorded."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, literal, null, select, union_all
from sqlalchemy.orm import Session

from desktop.store.models import Card, Contact, Cycle, OutboxMessage, Service, Staff


class Ref(StrEnum):
    SERVICE = "service"
    CYCLE = "cycle"
    CARD = "card"
    CONTACT = "contact"
    STAFF = "staff"
    OUTBOX = "outbox"


# Keys of before/after that hold the id of something, and what it is.
REFERENCE_KEYS: Mapping[str, Ref] = {
    "card_id": Ref.CARD,
    "billing_contact_id": Ref.CONTACT,
    "contact_id": Ref.CONTACT,
    "service_id": Ref.SERVICE,
    "cycle_id": Ref.CYCLE,
    "staff_id": Ref.STAFF,
    "resend_of": Ref.OUTBOX,
    "outbox_id": Ref.OUTBOX,
}

# Entities whose entity_id is the id of a row.
ENTITY_REFS: Mapping[str, Ref] = {ref.value: ref for ref in Ref}

# Ids per IN list: far below SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 5000


@dataclass(frozen=True)
class Named:
    """A thing as it is now. SERVICE and CYCLE: `name` the service's name (a domain or a plan's
    name), `detail` its kind ("domain", "hosting"). CARD: `name` the brand, `detail` the last 4,
    `exp_month`/`exp_year` its expiry (a renewed card keeps brand and last 4: the expiry tells them apart).
    CONTACT: `name`, `detail` the company. STAFF: `name`. OUTBOX: `name` the address, `detail` the
    e-mail's kind."""

    ref: Ref
    id: int
    name: str
    detail: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None


Names = Mapping[tuple[Ref, int], Named]


def as_id(value: object) -> int | None:
    """The id an entry keeps as a number or as digits; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)
    return None


def references(
    entity: str, entity_id: str | None, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> Iterable[tuple[Ref, int]]:
    """Every (what, id) one entry points at."""
    ref = ENTITY_REFS.get(entity)
    number = as_id(entity_id)
    if ref is not None and number is not None:
        yield ref, number
    for side in (before, after):
        for key, value in (side or {}).items():
            kind = REFERENCE_KEYS.get(key)
            number = as_id(value)
            if kind is not None and number is not None:
                yield kind, number


def _branch(ref: Ref, ids: list[int]) -> Select[Any]:
    tag = literal(ref.value)
    if ref is Ref.SERVICE:
        return select(tag, Service.id, Service.name, Service.kind, null(), null()).where(Service.id.in_(ids))
    if ref is Ref.CYCLE:
        return (
            select(tag, Cycle.id, Service.name, Service.kind, null(), null())
            .join(Service, Service.id == Cycle.service_id)
            .where(Cycle.id.in_(ids))
        )
    if ref is Ref.CARD:
        return select(tag, Card.id, Card.brand, Card.last4, Card.exp_month, Card.exp_year).where(
            Card.id.in_(ids)
        )
    if ref is Ref.CONTACT:
        return select(tag, Contact.id, Contact.name, Contact.company, null(), null()).where(
            Contact.id.in_(ids)
        )
    if ref is Ref.STAFF:
        return select(tag, Staff.id, Staff.name, null(), null(), null()).where(Staff.id.in_(ids))
    return select(tag, OutboxMessage.id, OutboxMessage.to_address, OutboxMessage.kind, null(), null()).where(
        OutboxMessage.id.in_(ids)
    )


def name_all(session: Session, wanted: Iterable[tuple[Ref, int]]) -> dict[tuple[Ref, int], Named]:
    """One query (one UNION ALL of a branch per kind) names everything wanted that still exists."""
    by_ref: dict[Ref, set[int]] = {}
    for ref, number in wanted:
        by_ref.setdefault(ref, set()).add(number)
    chunks: list[list[Select[Any]]] = [[]]
    size = 0
    for ref, numbers in sorted(by_ref.items()):
        ordered = sorted(numbers)
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            if size + len(part) > CHUNK and chunks[-1]:
                chunks.append([])
                size = 0
            chunks[-1].append(_branch(ref, part))
            size += len(part)
    found: dict[tuple[Ref, int], Named] = {}
    for branches in chunks:
        if not branches:
            continue
        statement = branches[0] if len(branches) == 1 else union_all(*branches)
        for tag, number, name, detail, exp_month, exp_year in session.execute(statement).tuples():
            ref = Ref(tag)
            found[ref, number] = Named(ref, number, name, detail, exp_month, exp_year)
    return found
