"""The due runs themselves (SPEC 2b): each is recorded when it starts, renews its heartbeat as it
works and records how it ended. A run whose process is gone (on this machine: its process no longer
exists; on another: its heartbeat is older than the lease) is marked abandoned by the next run,
instead of showing as running forever."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.codes import RunOutcome
from desktop.jobs import leases
from desktop.jobs.events import DueEvent
from desktop.store.models import DueRun
from desktop.store.named_rows import columns

RUNNING, COMPLETED, ABANDONED = RunOutcome.RUNNING, RunOutcome.COMPLETED, RunOutcome.ABANDONED


def last_completed(session: Session) -> date | None:
    """The day of the latest completed run: what fell due before it was done then (R18)."""
    return session.scalar(select(func.max(DueRun.run_for)).where(DueRun.outcome == COMPLETED))


def _gone(owner: str, heartbeat: datetime, now: datetime) -> str | None:
    if not leases.is_alive(owner):
        return "its process is gone"
    if leases.on_this_host(owner):
        return None  # a live process on this machine: it may be waiting on a slow gateway
    if heartbeat < now - leases.LEASE:
        return f"no heartbeat since {heartbeat.isoformat(timespec='seconds')}"
    return None


class _Running(NamedTuple):
    """A run recorded as running, perhaps by a process that is gone."""

    run_id: int
    owner: str
    heartbeat_at: datetime | None
    started_at: datetime


_RUNNING = columns(
    _Running._fields,
    run_id=DueRun.id,
    owner=DueRun.owner,
    heartbeat_at=DueRun.heartbeat_at,
    started_at=DueRun.started_at,
)


def mark_abandoned(session: Session, now: datetime) -> list[int]:
    abandoned: list[int] = []
    for run in map(_Running._make, session.execute(select(*_RUNNING).where(DueRun.outcome == RUNNING))):
        why = _gone(run.owner, run.heartbeat_at or run.started_at, now)
        if why is None:
            continue
        session.execute(
            update(DueRun)
            .where(DueRun.id == run.run_id, DueRun.outcome == RUNNING)
            .values(outcome=ABANDONED, finished_at=now, error=f"abandoned: {why}")
        )
        abandoned.append(run.run_id)
    return abandoned


def start(session: Session, owner: str, today: date, now: datetime) -> int:
    mark_abandoned(session, now)
    run = DueRun(owner=owner, run_for=today, started_at=now, heartbeat_at=now, outcome=RUNNING)
    session.add(run)
    session.flush()
    return run.id


def beat(session: Session, run_id: int, now: datetime) -> None:
    session.execute(update(DueRun).where(DueRun.id == run_id).values(heartbeat_at=now))


def finish(
    session: Session,
    run_id: int,
    now: datetime,
    outcome: RunOutcome,
    error: str | None,
    events: Sequence[DueEvent],
) -> None:
    counts: dict[str, int] = {}
    for event in events:
        counts[event.type.value] = counts.get(event.type.value, 0) + 1
    session.execute(
        update(DueRun)
        .where(DueRun.id == run_id)
        .values(finished_at=now, heartbeat_at=now, outcome=outcome, counts=counts, error=error)
    )
