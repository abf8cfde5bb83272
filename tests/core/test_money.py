"""Money as integer minor units with a currency code (SPEC section 1)."""

from __future__ import annotations

import ast
import inspect
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import money
from desktop.core.money import Money, MoneyError, format_amount, minor_digits, parse_amount

DIGITS = {"ILS": 2, "USD": 2, "EUR": 2, "JPY": 0, "BHD": 3}
currencies = st.sampled_from(sorted(DIGITS))
amounts = st.integers(min_value=0, max_value=10**40)


@pytest.mark.parametrize(("currency", "digits"), sorted(DIGITS.items()))
def test_minor_digits_come_from_the_currency(currency: str, digits: int) -> None:
    assert minor_digits(currency) == digits


@pytest.mark.parametrize("currency", ["XYZ", "usd", "", "SHEKEL"])
def test_unknown_currencies_are_refused(currency: str) -> None:
    with pytest.raises(MoneyError, match="unknown currency"):
        minor_digits(currency)
    with pytest.raises(MoneyError):
        parse_amount("1.00", currency)
    with pytest.raises(MoneyError):
        format_amount(100, currency)


# --- parse and format ----------------------------------------------------------------------------


@settings(deadline=None)
@given(amounts, currencies)
def test_format_then_parse_gives_the_same_minor_units(minor: int, currency: str) -> None:
    text = format_amount(minor, currency)
    parsed = parse_amount(text, currency)
    assert parsed == minor
    assert type(parsed) is int


@settings(deadline=None)
@given(amounts, currencies)
def test_formatted_text_has_exactly_the_currency_decimals(minor: int, currency: str) -> None:
    text = format_amount(minor, currency)
    digits = DIGITS[currency]
    if digits:
        whole, frac = text.split(".")
        assert len(frac) == digits
    else:
        whole = text
        assert "." not in text
    assert whole.isdigit() and (whole == "0" or not whole.startswith("0"))


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [
        (5900, "ILS", "59.00"),
        (5, "ILS", "0.05"),
        (0, "USD", "0.00"),
        (123456789, "EUR", "1234567.89"),
        (1234, "JPY", "1234"),
        (0, "JPY", "0"),
        (1234, "BHD", "1.234"),
        (5, "BHD", "0.005"),
        (-150, "ILS", "-1.50"),
        (-7, "JPY", "-7"),
    ],
)
def test_format_amount_examples(minor: int, currency: str, text: str) -> None:
    assert format_amount(minor, currency) == text


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("59.00", "ILS", 5900),
        ("59", "ILS", 5900),
        ("59.5", "ILS", 5950),
        (" 59.00 ", "ILS", 5900),
        ("0.05", "USD", 5),
        ("0", "EUR", 0),
        ("1234", "JPY", 1234),
        ("1.234", "BHD", 1234),
        ("1.2", "BHD", 1200),
        # Values a float would get wrong (0.29 * 100 == 28.999999999999996).
        ("0.29", "ILS", 29),
        ("1.15", "USD", 115),
        ("4.35", "EUR", 435),
        ("1.001", "BHD", 1001),
        # More digits than a 28-digit Decimal context keeps.
        ("12345678901234567890123456789.01", "ILS", 1234567890123456789012345678901),
    ],
)
def test_parse_amount_examples(text: str, currency: str, minor: int) -> None:
    result = parse_amount(text, currency)
    assert result == minor
    assert type(result) is int


