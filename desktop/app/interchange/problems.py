"""Problems found in an import file: the JSON path, a stable code and its parameters. `describe`
gives the English sentence for the command line; the windows translate by code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.core.plain_text import shown


@dataclass(frozen=True)
class Problem:
    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def json_path(loc: Sequence[str | int]) -> str:
    """('customers', 3, 'cards', 0, 'exp_month') -> 'customers[3].cards[0].exp_month'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "$"


class ImportRefused(UseCaseError):
    """An import file with any error; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(ErrorCode.IMPORT_REFUSED, count=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(describe(problem) for problem in self.problems)


_TEXT: dict[str, str] = {
    "empty_file": "the file is empty",
    "not_utf8": "the file is not UTF-8 text (byte {position} cannot be read)",
    "not_json": "the file is not JSON ({detail})",
    "not_object": "the document must be a JSON object",
    "format": 'must be "renewdesk/1" (got {got})',
    "missing": "is missing",
    "unknown_key": "is not a known key here",
    "wrong_type": "must be {expected}",
    "bad_date": "is not a date that exists (write YYYY-MM-DD)",
    "bad_datetime": "is not a date and time (write YYYY-MM-DDTHH:MM:SS+00:00)",
    "not_one_of": "must be one of {expected}",
    "empty": "must not be empty",
    "too_long": "is longer than {max_length} characters",
    "unknown_currency": "{got} is not an ISO 4217 currency code",
    "not_decimal": '{got} is not a decimal amount such as "59.00"',
    "negative_amount": "must not be negative (got {got})",
    "too_many_decimals": "{got} has more than {digits} decimals for {currency}",
    "amount_too_large": "{got} is too large an amount of {currency}",
    "luhn": "the card number is not valid (it fails the Luhn check)",
    "card_rejected": "the gateway refused the card number: {detail}",
    "exp_month": "must be a month from 1 to 12 (got {got})",
    "exp_year": "must be a year from 2000 to 2099 (got {got})",
    "card_expired": "the card expired at the end of {month:02d}/{year} (before {today})",
    "card_number_and_token": "give either number or token, brand and last4, not both",
    "card_number_or_token": "give the card's number, or its token, brand and last4",
    "token_needs_brand_last4": "a token needs brand and last4 too",
    "token_is_card_number": (
        "a token must never be a card number, and this one is (ending in {last4}): give the "
        "gateway's token, or the number as `number` to have it tokenised"
    ),
    "card_number_in_text": "must not be a card number (this one ends in {last4}): numbers are never kept",
    "last4": "must be the last 4 digits of the card",
    "duplicate_ref": "{ref} is used twice (first at {first})",
    "ref_exists": "{ref} is already in the database",
    "duplicate_domain": "{name} is listed twice (first at {first})",
    "domain_exists": "{name} already belongs to a customer in the database",
    "duplicate_price": (
        "the price of {kind} {item} for {period} months in {currency} is listed twice (first at {first})"
    ),
    "duplicate_service_name": "{name} is listed twice for this customer (first at {first})",
    "bad_domain": "{got} is not a valid domain name ({detail})",
    "bad_tld": '{got} is not a domain ending such as ".com" or ".co.il"',
    "bad_email": "{got} is not an e-mail address ({detail})",
    "hosting_period": "{got} is not a hosting period; allowed: 3, 12, 24, 36",
    "domain_period": "{got} is not a domain period; allowed: 12 to 120 months in whole years",
    "period_months": "must be a number of months from 1 to 120 (got {got})",
    "plan_required": "a hosting package needs its plan",
    "plan_not_for_domain": "only hosting packages have a plan",
    "installments_max": "{got} installments is more than the {most} allowed for {period} months",
    "installments_min": "must be at least 1 (got {got})",
    "domain_installments": "a domain renews in one payment: installments must be 1 (got {got})",
    "domain_period_choice": "a domain renews for its last purchase period ({expected} months), not {got}",
    "unknown_card": "{ref} is not a card of this customer",
    "unknown_contact": "{ref} is not a contact of this customer",
    "unknown_service": "{ref} is not a service of this customer",
    "stop_reason": "{got} is not a stop reason; known: {expected}",
    "too_many_problems": "{more} more problems were not listed",
    "refused_character": "must not contain {character} (control and right-to-left override characters "
    "are refused)",
    "no_timezone": "must say its time zone (write YYYY-MM-DDTHH:MM:SS+00:00)",
    "day_out_of_range": "{got} is out of range: days from {first} to {last}",
    "duplicate_key": "the key {key} is given twice in the same object",
    "too_deep": "the JSON nests deeper than an import file can (about {most} levels)",
    "file_too_large": "the file is larger than the {most} bytes an import may have; split it",
}


def describe(problem: Problem) -> str:
    template = _TEXT.get(problem.code, problem.code)
    # Values come from the file: shown escaped and cut, so a message never carries a control code.
    params = {
        key: shown(value, 200) if isinstance(value, str) else value for key, value in problem.params.items()
    }
    try:
        sentence = template.format(**params)
    except (KeyError, IndexError, ValueError):
        sentence = f"{template} {params}"
    return f"{shown(problem.path, 200)}: {sentence}"
