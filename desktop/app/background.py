"""The due checks in the background of every running window (SPEC 2b): the scheduler of the due
engine, reporting each run as plain data for the status bar. The engine's claims, not this timer,
keep two windows or ten workstations from doing a cycle twice."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop.app.actor import SCHEDULER, Actor, Permission, require
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.bootstrap import AppContext
from desktop.jobs.scheduler import DueScheduler, SchedulerReport


@dataclass(frozen=True)
class CheckReport:
    """One run as the window shows it: when it ended, what it did, or why it failed."""

    finished_at: datetime
    next_run_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)
    mail_sent: int = 0
    mail_failed: int = 0
    problems: tuple[str, ...] = ()
    cancelled: bool = False
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None or bool(self.problems) or self.mail_failed > 0


def _report(raw: SchedulerReport) -> CheckReport:
    if raw.error is not None:
        return CheckReport(raw.finished_at, raw.next_run_at, error=f"{type(raw.error).__name__}: {raw.error}")
    result = raw.result
    if not isinstance(result, DueRunReport):
        return CheckReport(raw.finished_at, raw.next_run_at, error="the run was missed")
    counts: dict[str, int] = {}
    for event in result.due.events:
        counts[event.type.value] = counts.get(event.type.value, 0) + 1
    return CheckReport(
        finished_at=raw.finished_at,
        next_run_at=raw.next_run_at,
        counts=counts,
        mail_sent=result.mail.sent,
        mail_failed=result.mail.failed,
        problems=tuple(result.due.problems[:20]) + tuple(result.mail.errors[:5]),
        cancelled=result.due.cancelled,
    )


class BackgroundChecks:
    """Started by a window, stopped when it closes. `on_report` is called on the scheduler's thread."""

    def __init__(self, ctx: AppContext, on_report: Callable[[CheckReport], None]) -> None:
        self._ctx = ctx
        self._running = threading.Event()
        self._scheduler = DueScheduler(
            self._run, ctx.settings.scheduler_interval_minutes, on_report=lambda raw: on_report(_report(raw))
        )

    def _run(self, cancel: threading.Event) -> DueRunReport:
        self._running.set()
        try:
            return run_due_checks(self._ctx, SCHEDULER, cancel=cancel)
        finally:
            self._running.clear()

    def start(self) -> None:
        self._scheduler.start()

    def run_now(self, actor: Actor) -> None:
        """An admin's "run now": the next run starts at once (never two at a time)."""
        require(actor, Permission.RUN_DUE_CHECKS)
        self._scheduler.run_now()

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
