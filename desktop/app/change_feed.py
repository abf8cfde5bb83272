"""What other processes changed (R34 across workstations): every change writes the audit log in its
own transaction (R22), so the entries written since a reader last looked say what changed, whichever
workstation, command line or background check wrote them. A desk's windows poll this and reload
what they show, as they do for the changes of their own process (desktop/app/changes.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.app.changes import DUE_RUN_CHANGES, Change
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, DueRun, OutboxMessage
from desktop.store.outbox_repo import WAITING

_ALL = frozenset(Change)

# What an audit action's first word says has changed. An action not listed here counts as every
# change: a reload too many is better than a stale view.
_BY_PREFIX: dict[str, frozenset[Change]] = {
    "auto_renew": frozenset({Change.ACCOUNTS, Change.CHARGES, Change.MAIL}),
    "cycle": DUE_RUN_CHANGES,
    "charge": DUE_RUN_CHANGES,
    "card": DUE_RUN_CHANGES,
    "email": frozenset({Change.MAIL}),
    "proforma": frozenset({Change.ACCOUNTS, Change.MAIL}),
    "data": frozenset({Change.ACCOUNTS, Change.CHARGES}),
    "staff": frozenset({Change.STAFF}),
    "setting": frozenset({Change.SETTINGS}),
    "settings": frozenset({Change.SETTINGS}),
    "secret": frozenset({Change.SETTINGS}),
    "signing_key": frozenset({Change.SETTINGS}),
    "export": frozenset(),  # an export reads; it changes nothing shown
}

# On PostgreSQL an entry's id is taken when it is written, not when its transaction commits: a long
# transaction (a chunk of a due run) may commit an id lower than one already seen. Such a missing id
# is looked for again for this many polls; a rolled-back transaction leaves it missing for good.
MISSING_POLLS = 12
_MOST_MISSING = 2_000
_MOST_SPAN = 200_000  # ids looked through for missing ones at one poll


@dataclass(frozen=True)
class FeedMark:
    """Where a reader of the feed is: the last entry seen and the ids below it not seen yet, each with
    the polls left to look for it."""

    last_id: int
    missing: tuple[tuple[int, int], ...] = ()
    # What the audit log does not say: a send that failed again, a due run that ended with nothing to
    # audit. Their cheap signatures, compared from one poll to the next.
    others: tuple[int, ...] = ()


def changes_of(action: str) -> frozenset[Change]:
    return _BY_PREFIX.get(action.split(".", 1)[0], _ALL)


def _others(session: Session) -> tuple[int, ...]:
    """The outbox's waiting messages (how many, and their tries: one more at every failed send) and
    the due runs (the newest, and how many ended)."""
    waiting = session.execute(
        select(func.count(OutboxMessage.id), func.coalesce(func.sum(OutboxMessage.attempts), 0)).where(
            OutboxMessage.status.in_(WAITING)
        )
    ).one()
    runs = session.execute(
        select(func.coalesce(func.max(DueRun.id), 0), func.count(DueRun.finished_at))
    ).one()
    return (int(waiting[0]), int(waiting[1]), int(runs[0]), int(runs[1]))


def latest_changes(ctx: AppContext, after: FeedMark | None) -> tuple[FeedMark, frozenset[Change]]:
    """The changes written since `after`, and the mark to ask from next time. Without a mark: where the
    log ends now, and no change (a reader starts from the state it has just loaded)."""
    with ctx.db.reading() as session:
        others = _others(session)
        if after is None:
            last = session.scalar(select(func.max(AuditEntry.id)))
            return FeedMark(last or 0, others=others), frozenset()
        looked_for = dict(after.missing)
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.action)
            .where(or_(AuditEntry.id > after.last_id, AuditEntry.id.in_(list(looked_for))))
            .order_by(AuditEntry.id)
        ).all()
    changed: set[Change] = set()
    if after.others and others != after.others:
        changed |= DUE_RUN_CHANGES if others[2:] != after.others[2:] else {Change.MAIL}
    seen: set[int] = set()
    for entry_id, action in rows:
        seen.add(entry_id)
        changed |= changes_of(action)
    last = max([after.last_id, *seen])
    missing = [
        (entry_id, polls - 1) for entry_id, polls in after.missing if entry_id not in seen and polls > 1
    ]
    span, new_ids = last - after.last_id, sum(1 for entry_id in seen if entry_id > after.last_id)
    if new_ids < span <= _MOST_SPAN:
        missing += [
            (entry_id, MISSING_POLLS) for entry_id in range(after.last_id + 1, last) if entry_id not in seen
        ]
    return FeedMark(last, tuple(missing[-_MOST_MISSING:]), others), frozenset(changed)


Reader = Callable[[FeedMark | None], tuple[FeedMark, frozenset[Change]]]


def reader(ctx: AppContext) -> Reader:
    """`latest_changes` bound to the context, for a poller that must not hold the desk."""
    return partial(latest_changes, ctx)
