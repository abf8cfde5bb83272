"""Writes audit rows (R22) inside the caller's transaction, with the workstation the session's
database was opened on (desktop/store/database.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, cast, insert, literal, select
from sqlalchemy.orm import Session

from desktop.store.id_sets import among
from desktop.store.models import AuditEntry, Service
from desktop.store.models.base import UTCDateTime


def add(
    session: Session,
    actor: str,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    *,
    customer_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            customer_id=customer_id,
            before=before,
            after=after,
            workstation=session.info.get("workstation"),
        )
    )


def add_per_service(
    session: Session,
    actor: str,
    at: datetime,
    action: str,
    service_ids: Sequence[int],
    *,
    customer_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """`add` for each of `service_ids` (entity "service", the id as its entity_id), all else alike:
    one INSERT ... SELECT from the services table, so 50,000 entries cost no Python per row."""
    if not service_ids:
        return
    table: Table = AuditEntry.__table__  # type: ignore[assignment]
    values = {
        "at": literal(at, UTCDateTime()),
        "actor": literal(actor, table.c.actor.type),
        "action": literal(action, table.c.action.type),
        "entity": literal("service", table.c.entity.type),
        "entity_id": cast(Service.id, table.c.entity_id.type),
        "customer_id": literal(customer_id, table.c.customer_id.type),
        "before": literal(before, table.c.before.type),
        "after": literal(after, table.c.after.type),
        "workstation": literal(session.info.get("workstation"), table.c.workstation.type),
    }
    rows = select(*values.values()).where(among(session, Service.id, service_ids)).order_by(Service.id)
    session.execute(insert(table).from_select(list(values), rows))
