"""The background scheduler of the due checks (SPEC 2b): it runs at start and then every interval,
reports each run (its result or its error, and the next run), can be asked to run now, and on
shutdown asks the run under way to stop and waits for it. Its job lives in memory only; coalesce,
one instance at a time and a misfire grace time are set. Every wait here is on an event."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from apscheduler.events import EVENT_JOB_MAX_INSTANCES, JobSubmissionEvent
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.triggers.interval import IntervalTrigger

from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.bootstrap import build_context
from desktop.core.clock import ManualClock
from desktop.jobs.events import EventType
from desktop.jobs.scheduler import JOB_ID, MISFIRE_GRACE_SECONDS, DueScheduler, SchedulerReport
from desktop.secrets import KeyringSecretStore
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    SmtpServer,
    good_customer,
    import_customers,
    outbox_rows,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.actors import TEST_ADMIN

WAIT = 20.0  # seconds: only reached when something is broken
INTERVAL = 60


class Reports:
    """Collects the scheduler's reports; `wait(n)` returns once the n-th has arrived."""

    def __init__(self, expected: int = 8) -> None:
        self.items: list[SchedulerReport] = []
        self._arrived = [threading.Event() for _ in range(expected)]
        self._lock = threading.Lock()

    def __call__(self, report: SchedulerReport) -> None:
        with self._lock:
            self.items.append(report)
            self._arrived[len(self.items) - 1].set()

    def wait(self, count: int) -> SchedulerReport:
        assert self._arrived[count - 1].wait(timeout=WAIT), f"report {count} did not come"
        with self._lock:
            return self.items[count - 1]


@pytest.fixture
def schedulers() -> Iterator[list[DueScheduler]]:
    """Schedulers made by a test; any still running at its end is shut down without waiting."""
    made: list[DueScheduler] = []
    yield made
    for scheduler in made:
        if scheduler.running:
            scheduler.shutdown(wait=False)


def _make(
    made: list[DueScheduler], run: Callable[[threading.Event], Any], reports: Reports | None = None
) -> DueScheduler:
    scheduler = DueScheduler(run, interval_minutes=INTERVAL, on_report=reports)
    made.append(scheduler)
    return scheduler


def _aps(scheduler: DueScheduler) -> Any:
    """The APScheduler scheduler inside (white box: its job stores are not public)."""
    return scheduler._scheduler


def test_runs_at_start_and_reports_the_result_and_the_next_run(schedulers: list[DueScheduler]) -> None:
    calls: list[threading.Event] = []

    def run(cancel: threading.Event) -> str:
        calls.append(cancel)
        return f"run {len(calls)}"

    reports = Reports()
    scheduler = _make(schedulers, run, reports)
    before = datetime.now().astimezone()
    scheduler.start()

    report = reports.wait(1)

    after = datetime.now().astimezone()
    assert scheduler.running
    assert (report.result, report.error) == ("run 1", None)
    assert before <= report.finished_at <= after
    assert report.next_run_at is not None
    assert before + timedelta(minutes=INTERVAL) <= report.next_run_at <= after + timedelta(minutes=INTERVAL)
    assert scheduler.next_run_at() == report.next_run_at
    assert len(calls) == 1 and not calls[0].is_set()


def test_a_failing_run_reports_its_error_and_the_next_run(schedulers: list[DueScheduler]) -> None:
    problem = RuntimeError("database unreachable")

    def run(cancel: threading.Event) -> None:
        raise problem

    reports = Reports()
    scheduler = _make(schedulers, run, reports)
    before = datetime.now().astimezone()
    scheduler.start()

    report = reports.wait(1)

    assert report.error is problem
    assert report.result is None
    assert report.next_run_at is not None and report.next_run_at >= before + timedelta(minutes=INTERVAL)
    assert scheduler.running  # one failed run does not stop the checks


def test_run_now_runs_again_at_once(schedulers: list[DueScheduler]) -> None:
    calls: list[datetime] = []

    def run(cancel: threading.Event) -> int:
        calls.append(datetime.now().astimezone())
        return len(calls)

    reports = Reports()
    scheduler = _make(schedulers, run, reports)
    scheduler.start()
    first = reports.wait(1)

    scheduler.run_now()

    second = reports.wait(2)
    assert (first.result, second.result) == (1, 2)
    assert second.error is None
    assert second.next_run_at is not None and first.next_run_at is not None
    # The interval starts again from the run asked for.
    assert second.next_run_at >= calls[1] + timedelta(minutes=INTERVAL) - timedelta(seconds=1)
    assert second.next_run_at > first.next_run_at - timedelta(seconds=1)


