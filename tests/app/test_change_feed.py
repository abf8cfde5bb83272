"""The cross-workstation feed hears what the audit log does not say: a send that failed again and a
due run that ended (second hostile pass: another workstation's failed sends stayed "queued" here)."""

from __future__ import annotations

from datetime import timedelta

from desktop.app.actor import SCHEDULER
from desktop.app.change_feed import latest_changes
from desktop.app.changes import Change
from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs.outbox_sender import send_outbox
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    good_customer,
    import_customers,
    point_smtp_at,
)


def test_a_failed_send_and_an_ended_run_are_heard_without_an_audit_entry(
    ctx: AppContext, clock: ManualClock, dead_smtp_port: int
) -> None:
    point_smtp_at(ctx, dead_smtp_port)
    import_customers(ctx, [good_customer(1, domains=1)])
    mark, _ = latest_changes(ctx, None)

    run_due_checks(ctx, SCHEDULER, CHECK_DAY)  # a run, its notice queued and failing
    mark, changed = latest_changes(ctx, mark)
    assert {Change.CHARGES, Change.MAIL} <= changed

    mark, changed = latest_changes(ctx, mark)
    assert changed == frozenset()  # nothing new, nothing heard

    clock.advance(timedelta(hours=2))  # the next try is due; it fails again, which writes no audit entry
    assert send_outbox(ctx).failed == 1
    mark, changed = latest_changes(ctx, mark)
    assert Change.MAIL in changed
