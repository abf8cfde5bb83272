"""Replace card against a small reference model (R38, R27, R9): whatever the old card's services are (on,
stopped by the card for any of its reasons, switched off by staff, never on), whichever of those the
card stopped are ticked to go on again and whatever the new card's expiry, the use case moves every one
to the new card, switches on exactly the ticked ones, says the others it stopped are left off with their
reason, and flags exactly the renewing ones whose charge comes after the new card's last day."""

from __future__ import annotations

import itertools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app.cards import replace_card, replacing
from desktop.app.customers import load_account
from desktop.bootstrap import AppContext
from desktop.core.cards import valid_through
from tests.app.helpers import SALES, account, card_id, customer_id, order
from tests.conftest import TODAY
from tests.jobs.helpers import card, document, domain, load, renew_of

CARD_STOPS = ("card_verification_declined", "charge_declined", "card_expires_before_charge")
# How a service of the old card renews: on, stopped by the card (a reason), by staff, or never on.
STATES = st.sampled_from(("on", *CARD_STOPS, "staff_switched_off", "never_on"))
SERVICES = st.lists(st.tuples(STATES, st.integers(1, 500)), min_size=1, max_size=5)
EXPIRIES = st.tuples(st.integers(1, 12), st.integers(2027, 2028))
_accounts = itertools.count(1)


def _service(ref: str, name: str, state: str, days: int) -> dict[str, object]:
    built = domain(ref, name, TODAY + timedelta(days=days), enabled=state == "on")
    if state not in ("on", "never_on"):
        built["auto_renew"] = {**built["auto_renew"], "stop_reason": state}
    return built


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(services=SERVICES, expiry=EXPIRIES, ticks=st.lists(st.booleans(), min_size=5, max_size=5))
def test_replace_card_does_what_the_model_says(
    ctx: AppContext, services: list[tuple[str, int]], expiry: tuple[int, int], ticks: list[bool]
) -> None:
    ref = f"c{next(_accounts)}"
    names = [f"{ref}-s{i}.co.il" for i in range(len(services))]
    load(
        ctx,
        document(
            [
                account(
                    ref,
                    [
                        _service(f"{ref}-s{i}", name, state, days)
                        for i, (name, (state, days)) in enumerate(zip(names, services, strict=True))
                    ],
                    cards=[card("v1"), card("v2", number="5555555555554444", exp=expiry)],
                    orders=[order(f"{ref}-s0")],
                )
            ]
        ),
    )
    customer, v1, v2 = customer_id(ctx, ref), card_id(ctx, ref, "v1"), card_id(ctx, ref, "v2")
    state_of = dict(zip(names, (state for state, _ in services), strict=True))
    days_of = dict(zip(names, (days for _, days in services), strict=True))
    by_card = {name for name, state in state_of.items() if state in CARD_STOPS}
    ticked = {name for name, tick in zip(sorted(by_card), ticks, strict=False) if tick}
    plan = replacing(load_account(ctx, SALES, customer), v1)
    assert {service.name for service in plan.stopped_by_card} == by_card

    done = replace_card(
        ctx, SALES, customer, v1, v2, switch_on=[s.id for s in plan.stopped_by_card if s.name in ticked]
    )

    last_day = valid_through(*expiry)
    renewing = {name for name, state in state_of.items() if state == "on"} | ticked
    assert sorted(done.moved) == sorted(names)
    assert done.switched_on == tuple(sorted(ticked))
    assert done.left_off == tuple((name, state_of[name]) for name in sorted(by_card - ticked))
    assert done.expires_first == tuple(
        name for name in sorted(renewing) if TODAY + timedelta(days=days_of[name]) > last_day
    )
    for name in names:
        renew = renew_of(ctx, name)
        assert renew.card_id == v2
        assert renew.enabled == (name in renewing)
        kept = None if state_of[name] in ("on", "never_on") or name in ticked else state_of[name]
        assert renew.stop_reason == kept
