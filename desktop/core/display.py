"""Amounts and dates for people, in a language's conventions (Babel's CLDR data). Money comes as
integer minor units and never passes through a float. The e-mails and the windows both use this."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from desktop.core.locales import LOCALES
from desktop.core.money import minor_digits

__all__ = ["LOCALES", "date_text", "money_text"]


def money_text(minor: int, currency: str, language: str) -> str:
    amount = Decimal(minor).scaleb(-minor_digits(currency))
    return str(format_currency(amount, currency, locale=LOCALES[language]))


def date_text(day: date, language: str, style: str = "long") -> str:
    return str(format_date(day, format=style, locale=LOCALES[language]))
