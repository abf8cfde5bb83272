"""Replace card after the old card failed (R38, R27, R8, R9, R41): the services the old card's failure
stopped are offered to be switched on again with the new card in the same step; those left off are no
longer offered "replace the card" by the follow-up list (the card was replaced: what is left is to
switch them on); the new card expiring before a charge is flagged (R9)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.app.cards import expiring_first, remove_card, replace_card, replacing
from desktop.app.config import set_setting
from desktop.app.customers import load_account
from desktop.app.errors import UseCaseError
from desktop.app.followup import FollowUpRow, followup_list
from desktop.app.recurring import change_service_settings
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import CycleStatus, ErrorCode, FollowUpAction, FollowUpKind
from tests.app.helpers import (
    SALES,
    account,
    audit_rows,
    card_id,
    customer_id,
    order,
    outbox_rows,
    renew_states,
    service_id,
)
from tests.conftest import TODAY
from tests.jobs.helpers import (
    BOTH_DECLINED,
    card,
    cycles_of,
    document,
    domain,
    load,
    of_type,
    renew_of,
    run_on,
)
from tests.support.actors import TEST_ADMIN

SOON = TODAY + timedelta(days=11)  # its card check is due today: the declined card stops it
LATER = date(2027, 6, 1)


@pytest.fixture
def failed(ctx: AppContext, clock: ManualClock) -> int:
    """Dana's card v1 is declined by the gateway: today's due run stops levi.co.il
    (card_verification_declined); levi.org renews later on v1; levi.net was switched off by staff.
    v2 is good to 12/2030, v3 good to 01/2027. The next morning she calls with a new card."""
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [
                        domain("d1", "levi.co.il", SOON),
                        domain("d2", "levi.org", LATER),
                        domain("d3", "levi.net", LATER, enabled=False),
                    ],
                    cards=[card("v1", number=BOTH_DECLINED), card("v2"), card("v3", exp=(1, 2027))],
                    orders=[order("d1"), order("d2")],
                ),
                account("ana", [domain("a1", "ana.co.il", LATER)], name="Ana Gil", cards=[card("v1")]),
            ]
        ),
    )
    run_on(ctx, clock, TODAY)
    assert renew_of(ctx, "levi.co.il").stop_reason == "card_verification_declined"
    clock.set(clock.now() + timedelta(days=1))
    return customer_id(ctx, "dana")


def _stopped_row(ctx: AppContext, name: str) -> FollowUpRow | None:
    rows = followup_list(ctx, SALES).rows
    return next(
        (row for row in rows if row.kind is FollowUpKind.AUTO_RENEW_STOPPED and row.service == name), None
    )


def test_the_dialog_and_the_command_are_offered_the_services_the_card_stopped(
    ctx: AppContext, failed: int
) -> None:
    plan = replacing(load_account(ctx, SALES, failed), card_id(ctx, "dana", "v1"))

    assert [service.name for service in plan.moving] == ["levi.co.il", "levi.net", "levi.org"]
    assert [service.name for service in plan.renewing] == ["levi.org"]
    # levi.net was switched off by staff: not the card's doing, not offered.
    assert [service.name for service in plan.stopped_by_card] == ["levi.co.il"]


def test_replace_leaving_them_off_says_so_and_the_follow_up_offers_switching_on_not_replacing(
    ctx: AppContext, failed: int
) -> None:
    before = _stopped_row(ctx, "levi.co.il")
    assert before is not None and before.action is FollowUpAction.REPLACE_CARD

    done = replace_card(ctx, SALES, failed, card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2"))

    assert done.switched_on == ()
    assert done.left_off == (("levi.co.il", "card_verification_declined"),)
    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason, renew.card_id) == (
        False,
        "card_verification_declined",
        card_id(ctx, "dana", "v2"),
    )
    after = _stopped_row(ctx, "levi.co.il")
    assert after is not None  # still stopped: it stays on the list, saying what is left to do
    assert after.actions == (FollowUpAction.SWITCH_ON_AGAIN, FollowUpAction.SEND_RENEW_LINK)


def test_replace_switching_them_on_again_opens_their_cycle_with_the_new_card(
    ctx: AppContext, clock: ManualClock, failed: int
) -> None:
    v1, v2 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2")
    stopped = replacing(load_account(ctx, SALES, failed), v1).stopped_by_card
    notices = len(outbox_rows(ctx, "precharge_notice"))

    done = replace_card(ctx, SALES, failed, v1, v2, switch_on=[service.id for service in stopped])

    assert done.switched_on == ("levi.co.il",) and done.left_off == () and done.expires_first == ()
    renew = renew_of(ctx, "levi.co.il")
    assert (renew.enabled, renew.stop_reason, renew.stopped_at, renew.card_id) == (True, None, None, v2)
    assert not renew_of(ctx, "levi.net").enabled  # staff's switch-off is kept
    [cycle] = [cycle for cycle in cycles_of(ctx, "levi.co.il") if cycle.charge_on == SOON]
    assert cycle.status == CycleStatus.OPEN.value  # opened again (R29)
    # The next due run checks the new card and announces the charge (R14, R15).
    checked = run_on(ctx, clock, TODAY + timedelta(days=1))
    assert [event.service for event in of_type(checked, "card_check_passed")] == ["levi.co.il"]
    assert len(outbox_rows(ctx, "precharge_notice")) == notices + 1
    [entry] = audit_rows(ctx, "auto_renew.enabled")
    assert entry.actor == "sara"
    assert (entry.before or {})["stop_reason"] == "card_verification_declined"
    assert (entry.before or {})["card_id"] == v1
    assert entry.after == {**(entry.before or {}), "enabled": True, "card_id": v2, "stop_reason": None}
    assert _stopped_row(ctx, "levi.co.il") is None


def test_the_new_card_expiring_before_a_charge_is_flagged_in_the_plan_and_the_result(
    ctx: AppContext, failed: int
) -> None:
    v1, v3 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v3")
    account_ = load_account(ctx, SALES, failed)
    plan = replacing(account_, v1)
    renewing = [*plan.renewing, *plan.stopped_by_card]

    # R9 as the dialog asks it before Replace: levi.org (June 2027), not levi.co.il (December 2026).
    assert [service.name for service in expiring_first(account_, renewing, 1, 2027)] == ["levi.org"]
    assert expiring_first(account_, renewing, 12, 2030) == ()

    done = replace_card(
        ctx, SALES, failed, v1, v3, switch_on=[service.id for service in plan.stopped_by_card]
    )

    assert done.expires_first == ("levi.org",) and done.switched_on == ("levi.co.il",)


def _state(ctx: AppContext) -> tuple[Any, ...]:
    return renew_states(ctx), len(audit_rows(ctx)), len(outbox_rows(ctx))


def test_switching_on_a_service_the_card_did_not_stop_is_refused_and_nothing_changes(
    ctx: AppContext, failed: int
) -> None:
    v1, v2 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v2")
    account_ = load_account(ctx, SALES, failed)
    by_name = {service.name: service.id for service in account_.services}
    before = _state(ctx)

    with pytest.raises(UseCaseError) as staff_off:
        replace_card(ctx, SALES, failed, v1, v2, switch_on=[by_name["levi.co.il"], by_name["levi.net"]])
    assert staff_off.value.code is ErrorCode.CHANGED_MEANWHILE
    assert staff_off.value.params == {"services": ["levi.net"]}

    ana = load_account(ctx, SALES, customer_id(ctx, "ana")).services[0].id
    with pytest.raises(UseCaseError) as foreign:
        replace_card(ctx, SALES, failed, v1, v2, switch_on=[ana])
    assert foreign.value.code is ErrorCode.SERVICE_NOT_IN_ACCOUNT

    assert _state(ctx) == before
    assert renew_of(ctx, "levi.co.il").card_id == v1


def test_removing_the_card_moving_its_services_to_one_expiring_first_is_flagged(
    ctx: AppContext, failed: int
) -> None:
    v1, v3 = card_id(ctx, "dana", "v1"), card_id(ctx, "dana", "v3")

    done = remove_card(ctx, SALES, failed, v1, move_to=v3)

    assert done.expires_first == ("levi.org",)  # renewing in June on a card that ends in January
    assert renew_of(ctx, "levi.org").card_id == v3


def test_r9_counts_the_charge_date_with_the_lead_days_as_the_due_checks_do(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "eve",
                    [domain("e1", "eve.co.il", date(2027, 2, 5))],
                    name="Eve Adler",
                    cards=[card("v1"), card("v2", exp=(1, 2027))],
                    orders=[order("e1")],
                )
            ]
        ),
    )
    eve, v1, v2 = customer_id(ctx, "eve"), card_id(ctx, "eve", "v1"), card_id(ctx, "eve", "v2")
    plain = load_account(ctx, SALES, eve)
    # Charged on its expiry, February 5th: the card ends on January 31st.
    assert [service.name for service in expiring_first(plain, plain.services, 1, 2027)] == ["eve.co.il"]

    set_setting(ctx, TEST_ADMIN, "charge_lead_days", "10")  # charged on January 26th: the card lasts

    led = load_account(ctx, SALES, eve)
    assert expiring_first(led, led.services, 1, 2027) == ()
    assert replace_card(ctx, SALES, eve, v1, v2).expires_first == ()


def test_a_service_stopped_for_want_of_a_card_offers_switching_on_once_a_good_card_is_named(
    ctx: AppContext, failed: int
) -> None:
    v2 = card_id(ctx, "dana", "v2")
    remove_card(ctx, SALES, failed, card_id(ctx, "dana", "v1"), stop=True)  # levi.org: card_removed
    stopped = _stopped_row(ctx, "levi.org")
    assert stopped is not None and stopped.action is FollowUpAction.REPLACE_CARD

    # A card saved before the stop is named on the service's own page, auto-renew still off.
    change_service_settings(ctx, SALES, service_id(ctx, "levi.org"), card_id=v2, contact_id=None)

    named = _stopped_row(ctx, "levi.org")
    assert named is not None and named.action is FollowUpAction.SWITCH_ON_AGAIN
    assert renew_of(ctx, "levi.org").card_id == v2 and not renew_of(ctx, "levi.org").enabled
