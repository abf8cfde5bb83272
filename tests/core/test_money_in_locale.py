"""Amounts typed in a window, read in the window's language as it shows them (issue 12 fix): Spanish
209,00 and 1.234,50; Hebrew and English 209.00 and 1,234.50. Exact (never a float); what is malformed
or reads as two amounts is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.display import LOCALES
from desktop.core.money import MoneyError, amount_text_in, parse_amount_in

DIGITS = {"ILS": 2, "EUR": 2, "JPY": 0, "BHD": 3}
locales = st.sampled_from(sorted(LOCALES.values()))


@settings(deadline=None, max_examples=300)
@given(st.integers(min_value=0, max_value=10**40), st.sampled_from(sorted(DIGITS)), locales)
def test_an_amount_shown_in_a_locale_reads_back_as_itself(minor: int, currency: str, locale: str) -> None:
    text = amount_text_in(minor, currency, locale)
    parsed = parse_amount_in(text, currency, locale)
    assert parsed == minor and type(parsed) is int


@pytest.mark.parametrize(
    ("text", "locale", "minor"),
    [
        ("209,00", "es_ES", 20900),
        ("1.234,50", "es_ES", 123450),
        ("1234,5", "es_ES", 123450),
        ("1.234.567,89", "es_ES", 123456789),
        (" 209 ", "es_ES", 20900),
        ("209.00", "he_IL", 20900),
        ("\u200f1,234.50", "he_IL", 123450),  # copied from a Hebrew line, with its direction mark
        ("209.00", "en_US", 20900),
        ("1,234.50", "en_US", 123450),
        ("0.05", "en_US", 5),
    ],
)
def test_the_window_s_own_form_is_read(text: str, locale: str, minor: int) -> None:
    assert parse_amount_in(text, "ILS", locale) == minor


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("209.00", "es_ES"),  # the other convention's decimal point: 209.00 or 20900?
        ("1,234.50", "es_ES"),
        ("209,00", "he_IL"),
        ("209,00", "en_US"),
        ("1.234,50", "en_US"),
        ("12,345", "es_ES"),  # three decimals for a currency of two
        ("1.23", "es_ES"),  # a group of two digits
        ("209,", "es_ES"),
        (",5", "es_ES"),
        ("1.2.3", "en_US"),
        ("-5", "en_US"),
        ("+5", "en_US"),
        ("1e3", "en_US"),
        ("5 ILS", "en_US"),
        ("", "es_ES"),
        ("\u0663", "en_US"),  # an Arabic-Indic digit
    ],
)
def test_malformed_amounts_are_refused(text: str, locale: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount_in(text, "ILS", locale)


@pytest.mark.parametrize(("text", "locale"), [("1.234", "es_ES"), ("1,234", "en_US"), ("1,234", "he_IL")])
def test_a_text_that_reads_as_two_amounts_is_refused(text: str, locale: str) -> None:
    """1.234 in Spanish is 1234; someone used to a decimal point means 1.234: both are dinars."""
    with pytest.raises(MoneyError, match="two amounts"):
        parse_amount_in(text, "BHD", locale)
    assert parse_amount_in(text, "ILS", locale) == 123400  # shekels have two decimals: only one reading


@pytest.mark.parametrize(
    ("locale", "shown"), [("es_ES", "1.234,50"), ("he_IL", "1,234.50"), ("en_US", "1,234.50")]
)
def test_the_field_text_is_the_amount_as_shown(locale: str, shown: str) -> None:
    assert amount_text_in(123450, "ILS", locale) == shown
    assert amount_text_in(1234, "JPY", locale) == shown[:5]
