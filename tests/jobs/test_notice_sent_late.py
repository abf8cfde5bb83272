"""A notice sent once its charge date has passed says the renewal is made now (hostile test of issue
13, defect 14: an updated notice of a caught-up cycle, sent on 2027-01-28, said 'El 27 de enero de
2027 se renovará'): the sender says so in the subject and the body, whatever queued it."""

from __future__ import annotations

from datetime import timedelta

from desktop.app.recurring import change_service_settings
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs.outbox_sender import send_outbox
from tests.app.helpers import SALES
from tests.jobs.smtp_helpers import (
    CHARGE_DAY,
    SmtpServer,
    body,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.jobs.test_mail_withdrawal import one_customer_two_cards


def test_an_updated_notice_sent_after_its_charge_date_says_the_renewal_is_made_now(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    _, service_id, other_card = one_customer_two_cards(ctx)
    change_service_settings(ctx, SALES, service_id, card_id=other_card, contact_id=None)
    clock.set(clock.now() + (CHARGE_DAY - clock.now().date()) + timedelta(days=1))

    send_outbox(ctx)

    [message] = smtp.messages()  # the first notice was replaced: withdrawn
    subject, text = str(message["Subject"]), body(message, "plain")
    assert "now" in subject and " on " not in subject, subject
    assert "it is being renewed automatically now, on these terms" in text
    assert "will be renewed" not in text and "4444" in text


def test_a_notice_sent_before_its_charge_date_says_the_date(ctx: AppContext, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port)
    one_customer_two_cards(ctx)

    send_outbox(ctx)

    [message] = smtp.messages()
    assert "will be renewed automatically on December 9, 2026" in str(message["Subject"])
    assert "Renewal period: 12 months." in body(message, "plain")
