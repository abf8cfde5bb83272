"""When due checks fall and how missed work is caught up (R14, R16, R18)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.due_dates import (
    ChargeDecision,
    DueWork,
    WorkKind,
    catch_up_order,
    charge_date,
    charge_decision,
    check_date,
    check_is_due,
    latest_expiry_due,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
lead_days = st.integers(min_value=0, max_value=60)
check_days = st.integers(min_value=0, max_value=90)
grace_days = st.integers(min_value=0, max_value=60)


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expires_on", "lead", "expected"),
    [
        (date(2026, 12, 1), 0, date(2026, 12, 1)),  # default: the charge is on the expiry date
        (date(2026, 12, 1), 3, date(2026, 11, 28)),
        (date(2027, 1, 2), 5, date(2026, 12, 28)),
        (date(2028, 3, 1), 1, date(2028, 2, 29)),
    ],
)
def test_charge_date_is_expiry_minus_lead_days(expires_on: date, lead: int, expected: date) -> None:
    assert charge_date(expires_on, lead) == expected


@pytest.mark.parametrize(
    ("charge_on", "before", "expected"),
    [
        (date(2026, 12, 1), 15, date(2026, 11, 16)),
        (date(2026, 12, 1), 0, date(2026, 12, 1)),
        (date(2027, 1, 10), 15, date(2026, 12, 26)),
        (date(2028, 3, 10), 15, date(2028, 2, 24)),
        (date(2027, 3, 10), 15, date(2027, 2, 23)),
    ],
)
def test_check_date_is_days_before_the_charge(charge_on: date, before: int, expected: date) -> None:
    assert check_date(charge_on, before) == expected


@given(days, lead_days, check_days)
def test_check_and_charge_dates_are_plain_day_differences(expires_on: date, lead: int, before: int) -> None:
    charge_on = charge_date(expires_on, lead)
    assert (expires_on - charge_on).days == lead
    assert (charge_on - check_date(charge_on, before)).days == before


@given(days, days, lead_days, check_days)
def test_latest_expiry_due_bounds_exactly_the_services_with_due_work(
    today: date, expires_on: date, lead: int, before: int
) -> None:
    """Some work of a service is due by today (its check date has come) iff it expires by the bound."""
    check_on = check_date(charge_date(expires_on, lead), before)
    assert (check_on <= today) is (expires_on <= latest_expiry_due(today, lead, before))


def test_latest_expiry_due_example() -> None:
    assert latest_expiry_due(date(2026, 11, 16), 0, 15) == date(2026, 12, 1)
    assert latest_expiry_due(date(2026, 12, 20), 2, 15) == date(2027, 1, 6)


# --- R18: charge decision ------------------------------------------------------------------------

CHARGE_ON = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 16), ChargeDecision.NOT_YET),
        (date(2026, 11, 30), ChargeDecision.NOT_YET),  # the day before
        (date(2026, 12, 1), ChargeDecision.CHARGE),  # on the day
        (date(2026, 12, 2), ChargeDecision.CHARGE),
        (date(2026, 12, 8), ChargeDecision.CHARGE),  # 7 days late: still within the grace
        (date(2026, 12, 9), ChargeDecision.NEEDS_ATTENTION),  # 8 days late
        (date(2027, 6, 1), ChargeDecision.NEEDS_ATTENTION),
    ],
)
def test_charge_decision_with_the_default_grace(today: date, expected: ChargeDecision) -> None:
    assert charge_decision(CHARGE_ON, today, 7) is expected


def test_charge_decision_without_grace() -> None:
    assert charge_decision(CHARGE_ON, CHARGE_ON, 0) is ChargeDecision.CHARGE
    assert charge_decision(CHARGE_ON, CHARGE_ON + timedelta(days=1), 0) is ChargeDecision.NEEDS_ATTENTION


@given(days, st.integers(min_value=-400, max_value=400), grace_days)
def test_charge_decision_by_days_late(charge_on: date, late: int, grace: int) -> None:
    decision = charge_decision(charge_on, charge_on + timedelta(days=late), grace)
    if late < 0:
        assert decision is ChargeDecision.NOT_YET
    elif late <= grace:
        assert decision is ChargeDecision.CHARGE
    else:
        assert decision is ChargeDecision.NEEDS_ATTENTION


def test_charge_decision_values_are_the_json_words() -> None:
    assert [d.value for d in ChargeDecision] == ["not_yet", "charge", "needs_attention"]


# --- R14/R18: check window -----------------------------------------------------------------------


def test_check_is_due_window_with_the_default_15_days() -> None:
    assert not check_is_due(CHARGE_ON, date(2026, 11, 15), 15, 7)
    assert check_is_due(CHARGE_ON, date(2026, 11, 16), 15, 7)  # the check date
    assert check_is_due(CHARGE_ON, date(2026, 11, 25), 15, 7)  # a missed check, done late
    assert check_is_due(CHARGE_ON, CHARGE_ON, 15, 7)  # still on the charge date
    # A charge caught up within the grace days is checked and announced before it is made.
    assert check_is_due(CHARGE_ON, date(2026, 12, 2), 15, 7)
    assert check_is_due(CHARGE_ON, date(2026, 12, 8), 15, 7)
    assert not check_is_due(CHARGE_ON, date(2026, 12, 9), 15, 7)  # beyond grace: left to staff


grace_days = st.integers(min_value=0, max_value=30)


@given(days, st.integers(min_value=-200, max_value=200), check_days, grace_days)
def test_check_is_due_from_its_date_while_the_cycle_can_be_charged(
    charge_on: date, offset: int, before: int, grace: int
) -> None:
    today = charge_on + timedelta(days=offset)
    assert check_is_due(charge_on, today, before, grace) is (-before <= offset <= grace)


# --- R18: catch-up order -------------------------------------------------------------------------


def test_work_kinds_order_settle_then_check_then_charge() -> None:
    assert WorkKind.SETTLE < WorkKind.CHECK < WorkKind.CHARGE


def test_catch_up_order_example() -> None:
    d1, d2, d3 = date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)
    expected = [
        DueWork(d1, WorkKind.SETTLE, 9),
        DueWork(d1, WorkKind.CHECK, 2),
        DueWork(d1, WorkKind.CHECK, 5),
        DueWork(d1, WorkKind.CHARGE, 1),
        DueWork(d2, WorkKind.SETTLE, 3),
        DueWork(d2, WorkKind.CHARGE, 4),
        DueWork(d3, WorkKind.CHECK, 1),
    ]
    shuffled = expected[::-1]
    random.Random(4).shuffle(shuffled)
    before = list(shuffled)
    assert catch_up_order(shuffled) == expected
    assert shuffled == before  # the caller's list is left alone


work_items = st.builds(DueWork, days, st.sampled_from(WorkKind), st.integers(min_value=1, max_value=10**6))


@given(st.lists(work_items, max_size=40))
def test_catch_up_order_is_by_date_then_kind(work: list[DueWork]) -> None:
    ordered = catch_up_order(work)
    assert sorted(ordered, key=repr) == sorted(work, key=repr)  # the same items, none lost or added
    for earlier, later in pairwise(ordered):
        assert (earlier.on, earlier.kind) <= (later.on, later.kind)
