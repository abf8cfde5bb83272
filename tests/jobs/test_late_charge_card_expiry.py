"""Hostile tester, issue 14 defect 9 (R14, R18, R19): a catch-up run charged a card on 2027-03-01 that
expired with February 2027, because the card was held to the cycle's charge date (2027-02-22) instead
of the day the charge is made. A card is checked against the day it would actually be charged."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import CycleStatus
from tests.jobs.helpers import (
    card,
    cycles_of,
    domain,
    kinds,
    ledger_charges,
    load_one,
    of_type,
    outbox,
    renew_of,
    run_on,
    service,
)

DUE = date(2027, 2, 22)
CHECK = DUE - timedelta(days=15)
LATE = date(2027, 3, 1)  # seven days late: within late_charge_grace_days, after the card's last day


def _load(ctx: AppContext) -> None:
    load_one(ctx, domain("s1", "home.com", DUE), cards=[card("v1", exp=(2, 2027))])


def test_a_late_charge_is_refused_on_a_card_that_expired_before_the_day_it_is_made(
    ctx: AppContext, clock: ManualClock
) -> None:
    _load(ctx)
    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_passed", "precharge_notice_sent"]

    late = run_on(ctx, clock, LATE)

    assert ledger_charges(ctx) == []
    assert [(event.type.value, event.reason) for event in late.events] == [
        ("charge_failed", "card_expires_before_charge"),
        ("auto_renew_stopped", "card_expires_before_charge"),
    ]
    assert renew_of(ctx, "home.com").enabled is False
    assert [mail.context["reason"] for mail in outbox(ctx, "charge_failed")] == ["card_expires_before_charge"]
    assert [cycle.status for cycle in cycles_of(ctx, "home.com")] == [CycleStatus.FAILED]
    assert service(ctx, "home.com").expires_on == DUE


def test_a_missed_check_caught_up_after_the_card_expired_fails_without_a_charge(
    ctx: AppContext, clock: ManualClock
) -> None:
    _load(ctx)

    late = run_on(ctx, clock, LATE)

    assert ledger_charges(ctx) == []
    assert "charged" not in kinds(late) and of_type(late, "precharge_notice_sent") == []
    assert [event.reason for event in of_type(late, "card_check_failed")] == ["card_expires_before_charge"]
    assert renew_of(ctx, "home.com").stop_reason == "card_expires_before_charge"


def test_on_its_charge_date_a_card_valid_that_month_is_still_charged(
    ctx: AppContext, clock: ManualClock
) -> None:
    _load(ctx)
    run_on(ctx, clock, CHECK)
    assert kinds(run_on(ctx, clock, DUE)) == ["charged"]
    assert len(ledger_charges(ctx)) == 1
