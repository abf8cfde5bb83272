"""Switching auto-renew off while its charge is being made (hostile test 14, defect 3): `recurring off`
said "on -> off" while a due run was charging the card; the charge went through, the service was
renewed, and the customer was told "auto-renew switched off, renew now" and then sent the receipt.
A switch-off under a charge (or under a run's lease of the cycle) is refused and changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from desktop.app.errors import UseCaseError
from desktop.app.recurring import disable_recurring, save_service
from desktop.bootstrap import AppContext
from desktop.cli.messages import describe
from desktop.core.clock import ManualClock
from desktop.core.codes import ErrorCode
from desktop.jobs.due_engine import DueResult
from desktop.jobs.leases import THIS_HOST, new_owner
from desktop.store.models import Cycle
from tests.app.helpers import SALES, customer_id, outbox_rows, renew_states, service_id
from tests.jobs.helpers import (
    card,
    customer,
    cycles_of,
    document,
    domain,
    kinds,
    ledger_charges,
    load,
    run_on,
)
from tests.support.gated_gateway import gate_charges

EXPIRY = date(2026, 12, 16)
CHECK = EXPIRY - timedelta(days=15)


@pytest.fixture
def dana(ctx: AppContext, clock: ManualClock) -> int:
    load(ctx, document([customer("dana", [domain("s1", "levi.co.il", EXPIRY)], cards=[card("v1")])]))
    assert kinds(run_on(ctx, clock, CHECK)) == ["card_check_passed", "precharge_notice_sent"]
    return customer_id(ctx, "dana")


def _switch_off_ways(ctx: AppContext, dana: int) -> list[Callable[[], object]]:
    sid = service_id(ctx, "levi.co.il")
    return [
        lambda: disable_recurring(ctx, SALES, dana, [sid]),
        lambda: save_service(ctx, SALES, sid, on=False, card_id=None, contact_id=None),
    ]


def _refused_changing_nothing(ctx: AppContext, work: Callable[[], object]) -> UseCaseError:
    before, mails = renew_states(ctx), len(outbox_rows(ctx))
    with pytest.raises(UseCaseError) as refused:
        work()
    assert renew_states(ctx) == before
    assert len(outbox_rows(ctx)) == mails, "no 'auto-renew switched off' e-mail"
    return refused.value


def test_switching_off_while_the_card_is_being_charged_is_refused(
    ctx: AppContext, clock: ManualClock, dana: int
) -> None:
    gated = gate_charges(ctx)
    done: dict[str, DueResult | BaseException] = {}

    def charge_day() -> None:
        try:
            done["run"] = run_on(ctx, clock, EXPIRY)
        except BaseException as exc:  # asserted below
            done["run"] = exc

    running = threading.Thread(target=charge_day)
    running.start()
    try:
        assert gated.entered.wait(20), "the charge reached the gateway"
        for work in _switch_off_ways(ctx, dana):
            error = _refused_changing_nothing(ctx, work)
            assert error.code is ErrorCode.CHARGE_UNDER_WAY_NOT_SWITCHED_OFF
            assert error.params == {"services": ["levi.co.il"]}
            assert "levi.co.il is under way" in describe(error)
            assert "not switched off" in describe(error)
    finally:
        gated.gate.set()
        running.join(30)
    run = done["run"]
    assert isinstance(run, DueResult), run
    assert kinds(run) == ["charged"]
    assert [row["outcome"] for row in ledger_charges(ctx)] == ["succeeded"]

    # The charge made, the run gone: switching off is the next year's, and it is said.
    assert disable_recurring(ctx, SALES, dana, [service_id(ctx, "levi.co.il")]) == 1
    [stopped] = outbox_rows(ctx, "stopped_by_staff")
    assert stopped.context["expires_on"] == "2027-12-16"


def _lease(ctx: AppContext, owner: str, clock: ManualClock) -> None:
    with ctx.db.transaction() as session:
        session.execute(
            update(Cycle).values(lease_owner=owner, lease_until=clock.now() + timedelta(minutes=5))
        )


def test_switching_off_a_cycle_a_live_run_holds_is_refused(
    ctx: AppContext, clock: ManualClock, dana: int
) -> None:
    _lease(ctx, new_owner("front-desk"), clock)  # this process: alive

    for work in _switch_off_ways(ctx, dana):
        assert _refused_changing_nothing(ctx, work).code is ErrorCode.CHARGE_UNDER_WAY_NOT_SWITCHED_OFF


def test_a_lease_of_a_run_that_died_or_ran_out_does_not_hold_a_switch_off(
    ctx: AppContext, clock: ManualClock, dana: int
) -> None:
    _lease(ctx, f"{THIS_HOST}:999999999:deadbeef:front-desk", clock)  # no such process

    assert disable_recurring(ctx, SALES, dana, [service_id(ctx, "levi.co.il")]) == 1
    assert len(outbox_rows(ctx, "stopped_by_staff")) == 1


def test_a_charge_whose_outcome_is_unknown_holds_a_switch_off_until_it_is_settled(
    ctx: AppContext, clock: ManualClock, dana: int
) -> None:
    """A run that died after asking the gateway left the cycle `charging`: the card may have been
    charged, so "off" would not be true until the next run settles it."""
    with ctx.db.transaction() as session:
        session.execute(update(Cycle).values(status="charging"))
    [way, *_] = _switch_off_ways(ctx, dana)

    assert _refused_changing_nothing(ctx, way).code is ErrorCode.CHARGE_UNDER_WAY_NOT_SWITCHED_OFF
    assert [cycle.status for cycle in cycles_of(ctx, "levi.co.il")] == ["charging"]
