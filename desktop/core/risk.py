"""What puts an automatic charge at risk (R7, R9, R21). The due engine, the dialogs and the finance
forecast all ask this module, so that forecast and reality agree."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from desktop.core.cards import expires_before
from desktop.core.codes import Risk
from desktop.core.due_dates import ChargeDecision, charge_date, charge_decision

_NOT_NAME = re.compile(r"[\W_]+", re.UNICODE)
# Quote marks are part of a word, not between words: O'Brien, בע"מ / בע״מ.
_QUOTES = re.compile("[\"'`´‘’“”׳״]")
# Company suffixes that do not make a name differ ("Levi Ltd" is "Levi Ltd.", "בע\"מ", "S.L.").
_SUFFIXES = {"ltd", "inc", "llc", "sl", "sa", "gmbh", "co", "בעמ"}


def _name_key(text: str) -> str:
    # Accents are ignored: cards carry the holder's name without them ("JOSE NUNEZ" for José Núñez).
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    tokens = _NOT_NAME.sub(" ", _QUOTES.sub("", plain)).split()
    # A run of single letters is one abbreviation: "S.L." is "SL", "J. R." is "JR".
    words: list[str] = []
    for single, run in groupby(tokens, key=lambda token: len(token) == 1):
        group = list(run)
        words.extend(["".join(group)] if single else group)
    return " ".join(word for word in words if word not in _SUFFIXES)


def holder_matches(holder: str, contact_name: str, contact_company: str | None) -> bool:
    """R7: the card holder matches a billing contact when it is the contact's name or its company."""
    key = _name_key(holder)
    if not key:
        return False
    return any(
        key == _name_key(candidate) for candidate in (contact_name, contact_company or "") if candidate
    )


def card_expires_first(exp_month: int, exp_year: int, expires_on: date, charge_lead_days: int) -> bool:
    """R9: the card will not be valid on the day the due engine charges a service expiring on
    `expires_on` (its expiry less `charge_lead_days`), whether its auto-renew is on yet or not."""
    return expires_before(exp_month, exp_year, charge_date(expires_on, charge_lead_days))


def holder_warning(card_holder: str, contact: ContactFacts | None, cards_in_account: int) -> bool:
    """R7: a billing contact other than the account holder is picked, the account has several cards,
    and the card holder is neither the contact's name nor its company. Every window asks this."""
    return (
        contact is not None
        and not contact.is_account_holder
        and cards_in_account > 1
        and not holder_matches(card_holder, contact.name, contact.company)
    )


@dataclass(frozen=True)
class CardFacts:
    exp_month: int
    exp_year: int
    holder: str
    invalid: bool


@dataclass(frozen=True)
class ContactFacts:
    name: str
    company: str | None
    is_account_holder: bool


def charge_risks(
    card: CardFacts | None,
    contact: ContactFacts,
    charge_on: date,
    today: date,
    has_price: bool = True,
) -> tuple[Risk, ...]:
    risks: list[Risk] = []
    if card is None:
        risks.append(Risk.NO_CARD)
    else:
        if card.invalid:
            risks.append(Risk.CARD_INVALID)
        if expires_before(card.exp_month, card.exp_year, charge_on):
            risks.append(Risk.CARD_EXPIRES_FIRST)
        if not contact.is_account_holder and not holder_matches(card.holder, contact.name, contact.company):
            risks.append(Risk.HOLDER_MISMATCH)
    if charge_on < today:
        risks.append(Risk.CHARGE_DATE_PASSED)
    if not has_price:
        risks.append(Risk.NO_PRICE)
    return tuple(risks)


def engine_risks(
    card: CardFacts | None,
    contact: ContactFacts,
    charge_on: date,
    today: date,
    late_charge_grace_days: int,
    has_price: bool = True,
) -> tuple[Risk, ...]:
    """What the due checks will do with a service's next charge, for the windows that show it (the
    account, the Recurring dialog): its risks, led by NEEDS_ATTENTION when its charge date is older
    than the grace days, so that the engine will leave it to staff, uncharged (R18, R30)."""
    risks = charge_risks(card, contact, charge_on, today, has_price)
    if charge_decision(charge_on, today, late_charge_grace_days) is ChargeDecision.NEEDS_ATTENTION:
        return (Risk.NEEDS_ATTENTION, *risks)
    return risks
