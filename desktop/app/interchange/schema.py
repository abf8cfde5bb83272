"""The shape of a `renewdesk/1` document. Pydantic checks keys, types and single values and gives
each error its JSON path; references, duplicates and rules that need the whole customer are checked
by `validate`."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Any, Literal

import idna
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from desktop.core.addresses import AddressError, mail_address
from desktop.core.cards import card_number_in, luhn_valid, normalize_number
from desktop.core.day_bounds import DATA_FIRST, DATA_LAST, within
from desktop.core.money import is_known_currency
from desktop.core.plain_text import character_name, refused_character, shown

FORMAT = "renewdesk/1"


def _plain(text: str) -> str:
    ch = refused_character(text)
    if ch is not None:
        raise PydanticCustomError("refused_character", "refused character", {"character": character_name(ch)})
    return text


def _no_card_number(text: str, fewest_digits: int = 12) -> str:
    """R20: a card number is kept only as a card's token, never as a name, ref or phone."""
    last4 = card_number_in(text, fewest_digits=fewest_digits)
    if last4 is not None:
        raise PydanticCustomError("card_number_in_text", "card number in text", {"last4": last4})
    return text


def _no_card_number_as_phone(text: str) -> str:
    return _no_card_number(text, fewest_digits=13)  # as desktop.core.fields.phone


def _day(day: date) -> date:
    if not within(day, DATA_FIRST, DATA_LAST):
        raise PydanticCustomError(
            "day_out_of_range",
            "day out of range",
            {"got": day.isoformat(), "first": DATA_FIRST.isoformat(), "last": DATA_LAST.isoformat()},
        )
    return day


def _moment(moment: datetime) -> datetime:
    _day(moment.date())
    return moment


def _currency(code: str) -> str:
    if not is_known_currency(code):
        raise PydanticCustomError("unknown_currency", "unknown currency", {"got": code})
    return code


def _number_as_text(value: Any) -> Any:
    # Amounts are written as strings ("59.00"); a plain JSON number is taken exactly as written.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return repr(value)
    return value


def _decimal_syntax(text: str) -> str:
    raw = text.strip()
    body = raw[1:] if raw.startswith("-") else raw
    if not body or body.count(".") > 1 or body == "." or any(ch not in "0123456789." for ch in body):
        raise PydanticCustomError("not_decimal", "not a decimal", {"got": text})
    if raw.startswith("-") and body.strip("0.") != "":
        raise PydanticCustomError("negative_amount", "negative", {"got": text})
    return body


def _card_number(text: str) -> str:
    digits = normalize_number(text)
    if not luhn_valid(digits):
        raise PydanticCustomError("luhn", "fails the Luhn check", {})
    return digits


def _exp_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise PydanticCustomError("exp_month", "not a month", {"got": month})
    return month


def _exp_year(year: int) -> int:
    if not 2000 <= year <= 2099:
        raise PydanticCustomError("exp_year", "not a year", {"got": year})
    return year


def _months(months: int) -> int:
    if not 1 <= months <= 120:
        raise PydanticCustomError("period_months", "not a period", {"got": months})
    return months


def _email(text: str) -> str:
    # The one address rule (R31): no CR/LF or other control character, IDN domains in ASCII form.
    try:
        return mail_address(text)
    except AddressError as exc:
        raise PydanticCustomError(
            "bad_email", "not an e-mail", {"got": shown(text), "detail": exc.reason}
        ) from None


def _is_domain(name: str, min_labels: int) -> bool:
    try:
        encoded = canonical_domain(name)[1]
    except PydanticCustomError:
        return False
    return len(encoded.split(".")) >= min_labels


_LDH_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def _plain_ascii(name: str) -> bool:
    """Letters, digits and hyphens only, no A-label: IDNA would hand it back lower-cased as it is."""
    labels = name.split(".")
    return (
        name.isascii()
        and len(name) <= 253
        and len(labels) >= 2
        and all(_LDH_LABEL.match(label) and label[2:4] != "--" for label in labels)
    )


@lru_cache(maxsize=262_144)
def canonical_domain(name: str) -> tuple[str, str]:
    """(the domain as people read it, its IDNA ASCII form): both lower case. Raises bad_domain."""
    cleaned = name.strip().rstrip(".").lower()
    if _plain_ascii(cleaned):
        return cleaned, cleaned
    try:
        encoded = idna.encode(cleaned, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError, ValueError) as exc:
        raise PydanticCustomError("bad_domain", "not a domain", {"got": name, "detail": str(exc)}) from None
    if len(encoded.split(".")) < 2:
        raise PydanticCustomError("bad_domain", "not a domain", {"got": name, "detail": "it has no ending"})
    return idna.decode(encoded), encoded


