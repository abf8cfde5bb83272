"""The one source of "today" and "now" for the whole program.

`--today` must move every rule to another day while leases and timestamps still advance, so the
shifted clock keeps the real time of day and only moves the date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Real time moved by whole days so that the company's today is `today`."""

    def __init__(self, today: date, zone: tzinfo, real: Clock | None = None) -> None:
        self._real = real or SystemClock()
        real_now = self._real.now()
        local = real_now.astimezone(zone)
        # The same wall-clock time on `today` in the company's zone. Whole days of UTC time would put
        # the company's date a day off near midnight when a DST change lies between the two dates.
        target = datetime.combine(today, local.time(), tzinfo=zone)
        self._offset = target.astimezone(UTC) - real_now.astimezone(UTC)

    def now(self) -> datetime:
        return self._real.now() + self._offset


class ManualClock:
    """A clock that moves only when told to: for tests and simulations of many days."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta


def company_today(clock: Clock, zone: tzinfo) -> date:
    """'Days before' are counted in the company's time zone (SPEC settings: timezone)."""
    return clock.now().astimezone(zone).date()


def zone_named(name: str) -> ZoneInfo:
    return ZoneInfo(name)
