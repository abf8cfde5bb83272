"""R20: a card number typed into any text field of the sales desk (a name, an address, a tax ID, a
payment's reference...) is refused, whichever way it is grouped; ordinary numbers are kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import fields
from desktop.core.fields import Field, FieldError, FieldProblem
from tests.core.test_cards import luhn_check_digit, valid_numbers

TEXT_FIELDS = [Field.NAME, Field.COMPANY, Field.TAX_ID, Field.PAYMENT_REFERENCE, Field.CARD_HOLDER]
grouping = st.sampled_from(["", " ", "-"])


def _grouped(number: str, separator: str) -> str:
    return separator.join(number[i : i + 4] for i in range(0, len(number), 4))


@given(st.sampled_from(TEXT_FIELDS), valid_numbers.filter(lambda n: len(n) >= 13), grouping)
def test_a_card_number_in_a_text_field_is_refused(field: Field, number: str, separator: str) -> None:
    with pytest.raises(FieldError) as refused:
        fields.optional_text(field, f"ref {_grouped(number, separator)}")
    assert (refused.value.field, refused.value.problem) == (field, FieldProblem.CARD_NUMBER)
    assert refused.value.detail == number[-4:] and number not in str(refused.value)


@given(valid_numbers, grouping)
def test_an_address_of_several_lines_is_refused_too(number: str, separator: str) -> None:
    with pytest.raises(FieldError) as refused:
        fields.optional_lines(Field.ADDRESS, f"Herzl 1\nTel Aviv\n{_grouped(number, separator)}")
    assert refused.value.problem is FieldProblem.CARD_NUMBER


def test_a_card_number_as_a_phone_is_refused() -> None:
    with pytest.raises(FieldError) as refused:
        fields.phone("4242 4242 4242 4242")
    assert refused.value.problem is FieldProblem.CARD_NUMBER


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_a_twelve_digit_international_phone_is_kept_even_when_it_passes_luhn(national: str) -> None:
    digits = "97" + national[:-1]
    digits += luhn_check_digit(digits)  # the worst case: a phone number that passes Luhn
    phone = f"+{digits[:3]} {digits[3:5]} {digits[5:]}"
    assert fields.phone(phone) == phone


@pytest.mark.parametrize("text", ["Invoice 2026-0001", "IL 515123456", "ES B12345678", "Levi Ltd 1999"])
def test_ordinary_numbers_are_kept(text: str) -> None:
    assert fields.optional_text(Field.TAX_ID, text) == text


@pytest.mark.parametrize("code", ["XXX", "XTS", "XAU"])
def test_iso_codes_that_are_no_money_are_not_a_customers_currency(code: str) -> None:
    with pytest.raises(FieldError):
        fields.currency(code)
    assert fields.currency("XOF") == "XOF"  # the West African CFA franc is money
