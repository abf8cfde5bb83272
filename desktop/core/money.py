"""Money as integer minor units with an ISO 4217 code; never a float (SPEC section 1)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache

# Babel (CLDR) is loaded by the first function that asks it, not with Money: a command that carries
# amounts without checking or showing one (a due run on a quiet day) never loads it (issue 13).


class MoneyError(ValueError):
    """A text that is not an amount of the given currency."""


# ISO 4217 codes that are no money a customer pays in: "no currency", testing, precious metals, the
# IMF's and bond markets' units of account (the CFA and CFP francs, XAF/XOF/XPF, are real money).
_NOT_MONEY = frozenset(
    {"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA"}
    | {"XFO", "XFU", "XRE"}
)


@cache
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies()) - _NOT_MONEY


def is_known_currency(code: str) -> bool:
    return code in _known_currencies()


@cache
def minor_digits(currency: str) -> int:
    """Digits after the point for a currency (ILS 2, JPY 0, BHD 3), from CLDR via Babel."""
    if not is_known_currency(currency):
        raise MoneyError(f"unknown currency {currency!r}")
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency))


def parse_amount(text: str, currency: str) -> int:
    """'59.00' in ILS -> 5900. Refuses negatives, exponents and more decimals than the currency has."""
    digits = minor_digits(currency)
    raw = text.strip()
    if not raw or any(ch not in "0123456789." for ch in raw) or raw.count(".") > 1 or raw in {"."}:
        raise MoneyError(f'{text!r} is not a decimal amount such as "59.00"')
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the character check above catches these
        raise MoneyError(f"{text!r} is not a decimal amount") from exc
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > digits:
        raise MoneyError(f"{text!r} has more than {digits} decimals for {currency}")
    # Exact integer arithmetic: Decimal.scaleb would round to the context's 28 digits.
    whole, _, frac = raw.partition(".")
    return int((whole or "0") + frac.ljust(digits, "0"))


# Marks a right-to-left text may carry around a number (copied from a Hebrew window): not the amount.
_DIRECTION_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def amount_text_in(minor: int, currency: str, locale: str) -> str:
    """5900 ILS in es_ES -> '59,00', 123450 in he_IL -> '1,234.50': the amount as a window in that
    locale shows it, without the currency, for a field a person may type over."""
    from babel.numbers import format_decimal

    digits = minor_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    exact = Decimal(f"{minor}E-{digits}")  # from text: exact at any size (scaleb rounds to 28 digits)
    with localcontext(prec=len(str(abs(minor))) + digits + 28):  # Babel rounds in the context's precision
        return str(format_decimal(exact, format=pattern, locale=locale, decimal_quantization=False))


def parse_amount_in(text: str, currency: str, locale: str) -> int:
    """An amount typed in a window, read in the window's locale exactly as it shows amounts: '209,00'
    and '1.234,50' in es_ES, '209.00' and '1,234.50' in he_IL/en_US -> minor units (Decimal, never a
    float). Refused: the other convention's separators ('209.00' in Spanish), separators out of place,
    signs, exponents, more decimals than the currency has, and a text that reads as two different
    amounts ('1.234' in Spanish for a currency with three decimals: 1234 or 1.234?)."""
    from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

    digits = minor_digits(currency)
    raw = text.translate(_DIRECTION_MARKS).strip()
    point, group = get_decimal_symbol(locale), get_group_symbol(locale)
    if (
        not raw
        or any(ch not in "0123456789" and ch not in (point, group) for ch in raw)
        or not (raw[0].isdigit() and raw[-1].isdigit())  # '209,' or ',5': a separator with nothing on a side
    ):
        raise MoneyError(f"{text!r} is not an amount such as {amount_text_in(123450, currency, locale)!r}")
    if point not in raw and raw.count(group) == 1 and digits >= 3:
        raise MoneyError(f"{text!r} reads as two amounts: write its decimals with {point!r}")
    try:
        with localcontext(prec=len(raw) + 28):  # strict mode formats the number again to compare
            value = parse_decimal(raw, locale=locale, strict=True)
    except NumberFormatError as exc:
        raise MoneyError(
            f"{text!r} is not an amount such as {amount_text_in(123450, currency, locale)!r}"
        ) from exc
    sign, figures, exponent = value.as_tuple()
    if not isinstance(exponent, int) or sign:  # pragma: no cover - the character check catches these
        raise MoneyError(f"{text!r} is not an amount")
    if -exponent > digits:
        raise MoneyError(f"{text!r} has more than {digits} decimals for {currency}")
    # Exact integer arithmetic: Decimal.scaleb would round to the context's 28 digits.
    scale: int = 10 ** (digits + exponent)
    return int("".join(map(str, figures)) or "0") * scale


def format_amount(minor: int, currency: str) -> str:
    """5900 ILS -> '59.00': the plain decimal form used in files and JSON, not for people."""
    digits = minor_digits(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}" if digits else f"{sign}{whole}"


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        return cls(parse_amount(text, currency), currency)

    def decimal_text(self) -> str:
        return format_amount(self.minor, self.currency)

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.minor - other.minor, self.currency)

    def times(self, factor: int) -> Money:
        return Money(self.minor * factor, self.currency)

    def split(self, parts: int) -> list[Money]:
        """Installments that add up exactly; the first one carries the remainder."""
        if parts < 1:
            raise ValueError("parts must be at least 1")
        base, remainder = divmod(self.minor, parts)
        return [Money(base + (remainder if i == 0 else 0), self.currency) for i in range(parts)]

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")
