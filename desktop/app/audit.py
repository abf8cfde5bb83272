"""The audit log writer (R22): who, when, what, before and after, in the same transaction as the
change it records, so that neither exists without the other."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.app.actor import Actor
from desktop.store import audit_repo


def record(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    *,
    customer_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    audit_repo.add(
        session,
        actor.label,
        at,
        action,
        entity,
        entity_id,
        customer_id=customer_id,
        before=before,
        after=after,
    )


def record_services(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    service_ids: Sequence[int],
    *,
    customer_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """`record` for each of many services that changed alike (Recurring All on 50,000 domains): one
    statement, the rows made by the database."""
    audit_repo.add_per_service(
        session, actor.label, at, action, service_ids, customer_id=customer_id, before=before, after=after
    )
