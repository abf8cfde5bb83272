"""What the due checks did (SPEC 2b): the recent runs of every workstation on this database, the
events of one run, and the last run for the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext
from desktop.store.models import DueRun, DueRunEvent


@dataclass(frozen=True)
class RunView:
    id: int
    workstation: str  # the host the run came from
    run_for: date
    started_at: datetime
    finished_at: datetime | None
    outcome: str  # running | completed | cancelled | failed
    counts: dict[str, int]
    error: str | None


@dataclass(frozen=True)
class RunEventView:
    type: str
    customer: str
    service: str
    due: date
    amount_minor: int | None
    currency: str | None
    installments: int | None
    reason: str | None


def _view(run: DueRun) -> RunView:
    return RunView(
        id=run.id,
        workstation=run.owner.partition(":")[0],
        run_for=run.run_for,
        started_at=run.started_at,
        finished_at=run.finished_at,
        outcome=run.outcome,
        counts=dict(run.counts or {}),
        error=run.error,
    )


def recent_runs(ctx: AppContext, actor: Actor, limit: int = 100) -> list[RunView]:
    """Newest first. Any member of staff may see what the background checks did."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        runs = session.scalars(
            select(DueRun).order_by(DueRun.started_at.desc(), DueRun.id.desc()).limit(limit)
        )
        return [_view(run) for run in runs]


def run_events(ctx: AppContext, actor: Actor, run_id: int, limit: int = 10_000) -> list[RunEventView]:
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        rows = session.scalars(
            # R18: by charge date; within one, in the order the run did them (settle, check, charge).
            select(DueRunEvent)
            .where(DueRunEvent.run_id == run_id)
            .order_by(DueRunEvent.due, DueRunEvent.id)
            .limit(limit)
        )
        return [
            RunEventView(
                type=row.type,
                customer=row.customer,
                service=row.service,
                due=row.due,
                amount_minor=row.amount_minor,
                currency=row.currency,
                installments=row.installments,
                reason=row.reason,
            )
            for row in rows
        ]


def last_finished_run(ctx: AppContext, actor: Actor) -> RunView | None:
    """The latest run that ended, on any workstation: what the status bar shows before this
    window's own first run has ended."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        run = session.scalars(
            select(DueRun)
            .where(DueRun.finished_at.is_not(None))
            .order_by(DueRun.finished_at.desc(), DueRun.id.desc())
            .limit(1)
        ).first()
        return _view(run) if run is not None else None
