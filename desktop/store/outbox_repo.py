"""Queues e-mails in the outbox inside the caller's transaction: the e-mail exists exactly when the
decision that causes it was committed (SPEC 2b), once per (service, cycle, kind)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.codes import MailState, WithdrawnReason
from desktop.store import audit_repo
from desktop.store.db_clock import db_later, db_now
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


def withdraw(
    session: Session, actor: str, now: datetime, row: OutboxMessage, reason: WithdrawnReason
) -> None:
    """An e-mail whose words no longer hold (desktop.jobs.mail_withdrawal): never sent, why kept as
    its last error, any lease on it ended, audited."""
    # What it was: its state, and the error a failing or given-up one had met.
    before: dict[str, Any] = {"state": row.status}
    if row.last_error:
        before["last_error"] = row.last_error
    row.status, row.last_error = MailState.WITHDRAWN.value, reason.value
    row.lease_owner = row.lease_until = None
    audit_repo.add(
        session,
        actor,
        now,
        "email.withdrawn",
        "outbox",
        row.id,
        customer_id=row.customer_id,
        before=before,
        after={"state": MailState.WITHDRAWN.value, "kind": row.kind, "reason": reason.value},
    )


# -- leases (R31) ------------------------------------------------------------------------------------
# A sender claims its rows with a lease timed by the database's clock (db_clock), renews each row's
# lease just before it sends that row, and sends only the rows whose lease it still holds.

WAITING = (MailState.QUEUED.value, MailState.FAILING.value)


def live_lease_owners(session: Session) -> list[str]:
    """Owners of leases that have not run out by the database's clock."""
    return [
        owner
        for owner in session.scalars(
            select(OutboxMessage.lease_owner)
            .where(OutboxMessage.lease_owner.is_not(None), OutboxMessage.lease_until >= db_now(session))
            .distinct()
        )
        if owner
    ]


def _waiting(due_by: datetime) -> list[Any]:
    """The rows that wait to be sent and are due by `due_by`, whoever holds their lease."""
    return [OutboxMessage.status.in_(WAITING), OutboxMessage.next_attempt_at <= due_by]


def anything_waiting(session: Session, due_by: datetime) -> bool:
    """Whether a send could find anything to claim: a run with nothing to send learns it with this
    one query instead of loading the sender (SMTP, templates, links; issue 13)."""
    return session.scalar(select(OutboxMessage.id).where(*_waiting(due_by)).limit(1)) is not None


def claim(
    session: Session,
    owner: str,
    lease_seconds: int,
    *,
    due_by: datetime,
    limit: int,
    skip: Collection[int] = (),
    dead: Sequence[str] = (),
    only: int | None = None,
) -> list[int]:
    """Takes the lease of up to `limit` rows that wait to be sent, are due by `due_by` (the program's
    clock: next tries are counted in it) and are free: never leased, leased by a lease that ran out
    by the database's clock, by `owner` itself, or by one of the `dead` owners. `skip` are rows this
    sender tried already. Returns them, oldest first. PostgreSQL skips rows another transaction is
    claiming right now rather than waiting on them."""
    free = [
        OutboxMessage.lease_owner.is_(None),
        OutboxMessage.lease_until < db_now(session),
        OutboxMessage.lease_owner == owner,
    ]
    if dead:
        free.append(OutboxMessage.lease_owner.in_(list(dead)))
    conditions = [*_waiting(due_by), or_(*free)]
    if skip:
        conditions.append(OutboxMessage.id.not_in(sorted(skip)))
    if only is not None:  # one message a person asked to be retried now
        conditions.append(OutboxMessage.id == only)
    claimable = (
        select(OutboxMessage.id)
        .where(*conditions)
        .order_by(OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(claimable))
    if not ids:
        return []
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), or_(*free))
        .values(lease_owner=owner, lease_until=db_later(session, lease_seconds))
        .execution_options(synchronize_session=False)
    )
    return list(
        session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.lease_owner == owner)
            .order_by(OutboxMessage.id)
        )
    )


def renew(session: Session, outbox_id: int, owner: str, lease_seconds: int, message_id: str) -> bool:
    """Re-takes the lease of one row just before it is sent, and fixes its Message-ID on the first
    try. False when the row is no longer ours (another sender took it over after our lease ran
    out) or no longer waits: then it must not be sent."""
    result = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == outbox_id,
            OutboxMessage.lease_owner == owner,
            OutboxMessage.status.in_(WAITING),
        )
        .values(
            lease_until=db_later(session, lease_seconds),
            message_id=func.coalesce(OutboxMessage.message_id, message_id),
        )
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def release(session: Session, ids: Sequence[int], owner: str) -> None:
    if ids:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.lease_owner == owner)
            .values(lease_owner=None, lease_until=None)
            .execution_options(synchronize_session=False)
        )
