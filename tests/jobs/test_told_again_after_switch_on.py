"""Switched off, then on again (hostile test 14, defect 2): the customer got "auto-renew is off" after
it was on again, and then the card was charged with no word in between. Now the last thing the
customer is told before a charge is that it will be made: a stop e-mail not sent yet is withdrawn,
one that went out after the notice is followed by an updated notice. Real engine, sandbox gateway,
outbox and SMTP server, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.app.recurring import disable_recurring, enable_recurring, save_service
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import MailState, WithdrawnReason
from desktop.jobs.outbox_sender import send_outbox
from tests.app.helpers import SALES, account, audit_rows, card_id, customer_id, order, service_id
from tests.jobs.helpers import (
    at_nine,
    card,
    document,
    domain,
    kinds,
    ledger_charges,
    load,
    outbox,
    run_on,
)
from tests.jobs.smtp_helpers import (
    SmtpServer,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

EXPIRY = date(2027, 1, 27)
CHECK = EXPIRY - timedelta(days=15)
NEXT_DAY = CHECK + timedelta(days=1)


def _dana(ctx: AppContext) -> None:
    services = [domain("s1", "travel.com", EXPIRY)]
    load(ctx, document([account("dana", services, cards=[card("v1")], orders=[order("s1")])]))


def _announced(ctx: AppContext, clock: ManualClock, smtp: SmtpServer) -> tuple[int, int]:
    point_smtp_at(ctx, smtp.port)
    _dana(ctx)
    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_passed", "precharge_notice_sent"]
    assert send_outbox(ctx).sent == 1
    clock.set(at_nine(NEXT_DAY))
    return customer_id(ctx, "dana"), service_id(ctx, "travel.com")


def _charged_after(ctx: AppContext, clock: ManualClock) -> None:
    assert kinds(run_on(ctx, clock, NEXT_DAY)) == []
    assert kinds(run_on(ctx, clock, EXPIRY)) == ["charged"]
    assert [row["outcome"] for row in ledger_charges(ctx)] == ["succeeded"]
    send_outbox(ctx)


def _subjects(smtp: SmtpServer) -> list[str]:
    return [str(message["Subject"]) for message in smtp.messages()]


def test_switched_on_again_before_the_stop_e_mail_went_out_it_is_withdrawn(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    dana, travel = _announced(ctx, clock, smtp)

    disable_recurring(ctx, SALES, dana, [travel])
    enable_recurring(ctx, SALES, dana, [travel], card_id=card_id(ctx, "dana", "v1"))

    [stop] = outbox(ctx, "stopped_by_staff")
    assert (stop.status, stop.last_error) == (MailState.WITHDRAWN.value, WithdrawnReason.AUTO_RENEW_ON_AGAIN)
    [entry] = audit_rows(ctx, "email.withdrawn")
    assert entry.after is not None and entry.after["reason"] == "auto_renew_on_again"
    assert outbox(ctx, "notice_updated") == [], "the notice that went out still holds"
    _charged_after(ctx, clock)
    assert _subjects(smtp) == [
        "travel.com will be renewed automatically on January 27, 2027",
        "travel.com has been renewed: invoice 1001",
    ]


def test_switched_on_again_after_the_stop_e_mail_went_out_the_customer_is_told_again(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    dana, travel = _announced(ctx, clock, smtp)
    disable_recurring(ctx, SALES, dana, [travel])
    assert send_outbox(ctx).sent == 1  # "Automatic renewal of travel.com is off"

    enable_recurring(ctx, SALES, dana, [travel], card_id=card_id(ctx, "dana", "v1"))

    [updated] = outbox(ctx, "notice_updated")
    assert (updated.context["amount_minor"], updated.context["charge_date"]) == (4550, EXPIRY.isoformat())
    assert updated.context["notice_version"] == 2
    assert updated.context["switched_on_again"] is True
    # Switched on again once more, nothing said since: nothing more to tell.
    save_service(ctx, SALES, travel, on=True, card_id=card_id(ctx, "dana", "v1"), contact_id=None)
    assert len(outbox(ctx, "notice_updated")) == 1
    _charged_after(ctx, clock)
    subjects = _subjects(smtp)
    assert subjects[1:] == [
        "Automatic renewal of travel.com is off",
        "Automatic renewal of travel.com is on again: renewed on January 27, 2027",
        "travel.com has been renewed: invoice 1001",
    ]


def test_a_stop_e_mail_before_the_notice_asks_for_nothing_more(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    """Off and on again before the check day: the notice to come is the last word, as always."""
    point_smtp_at(ctx, smtp.port)
    _dana(ctx)
    dana, travel = customer_id(ctx, "dana"), service_id(ctx, "travel.com")
    clock.set(at_nine(CHECK - timedelta(days=3)))
    disable_recurring(ctx, SALES, dana, [travel])
    assert send_outbox(ctx).sent == 1
    enable_recurring(ctx, SALES, dana, [travel], card_id=card_id(ctx, "dana", "v1"))

    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_passed", "precharge_notice_sent"]
    assert outbox(ctx, "notice_updated") == []
    assert kinds(run_on(ctx, clock, EXPIRY)) == ["charged"]
    send_outbox(ctx)
    assert _subjects(smtp) == [
        "Automatic renewal of travel.com is off",
        "travel.com will be renewed automatically on January 27, 2027",
        "travel.com has been renewed: invoice 1001",
    ]
