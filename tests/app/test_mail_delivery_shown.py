"""R32 in the use cases the windows ask: with the mail server down a run's notices are failing (with
the server's words, their tries and next try), never sent, in the service's history, in the run and
its events, and in the summary the status bar shows; once the server is up they are sent (when)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desktop.app.actor import SCHEDULER
from desktop.app.due_checks import run_due_checks
from desktop.app.history import service_history
from desktop.app.mail_status import SetupTask, mail_summary
from desktop.app.operations import MailCounts, recent_runs, run_events
from desktop.app.outbox import list_outbox, retry_and_send
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import MailState
from desktop.core.mail_failure import MailFailure
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import OutboxMessage, Service
from tests.app.helpers import ADMIN, SALES
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    good_customer,
    import_customers,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)


def _service_ids(ctx: AppContext) -> list[int]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(Service.id).order_by(Service.id)))


def test_notices_of_a_run_with_the_server_down_are_failing_everywhere_then_sent(
    ctx: AppContext, clock: ManualClock, dead_smtp_port: int, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, dead_smtp_port)
    import_customers(ctx, [good_customer(1, domains=2)])
    report = run_due_checks(ctx, SCHEDULER, CHECK_DAY)
    assert report.mail.sent == 0 and report.mail.failed == 2

    first = _service_ids(ctx)[0]
    mails = [entry.mail for entry in service_history(ctx, SALES, first) if entry.kind == "email"]
    assert len(mails) == 1 and mails[0] is not None
    notice = mails[0]
    assert notice.state is MailState.FAILING and notice.sent_at is None
    assert notice.attempts == 1 and notice.next_attempt_at is not None
    assert notice.last_error is not None and "refused" in notice.last_error.lower()
    assert notice.retryable and not notice.resendable

    run = recent_runs(ctx, SALES)[0]
    assert run.outcome == "completed"
    assert run.mail == MailCounts(failing=2)
    events = run_events(ctx, SALES, run.id)
    by_type = {event.type: event for event in events}
    assert by_type["card_check_passed"].mail is None
    notice_events = [event for event in events if event.type == "precharge_notice_sent"]
    assert len(notice_events) == 2
    assert all(event.mail is not None and event.mail.state is MailState.FAILING for event in notice_events)

    summary = mail_summary(ctx, SALES)
    assert (summary.queued, summary.failing, summary.given_up) == (0, 2, 0)
    assert summary.setup == () and summary.in_trouble
    assert summary.failure is not None and summary.failure.kind is MailFailure.SERVER_UNREACHABLE
    assert summary.failure.server == f"127.0.0.1:{dead_smtp_port}"
    assert "refused" in summary.failure.detail.lower() and "SMTP" not in summary.failure.detail
    assert summary.next_try_at is not None

    # The server is up: the next send delivers both, and every view says sent, and when.
    point_smtp_at(ctx, smtp.port)
    clock.advance(timedelta(minutes=5))
    assert send_outbox(ctx).sent == 2
    sent = [entry.mail for entry in service_history(ctx, SALES, first) if entry.kind == "email"]
    assert sent[0] is not None and sent[0].state is MailState.SENT
    assert sent[0].sent_at == clock.now() and sent[0].resendable and not sent[0].retryable
    assert recent_runs(ctx, SALES)[0].mail == MailCounts(sent=2)
    after = mail_summary(ctx, SALES)
    assert (after.failing, after.failure, after.in_trouble) == (0, None, False)
    assert len(smtp.received()) == 2


def test_a_database_where_nobody_set_up_e_mail_has_setup_tasks_not_failures(ctx: AppContext) -> None:
    import_customers(ctx, [good_customer(1, domains=1)])
    run_due_checks(ctx, SCHEDULER, CHECK_DAY)
    summary = mail_summary(ctx, SALES)
    assert summary.setup == (SetupTask.MAIL_SERVER, SetupTask.SIGNING_KEY)
    assert summary.needs_setup and not summary.in_trouble


def test_retry_now_sends_that_one_message_now_and_says_when_the_checks_hold_it(
    ctx: AppContext, dead_smtp_port: int, smtp: SmtpServer
) -> None:
    """Hostile review: "Retry now" sent the whole due outbox on the window's worker, and showed the
    old error as the server's answer when a background run held the message."""
    point_smtp_at(ctx, dead_smtp_port)
    import_customers(ctx, [good_customer(1, domains=2)])
    run_due_checks(ctx, SCHEDULER, CHECK_DAY)
    failing = [entry for entry in list_outbox(ctx, ADMIN) if entry.state is MailState.FAILING]
    assert len(failing) == 2
    point_smtp_at(ctx, smtp.port)

    outcome = retry_and_send(ctx, ADMIN, failing[0].id)

    assert outcome.tried and outcome.entry.state is MailState.SENT
    states = {entry.id: entry.state for entry in list_outbox(ctx, ADMIN)}
    assert states[failing[1].id] is MailState.FAILING  # only the one asked for
    assert len(smtp.messages()) == 1

    with ctx.db.transaction() as session:  # a background run holds the other one right now
        row = session.get(OutboxMessage, failing[1].id)
        assert row is not None
        # Leases are timed by the database's clock (R31), not the program's (a ManualClock here).
        row.lease_owner, row.lease_until = "another-run", datetime.now(UTC) + timedelta(minutes=5)
    held = retry_and_send(ctx, ADMIN, failing[1].id)
    assert not held.tried and held.entry.state is MailState.FAILING
    assert len(smtp.messages()) == 1
