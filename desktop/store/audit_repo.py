"""Writes audit rows (R22) inside the caller's transaction, with the workstation the session's
database was opened on (desktop/store/database.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.store.models import AuditEntry


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