def domain_ascii(name: str) -> str:
    """The domain's IDNA (punycode) form in lower case: the key that makes a domain unique."""
    return canonical_domain(name)[1]


def _domain(name: str) -> str:
    readable, encoded = canonical_domain(name)
    if encoded.rsplit(".", 1)[-1].isdigit():
        # An IP address or a name ending in digits only: no top-level domain is all digits (RFC 3696).
        raise PydanticCustomError(
            "bad_domain", "not a domain", {"got": name, "detail": "its ending is all digits"}
        )
    return readable


def _tld(item: str) -> str:
    if not item.startswith(".") or not _is_domain("x" + item, min_labels=2):
        raise PydanticCustomError("bad_tld", "not a TLD", {"got": item})
    return idna.decode(idna.encode("x" + item, uts46=True))[1:]


# Every text is checked for control and bidirectional characters (desktop.core.plain_text); its
# longest length is its column's.
Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_plain),
    AfterValidator(_no_card_number),
]
Ref = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    AfterValidator(_plain),
    AfterValidator(_no_card_number),
]
# A price item (TLD or plan) and a hosting plan are kept in columns of 100 characters.
Item = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), AfterValidator(_plain)
]
Phone = Annotated[
    str, StringConstraints(max_length=40), AfterValidator(_plain), AfterValidator(_no_card_number_as_phone)
]
Day = Annotated[date, AfterValidator(_day)]
# A moment must say its time zone: a naive one would be read as UTC on one workstation and as local
# time on another.
Moment = Annotated[AwareDatetime, AfterValidator(_moment)]
Currency = Annotated[str, AfterValidator(_currency)]
Amount = Annotated[str, BeforeValidator(_number_as_text), AfterValidator(_decimal_syntax)]
Months = Annotated[int, AfterValidator(_months)]
Email = Annotated[str, StringConstraints(max_length=254), AfterValidator(_email)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class PriceIn(_Strict):
    kind: Literal["domain", "hosting"]
    item: Item
    period_months: Months
    price: Amount
    currency: Currency


class ContactIn(_Strict):
    ref: Ref
    name: Text
    company: Text | None = None
    email: Email | None = None
    phone: Phone | None = None


class CardIn(_Strict):
    ref: Ref
    number: Annotated[str, AfterValidator(_card_number)] | None = None
    token: Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_plain)] | None = (
        None
    )
    brand: Annotated[str, StringConstraints(min_length=1, max_length=30), AfterValidator(_plain)] | None = (
        None
    )
    last4: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")] | None = None
    exp_month: Annotated[int, AfterValidator(_exp_month)]
    exp_year: Annotated[int, AfterValidator(_exp_year)]
    holder: Text
    invalid_reason: Annotated[str, StringConstraints(max_length=60), AfterValidator(_plain)] | None = None


class AutoRenewIn(_Strict):
    enabled: bool = False
    card: Ref | None = None
    billing_contact: Ref | None = None
    period_months: Months | None = None
    installments: int | None = None
    stop_reason: Annotated[str, StringConstraints(max_length=40), AfterValidator(_plain)] | None = None
    stopped_at: Moment | None = None
    switched_off_explicitly: bool = False


class ServiceIn(_Strict):
    ref: Ref
    kind: Literal["domain", "hosting"]
    name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=253), AfterValidator(_plain)
    ]
    plan: Item | None = None
    expires_on: Day
    period_months: Months
    auto_renew: AutoRenewIn | None = None


class OrderIn(_Strict):
    service: Ref
    date: Day
    period_months: Months
    installments: int = 1
    amount: Amount
    currency: Currency | None = None
    kind: Literal["purchase", "renewal", "automatic"] = "purchase"


class CustomerIn(_Strict):
    ref: Ref
    name: Text
    email: Email
    phone: Phone | None = None
    language: Literal["he", "es", "en"]
    currency: Currency
    contacts: list[ContactIn] = Field(default_factory=list)
    cards: list[CardIn] = Field(default_factory=list)
    services: list[ServiceIn] = Field(default_factory=list)
    orders: list[OrderIn] = Field(default_factory=list)


class DocumentIn(_Strict):
    format: Literal["renewdesk/1"]
    price_list: list[PriceIn] = Field(default_factory=list)
    customers: list[CustomerIn] = Field(default_factory=list)


# Checked where the whole service is known (validate.py), after the shape.
validate_domain = _domain
validate_tld = _tld
