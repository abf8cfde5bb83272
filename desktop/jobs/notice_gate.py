"""A charge is made only after the customer was told (R15, R28): the cycle's current notice (the
pre-charge notice, or the latest updated notice) must have gone to the mail server before the card
is charged on its terms. A notice queued today and not sent yet (by this run's catch-up check, or by
a change of the terms on the charge day), failing, given up or withdrawn holds the charge back: a
later run charges it once the notice went out, and a charge held past `late_charge_grace_days` is
left to staff (R18: `needs_attention`, uncharged), never made unannounced; so is one whose notice
was given up or withdrawn, at once (NOTICE_NOT_SENT).

A notice queued on an earlier day that no sender has tried yet does not hold its charge: every run
sends the outbox right after it queues (desktop.app.due_checks, the scheduler), and a server that
cannot be reached makes it failing, so such a notice is only one whose run never sent mail at all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.codes import MailState
from desktop.jobs.cycle_terms import current_notice_key
from desktop.store.models import Cycle, OutboxMessage

# What the report says of a notice with no outbox row (a database from before the outbox kept them).
MISSING = "missing"
# Why a charge is left to staff (needs_attention) at once: its notice will never be sent (given up
# after mail.give_up_days of failures, or withdrawn), so waiting for it cannot end in a charge.
NOTICE_NOT_SENT = "notice_not_sent"
NEVER_SENT = frozenset({MailState.GIVEN_UP.value, MailState.WITHDRAWN.value})


@dataclass(frozen=True)
class HeldCharge:
    """A charge not made because its notice was not sent: the service, the notice's outbox key and
    where the notice was when the charge was held."""

    service: str
    notice_key: str
    state: str

    def said(self, state: str | None = None) -> str:
        """In words, with the notice's state now (`state`, read after the outbox was sent) if known:
        said on standard error as left for a later run."""
        now = state or self.state
        how = {
            MailState.QUEUED.value: "is queued, not sent yet",
            MailState.FAILING.value: "is failing (see `outbox list --state failing`)",
            MailState.GIVEN_UP.value: "was given up (see `outbox list --state given_up`)",
        }.get(now, f"was not sent ({now})")
        return f"{self.service}: not charged yet: the notice of this charge {how}; charged once it is sent"


def unsent_notices(
    session: Session, cycles: Iterable[tuple[int, Cycle]], today_began: datetime
) -> dict[int, tuple[str, str]]:
    """Of (service id, cycle) pairs, the cycles whose charge waits for their current notice, each
    with that notice's key and state (a MailState, or MISSING). A cycle no notice was queued for is
    not among them: its charge follows the check that queues one (R18)."""
    keys = {
        key: cycle.id
        for service_id, cycle in cycles
        if (key := current_notice_key(service_id, cycle)) is not None
    }
    if not keys:
        return {}
    rows = session.execute(
        select(
            OutboxMessage.dedupe_key, OutboxMessage.status, OutboxMessage.attempts, OutboxMessage.created_at
        ).where(OutboxMessage.dedupe_key.in_(list(keys)))
    ).tuples()
    waiting = {key: MISSING for key in keys}
    for key, status, attempts, created_at in rows:
        handed_over = status == MailState.QUEUED.value and attempts == 0 and created_at < today_began
        if status == MailState.SENT.value or handed_over:
            del waiting[key]
        else:
            waiting[key] = status
    return {keys[key]: (key, state) for key, state in waiting.items()}
