"""Money and dates for people, in the interface's language. Money comes as integer minor units and
never passes through a float; Spanish dates keep four-digit years."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from desktop.core import display
from desktop.ui.application import current_language

FSI, PDI = "\u2068", "\u2069"


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    return _money(minor, currency, current_language())


def day(value: date | None) -> str:
    if value is None:
        return ""
    return _day(value, current_language())


# A table of 50,000 services has a few hundred distinct dates and prices: each is formatted once.
@lru_cache(maxsize=4096)
def _money(minor: int, currency: str, language: str) -> str:
    return display.money_text(minor, currency, language)


@lru_cache(maxsize=4096)
def _day(value: date, language: str) -> str:
    return display.date_text(value, language, "medium")


def ltr(text: str) -> str:
    """Keeps a domain, an e-mail address or card digits whole inside right-to-left text."""
    return f"{FSI}{text}{PDI}" if current_language() == "he" else text


def card_label(brand: str, last4: str, exp_month: int, exp_year: int) -> str:
    return ltr(f"{brand.title()} •••• {last4}  {exp_month:02d}/{exp_year}")


def moment(value: datetime | None) -> str:
    """A point in time in this workstation's own time zone: the day as the language writes it, and
    the time on a 24-hour clock."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{_day(local.date(), current_language())} {local:%H:%M}"


def clock_time(value: datetime | None) -> str:
    return "" if value is None else f"{value.astimezone():%H:%M}"