@pytest.mark.parametrize(
    "text",
    [
        "-1.00",
        "-0",
        "+1.00",
        "abc",
        "1.2.3",
        "",
        "   ",
        ".",
        "1e3",
        "1E3",
        "1,000.00",
        "1 000",
        "NaN",
        "Infinity",
        "٣",  # an Arabic-Indic digit: only ASCII digits are amounts
        "１２",  # full-width digits
        "0x10",
        "1_000",
    ],
)
def test_parse_amount_refuses_what_is_not_a_plain_decimal(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(text, "ILS")


@pytest.mark.parametrize(
    ("text", "currency"),
    [("1.001", "ILS"), ("0.001", "USD"), ("1.5", "JPY"), ("1.0", "JPY"), ("1.2345", "BHD")],
)
def test_parse_amount_refuses_more_decimals_than_the_currency_has(text: str, currency: str) -> None:
    with pytest.raises(MoneyError, match="decimals"):
        parse_amount(text, currency)


@given(
    currencies,
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=3),
    st.data(),
)
def test_any_text_with_too_many_decimals_is_refused(
    currency: str, whole: int, extra: int, data: st.DataObject
) -> None:
    places = DIGITS[currency] + extra
    frac = data.draw(st.text(alphabet="0123456789", min_size=places, max_size=places))
    with pytest.raises(MoneyError):
        parse_amount(f"{whole}.{frac}", currency)


@given(st.text(max_size=20), currencies)
def test_parse_amount_either_refuses_or_gives_non_negative_int(text: str, currency: str) -> None:
    try:
        result = parse_amount(text, currency)
    except MoneyError:
        return
    assert type(result) is int
    assert result >= 0
    # Whatever was accepted is the same amount as its exact decimal reading.
    assert Decimal(text.strip()).scaleb(DIGITS[currency]) == Decimal(result)


# --- Money ---------------------------------------------------------------------------------------


def test_money_parse_and_decimal_text() -> None:
    price = Money.parse("480.00", "ILS")
    assert price == Money(48000, "ILS")
    assert price.decimal_text() == "480.00"
    assert Money.parse("500", "JPY").decimal_text() == "500"


@pytest.mark.parametrize("minor", [1.5, 100.0, Decimal("1.00"), True, "100"])
def test_money_refuses_anything_but_int_minor_units(minor: object) -> None:
    with pytest.raises(TypeError):
        Money(minor, "ILS")  # type: ignore[arg-type]


def test_money_arithmetic_in_one_currency() -> None:
    assert Money(5900, "ILS") + Money(100, "ILS") == Money(6000, "ILS")
    assert Money(5900, "ILS") - Money(6000, "ILS") == Money(-100, "ILS")
    assert Money(5900, "ILS").times(3) == Money(17700, "ILS")


def test_money_refuses_to_mix_currencies() -> None:
    with pytest.raises(MoneyError):
        _ = Money(100, "ILS") + Money(100, "USD")
    with pytest.raises(MoneyError):
        _ = Money(100, "ILS") - Money(100, "EUR")


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=1, max_value=36),
    currencies,
)
def test_split_adds_up_and_only_the_first_carries_the_remainder(
    minor: int, parts: int, currency: str
) -> None:
    total = Money(minor, currency)
    installments = total.split(parts)
    assert len(installments) == parts
    assert all(part.currency == currency for part in installments)
    assert all(type(part.minor) is int for part in installments)
    assert sum(part.minor for part in installments) == minor
    base, remainder = divmod(minor, parts)
    assert all(part.minor == base for part in installments[1:])
    assert installments[0].minor == base + remainder
    assert 0 <= max(p.minor for p in installments) - min(p.minor for p in installments) == remainder < parts


def test_split_examples() -> None:
    assert [m.minor for m in Money(48000, "ILS").split(3)] == [16000, 16000, 16000]
    assert [m.minor for m in Money(10000, "ILS").split(3)] == [3334, 3333, 3333]
    assert [m.minor for m in Money(100, "USD").split(7)] == [16, 14, 14, 14, 14, 14, 14]
    assert [m.minor for m in Money(2, "JPY").split(5)] == [2, 0, 0, 0, 0]
    assert Money(5900, "ILS").split(1) == [Money(5900, "ILS")]


@pytest.mark.parametrize("parts", [0, -1])
def test_split_needs_at_least_one_part(parts: int) -> None:
    with pytest.raises(ValueError):
        Money(100, "ILS").split(parts)


def test_the_money_module_has_no_float_in_it() -> None:
    tree = ast.parse(inspect.getsource(money))
    float_literals = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, float)]
    float_names = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "float"]
    assert float_literals == []
    assert float_names == []
