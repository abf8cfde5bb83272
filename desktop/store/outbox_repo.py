"""Queues e-mails in the outbox inside the caller's transaction: the e-mail exists exactly when the
decision that causes it was committed (SPEC 2b), once per (service, cycle, kind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table

from desktop.core.codes import MailState
from desktop.store.models import OutboxMessage
from desktop.store.upserts import insert_ignore


@dataclass(frozen=True)
class QueuedMail:
    dedupe_key: str
    kind: str
    customer_id: int
    service_id: int | None
    cycle_id: int | None
    language: str
    to_address: str
    context: dict[str, Any]


def enqueue(session: Any, mails: list[QueuedMail], now: datetime) -> None:
    table: Table = OutboxMessage.__table__  # type: ignore[assignment]
    rows = [
        {
            "dedupe_key": mail.dedupe_key,
            "kind": mail.kind,
            "customer_id": mail.customer_id,
            "service_id": mail.service_id,
            "cycle_id": mail.cycle_id,
            "language": mail.language,
            "to_address": mail.to_address,
            "context": mail.context,
            "status": MailState.QUEUED.value,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for mail in mails
    ]
    insert_ignore(session, table, rows, ["dedupe_key"])
