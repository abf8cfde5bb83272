"""The follow-up list (R41): each kind of row is there while its cause is and leaves when it is gone;
most urgent first; the card rule agrees with R9's; "Send a renew link" queues the e-mail, audited."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desktop.app.config import set_setting
from desktop.app.errors import UseCaseError
from desktop.app.followup import RENEW_LINK, followup_list, send_renew_link
from desktop.app.outbox import resend
from desktop.app.proformas import issue_proformas
from desktop.app.recurring import disable_recurring
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import CycleStatus, ErrorCode, FollowUpAction, FollowUpKind, MailState, ProformaStatus
from desktop.core.followup import LAPSED_AFTER_DAYS
from desktop.core.risk import card_expires_first
from desktop.store.models import AuditEntry, AutoRenew, Card, Cycle, OutboxMessage, Proforma
from tests.app.helpers import ADMIN, FINANCE, SALES, customer_id, service_id
from tests.jobs.helpers import card, customer, document, domain, load

TODAY = date(2026, 11, 24)


def kinds_of(ctx: AppContext, today: date = TODAY) -> dict[str, set[FollowUpKind]]:
    found: dict[str, set[FollowUpKind]] = {}
    for row in followup_list(ctx, SALES, today).rows:
        found.setdefault(row.service or "", set()).add(row.kind)
    return found


def test_a_stopped_auto_renew_is_listed_until_it_is_on_again(ctx: AppContext) -> None:
    load(ctx, document([customer("c1", [domain("d1", "stopped.co.il", TODAY + timedelta(days=40))])]))
    assert "stopped.co.il" not in kinds_of(ctx)

    disable_recurring(ctx, SALES, customer_id(ctx, "c1"), [service_id(ctx, "stopped.co.il")])
    rows = [row for row in followup_list(ctx, SALES, TODAY).rows if row.service == "stopped.co.il"]
    assert len(rows) == 1
    row = rows[0]
    assert row.kind is FollowUpKind.AUTO_RENEW_STOPPED
    assert row.reason == "staff_switched_off"
    assert row.when == TODAY
    assert row.days_left == 40
    assert (row.amount_minor, row.currency) == (5900, "ILS")  # the .co.il 12-month price: at stake
    assert row.actions == (FollowUpAction.SWITCH_ON_AGAIN, FollowUpAction.SEND_RENEW_LINK)

    with ctx.db.transaction() as session:
        session.execute(
            update(AutoRenew)
            .where(AutoRenew.service_id == service_id(ctx, "stopped.co.il"))
            .values(enabled=True, stop_reason=None, stopped_at=None)
        )
    assert "stopped.co.il" not in kinds_of(ctx)


def test_a_card_that_expires_before_the_next_charge_is_listed_until_the_auto_renew_has_a_good_card(
    ctx: AppContext,
) -> None:
    load(
        ctx,
        document(
            [
                customer(
                    "c1",
                    [
                        domain("d1", "late.co.il", date(2027, 3, 10)),
                        domain("d2", "early.co.il", date(2027, 1, 20)),
                    ],
                    cards=[card("v1", exp=(1, 2027)), card("v2", exp=(12, 2030))],
                )
            ]
        ),
    )
    found = kinds_of(ctx)
    assert found.get("late.co.il") == {FollowUpKind.CARD_EXPIRES_FIRST}
    assert "early.co.il" not in found  # the card is still valid on its charge day
    row = next(row for row in followup_list(ctx, SALES, TODAY).rows if row.service == "late.co.il")
    assert row.when == date(2027, 1, 31)
    assert row.action is FollowUpAction.REPLACE_CARD

    with ctx.db.transaction() as session:  # the services moved to the good card (as Replace does)
        good_card = session.scalars(select(Card.id).where(Card.ref == "v2")).one()
        session.execute(update(AutoRenew).values(card_id=good_card))
    assert "late.co.il" not in kinds_of(ctx)


def test_the_card_rule_is_r9s_on_many_expiries(ctx: AppContext) -> None:
    """A reference model: every active auto-renew whose card is not valid on its charge day (R9, as
    core.risk says it for every table) is listed, and no other, whatever the lead days."""
    pick = random.Random(12)
    services, cards, expected = [], [], {}
    for i in range(40):
        exp = (pick.randint(1, 12), pick.choice((2027, 2028)))  # not expired: the import takes them
        expires = TODAY + timedelta(days=pick.randint(-20, 800))
        cards.append(card(f"v{i}", exp=exp))
        services.append(domain(f"d{i}", f"site-{i}.com", expires, card_ref=f"v{i}"))
        expected[f"site-{i}.com"] = (cards[-1]["exp_month"], cards[-1]["exp_year"], expires)
    load(ctx, document([customer("c1", services, cards=cards)]))
    for lead in (0, 5):
        set_setting(ctx, ADMIN, "charge_lead_days", str(lead))
        ctx.reload_settings()
        listed = {
            row.service
            for row in followup_list(ctx, SALES, TODAY).rows
            if row.kind is FollowUpKind.CARD_EXPIRES_FIRST
        }
        model = {
            name
            for name, (month, year, expires) in expected.items()
            if card_expires_first(month, year, expires, lead)
            and expires > TODAY - timedelta(days=LAPSED_AFTER_DAYS)
        }
        assert listed == model, lead
        assert model, "the sample has cards that expire first"


def test_charges_left_to_staff_and_expired_proformas_and_given_up_mails(
    ctx: AppContext, clock: ManualClock
) -> None:
    load(
        ctx,
        document(
            [
                customer("c1", [domain("d1", "left.co.il", TODAY + timedelta(days=3))]),
                customer("c2", [domain("d2", "offer.co.il", TODAY + timedelta(days=20), enabled=False)]),
            ]
        ),
    )
    left = service_id(ctx, "left.co.il")
    now = datetime(2026, 11, 24, 9, tzinfo=UTC)
    with ctx.db.transaction() as session:
        # The import planned the charge; the due checks then left it to staff (as R18 does).
        planned = session.execute(
            update(Cycle)
            .where(Cycle.service_id == left)
            .values(status=CycleStatus.NEEDS_ATTENTION.value, reason="charge_date_passed")
        )
        assert planned.rowcount == 1  # type: ignore[attr-defined]
        mail = OutboxMessage(
            dedupe_key="t:1",
            kind="precharge_notice",
            customer_id=customer_id(ctx, "c1"),
            service_id=left,
            language="en",
            to_address="c1@example.com",
            context={},
            status=MailState.GIVEN_UP.value,
            attempts=9,
            next_attempt_at=now,
            created_at=now,
            failing_since=now - timedelta(days=3),
        )
        session.add(mail)
        session.flush()
        mail_id = mail.id
    [proforma] = issue_proformas(ctx, SALES, customer_id(ctx, "c2"), [service_id(ctx, "offer.co.il")])
    assert "offer.co.il" not in kinds_of(ctx)  # valid still
    later = TODAY + timedelta(days=ctx.settings.proforma_valid_days + 1)
    rows = {row.kind: row for row in followup_list(ctx, SALES, later).rows}

    assert rows[FollowUpKind.NEEDS_ATTENTION].reason == "charge_date_passed"
    assert rows[FollowUpKind.NEEDS_ATTENTION].action is FollowUpAction.SEND_RENEW_LINK
    assert rows[FollowUpKind.EMAIL_GIVEN_UP].outbox_id == mail_id
    assert rows[FollowUpKind.EMAIL_GIVEN_UP].action is FollowUpAction.RESEND
    expired = rows[FollowUpKind.PROFORMA_EXPIRED]
    assert expired.proforma_number == proforma.number
    assert expired.amount_minor == proforma.total_minor
    assert expired.action is FollowUpAction.RECORD_PAYMENT

    # Their causes gone: the cycle worked, the e-mail sent again, the proforma cancelled.
    with ctx.db.transaction() as session:
        session.execute(update(Cycle).values(status=CycleStatus.CHARGED.value))
        session.execute(
            update(Proforma)
            .where(Proforma.number == proforma.number)
            .values(status=ProformaStatus.CANCELLED.value)
        )
    resend(ctx, SALES, mail_id)
    assert followup_list(ctx, SALES, later).rows == ()


def test_most_urgent_first_and_lapsed_services_leave(ctx: AppContext) -> None:
    names = {
        "soon.com": 5,
        "soon-dear.co.il": 5,
        "later.com": 60,
        "lapsed.com": -LAPSED_AFTER_DAYS,
        "just.com": -3,
    }
    load(
        ctx,
        document(
            [
                customer(
                    "c1",
                    [
                        domain(f"d{i}", name, TODAY + timedelta(days=days))
                        for i, (name, days) in enumerate(names.items())
                    ],
                )
            ]
        ),
    )
    disable_recurring(ctx, SALES, customer_id(ctx, "c1"), [service_id(ctx, name) for name in names])
    order = [row.service for row in followup_list(ctx, SALES, TODAY).rows]
    # .co.il costs 59.00, .com 45.50: the dearer of the same day first.
    assert order == ["just.com", "soon-dear.co.il", "soon.com", "later.com"]


def test_send_a_renew_link_queues_the_e_mail_and_audits_it(ctx: AppContext) -> None:
    load(ctx, document([customer("c1", [domain("d1", "link.co.il", TODAY + timedelta(days=9))])]))
    queued = send_renew_link(ctx, SALES, service_id(ctx, "link.co.il"))
    with ctx.db.reading() as session:
        message = session.get(OutboxMessage, queued.outbox_id)
        assert message is not None
        assert (message.kind, message.status, message.to_address) == (RENEW_LINK, "queued", "c1@example.com")
        assert message.context["service_id"] == service_id(ctx, "link.co.il")
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "email.renew_link")).one()
        assert entry.actor == "sara"

    with pytest.raises(UseCaseError) as refused:
        send_renew_link(ctx, FINANCE, service_id(ctx, "link.co.il"))
    assert refused.value.code is ErrorCode.FORBIDDEN
    with pytest.raises(UseCaseError) as unknown:
        send_renew_link(ctx, SALES, 999_999)
    assert unknown.value.code is ErrorCode.SERVICE_NOT_FOUND
    with ctx.db.reading() as session:
        assert len(session.scalars(select(OutboxMessage).where(OutboxMessage.kind == RENEW_LINK)).all()) == 1
