"""Hostile tester, issue 14 defect 8 (R15, R18, R28): a notice (or an updated notice) was queued and
the card charged in the same run, so the customer could be charged before any notice arrived; with a
mail server refusing the customer, or no link-signing key, catch-up charges were made while every
notice was failing. A charge now waits until its current notice has been sent: a due run sends the
notices it queued and only then charges; a notice that cannot be sent holds the charge back, until
the grace days leave it to staff (needs_attention), never charged unannounced."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from desktop.app.config import set_setting
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.app.recurring import change_service_settings
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import CycleStatus
from desktop.store.models import DueRun
from tests.app.helpers import SALES, card_id, service_id
from tests.jobs.helpers import (
    at_nine,
    card,
    customer,
    cycles_of,
    document,
    domain,
    hosting,
    kinds,
    ledger_charges,
    load,
    load_one,
    of_type,
    outbox,
    run_on,
)
from tests.jobs.smtp_helpers import (
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    outbox_rows,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.actors import TEST_ADMIN

EXPIRY = date(2026, 12, 20)
CHECK = EXPIRY - timedelta(days=15)
LATE = EXPIRY + timedelta(days=3)  # no run since before the check day: a catch-up within the grace days


def _due_run(ctx: AppContext, clock: ManualClock, day: date) -> DueRunReport:
    """What `due-run` and the scheduler do: the engine, then the outbox."""
    clock.set(at_nine(day))
    return run_due_checks(ctx, TEST_ADMIN, day)


def _received_kinds(ctx: AppContext, smtp: SmtpServer) -> list[str]:
    """The kinds of the e-mails the server received, in the order it received them."""
    kind_of = {row.message_id: row.kind for row in outbox_rows(ctx) if row.message_id}
    return [kind_of[message["Message-ID"]] for message in smtp.messages()]


def test_a_catch_up_sends_its_notice_before_the_card_is_charged(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))

    report = _due_run(ctx, clock, LATE)

    assert kinds(report.due) == ["card_check_passed", "precharge_notice_sent", "charged"]
    assert _received_kinds(ctx, smtp) == ["precharge_notice", "charge_receipt"]
    assert report.mail.sent == 2 and report.due.held == []
    assert len(ledger_charges(ctx)) == 1


def test_the_engine_alone_never_charges_in_the_run_that_queued_the_notice(
    ctx: AppContext, clock: ManualClock
) -> None:
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))

    first = run_on(ctx, clock, LATE)
    again = run_on(ctx, clock, LATE)

    assert kinds(first) == ["card_check_passed", "precharge_notice_sent"]
    assert kinds(again) == [] and ledger_charges(ctx) == []
    assert [(held.service, held.state) for held in again.held] == [("levi.co.il", "queued")]
    assert "queued, not sent yet" in again.held[0].said()
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == [CycleStatus.CHECKED]
    with ctx.db.reading() as session:  # a charge waiting for its notice is no error of the run
        assert set(session.scalars(select(DueRun.error))) == {None}


def test_notices_that_cannot_be_sent_hold_their_charges_until_staff_are_asked(
    ctx: AppContext, clock: ManualClock, dead_smtp_port: int
) -> None:
    """The mail server cannot be reached (and the notice is not given up yet): each day's run leaves
    the charge uncharged and says why; past the grace days the charge is left to staff, uncharged."""
    point_smtp_at(ctx, dead_smtp_port)
    set_setting(ctx, TEST_ADMIN, "mail.give_up_days", "30")
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))

    report = _due_run(ctx, clock, LATE)
    assert kinds(report.due) == ["card_check_passed", "precharge_notice_sent"]
    assert [text for text in report.held() if "levi.co.il" in text and "is failing" in text]
    with ctx.db.reading() as session:  # no second pass that would find nothing to do
        assert list(session.scalars(select(DueRun.run_for))) == [LATE]
    for day in range(1, 5):
        assert kinds(_due_run(ctx, clock, LATE + timedelta(days=day)).due) == []
    late = _due_run(ctx, clock, EXPIRY + timedelta(days=8))

    assert [(event.type.value, event.reason) for event in late.due.events] == [
        ("needs_attention", "charge_date_missed")
    ]
    assert ledger_charges(ctx) == []
    # The notice of a renewal that will not be charged is withdrawn (never sent late).
    assert [row.status for row in outbox_rows(ctx)] == ["withdrawn"]


def test_a_notice_given_up_leaves_its_charge_to_staff_at_once(
    ctx: AppContext, clock: ManualClock, dead_smtp_port: int
) -> None:
    """The notice failed from its check day on and was given up after mail.give_up_days: on the
    charge date the charge is left to staff, uncharged, saying why."""
    point_smtp_at(ctx, dead_smtp_port)
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))
    day = CHECK
    while day < EXPIRY:
        _due_run(ctx, clock, day)
        day += timedelta(days=1)
    assert [row.status for row in outbox_rows(ctx)] == ["given_up"]

    charge_day = _due_run(ctx, clock, EXPIRY)

    assert [(event.type.value, event.reason) for event in charge_day.due.events] == [
        ("needs_attention", "notice_not_sent")
    ]
    assert ledger_charges(ctx) == [] and charge_day.due.held == []
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == [CycleStatus.NEEDS_ATTENTION]


def test_a_notice_refused_for_want_of_a_signing_key_holds_the_charge(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=False)
    load_one(ctx, domain("s1", "levi.co.il", EXPIRY))

    report = _due_run(ctx, clock, LATE)

    assert "charged" not in kinds(report.due) and ledger_charges(ctx) == []
    assert smtp.messages() == []
    assert [row.status for row in outbox_rows(ctx)] == ["failing"]


def test_terms_changed_on_the_charge_day_are_told_before_the_charge_on_them(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    site = hosting("h1", "levi-site", EXPIRY, installments=3)
    load(ctx, document([customer("dana", [site], cards=[card("v1")])]))
    _due_run(ctx, clock, CHECK)
    clock.set(at_nine(EXPIRY))
    change_service_settings(
        ctx,
        SALES,
        service_id(ctx, "levi-site"),
        card_id=card_id(ctx, "dana", "v1"),
        contact_id=None,
        installments=2,
    )

    report = _due_run(ctx, clock, EXPIRY)

    assert [(event.type.value, event.installments) for event in report.due.events] == [("charged", 2)]
    assert _received_kinds(ctx, smtp) == ["precharge_notice", "notice_updated", "charge_receipt"]
    assert [charge["installments"] for charge in ledger_charges(ctx)] == [2]
    assert [mail.status for mail in outbox(ctx, "notice_updated")] == ["sent"]
    assert of_type(report.due, "precharge_notice_sent") == []
