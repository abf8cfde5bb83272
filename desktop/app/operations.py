"""What the due checks did (SPEC 2b): the recent runs of every workstation on this database, the
events of one run, and the last run for the status bar.

A run queues e-mail; it does not send it (the outbox does, R31). So each run and each event comes
with the e-mail it queued as that e-mail is now (R32): queued, sent, failing or given up."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.app.actor import Actor, Permission, require
from desktop.app.outbox import OutboxEntry, entries_where
from desktop.bootstrap import AppContext
from desktop.core.codes import MailState
from desktop.jobs import leases
from desktop.store.models import Customer, Cycle, DueRun, DueRunEvent, OutboxMessage, Service

# The e-mail each kind of event queues (desktop/jobs/due_steps.py, cycle_terms.py).
EVENT_MAIL_KINDS: dict[str, tuple[str, ...]] = {
    "precharge_notice_sent": ("precharge_notice", "notice_updated"),
    "card_check_failed": ("card_check_failed",),
    "charged": ("charge_receipt",),
    "charge_failed": ("charge_failed",),
}
_CHUNK = 500


@dataclass(frozen=True)
class MailCounts:
    """The e-mails a run queued, by where each is now."""

    queued: int = 0
    sent: int = 0
    failing: int = 0
    given_up: int = 0

    @property
    def total(self) -> int:
        return self.queued + self.sent + self.failing + self.given_up


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
    mail: MailCounts = field(default_factory=MailCounts)


@dataclass(frozen=True)
class RunEventView:
    type: str
    customer: str  # the customer's ref, as the run recorded it
    service: str
    due: date
    amount_minor: int | None
    currency: str | None
    installments: int | None
    reason: str | None
    mail: OutboxEntry | None = None  # the e-mail this event queued, as it is now
    customer_name: str | None = None  # as the customer is called now; None once deleted

    @property
    def customer_shown(self) -> str:
        return self.customer_name or self.customer


def _mail_of_events(session: Session, run_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
    """event id -> (outbox id, status) of the e-mail each event queued: the message of the event's
    service and charge date, of the event's kind, the newest queued before the run ended (a notice
    restated later is another event's). A message sent again by staff is its own row (resend_of)."""
    kinds = or_(
        *(
            and_(DueRunEvent.type == event, OutboxMessage.kind.in_(mails))
            for event, mails in EVENT_MAIL_KINDS.items()
        )
    )
    found: dict[int, tuple[int, str]] = {}
    for start in range(0, len(run_ids), _CHUNK):
        query = (
            select(DueRunEvent.id, OutboxMessage.id, OutboxMessage.status)
            .join(DueRun, DueRun.id == DueRunEvent.run_id)
            .join(Customer, Customer.ref == DueRunEvent.customer)
            .join(Service, and_(Service.customer_id == Customer.id, Service.name == DueRunEvent.service))
            .join(OutboxMessage, OutboxMessage.service_id == Service.id)
            .join(Cycle, and_(Cycle.id == OutboxMessage.cycle_id, Cycle.charge_on == DueRunEvent.due))
            .where(
                DueRunEvent.run_id.in_(run_ids[start : start + _CHUNK]),
                OutboxMessage.resend_of.is_(None),
                OutboxMessage.created_at <= func.coalesce(DueRun.finished_at, OutboxMessage.created_at),
                kinds,
            )
            .order_by(DueRunEvent.id, OutboxMessage.created_at, OutboxMessage.id)
        )
        for event_id, outbox_id, status in session.execute(query):
            found[event_id] = (outbox_id, status)  # the last, the newest, wins
    return found


def _counts(statuses: Iterable[str]) -> MailCounts:
    tally = {state: 0 for state in MailState}
    for status in statuses:
        tally[MailState.QUEUED if status == "pending" else MailState(status)] += 1
    return MailCounts(
        queued=tally[MailState.QUEUED],
        sent=tally[MailState.SENT],
        failing=tally[MailState.FAILING],
        given_up=tally[MailState.GIVEN_UP],
    )


def _with_mail(session: Session, runs: list[DueRun]) -> list[RunView]:
    mail = _mail_of_events(session, [run.id for run in runs])
    by_run: dict[int, list[str]] = {}
    if mail:
        for event_id, run_id in session.execute(
            select(DueRunEvent.id, DueRunEvent.run_id).where(DueRunEvent.id.in_(list(mail)))
        ):
            by_run.setdefault(run_id, []).append(mail[event_id][1])
    return [_view(run, _counts(by_run.get(run.id, ()))) for run in runs]


def _view(run: DueRun, mail: MailCounts | None = None) -> RunView:
    return RunView(
        id=run.id,
        workstation=leases.workstation_of(run.owner),
        run_for=run.run_for,
        started_at=run.started_at,
        finished_at=run.finished_at,
        outcome=run.outcome,
        counts=dict(run.counts or {}),
        error=run.error,
        mail=mail or MailCounts(),
    )


def recent_runs(ctx: AppContext, actor: Actor, limit: int = 100) -> list[RunView]:
    """Newest first. Any member of staff may see what the background checks did."""
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        runs = session.scalars(
            select(DueRun).order_by(DueRun.started_at.desc(), DueRun.id.desc()).limit(limit)
        )
        return _with_mail(session, list(runs))


def run_events(ctx: AppContext, actor: Actor, run_id: int, limit: int = 10_000) -> list[RunEventView]:
    require(actor, Permission.VIEW_CUSTOMERS)
    with ctx.db.reading() as session:
        rows = (
            session.execute(
                # R18: by charge date; within one, in the order the run did them (settle, check, charge).
                select(DueRunEvent, Customer.name)
                .outerjoin(Customer, Customer.ref == DueRunEvent.customer)
                .where(DueRunEvent.run_id == run_id)
                .order_by(DueRunEvent.due, DueRunEvent.id)
                .limit(limit)
            )
            .tuples()
            .all()
        )
        mail_of = _mail_of_events(session, [run_id])
        ids = sorted({outbox_id for outbox_id, _ in mail_of.values()})
        entries: dict[int, OutboxEntry] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            entries.update((entry.id, entry) for entry in entries_where(session, OutboxMessage.id.in_(chunk)))
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
                mail=entries.get(mail_of[row.id][0]) if row.id in mail_of else None,
                customer_name=name,
            )
            for row, name in rows
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
        return _with_mail(session, [run])[0] if run is not None else None
