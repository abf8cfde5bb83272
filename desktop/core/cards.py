"""Card rules: Luhn (typed numbers), brand, R19 expiry to the month's last day."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache


def normalize_number(typed: str) -> str:
    """Spaces and dashes that people type between digit groups are dropped."""
    return "".join(ch for ch in typed if ch not in " -")


def luhn_valid(number: str) -> bool:
    if not number.isascii() or not number.isdigit() or not 12 <= len(number) <= 19:
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def looks_like_card_number(text: str) -> bool:
    """A text that is a card number as people write it: 12 to 19 digits once spaces and dashes are
    dropped, passing Luhn. No token, brand, name or ref may be one (R20)."""
    return luhn_valid(normalize_number(text.strip()))


def brand_of(number: str) -> str:
    """The brand by its issuer prefix (IIN ranges published by the card schemes)."""
    two, four, six = int(number[:2]), int(number[:4]), int(number[:6])
    if number.startswith("4"):
        return "visa"
    if 51 <= two <= 55 or 222100 <= six <= 272099:
        return "mastercard"
    if two in (34, 37):
        return "amex"
    if four == 6011 or two == 65 or 644 <= int(number[:3]) <= 649:
        return "discover"
    if 3528 <= four <= 3589:
        return "jcb"
    if two in (36, 38, 39) or 300 <= int(number[:3]) <= 305:
        return "diners"
    if number.startswith("62"):
        return "unionpay"
    return "card"


@lru_cache(maxsize=4096)  # a forecast of 100,000 charges holds a few dozen distinct expiries
def valid_through(exp_month: int, exp_year: int) -> date:
    """R19: a card with expiry MM/YYYY is valid up to and including the month's last day."""
    if not 1 <= exp_month <= 12:
        raise ValueError("expiry month must be 1 to 12")
    return date(exp_year, exp_month, calendar.monthrange(exp_year, exp_month)[1])


def is_expired(exp_month: int, exp_year: int, on: date) -> bool:
    return valid_through(exp_month, exp_year) < on


def expires_before(exp_month: int, exp_year: int, charge_date: date) -> bool:
    """R9/R14: the card will not be valid on the charge date."""
    return valid_through(exp_month, exp_year) < charge_date


# Twelve to nineteen digits, optionally grouped by single spaces or dashes, not inside a longer number.
_NUMBER_LIKE = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])")


def card_number_in(text: str, *, fewest_digits: int = 12) -> str | None:
    """The last four digits of the first card number written in `text` (grouped or not, passing
    Luhn, at least `fewest_digits` long), or None. A phone field asks for 13: a 12-digit phone
    number in international form passes Luhn one time in ten, and no card scheme issues 12 digits."""
    for match in _NUMBER_LIKE.finditer(text):
        digits = normalize_number(match.group())
        if len(digits) >= fewest_digits and luhn_valid(digits):
            return digits[-4:]
    return None


def mask_card_numbers(text: str) -> str:
    """`text` with every card number in it (as people write them, passing Luhn) shown as its last four
    digits only (R20): for messages that repeat what was typed, and crash logs."""

    def masked(match: re.Match[str]) -> str:
        digits = normalize_number(match.group())
        return f"****{digits[-4:]}" if luhn_valid(digits) else match.group()

    return _NUMBER_LIKE.sub(masked, text)
