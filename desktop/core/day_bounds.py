"""The days the program works with. Date arithmetic runs years past a day (periods of up to ten
years, forecasts, catch-up), so a day near year 1 or 9999 ends in an overflow far from where it was
typed; such days are refused where they enter, with these bounds in the message."""

from __future__ import annotations

from datetime import date

# `--today`: the day a run acts on.
TODAY_FIRST = date(2000, 1, 1)
TODAY_LAST = date(2199, 12, 31)
# Days in data (expiry dates, orders, stops): older orders are kept, but nothing beyond TODAY_LAST.
DATA_FIRST = date(1970, 1, 1)
DATA_LAST = TODAY_LAST
# `upcoming --days`: about ten years ahead, the longest period a service renews for.
MAX_FORECAST_DAYS = 3660


def within(day: date, first: date, last: date) -> bool:
    return first <= day <= last
