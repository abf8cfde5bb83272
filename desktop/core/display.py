"""Amounts and dates for people, in a language's conventions (Babel's CLDR data). Money comes as
integer minor units and never passes through a float. The e-mails and the windows both use this."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from desktop.core.locales import LOCALES
from desktop.core.money import minor_digits

__all__ = ["LOCALES", "card_text", "date_text", "money_text"]


def money_text(minor: int, currency: str, language: str) -> str:
    amount = Decimal(minor).scaleb(-minor_digits(currency))
    return str(format_currency(amount, currency, locale=LOCALES[language]))


def date_text(day: date, language: str, style: str = "long") -> str:
    return str(format_date(day, format=style, locale=LOCALES[language]))


def card_text(brand: str, last4: str, exp_month: int | None = None, exp_year: int | None = None) -> str:
    """A card in people's words, the same in every language and every place (windows, documents,
    e-mails): "Visa •••• 4242", with "  12/2030" when the expiry is asked for. Brand first and the
    digits last, as printed on the card; in right-to-left text the caller keeps it one left-to-right run
    (desktop.core.bidi.ltr) so that it never reads "4242 •••• Visa"."""
    text = f"{(brand or 'card').title()} •••• {last4}"
    if exp_month is not None and exp_year is not None:
        text += f"  {exp_month:02d}/{exp_year}"
    return text
