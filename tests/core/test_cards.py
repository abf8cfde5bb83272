"""Card rules: Luhn, brand, R19 expiry (desktop.core.cards)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cards import (
    brand_of,
    expires_before,
    is_expired,
    luhn_valid,
    normalize_number,
    valid_through,
)

SANDBOX_NUMBERS = [
    "4242424242424242",
    "5555555555554444",
    "4000000000000002",
    "4000000000000341",
    "4000000000000119",
]


def luhn_check_digit(payload: str) -> str:
    """An independent Luhn: the digit that makes `payload + digit` valid."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:  # these are doubled once the check digit is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


valid_numbers = (
    st.integers(min_value=11, max_value=18)
    .flatmap(lambda size: st.text(alphabet="0123456789", min_size=size, max_size=size))
    .map(lambda payload: payload + luhn_check_digit(payload))
)


# --- Luhn ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", SANDBOX_NUMBERS)
def test_sandbox_numbers_pass_luhn(number: str) -> None:
    assert luhn_valid(number)


@pytest.mark.parametrize("number", SANDBOX_NUMBERS)
def test_changing_any_one_digit_of_a_sandbox_number_breaks_luhn(number: str) -> None:
    for position, original in enumerate(number):
        for digit in "0123456789":
            if digit != original:
                changed = number[:position] + digit + number[position + 1 :]
                assert not luhn_valid(changed), changed


@given(valid_numbers)
def test_generated_numbers_pass_luhn(number: str) -> None:
    assert luhn_valid(number)


@given(valid_numbers, st.data())
def test_changing_any_single_digit_breaks_luhn(number: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(number) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != number[position]]))
    assert not luhn_valid(number[:position] + digit + number[position + 1 :])


@pytest.mark.parametrize(
    "number",
    [
        "",
        "4242 4242 4242 4242",  # not normalized
        "4242-4242-4242-4242",
        "0" * 11,  # Luhn sum 0 but too short
        "0" * 20,  # too long
        "42424242424242a2",
        "４２４２４２４２４２４２４２４２",  # full-width digits
        "-4242424242424242",
    ],
)
def test_luhn_refuses_what_is_not_12_to_19_ascii_digits(number: str) -> None:
    assert not luhn_valid(number)


def test_luhn_accepts_lengths_12_to_19() -> None:
    for size in range(11, 21):
        assert luhn_valid("0" * size) is (12 <= size <= 19)


def test_normalize_number_drops_spaces_and_dashes_only() -> None:
    assert normalize_number(" 4242 4242-4242 4242 ") == "4242424242424242"
    assert luhn_valid(normalize_number("4242 4242 4242 4242"))
    assert normalize_number("4242.4242") == "4242.4242"


# --- brand ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", "visa"),
        ("4000000000000002", "visa"),
        ("5555555555554444", "mastercard"),
        ("5105105105105100", "mastercard"),
        ("2221000000000009", "mastercard"),
        ("2223003122003222", "mastercard"),
        ("2720990000000000", "mastercard"),
        ("2220990000000000", "card"),  # just below the 2-series range
        ("2721000000000000", "card"),  # just above it
        ("5000000000000000", "card"),
        ("5600000000000000", "card"),
        ("378282246310005", "amex"),
        ("371449635398431", "amex"),
        ("340000000000009", "amex"),
        ("6011111111111117", "discover"),
        ("3530111333300000", "jcb"),
        ("36227206271667", "diners"),
        ("6200000000000005", "unionpay"),
        ("9999999999999995", "card"),
    ],
)
def test_brand_examples(number: str, brand: str) -> None:
    assert brand_of(number) == brand


@given(st.integers(min_value=2221, max_value=2720), st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_mastercard_two_series(prefix: int, rest: str) -> None:
    assert brand_of(f"{prefix}{rest}") == "mastercard"


@given(st.integers(min_value=51, max_value=55), st.text(alphabet="0123456789", min_size=14, max_size=14))
def test_mastercard_five_series(prefix: int, rest: str) -> None:
    assert brand_of(f"{prefix}{rest}") == "mastercard"


@given(st.text(alphabet="0123456789", min_size=12, max_size=18))
def test_visa_is_every_number_starting_with_4(rest: str) -> None:
    assert brand_of("4" + rest) == "visa"


@given(st.sampled_from(["34", "37"]), st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_amex_is_34_and_37(prefix: str, rest: str) -> None:
    assert brand_of(prefix + rest) == "amex"


# --- R19: expiry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "year", "last"),
    [
        (2, 2024, date(2024, 2, 29)),
        (2, 2026, date(2026, 2, 28)),
        (2, 2000, date(2000, 2, 29)),
        (2, 2100, date(2100, 2, 28)),
        (1, 2027, date(2027, 1, 31)),
        (4, 2026, date(2026, 4, 30)),
        (12, 2027, date(2027, 12, 31)),
    ],
)
def test_valid_through_is_the_last_day_of_the_month(month: int, year: int, last: date) -> None:
    assert valid_through(month, year) == last
    assert not is_expired(month, year, last)
    assert is_expired(month, year, last + timedelta(days=1))


@pytest.mark.parametrize("month", [0, 13, -1])
def test_valid_through_refuses_a_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        valid_through(month, 2027)


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=2000, max_value=2100))
def test_a_card_is_valid_all_of_its_expiry_month_and_not_a_day_more(month: int, year: int) -> None:
    last = valid_through(month, year)
    assert (last.year, last.month) == (year, month)
    assert (last + timedelta(days=1)).day == 1
    assert not is_expired(month, year, date(year, month, 1))
    assert not is_expired(month, year, last)
    assert is_expired(month, year, last + timedelta(days=1))
    assert not expires_before(month, year, last)
    assert expires_before(month, year, last + timedelta(days=1))


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2000, max_value=2100),
    st.dates(min_value=date(1999, 1, 1), max_value=date(2101, 12, 31)),
)
def test_expired_means_after_the_expiry_month(month: int, year: int, on: date) -> None:
    assert is_expired(month, year, on) is ((on.year, on.month) > (year, month))
    assert expires_before(month, year, on) is is_expired(month, year, on)
