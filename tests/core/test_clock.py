"""The one injectable clock (desktop.core.clock); `--today` moves the date, not the passing of time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.clock import ManualClock, ShiftedClock, SystemClock, company_today, zone_named

JERUSALEM = ZoneInfo("Asia/Jerusalem")
MADRID = ZoneInfo("Europe/Madrid")
ZONES = [
    "UTC",
    "Asia/Jerusalem",
    "Europe/Madrid",
    "America/New_York",
    "America/Santiago",  # DST changes at midnight
    "Asia/Beirut",  # DST changes at midnight
    "Pacific/Auckland",
    "Pacific/Kiritimati",  # UTC+14
    "Pacific/Pago_Pago",  # UTC-11
    "Australia/Lord_Howe",  # half-hour DST
    "Asia/Kolkata",
]

instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
)
company_days = st.dates(min_value=date(2000, 1, 2), max_value=date(2099, 12, 30))
# Local times of day, often within an hour of midnight, where a DST change can move the date.
times_of_day = st.one_of(
    st.times(),
    st.times(min_value=time(23, 0)),
    st.times(max_value=time(0, 59, 59, 999999)),
)


# --- ManualClock ---------------------------------------------------------------------------------


def test_manual_clock_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 11, 24, 9, 0))
    clock = ManualClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    with pytest.raises(ValueError):
        clock.set(datetime(2026, 11, 25, 9, 0))
    assert clock.now() == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # unchanged by the refused set


def test_manual_clock_keeps_utc_and_moves_only_when_told() -> None:
    clock = ManualClock(datetime(2026, 11, 24, 11, 0, tzinfo=JERUSALEM))
    assert clock.now() == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
    assert clock.now() == clock.now()
    clock.advance(timedelta(minutes=90))
    assert clock.now() == datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
    clock.set(datetime(2027, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-5))))
    assert clock.now() == datetime(2027, 1, 1, 5, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.utcoffset() == timedelta(0)
    assert now.tzinfo is UTC


# --- company_today -------------------------------------------------------------------------------


def test_company_today_is_counted_in_the_company_zone() -> None:
    clock = ManualClock(datetime(2026, 11, 23, 22, 30, tzinfo=UTC))
    assert company_today(clock, UTC) == date(2026, 11, 23)
    assert company_today(clock, JERUSALEM) == date(2026, 11, 24)  # UTC+2 in November
    assert company_today(clock, ZoneInfo("America/New_York")) == date(2026, 11, 23)
    clock.set(datetime(2026, 7, 1, 21, 30, tzinfo=UTC))
    assert company_today(clock, JERUSALEM) == date(2026, 7, 2)  # UTC+3 in summer
    assert company_today(clock, MADRID) == date(2026, 7, 1)  # UTC+2 in summer


def test_zone_named() -> None:
    assert zone_named("Asia/Jerusalem") == JERUSALEM
    with pytest.raises(LookupError):
        zone_named("Mars/Base")


# --- ShiftedClock --------------------------------------------------------------------------------


def test_shifted_clock_gives_the_requested_today_and_keeps_the_time_of_day() -> None:
    real = ManualClock(datetime(2026, 11, 24, 9, 15, tzinfo=UTC))
    shifted = ShiftedClock(date(2026, 12, 1), JERUSALEM, real)
    assert company_today(shifted, JERUSALEM) == date(2026, 12, 1)
    assert shifted.now() == datetime(2026, 12, 1, 9, 15, tzinfo=UTC)
    assert shifted.now().utcoffset() == timedelta(0)


def test_shifted_clock_still_advances_with_the_real_clock() -> None:
    real = ManualClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    shifted = ShiftedClock(date(2026, 11, 16), UTC, real)
    first = shifted.now()
    real.advance(timedelta(minutes=5, seconds=3))
    assert shifted.now() - first == timedelta(minutes=5, seconds=3)
    assert company_today(shifted, UTC) == date(2026, 11, 16)
    real.advance(timedelta(days=1))
    assert company_today(shifted, UTC) == date(2026, 11, 17)  # midnight passes for the shifted clock too


def test_shifted_clock_into_the_past() -> None:
    real = ManualClock(datetime(2026, 11, 24, 23, 59, tzinfo=UTC))
    shifted = ShiftedClock(date(2020, 2, 29), UTC, real)
    assert shifted.now() == datetime(2020, 2, 29, 23, 59, tzinfo=UTC)
    real.advance(timedelta(minutes=1))
    assert company_today(shifted, UTC) == date(2020, 3, 1)


@pytest.mark.parametrize(
    ("real_local", "today"),
    [
        # Jerusalem moved to summer time on 27 March 2026; the shift crosses that change.
        (datetime(2026, 3, 30, 0, 30), date(2026, 3, 20)),
        (datetime(2026, 3, 20, 23, 30), date(2026, 3, 30)),
        # ... and back to winter time on 25 October 2026.
        (datetime(2026, 11, 2, 0, 30), date(2026, 10, 20)),
        (datetime(2026, 10, 20, 23, 30), date(2026, 11, 2)),
    ],
)
def test_shifted_clock_across_a_dst_change_near_midnight(real_local: datetime, today: date) -> None:
    real = ManualClock(real_local.replace(tzinfo=JERUSALEM))
    shifted = ShiftedClock(today, JERUSALEM, real)
    assert company_today(shifted, JERUSALEM) == today
    assert shifted.now().astimezone(JERUSALEM).time() == real_local.time()


@given(company_days, times_of_day, company_days, st.sampled_from(ZONES))
def test_shifted_clock_always_gives_the_requested_company_today(
    real_day: date, real_time: time, today: date, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    real = ManualClock(datetime.combine(real_day, real_time, tzinfo=zone))
    shifted = ShiftedClock(today, zone, real)
    assert company_today(shifted, zone) == today
    offset = shifted.now() - real.now()
    real.advance(timedelta(minutes=7))
    assert shifted.now() - real.now() == offset  # time passes at the real pace


@given(instants, company_days)
def test_in_utc_the_shift_is_whole_days(real_now: datetime, today: date) -> None:
    real = ManualClock(real_now)
    shifted = ShiftedClock(today, UTC, real)
    assert shifted.now().date() == today
    assert shifted.now().time() == real_now.time()
    assert (shifted.now() - real.now()) % timedelta(days=1) == timedelta(0)


@given(instants, company_days, st.sampled_from(ZONES))
def test_shifted_clock_keeps_the_wall_clock_time_when_that_time_exists_on_today(
    real_now: datetime, today: date, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    wall = real_now.astimezone(zone).time()
    wanted = datetime.combine(today, wall, tzinfo=zone)
    skipped = wanted.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wanted.replace(tzinfo=None)
    shifted = ShiftedClock(today, zone, ManualClock(real_now))
    if not skipped:  # not inside the hour that a spring-forward change skips
        assert shifted.now().astimezone(zone).time() == wall
