"""What puts an automatic charge at risk (R7, R9, R21)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.core.codes import Risk
from desktop.core.risk import CardFacts, ContactFacts, charge_risks, holder_matches

# --- R7: card holder against billing contact -----------------------------------------------------


@pytest.mark.parametrize(
    ("holder", "name", "company"),
    [
        ("Dana Levi", "Dana Levi", None),
        ("DANA LEVI", "Dana Levi", None),  # case
        ("  Dana   Levi ", "Dana Levi", None),  # spacing
        ("Dana-Levi", "Dana Levi", None),  # punctuation between words
        ("Dana Levi.", "dana levi", None),
        ("Levi Ltd", "Dana Levi", "Levi Ltd."),  # the company, with and without the dot
        ("LEVI LTD.", "Dana Levi", "Levi"),  # the suffix does not make a name differ
        ("Levi Ltd", "Levi", None),
        ("Acme, Inc.", "Someone", "ACME"),
        ("Acme GmbH", "Someone", "Acme"),
        ("Acme LLC", "Someone", "Acme"),
        ("Acme Co.", "Someone", "Acme"),
        ("O'Brien Hosting", "Someone", "OBrien Hosting"),
        # Hebrew
        ("דנה לוי", "דנה לוי", None),
        ("  דנה  לוי ", "דנה לוי", None),
        ('לוי בע"מ', "דנה לוי", "לוי"),
        ('לוי בע"מ', "דנה לוי", 'לוי בע"מ'),
        ("לוי בע״מ", "דנה לוי", 'לוי בע"מ'),  # gershayim and a plain double quote
        ("לוי", "דנה לוי", "לוי בע״מ"),
        # Spanish
        ("José Núñez", "JOSÉ NÚÑEZ", None),
        ("JOSE NUNEZ", "José Núñez", None),  # cards carry names without accents
        ("María Peña", "Maria Pena", None),
        (unicodedata.normalize("NFD", "José Núñez"), unicodedata.normalize("NFC", "José Núñez"), None),
        ("Núñez S.L.", "Pedro", "Nunez SL"),
        ("Núñez S. L.", "Pedro", "Núñez"),
        ("Hostings Ibéricos S.A.", "Pedro", "HOSTINGS IBERICOS"),
        ("J.R. Smith", "J. R. Smith", None),
    ],
)
def test_holder_matches(holder: str, name: str, company: str | None) -> None:
    assert holder_matches(holder, name, company)


@pytest.mark.parametrize(
    ("holder", "name", "company"),
    [
        ("Dana Levi", "Dana Cohen", None),
        ("Dana Levi", "Dana Cohen", "Cohen Ltd"),
        ("Levi", "Levin", None),
        ("Dana Levi", "Levi Dana", None),  # another person, as far as this rule can tell
        ("Dana Levi", "Dana", None),
        ("דנה לוי", "דנה כהן", 'כהן בע"מ'),
        ("José Núñez", "José Nuño", None),
        ("Núñez S.L.", "Pedro", "Núñez Hosting S.L."),
        ("", "Dana Levi", None),
        ("   ", "Dana Levi", None),
        ("...", "Dana Levi", "..."),
        ("Ltd", "Ltd", None),  # nothing left of the name once the suffix is dropped
        ("Dana Levi", "", None),
        ("Dana Levi", "", ""),
    ],
)
def test_holder_does_not_match(holder: str, name: str, company: str | None) -> None:
    assert not holder_matches(holder, name, company)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzאבגדהוזחטיכלמנסעפצקרשת", min_size=3, max_size=10).filter(
    lambda word: word not in {"ltd", "inc", "llc", "gmbh", "בעמ"}
)
names = st.lists(words, min_size=1, max_size=4)


@given(names, st.sampled_from([" ", "  ", " - ", ", ", "\t", ". "]), st.booleans())
def test_case_spacing_and_punctuation_do_not_matter(parts: list[str], sep: str, upper: bool) -> None:
    holder = " ".join(parts)
    written = sep.join(part.upper() if upper else part.title() for part in parts) + "."
    assert holder_matches(holder, written, None)
    assert holder_matches(holder, "somebody else entirely", written)


@given(names, names)
def test_different_words_do_not_match(first: list[str], second: list[str]) -> None:
    assume(first != second)
    assert not holder_matches(" ".join(first), " ".join(second), None)


@given(names, names)
def test_matching_is_symmetric(first: list[str], second: list[str]) -> None:
    a, b = " ".join(first), " ".join(second).upper()
    assert holder_matches(a, b, None) is holder_matches(b, a, None)


# --- R9, R21: risks of one charge ----------------------------------------------------------------

TODAY = date(2026, 11, 24)
CHARGE_ON = date(2026, 12, 1)
HOLDER_CONTACT = ContactFacts(name="Dana Levi", company=None, is_account_holder=True)
OTHER_CONTACT = ContactFacts(name="Avi Cohen", company="Cohen Ltd", is_account_holder=False)


def card(
    exp_month: int = 12, exp_year: int = 2027, holder: str = "Dana Levi", invalid: bool = False
) -> CardFacts:
    return CardFacts(exp_month=exp_month, exp_year=exp_year, holder=holder, invalid=invalid)


def test_a_good_card_has_no_risk() -> None:
    assert charge_risks(card(), HOLDER_CONTACT, CHARGE_ON, TODAY) == ()


def test_no_card() -> None:
    assert charge_risks(None, HOLDER_CONTACT, CHARGE_ON, TODAY) == (Risk.NO_CARD,)
    # Without a card there is no holder to compare, so no mismatch either.
    assert charge_risks(None, OTHER_CONTACT, CHARGE_ON, TODAY) == (Risk.NO_CARD,)


def test_card_invalid() -> None:
    assert charge_risks(card(invalid=True), HOLDER_CONTACT, CHARGE_ON, TODAY) == (Risk.CARD_INVALID,)


@pytest.mark.parametrize(
    ("exp_month", "exp_year", "at_risk"),
    [
        (11, 2026, True),  # valid through 30 November, the charge is on 1 December
        (10, 2026, True),
        (12, 2026, False),  # valid through 31 December
        (1, 2027, False),
    ],
)
def test_card_expires_first(exp_month: int, exp_year: int, at_risk: bool) -> None:
    risks = charge_risks(card(exp_month, exp_year), HOLDER_CONTACT, CHARGE_ON, TODAY)
    assert (Risk.CARD_EXPIRES_FIRST in risks) is at_risk
    assert risks == ((Risk.CARD_EXPIRES_FIRST,) if at_risk else ())


def test_card_valid_through_the_charge_day_itself_is_not_at_risk() -> None:
    assert charge_risks(card(11, 2026), HOLDER_CONTACT, date(2026, 11, 30), TODAY) == ()


def test_holder_mismatch_only_for_another_billing_contact() -> None:
    stranger = card(holder="Someone Else")
    assert charge_risks(stranger, OTHER_CONTACT, CHARGE_ON, TODAY) == (Risk.HOLDER_MISMATCH,)
    # The account holder is the default contact: no warning there (R7 is about another contact).
    assert charge_risks(stranger, HOLDER_CONTACT, CHARGE_ON, TODAY) == ()
    # The card holder is the contact's name or its company: no warning.
    assert charge_risks(card(holder="AVI COHEN"), OTHER_CONTACT, CHARGE_ON, TODAY) == ()
    assert charge_risks(card(holder="Cohen Ltd."), OTHER_CONTACT, CHARGE_ON, TODAY) == ()


def test_charge_date_passed() -> None:
    assert charge_risks(card(), HOLDER_CONTACT, TODAY, TODAY) == ()
    assert charge_risks(card(), HOLDER_CONTACT, date(2026, 11, 23), TODAY) == (Risk.CHARGE_DATE_PASSED,)


def test_no_price() -> None:
    assert charge_risks(card(), HOLDER_CONTACT, CHARGE_ON, TODAY, has_price=False) == (Risk.NO_PRICE,)


def test_every_risk_at_once_in_a_stable_order() -> None:
    bad = card(exp_month=1, exp_year=2026, holder="Someone Else", invalid=True)
    assert charge_risks(bad, OTHER_CONTACT, date(2026, 11, 1), TODAY, has_price=False) == (
        Risk.CARD_INVALID,
        Risk.CARD_EXPIRES_FIRST,
        Risk.HOLDER_MISMATCH,
        Risk.CHARGE_DATE_PASSED,
        Risk.NO_PRICE,
    )
    assert charge_risks(None, OTHER_CONTACT, date(2026, 11, 1), TODAY, has_price=False) == (
        Risk.NO_CARD,
        Risk.CHARGE_DATE_PASSED,
        Risk.NO_PRICE,
    )


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=2024, max_value=2030),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 12, 31)),
)
def test_expires_first_agrees_with_the_expiry_month(exp_month: int, exp_year: int, charge_on: date) -> None:
    risks = charge_risks(card(exp_month, exp_year), HOLDER_CONTACT, charge_on, date(2024, 1, 1))
    assert (Risk.CARD_EXPIRES_FIRST in risks) is ((charge_on.year, charge_on.month) > (exp_year, exp_month))
