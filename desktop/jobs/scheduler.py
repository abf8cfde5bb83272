"""The background due checks of every running workstation (SPEC 2b): an APScheduler 3
BackgroundScheduler whose jobs live in memory only and are made anew at every start (a job store is
never shared between processes). Correctness does not depend on the timer: the engine's claims make
any number of workstations safe. No Qt here: windows listen through `on_report`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler

JOB_ID = "renewdesk-due-checks"
MISFIRE_GRACE_SECONDS = 300


@dataclass(frozen=True)
class SchedulerReport:
    """What the last run did, for the status bar: when, its result or its error, and the next run."""

    finished_at: datetime
    result: Any
    error: BaseException | None
    next_run_at: datetime | None


class DueScheduler:
    def __init__(
        self,
        run: Callable[[threading.Event], Any],
        interval_minutes: int,
        on_report: Callable[[SchedulerReport], None] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._run = run
        self._interval = interval_minutes
        self._on_report = on_report
        self._now = now or (lambda: datetime.now().astimezone())
        self._cancel = threading.Event()
        self._job: Any = None
        self._scheduler = BackgroundScheduler(
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS}
        )
        self._scheduler.add_listener(self._listen, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)

    def start(self) -> None:
        """Runs the checks at once, then every `interval_minutes`."""
        self._job = self._scheduler.add_job(
            self._run_job,
            "interval",
            minutes=self._interval,
            id=JOB_ID,
            next_run_time=self._now(),
            replace_existing=True,
        )
        self._scheduler.start()

    def run_now(self) -> None:
        job = self._scheduler.get_job(JOB_ID)
        if job is not None:
            job.modify(next_run_time=self._now())

    def set_interval(self, minutes: int) -> None:
        """A new interval, counted from now."""
        self._interval = minutes
        job = self._scheduler.get_job(JOB_ID)
        if job is not None:
            job.reschedule("interval", minutes=minutes)

    @property
    def interval_minutes(self) -> int:
        return self._interval

    def next_run_at(self) -> datetime | None:
        job = self._scheduler.get_job(JOB_ID)
        return job.next_run_time if job is not None else None

    def shutdown(self, wait: bool = True) -> None:
        """Asks a run under way to stop after its current chunk (whatever it claimed is finished or
        left to be taken over) and waits for it."""
        self._cancel.set()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def _run_job(self) -> Any:
        return self._run(self._cancel)

    def _listen(self, event: JobExecutionEvent) -> None:
        if self._on_report is None:
            return
        error = event.exception if event.code == EVENT_JOB_ERROR else None
        result = getattr(event, "retval", None) if event.code == EVENT_JOB_EXECUTED else None
        self._on_report(
            SchedulerReport(
                finished_at=self._now(),
                result=result,
                error=error,
                next_run_at=self._next_run_after(event.scheduled_run_time),
            )
        )

    def _next_run_after(self, run_time: datetime) -> datetime | None:
        """The next run, read from the job itself (the memory store keeps this very object). A report
        must not take APScheduler's job-store lock: its shutdown holds that lock while it waits for
        the run under way, whose report would then wait for ever. A run that ends at once is reported
        from inside APScheduler's loop before the loop moves the job on; its next run is then the
        trigger's next time after this one."""
        job = self._job
        if job is None or self._cancel.is_set():
            return None
        upcoming: datetime | None = job.next_run_time
        if upcoming is not None and upcoming > run_time:
            return upcoming
        following: datetime | None = job.trigger.get_next_fire_time(run_time, self._now())
        return following
