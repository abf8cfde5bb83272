"""The due checks in the background of every running window (SPEC 2b): the scheduler of the due
engine, reporting each run as plain data for the status bar. The engine's claims, not this timer,
keep two windows or ten workstations from doing a cycle twice.

A report says what the run did and where the e-mail stands after it (R32): the outbox as it is, not
only what this run's send managed, so that a message still failing keeps the report failing after
a later run that had nothing to send."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop.app.actor import SCHEDULER, Actor, Permission, require
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.app.mail_status import MailSummary, mail_summary
from desktop.bootstrap import AppContext
from desktop.jobs.scheduler import DueScheduler, SchedulerReport


@dataclass(frozen=True)
class GatewayProblem:
    """A charge whose answer the gateway did not give: `detail` is the gateway's own words."""

    service: str
    detail: str


@dataclass(frozen=True)
class CheckReport:
    """One run as the window shows it: when it ended, what it did, where the e-mail stands, or why
    the run failed (`error`: the system's own words, shown inside a translated sentence)."""

    finished_at: datetime
    next_run_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)
    mail_sent: int = 0  # by this run
    mail: MailSummary = field(default_factory=MailSummary)
    problems: tuple[GatewayProblem, ...] = ()
    cancelled: bool = False
    error: str | None = None
    missed: bool = False  # the scheduler skipped the run (the machine slept past its time)

    @property
    def failed(self) -> bool:
        return self.error is not None or self.missed or bool(self.problems) or self.mail.in_trouble


@dataclass(frozen=True)
class _Done:
    report: DueRunReport
    mail: MailSummary


def _problem(text: str) -> GatewayProblem:
    service, _, detail = text.partition(": ")
    return GatewayProblem(service, detail) if detail else GatewayProblem("", text)


def _report(raw: SchedulerReport, summary: Callable[[], MailSummary]) -> CheckReport:
    if raw.error is not None:
        return CheckReport(
            raw.finished_at,
            raw.next_run_at,
            mail=_or_empty(summary),
            error=f"{type(raw.error).__name__}: {raw.error}",
        )
    done = raw.result
    if not isinstance(done, _Done):
        return CheckReport(raw.finished_at, raw.next_run_at, mail=_or_empty(summary), missed=True)
    result = done.report
    counts: dict[str, int] = {}
    for event in result.due.events:
        counts[event.type.value] = counts.get(event.type.value, 0) + 1
    return CheckReport(
        finished_at=raw.finished_at,
        next_run_at=raw.next_run_at,
        counts=counts,
        mail_sent=result.mail.sent,
        mail=done.mail,
        problems=tuple(_problem(text) for text in result.due.problems[:20]),
        cancelled=result.due.cancelled,
    )


def _or_empty(summary: Callable[[], MailSummary]) -> MailSummary:
    try:
        return summary()
    except Exception:  # the database that failed the run may fail this too: the run's error says why
        return MailSummary()


class BackgroundChecks:
    """Started by a window, stopped when it closes. `on_report` is called on the scheduler's thread."""

    def __init__(self, ctx: AppContext, on_report: Callable[[CheckReport], None]) -> None:
        self._ctx = ctx
        self._running = threading.Event()

        def summary() -> MailSummary:
            return mail_summary(ctx, SCHEDULER)

        self._scheduler = DueScheduler(
            self._run,
            ctx.settings.scheduler_interval_minutes,
            on_report=lambda raw: on_report(_report(raw, summary)),
        )

    def _run(self, cancel: threading.Event) -> _Done:
        self._running.set()
        try:
            report = run_due_checks(self._ctx, SCHEDULER, cancel=cancel)
            return _Done(report, mail_summary(self._ctx, SCHEDULER))
        finally:
            self._running.clear()

    def start(self) -> None:
        self._scheduler.start()

    def next_run_at(self) -> datetime | None:
        return self._scheduler.next_run_at() if self._scheduler.running else None

    @property
    def run_under_way(self) -> bool:
        return self._running.is_set()

    def follow_settings(self) -> None:
        """Takes up a changed `scheduler.interval_minutes` (saved here or on another workstation)."""
        wanted = self._ctx.settings.scheduler_interval_minutes
        if wanted != self._scheduler.interval_minutes and self._scheduler.running:
            self._scheduler.set_interval(wanted)

    def stop(self) -> None:
        """Asks the run under way to stop after its current step and waits for it: what it claimed
        is finished or left, unclaimed at its lease's end, to be taken over by the next run."""
        self._scheduler.shutdown(wait=True)

    def run_now(self, actor: Actor) -> None:
        """An admin's "run now": the next run starts at once (never two at a time)."""
        require(actor, Permission.RUN_DUE_CHECKS)
        self._scheduler.run_now()


def run_checks_now(ctx: AppContext, actor: Actor, checks: BackgroundChecks) -> None:
    """`desk.call(run_checks_now, checks)`: the signed-in member, checked at the call (R23)."""
    checks.run_now(actor)
