"""The rules of what staff type into the sales desk (R36-R39): one function per kind of field, used by
the use cases (which refuse) and by the windows (which say it where it is typed). A refusal names the
field and the problem by enums, so every language words it, and the command line too."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from desktop.core.addresses import AddressError, mail_address
from desktop.core.cards import card_number_in, is_expired, luhn_valid, normalize_number
from desktop.core.command_bounds import LANGUAGES as LANGUAGES
from desktop.core.money import is_known_currency
from desktop.core.plain_text import character_name, invisible_character, refused_character


class Field(StrEnum):
    REF = "ref"
    NAME = "name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    LANGUAGE = "language"
    CURRENCY = "currency"
    ADDRESS = "address"
    TAX_ID = "tax_id"
    CARD_NUMBER = "card_number"
    CARD_HOLDER = "card_holder"
    CARD_EXPIRY = "card_expiry"
    PAYMENT_DATE = "payment_date"
    PAYMENT_REFERENCE = "payment_reference"
    PAYMENT_AMOUNT = "payment_amount"


class FieldProblem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"  # `most` characters at most
    CHARACTER = "character"  # a control, zero-width or bidirectional character (`character` names it)
    FORM = "form"  # not of the field's form (an e-mail address, a phone number, a ref)
    UNKNOWN = "unknown"  # not one of the known values (a language, a currency)
    LUHN = "luhn"  # a card number that fails the Luhn check (a typing mistake)
    EXPIRED = "expired"  # a card expiry in the past
    FUTURE = "future"  # a payment dated after today
    BEFORE_ISSUE = "before_issue"  # a payment dated before the proforma was issued
    DIFFERS = "differs"  # an amount that is not the proforma's
    CARD_NUMBER = "card_number"  # a card number typed into a text field (R20: never kept); detail: last 4


class FieldError(ValueError):
    """`detail` is English for the command line (the character's name, the limit)."""

    def __init__(self, field: Field, problem: FieldProblem, detail: str = "") -> None:
        super().__init__(f"{field.value}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.field, self.problem, self.detail = field, problem, detail


# What each column holds (desktop.store.models): a longer text is refused, never cut.
MOST = {
    Field.REF: 100,
    Field.NAME: 200,
    Field.COMPANY: 200,
    Field.EMAIL: 254,
    Field.PHONE: 40,
    Field.ADDRESS: 500,
    Field.TAX_ID: 40,
    Field.CARD_HOLDER: 200,
    Field.PAYMENT_REFERENCE: 100,
}

_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_PHONE = re.compile(r"\+?[0-9 ()./-]{3,40}")


def _plain(field: Field, value: str, *, required: bool, lines: bool = False) -> str | None:
    parts = value.replace("\r\n", "\n").split("\n") if lines else [value]
    cleaned = [part.strip() for part in parts]
    text = "\n".join(part for part in cleaned if part) if lines else cleaned[0]
    if not text:
        if required:
            raise FieldError(field, FieldProblem.EMPTY)
        return None
    ch = refused_character(text.replace("\n", "")) or invisible_character(text)
    if ch is not None:
        raise FieldError(field, FieldProblem.CHARACTER, character_name(ch))
    most = MOST.get(field)
    if most is not None and len(text) > most:
        raise FieldError(field, FieldProblem.TOO_LONG, str(most))
    # R20: a number dictated on the phone and typed into the wrong field is never kept anywhere.
    last4 = card_number_in(text, fewest_digits=13 if field is Field.PHONE else 12)
    if last4 is not None:
        raise FieldError(field, FieldProblem.CARD_NUMBER, last4)
    return text


def required_text(field: Field, value: str) -> str:
    """A name, a holder: one line, not empty."""
    text = _plain(field, value, required=True)
    assert text is not None
    return text


def optional_text(field: Field, value: str | None) -> str | None:
    """A company, a tax ID, a reference: one line or nothing."""
    return None if value is None else _plain(field, value, required=False)


def optional_lines(field: Field, value: str | None) -> str | None:
    """An address: several lines (blank ones dropped) or nothing."""
    return None if value is None else _plain(field, value, required=False, lines=True)


def ref(value: str) -> str:
    text = required_text(Field.REF, value)
    if not _REF.fullmatch(text):
        raise FieldError(Field.REF, FieldProblem.FORM, "letters, digits and . _ : - only")
    return text


def email(value: str | None, *, required: bool = True) -> str | None:
    """The address as stored and sent (desktop.core.addresses: no CR/LF, a domain, ...)."""
    if value is None or not value.strip():
        if required:
            raise FieldError(Field.EMAIL, FieldProblem.EMPTY)
        return None
    try:
        return mail_address(value)
    except AddressError as exc:
        raise FieldError(Field.EMAIL, FieldProblem.FORM, exc.reason) from None


def phone(value: str | None) -> str | None:
    text = optional_text(Field.PHONE, value)
    if text is not None and (not _PHONE.fullmatch(text) or sum(ch.isdigit() for ch in text) < 3):
        raise FieldError(Field.PHONE, FieldProblem.FORM, "digits, spaces, + ( ) . / - only")
    return text


def language(value: str) -> str:
    if value not in LANGUAGES:
        raise FieldError(Field.LANGUAGE, FieldProblem.UNKNOWN, ", ".join(LANGUAGES))
    return value


def currency(value: str) -> str:
    code = value.strip().upper()
    if not code:
        raise FieldError(Field.CURRENCY, FieldProblem.EMPTY)
    if len(code) != 3 or not code.isascii() or not code.isalpha() or not is_known_currency(code):
        raise FieldError(Field.CURRENCY, FieldProblem.UNKNOWN, "an ISO 4217 code such as ILS, EUR, USD")
    return code


def card_number(value: str) -> str:
    """The digits of a typed card number; refused unless it passes Luhn (R38)."""
    digits = normalize_number(value.strip())
    if not digits:
        raise FieldError(Field.CARD_NUMBER, FieldProblem.EMPTY)
    if not luhn_valid(digits):
        raise FieldError(Field.CARD_NUMBER, FieldProblem.LUHN)
    return digits


def card_expiry(month: int, year: int, today: date) -> tuple[int, int]:
    if not 1 <= month <= 12 or not 2000 <= year <= 2199:
        raise FieldError(Field.CARD_EXPIRY, FieldProblem.FORM, "MM/YYYY")
    if is_expired(month, year, today):
        raise FieldError(Field.CARD_EXPIRY, FieldProblem.EXPIRED)
    return month, year


def parse_expiry(text: str) -> tuple[int, int]:
    """MM/YYYY or MM/YY as typed; the form only (card_expiry judges the date)."""
    match = re.fullmatch(r"\s*([0-9]{1,2})\s*/\s*([0-9]{2}|[0-9]{4})\s*", text)
    if match is None:
        raise FieldError(Field.CARD_EXPIRY, FieldProblem.FORM, "MM/YYYY")
    month, year = int(match[1]), int(match[2])
    return month, year + 2000 if year < 100 else year


def payment_date(paid_on: date, issued_on: date, today: date) -> date:
    if paid_on > today:
        raise FieldError(Field.PAYMENT_DATE, FieldProblem.FUTURE, today.isoformat())
    if paid_on < issued_on:
        raise FieldError(Field.PAYMENT_DATE, FieldProblem.BEFORE_ISSUE, issued_on.isoformat())
    return paid_on
