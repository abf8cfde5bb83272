"""What the e-mails say in words, in every kind and language (hostile test of issue 13, defects 14
and 19): the plain-text part never runs one sentence into the next (a block tag at a line's end ate
its line break: "...renewed automatically.Amount: $39.00"); a pre-charge notice and its update say
the renewal period; a notice whose charge is made now says "now" in its subject and its body, and
never "will be renewed on" a day gone by."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from desktop.mail.render import DOCUMENT_KINDS, FSI, KINDS, PDI, STAFF_KINDS, render

LANGUAGES = ("en", "he", "es")
# A sentence's end glued to the next word: a full stop, colon or semicolon followed by a letter.
GLUED = re.compile(r"[.!?:;](?=[A-Za-zÀ-ÿ\u05d0-\u05ea¿])")


def _context(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "customer_name": "Dana Levi",
        "service_name": "levi.co.il",
        "service_kind": "hosting",
        "charge_date": "2026-12-01",
        "amount_minor": 45400,
        "currency": "EUR",
        "installments": 5,
        "period_months": 24,
        "card_brand": "visa",
        "card_last4": "4242",
        "reason": "charge_declined",
        "invoice_number": "INV-1001",
        "new_expires_on": "2027-12-01",
        "expires_on": "2026-12-01",
        "renew_url": "https://portal.example.com/renew?token=abc",
        "settings_url": "https://portal.example.com/settings?token=abc",
        "company_name": "Levi Hosting Ltd",
        # documents (R40)
        "number": "1001",
        "total_minor": 3000,
        "valid_until": "2026-12-31",
        # the test e-mail to staff
        "staff_name": "Avi",
        "sent_on": "2026-11-24",
        "sent_time": "09:00",
        "timezone": "Asia/Jerusalem",
        "smtp_host": "smtp.example.com",
        "smtp_port": 587,
        "mail_from": "renewals@hosting.example",
    }
    values.update(overrides)
    return values


def _words(text: str, context: dict[str, Any]) -> str:
    """The text with the values put into it taken out (a domain, a URL, an address has dots of its
    own), and the isolates of Hebrew around them."""
    for value in sorted((str(v) for v in context.values()), key=len, reverse=True):
        text = text.replace(value, " ")
    return text.replace(FSI, "").replace(PDI, "")


VARIANTS = [
    {"charge_now": now, "installments": installments, "valid_until": valid, "switched_on_again": again}
    for now, installments, valid, again in itertools.product(
        (False, True), (1, 5), (None, "2026-12-31"), (False, True)
    )
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS + STAFF_KINDS + DOCUMENT_KINDS)
def test_no_sentence_of_the_plain_text_runs_into_the_next(kind: str, language: str) -> None:
    for variant in VARIANTS:
        context = _context(**variant)
        mail = render(kind, language, context)
        for number, line in enumerate(mail.text.splitlines(), start=1):
            glued = GLUED.search(_words(line, context))
            assert glued is None, f"{kind} {language} {variant} line {number}: {line!r}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["precharge_notice", "notice_updated"])
def test_a_notice_says_the_renewal_period(kind: str, language: str) -> None:
    period = {"en": "24 months", "he": "24 חודשים", "es": "24 meses"}[language]
    mail = render(kind, language, _context())
    assert period in mail.text and period in mail.html
    # A notice queued before the period was written in its context is still sent, without it.
    older = _context()
    del older["period_months"]
    assert period not in render(kind, language, older).text


NOW = {"en": "now", "he": "כעת", "es": "ahora"}
WILL = {"en": "will be renewed", "he": "נחדש", "es": "se renovará"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["precharge_notice", "notice_updated"])
def test_a_notice_whose_charge_is_made_now_says_now_in_its_subject_and_body(kind: str, language: str) -> None:
    now = render(kind, language, _context(charge_now=True))
    assert NOW[language] in now.subject
    assert NOW[language] in now.text and NOW[language] in now.html
    assert WILL[language] not in now.subject + now.text + now.html
    # Being renewed now, it offers no renewal by hand (that would be a second payment for the period).
    assert "renew?token" not in now.text and "renew?token" not in now.html
    later = render(kind, language, _context())
    assert NOW[language] not in later.subject
    assert WILL[language] in later.text
    assert "renew?token" in later.text and "renew?token" in later.html


ON_AGAIN = {"en": "is on again", "he": "פעיל שוב", "es": "está activa de nuevo"}
CHANGED = {"en": "have changed", "he": "השתנו", "es": "han cambiado"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_updated_notice_of_the_same_terms_after_a_switch_on_says_on_again_not_new_terms(
    language: str,
) -> None:
    """Told auto-renew stopped, then on again on the same terms (desktop.jobs.renew_changes): the
    updated notice said 'the terms have changed ... replace those we sent you before' of unchanged
    terms."""
    again = render("notice_updated", language, _context(switched_on_again=True))
    assert ON_AGAIN[language] in again.subject and ON_AGAIN[language] in again.text
    assert ON_AGAIN[language] in again.html
    assert CHANGED[language] not in again.text + again.html
    changed = render("notice_updated", language, _context())
    assert CHANGED[language] in changed.text and ON_AGAIN[language] not in changed.subject
