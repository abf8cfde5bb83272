"""The last thing a customer is told before a charge is that it will be made (R27, R28). Auto-renew
switched on again (by staff, a card replaced, an import) after the customer was told it stopped:

- an e-mail saying it stopped that has not gone out yet (queued, or failing and not being sent right
  now) is withdrawn: it would say "off" of a service that is on;
- one that went out (or is being sent right now) after the cycle's pre-charge notice makes the
  caller (desktop.jobs.renew_changes) tell the customer again, by an updated notice, that the
  charge will be made."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core.codes import MailState, WithdrawnReason
from desktop.jobs.cycle_terms import NOTICE_UPDATED, PRECHARGE_NOTICE
from desktop.store.db_clock import db_now
from desktop.store.id_sets import among
from desktop.store.models import AutoRenew, Cycle, OutboxMessage
from desktop.store.outbox_repo import WAITING, withdraw

# The e-mails that tell a customer auto-renew stopped: staff switched it off or removed its card
# (desktop.app.stop_mail), a card check or a charge failed (desktop.jobs.due_steps).
STOP_KINDS = ("stopped_by_staff", "card_check_failed", "charge_failed")
_NOTICE_KINDS = (PRECHARGE_NOTICE, NOTICE_UPDATED)


def withdraw_stop_mails(session: Session, service_ids: Sequence[int], now: datetime, actor: str) -> int:
    """Withdraws the stop e-mails not sent yet of those of `service_ids` whose auto-renew is on; a row a
    sender holds right now (its lease, timed by the database's clock, not run out) is left to it and
    counts as told. Returns how many were withdrawn."""
    if not service_ids:
        return 0
    rows = session.scalars(
        select(OutboxMessage)
        .join(AutoRenew, AutoRenew.service_id == OutboxMessage.service_id)
        .where(
            among(session, OutboxMessage.service_id, list(service_ids)),
            AutoRenew.enabled.is_(True),
            OutboxMessage.kind.in_(STOP_KINDS),
            OutboxMessage.status.in_(WAITING),
            or_(OutboxMessage.lease_owner.is_(None), OutboxMessage.lease_until < db_now(session)),
        )
        .order_by(OutboxMessage.id)
        .with_for_update(of=OutboxMessage)
    ).all()
    reason = WithdrawnReason.AUTO_RENEW_ON_AGAIN
    for row in rows:
        withdraw(session, actor, now, row, reason)
    return len(rows)


def told_stopped_since_notice(session: Session, cycles: Sequence[Cycle]) -> set[int]:
    """The ids of those announced `cycles` whose customer was told (or is being told) that auto-renew
    stopped after the cycle's latest notice: outbox rows are numbered in the order they were
    queued, and a withdrawn one told nothing."""
    if not cycles:
        return set()
    told = OutboxMessage.status != MailState.WITHDRAWN.value
    notices = dict(
        session.execute(
            select(OutboxMessage.cycle_id, func.max(OutboxMessage.id))
            .where(
                among(session, OutboxMessage.cycle_id, [cycle.id for cycle in cycles]),
                OutboxMessage.kind.in_(_NOTICE_KINDS),
                told,
            )
            .group_by(OutboxMessage.cycle_id)
        )
        .tuples()
        .all()
    )
    stops = dict(
        session.execute(
            select(OutboxMessage.service_id, func.max(OutboxMessage.id))
            .where(
                among(session, OutboxMessage.service_id, [cycle.service_id for cycle in cycles]),
                OutboxMessage.kind.in_(STOP_KINDS),
                told,
            )
            .group_by(OutboxMessage.service_id)
        )
        .tuples()
        .all()
    )
    return {
        cycle.id
        for cycle in cycles
        if cycle.service_id in stops and stops[cycle.service_id] > notices.get(cycle.id, 0)
    }
