"""R11-R13 and month arithmetic (desktop.core.periods)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.periods import (
    DOMAIN_PERIODS,
    HOSTING_PERIODS,
    MAX_INSTALLMENTS,
    ServiceKind,
    add_months,
    aligned_period,
    default_installments,
    is_allowed_period,
    max_installments,
    nearest_hosting_period,
    nearest_installments,
)

# Far enough from year 1 and 9999 that +-100 years of months always stays a valid date.
days = st.dates(min_value=date(1700, 1, 1), max_value=date(2300, 12, 31))
month_counts = st.integers(min_value=-1200, max_value=1200)
hosting_periods = st.sampled_from(HOSTING_PERIODS)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# --- add_months: examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # clamped to the end of February
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2100, 1, 31), 1, date(2100, 2, 28)),  # century, not a leap year
        (date(2000, 1, 31), 1, date(2000, 2, 29)),  # divisible by 400: leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 2, 29), -12, date(2023, 2, 28)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),  # year end
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),  # back over the year end
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2028, 3, 31), -1, date(2028, 2, 29)),
        (date(2026, 1, 10), -13, date(2024, 12, 10)),
        (date(2026, 5, 17), 36, date(2029, 5, 17)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months_examples(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_out_of_the_calendar_raises() -> None:
    with pytest.raises(ValueError):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(ValueError):
        add_months(date(1, 1, 1), -1)


# --- add_months: properties -----------------------------------------------------------------------


@given(days, month_counts)
def test_add_months_moves_the_month_index_exactly(start: date, months: int) -> None:
    assert month_index(add_months(start, months)) == month_index(start) + months


@given(days, month_counts)
def test_add_months_keeps_the_day_or_clamps_it_to_the_last_day(start: date, months: int) -> None:
    result = add_months(start, months)
    assert result.day <= start.day
    assert result.day == min(start.day, last_day(result.year, result.month))
    if result.day < start.day:
        # Only ever clamped, and then to the very last day of the month.
        assert (result + timedelta(days=1)).day == 1


@given(days)
def test_adding_zero_months_is_the_identity(start: date) -> None:
    assert add_months(start, 0) == start


@given(days, month_counts, month_counts)
def test_composition_is_exact_when_the_day_exists_in_every_month(start: date, a: int, b: int) -> None:
    start = start.replace(day=min(start.day, 28))
    assert add_months(add_months(start, a), b) == add_months(start, a + b)
    assert add_months(start, a).day == start.day


@given(days, month_counts, month_counts)
def test_composition_never_goes_past_the_direct_sum(start: date, a: int, b: int) -> None:
    """Clamping can only lose days: two steps land in the same month as one, on the same day or before."""
    stepwise = add_months(add_months(start, a), b)
    direct = add_months(start, a + b)
    assert month_index(stepwise) == month_index(direct)
    assert stepwise <= direct


def test_composition_is_not_exact_for_late_days() -> None:
    # The reason the property above is "<=" and not "==".
    assert add_months(add_months(date(2026, 1, 31), 1), 1) == date(2026, 3, 28)
    assert add_months(date(2026, 1, 31), 2) == date(2026, 3, 31)


@given(days, month_counts)
def test_going_there_and_back_never_overshoots(start: date, months: int) -> None:
    back = add_months(add_months(start, months), -months)
    assert back <= start
    assert month_index(back) == month_index(start)
    if start.day <= 28:
        assert back == start


@given(days, days, month_counts)
def test_add_months_keeps_the_order_of_days(first: date, second: date, months: int) -> None:
    low, high = sorted((first, second))
    assert add_months(low, months) <= add_months(high, months)


@given(days, st.integers(min_value=1, max_value=1200))
def test_adding_positive_months_moves_forward(start: date, months: int) -> None:
    assert add_months(start, months) > start
    assert add_months(start, -months) < start


# --- R11/R13: the nearest allowed hosting period -------------------------------------------------


@given(st.integers(min_value=1, max_value=10_000))
def test_nearest_hosting_period_is_allowed_closest_and_ties_go_shorter(months: int) -> None:
    result = nearest_hosting_period(months)
    assert result in (3, 12, 24, 36)
    for other in HOSTING_PERIODS:
        assert abs(result - months) <= abs(other - months)
        if abs(other - months) == abs(result - months):
            assert result <= other


@given(hosting_periods)
def test_nearest_hosting_period_keeps_an_allowed_period(months: int) -> None:
    assert nearest_hosting_period(months) == months


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (1, 3),
        (6, 3),
        (7, 3),
        (8, 12),
        (18, 12),  # tie between 12 and 24: the shorter
        (19, 24),
        (30, 24),  # tie between 24 and 36: the shorter
        (31, 36),
        (48, 36),
        (120, 36),
    ],
)
def test_nearest_hosting_period_examples(months: int, expected: int) -> None:
    assert nearest_hosting_period(months) == expected


@pytest.mark.parametrize("months", [0, -1, -12])
def test_nearest_hosting_period_refuses_non_positive_periods(months: int) -> None:
    with pytest.raises(ValueError):
        nearest_hosting_period(months)


# --- R11/R12: installments -----------------------------------------------------------------------


def test_the_most_installments_per_period_are_those_of_r11() -> None:
    assert MAX_INSTALLMENTS == {3: 1, 12: 3, 24: 5, 36: 7}
    assert HOSTING_PERIODS == (3, 12, 24, 36)
    for period, most in {3: 1, 12: 3, 24: 5, 36: 7}.items():
        assert max_installments(ServiceKind.HOSTING, period) == most
        assert default_installments(ServiceKind.HOSTING, period) == most


@given(hosting_periods, st.integers(min_value=-100, max_value=100))
def test_nearest_installments_is_within_range_and_closest(period: int, asked: int) -> None:
    most = MAX_INSTALLMENTS[period]
    result = nearest_installments(ServiceKind.HOSTING, period, asked)
    assert 1 <= result <= most
    assert all(abs(result - asked) <= abs(allowed - asked) for allowed in range(1, most + 1))


@given(hosting_periods, st.data())
def test_nearest_installments_keeps_an_allowed_value(period: int, data: st.DataObject) -> None:
    asked = data.draw(st.integers(min_value=1, max_value=MAX_INSTALLMENTS[period]))
    assert nearest_installments(ServiceKind.HOSTING, period, asked) == asked


@pytest.mark.parametrize(
    ("period", "asked", "expected"),
    [(3, 3, 1), (12, 12, 3), (24, 6, 5), (36, 12, 7), (36, 0, 1), (12, -2, 1), (24, 5, 5)],
)
def test_nearest_installments_examples(period: int, asked: int, expected: int) -> None:
    assert nearest_installments(ServiceKind.HOSTING, period, asked) == expected


@given(st.sampled_from(DOMAIN_PERIODS), st.integers(min_value=-10, max_value=100))
def test_a_domain_always_renews_in_one_payment(period: int, asked: int) -> None:
    assert nearest_installments(ServiceKind.DOMAIN, period, asked) == 1
    assert max_installments(ServiceKind.DOMAIN, period) == 1
    assert default_installments(ServiceKind.DOMAIN, period) == 1


@pytest.mark.parametrize("period", [0, 1, 6, 18, 48])
def test_installments_of_a_period_that_hosting_does_not_allow_raise(period: int) -> None:
    with pytest.raises(ValueError):
        max_installments(ServiceKind.HOSTING, period)
    with pytest.raises(ValueError):
        nearest_installments(ServiceKind.HOSTING, period, 1)


# --- allowed and aligned periods ----------------------------------------------------------------


def test_allowed_periods_per_kind() -> None:
    assert DOMAIN_PERIODS == (12, 24, 36, 48, 60, 72, 84, 96, 108, 120)
    assert [m for m in range(0, 130) if is_allowed_period(ServiceKind.HOSTING, m)] == [3, 12, 24, 36]
    assert [m for m in range(0, 130) if is_allowed_period(ServiceKind.DOMAIN, m)] == list(DOMAIN_PERIODS)


@given(st.integers(min_value=1, max_value=240))
def test_aligned_period_follows_r13(months: int) -> None:
    assert aligned_period(ServiceKind.HOSTING, months) == nearest_hosting_period(months)
    # R12: a domain keeps the period it was bought for.
    assert aligned_period(ServiceKind.DOMAIN, months) == months