def test_shutdown_cancels_the_run_under_way_and_waits_for_it(schedulers: list[DueScheduler]) -> None:
    started, saw_cancel, release = threading.Event(), threading.Event(), threading.Event()
    order: list[str] = []

    def run(cancel: threading.Event) -> str:
        started.set()
        if cancel.wait(timeout=WAIT):
            saw_cancel.set()
        assert release.wait(timeout=WAIT)
        order.append("run finished")
        return "stopped early"

    reports = Reports()
    scheduler = _make(schedulers, run, reports)
    scheduler.start()
    assert started.wait(timeout=WAIT)

    shut = threading.Event()

    def shut_down() -> None:
        scheduler.shutdown()
        order.append("shutdown returned")
        shut.set()

    stopper = threading.Thread(target=shut_down, daemon=True)
    stopper.start()

    assert saw_cancel.wait(timeout=WAIT), "the run was not asked to stop"
    assert not shut.is_set()  # shutdown waits while the run finishes
    release.set()
    assert shut.wait(timeout=WAIT), "shutdown did not return once the run had finished"
    stopper.join(timeout=WAIT)
    assert order == ["run finished", "shutdown returned"]
    assert not scheduler.running
    report = reports.wait(1)
    assert (report.result, report.error, report.next_run_at) == ("stopped early", None, None)


def test_shutdown_without_a_run_under_way(schedulers: list[DueScheduler]) -> None:
    reports = Reports()
    scheduler = _make(schedulers, lambda cancel: cancel.is_set(), reports)
    scheduler.start()
    assert reports.wait(1).result is False

    scheduler.shutdown()

    assert not scheduler.running
    scheduler.shutdown()  # a second shutdown is harmless


def test_the_job_lives_in_memory_with_coalesce_one_instance_and_a_grace_time(
    schedulers: list[DueScheduler],
) -> None:
    reports = Reports()
    scheduler = _make(schedulers, lambda cancel: None, reports)
    scheduler.start()
    reports.wait(1)
    aps = _aps(scheduler)

    stores = aps._jobstores
    assert list(stores) == ["default"]
    assert type(stores["default"]) is MemoryJobStore
    jobs = aps.get_jobs()
    assert [job.id for job in jobs] == [JOB_ID]
    job = jobs[0]
    assert job._jobstore_alias == "default"
    assert job.coalesce is True
    assert job.max_instances == 1
    assert job.misfire_grace_time == MISFIRE_GRACE_SECONDS and MISFIRE_GRACE_SECONDS > 0
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval == timedelta(minutes=INTERVAL)

    # Another scheduler (another start of the program) builds its own job in its own store.
    other = _make(schedulers, lambda cancel: None, Reports())
    other.start()
    assert _aps(other)._jobstores["default"] is not stores["default"]
    assert [job.id for job in _aps(other).get_jobs()] == [JOB_ID]


def test_run_now_while_running_does_not_start_a_second_run(schedulers: list[DueScheduler]) -> None:
    running, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def run(cancel: threading.Event) -> int:
        calls.append(1)
        running.set()
        assert release.wait(timeout=WAIT)
        return len(calls)

    reports = Reports()
    scheduler = _make(schedulers, run, reports)
    skipped = threading.Event()

    def on_skipped(event: JobSubmissionEvent) -> None:
        if event.job_id == JOB_ID:
            skipped.set()

    _aps(scheduler).add_listener(on_skipped, EVENT_JOB_MAX_INSTANCES)
    scheduler.start()
    assert running.wait(timeout=WAIT)

    scheduler.run_now()

    assert skipped.wait(timeout=WAIT), "a second instance was not refused"
    assert len(calls) == 1
    release.set()
    assert reports.wait(1).result == 1
    assert len(calls) == 1


def test_a_scheduler_running_the_due_checks_on_a_database(
    schedulers: list[DueScheduler], sqlite_url: str, clock: ManualClock, smtp: SmtpServer, tmp_path: Path
) -> None:
    ctx = build_context(sqlite_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    try:
        point_smtp_at(ctx, smtp.port)
        import_customers(ctx, [good_customer(1, domains=2)])
        reports = Reports()
        scheduler = _make(
            schedulers, lambda cancel: run_due_checks(ctx, TEST_ADMIN, CHECK_DAY, cancel=cancel), reports
        )
        scheduler.start()

        report = reports.wait(1)
        scheduler.shutdown()

        assert report.error is None
        assert isinstance(report.result, DueRunReport)
        due = report.result.due
        assert due.today == CHECK_DAY and not due.cancelled
        assert sorted(event.type for event in due.events) == sorted(
            [EventType.CARD_CHECK_PASSED, EventType.PRECHARGE_NOTICE_SENT] * 2
        )
        assert {event.service for event in due.events} == {"site1-1.com", "site1-2.com"}
        assert report.result.mail.sent == 2
        assert len(smtp.received()) == 2
        assert all(row.status == "sent" for row in outbox_rows(ctx))
    finally:
        ctx.close()
