"""Money and dates for people, in the interface's language. Money comes as integer minor units and
never passes through a float; Spanish dates keep four-digit years."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache, partial

from desktop.core import bidi, display
from desktop.core.addresses import readable_address
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
    """Keeps card digits or a reference whole in any language (a Hebrew domain scrambles even inside
    English text, so this is not only for Hebrew)."""
    return bidi.ltr(text, _rtl())


def name(text: str) -> str:
    """A person's or company's name, or a date written in the window's language, inside text of
    either direction: it keeps its own direction (first strong), never forced left to right."""
    return bidi.first_strong(text, _rtl())


def domain(name: str) -> str:
    """A domain name kept whole: labels left to right, a Hebrew label read right to left."""
    return bidi.domain(name, _rtl())


def domain_former() -> Callable[[str], str]:
    """`domain` in the window's direction of this moment, asked once (a table of 50,000 domains forms
    the ones it shows later, in the direction it was prepared in)."""
    return partial(bidi.domain, rtl_context=_rtl())


def email(address: str) -> str:
    """An e-mail address whole in right-to-left text, its international domain in its own letters."""
    return bidi.email(readable_address(address), _rtl())


def card_label(brand: str, last4: str, exp_month: int | None = None, exp_year: int | None = None) -> str:
    """ "Visa •••• 4242  12/2030" (desktop.core.display.card_text), one left-to-right run in any
    window."""
    return bidi.ltr(display.card_text(brand, last4, exp_month, exp_year), _rtl())


def _rtl() -> bool:
    return current_language() == "he"


def moment(value: datetime | None) -> str:
    """A point in time in this workstation's own time zone: the day as the language writes it, and
    the time on a 24-hour clock."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{_day(local.date(), current_language())} {local:%H:%M}"


def clock_time(value: datetime | None) -> str:
    return "" if value is None else f"{value.astimezone():%H:%M}"
