"""The due runs themselves: a run renews its heartbeat as it works; the next run marks abandoned a run
whose process is gone (this machine) or whose heartbeat stopped (another machine); and what a run did
is reported in date order (by charge date, then settle, check and charge), in its result, in
due_run_events and in the operations panel, however many days and chunks it caught up."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desktop.app.operations import run_events
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs import leases
from desktop.jobs.due_engine import CHUNK, run_due
from desktop.jobs.events import DueEvent
from desktop.store.models import DueRun, DueRunEvent
from tests.app.helpers import ADMIN
from tests.jobs.helpers import at_nine, domain, load_one, run_on

DAY = date(2026, 12, 20)
CHECK_WORDS = {"card_check_passed", "card_check_failed", "precharge_notice_sent"}


def _run_row(ctx: AppContext, owner: str, heartbeat: datetime | None, started: datetime) -> int:
    with ctx.db.transaction() as session:
        run = DueRun(owner=owner, run_for=DAY, started_at=started, heartbeat_at=heartbeat, outcome="running")
        session.add(run)
        session.flush()
        return run.id


def _outcomes(ctx: AppContext) -> dict[int, tuple[str, str | None]]:
    with ctx.db.reading() as session:
        return {run.id: (run.outcome, run.error) for run in session.scalars(select(DueRun))}


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_runs_whose_process_is_gone_are_marked_abandoned(ctx: AppContext, clock: ManualClock) -> None:
    now = at_nine(DAY)
    clock.set(now)
    gone_here = _run_row(ctx, f"{leases.HOST}:{_dead_pid()}:aaaa", now, now)
    alive_here = _run_row(ctx, leases.new_owner(), now - timedelta(hours=3), now - timedelta(hours=3))
    silent_there = _run_row(ctx, "far-away:4242:bbbb", now - timedelta(minutes=6), now - timedelta(hours=1))
    never_beat_there = _run_row(ctx, "far-away:4243:cccc", None, now - timedelta(minutes=30))
    beating_there = _run_row(ctx, "far-away:4244:dddd", now - timedelta(minutes=1), now - timedelta(hours=1))

    run_due(ctx, DAY)

    outcomes = _outcomes(ctx)
    assert outcomes[gone_here] == ("abandoned", "abandoned: its process is gone")
    assert outcomes[silent_there][0] == "abandoned"
    assert (
        outcomes[silent_there][1]
        == f"abandoned: no heartbeat since {(now - timedelta(minutes=6)).isoformat()}"
    )
    assert outcomes[never_beat_there][0] == "abandoned"
    # A live process of this machine may be waiting on a slow gateway; a recent heartbeat is alive.
    assert outcomes[alive_here] == ("running", None)
    assert outcomes[beating_there] == ("running", None)
    assert sorted(outcome for outcome, _ in outcomes.values()).count("completed") == 1


def test_a_run_renews_its_heartbeat_as_it_works(ctx: AppContext, clock: ManualClock) -> None:
    load_one(ctx, *[domain(f"s{i}", f"levi{i}.co.il", DAY + timedelta(days=i % 3)) for i in range(5)])
    clock.set(at_nine(DAY))
    beats: list[datetime | None] = []

    def progress(done: int, total: int) -> None:
        with ctx.db.reading() as session:
            beats.append(session.scalar(select(DueRun.heartbeat_at).where(DueRun.outcome == "running")))
        clock.advance(timedelta(minutes=1))

    run_due(ctx, DAY, progress=progress)

    assert len(beats) >= 3
    assert beats == [at_nine(DAY) + timedelta(minutes=n) for n in range(len(beats))]
    with ctx.db.reading() as session:
        run = session.scalars(select(DueRun)).one()
    assert (run.outcome, run.heartbeat_at) == ("completed", clock.now())


def _rank(event: DueEvent) -> int:
    return 0 if event.type.value in CHECK_WORDS else 1


def test_a_catch_up_run_reports_in_date_order_across_chunks(ctx: AppContext, clock: ManualClock) -> None:
    """A week without runs: charges of past dates, the checks and charges of today (more than a chunk
    of them) and the checks of the coming days, all in one run."""
    today = DAY
    expiries = [today - timedelta(days=n) for n in (1, 4)]
    expiries += [today] * (CHUNK + 30)
    expiries += [today + timedelta(days=n) for n in (2, 9)]
    load_one(ctx, *[domain(f"s{i}", f"d{i:03}.co.il", day) for i, day in enumerate(reversed(expiries))])
    run_on(ctx, clock, today - timedelta(days=30))  # the last completed run, long before

    result = run_on(ctx, clock, today)

    events = result.events
    # 2 late charges and today's, and 2 coming ones: a check and a notice each. No charge is made in
    # the run that queued its notice (desktop.jobs.notice_gate): the next, once the notices are sent.
    assert len(events) == 2 * 2 + 2 * (CHUNK + 30) + 2 * 2
    assert len(result.held) == 2 + CHUNK + 30
    keys = [(event.due, _rank(event)) for event in events]
    assert keys == sorted(keys)
    todays = [event.type.value for event in events if event.due == today]
    assert todays.count("card_check_passed") == todays.count("precharge_notice_sent") == CHUNK + 30

    with ctx.db.reading() as session:
        run_id = session.scalar(select(DueRun.id).where(DueRun.run_for == today))
        stored = session.scalars(
            select(DueRunEvent).where(DueRunEvent.run_id == run_id).order_by(DueRunEvent.due, DueRunEvent.id)
        ).all()
    assert [(row.type, row.service, row.due) for row in stored] == [
        (event.type.value, event.service, event.due) for event in events
    ]
    assert run_id is not None
    shown = run_events(ctx, ADMIN, run_id)
    assert [(row.type, row.service, row.due) for row in shown] == [
        (event.type.value, event.service, event.due) for event in events
    ]
