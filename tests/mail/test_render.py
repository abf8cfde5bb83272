"""The renewal e-mails in English, Hebrew and Spanish: every kind renders with a full context, shows
the same facts as the English one (formatted for the language), keeps Hebrew right to left with the
domain and digits isolated, and escapes HTML."""

from __future__ import annotations

import re
from typing import Any

import pytest
from jinja2 import Environment, UndefinedError, meta

from desktop.mail.render import FSI, KINDS, PDI, TEMPLATES, date_text, money_text, render

LANGUAGES = ("en", "he", "es")
REASONS = (
    "card_expires_before_charge",
    "card_verification_declined",
    "no_card",
    "charge_declined",
    "charge_failed",
    "no_price",
    "staff_switched_off",
)
SERVICE = "levi.co.il"
RENEW_URL = "https://portal.example.com/renew?service=1&token=abc"
SETTINGS_URL = "https://portal.example.com/settings?service=1&token=abc"

# What each kind shows, as the English templates do.
SHOWS: dict[str, set[str]] = {
    "precharge_notice": {"charge_date", "amount", "installments", "card_last4", "renew_url", "settings_url"},
    "notice_updated": {"charge_date", "amount", "installments", "card_last4", "renew_url", "settings_url"},
    "card_check_failed": {"charge_date", "reason", "renew_url", "settings_url"},
    "charge_receipt": {
        "new_expires_on",
        "amount",
        "installments",
        "card_last4",
        "invoice_number",
        "settings_url",
    },
    "charge_failed": {"charge_date", "amount", "reason", "renew_url", "settings_url"},
    "stopped_by_staff": {"expires_on", "renew_url", "settings_url"},
    "renew_link": {"expires_on", "renew_url", "settings_url"},
}
INSTALLMENTS_PHRASE = {"en": "in 3 installments", "he": "ב-3 תשלומים", "es": "en 3 plazos"}
INSTALLMENTS_WORD = {"en": "installments", "he": "תשלומים", "es": "plazos"}
KIND_WORD = {
    "en": {"domain": "domain", "hosting": "hosting package"},
    "he": {"domain": "דומיין", "hosting": "חבילת האחסון"},
    "es": {"domain": "dominio", "hosting": "plan de alojamiento"},
}
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
VARIANTS = [
    pytest.param("domain", "ILS", 1, id="domain-ILS-1"),
    pytest.param("hosting", "EUR", 3, id="hosting-EUR-3"),
    pytest.param("domain", "EUR", 3, id="domain-EUR-3"),
    pytest.param("hosting", "ILS", 1, id="hosting-ILS-1"),
]


def context(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "customer_name": "Dana Levi",
        "service_name": SERVICE,
        "service_kind": "domain",
        "charge_date": "2026-12-01",
        "amount_minor": 48000,
        "currency": "ILS",
        "installments": 1,
        "card_brand": "visa",
        "card_last4": "4242",
        "reason": "card_expires_before_charge",
        "invoice_number": 1001,
        "new_expires_on": "2027-12-01",
        "expires_on": "2026-12-01",
        "renew_url": RENEW_URL,
        "settings_url": SETTINGS_URL,
        "company_name": "Levi Hosting Ltd",
    }
    values.update(overrides)
    return values


def template_files(language: str) -> set[str]:
    return {path.name for path in (TEMPLATES / language).iterdir() if path.is_file()}


def variables(language: str, name: str) -> set[str]:
    """The context variables a template file reads (without those of the files it extends or imports)."""
    environment = Environment()
    environment.filters.update({"money": str, "day": str, "ltr": str, "card": str})
    source = (TEMPLATES / language / name).read_text(encoding="utf-8")
    return set(meta.find_undeclared_variables(environment.parse(source)))


def macro_codes(language: str) -> set[tuple[str, str]]:
    source = (TEMPLATES / language / "_macros.txt").read_text(encoding="utf-8")
    return set(re.findall(r'(\w+) == "(\w+)"', source))


def test_every_language_has_the_same_files_as_english() -> None:
    english = template_files("en")
    expected = {"_macros.txt"} | {
        f"{kind}{suffix}" for kind in KINDS for suffix in (".subject.txt", ".txt", ".html")
    }
    assert english == expected
    assert template_files("he") == english
    assert template_files("es") == english
    assert (TEMPLATES / "_shared" / "_layout.html").is_file()  # one layout serves every language


@pytest.mark.parametrize("language", ["he", "es"])
def test_every_template_uses_the_same_variables_as_english(language: str) -> None:
    for name in sorted(template_files("en")):
        assert variables(language, name) == variables("en", name), name


@pytest.mark.parametrize("language", ["he", "es"])
def test_macros_cover_the_same_codes_as_english(language: str) -> None:
    english = macro_codes("en")
    assert {code for variable, code in english if variable == "code"} == set(REASONS)
    assert macro_codes(language) == english


@pytest.mark.parametrize(("service_kind", "currency", "installments"), VARIANTS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_mail_shows_the_facts_formatted_for_the_language(
    kind: str, language: str, service_kind: str, currency: str, installments: int
) -> None:
    values = context(service_kind=service_kind, currency=currency, installments=installments)
    mail = render(kind, language, values)
    shows = SHOWS[kind]

    assert mail.language == language
    assert mail.subject.strip() == mail.subject
    assert mail.subject
    assert "\n" not in mail.subject
    assert "\r" not in mail.subject
    assert SERVICE in mail.subject
    assert mail.text.endswith("\n")
    assert mail.text.strip().endswith(values["company_name"])
    assert values["company_name"] in mail.html
    assert values["customer_name"] in mail.text
    assert values["customer_name"] in mail.html

    assert SERVICE in mail.text
    assert f"<bdi>{SERVICE}</bdi>" in mail.html
    assert KIND_WORD[language][service_kind] in mail.text
    assert KIND_WORD[language][service_kind] in mail.html

    for field in ("charge_date", "new_expires_on", "expires_on"):
        if field in shows:
            day = date_text(values[field], language)
            assert day in mail.text, field
            assert f"<strong>{day}</strong>" in mail.html, field

    amount = money_text(48000, currency, language)
    if "amount" in shows:
        assert amount in mail.text
        assert f"<strong>{amount}</strong>" in mail.html

    if "card_last4" in shows:  # the card in the words of every window and document
        assert "Visa •••• 4242" in mail.text
        assert "<bdi>Visa •••• 4242</bdi>" in mail.html
    if "invoice_number" in shows:
        assert "1001" in mail.subject
        assert "1001" in mail.text
        assert "<bdi>1001</bdi>" in mail.html

    for field in ("renew_url", "settings_url"):
        url = values[field]
        escaped = url.replace("&", "&amp;")
        if field in shows:
            assert url in mail.text, field
            assert f'href="{escaped}"' in mail.html, field
            assert url not in mail.html, field
        else:
            assert url not in mail.text, field
            assert escaped not in mail.html, field

    word = INSTALLMENTS_WORD[language]
    if "installments" in shows and installments > 1:
        assert INSTALLMENTS_PHRASE[language] in mail.text
        assert INSTALLMENTS_PHRASE[language] in mail.html
    else:
        assert word not in mail.text
        assert word not in mail.html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_html_direction_and_language(kind: str, language: str) -> None:
    html = render(kind, language, context()).html
    direction = "rtl" if language == "he" else "ltr"
    assert html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'<body dir="{direction}"' in html
    assert f"direction: {direction};" in html
    other = "ltr" if direction == "rtl" else "rtl"
    assert f'dir="{other}"' not in html


@pytest.mark.parametrize("kind", KINDS)
def test_hebrew_isolates_left_to_right_values_but_not_urls(kind: str) -> None:
    mail = render(kind, "he", context())
    for part in (mail.subject, mail.text, mail.html):
        assert HEBREW_LETTER.search(part)
        assert "Hello" not in part
    wrapped = f"{FSI}{SERVICE}{PDI}"
    assert wrapped in mail.subject
    assert wrapped in mail.text
    assert mail.text.count(FSI) == mail.text.count(PDI)
    if "card_last4" in SHOWS[kind]:
        assert f"{FSI}Visa •••• 4242{PDI}" in mail.text
    if "invoice_number" in SHOWS[kind]:
        assert f"{FSI}1001{PDI}" in mail.subject
        assert f"{FSI}1001{PDI}" in mail.text
    lines = [line.strip() for line in mail.text.splitlines()]
    for field in ("renew_url", "settings_url"):
        if field in SHOWS[kind]:
            url = context()[field]
            assert url in lines, f"{field} is not alone on its line"
            assert f"{FSI}{url}" not in mail.text
    assert f"<bdi>{SERVICE}</bdi>" in mail.html


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_left_to_right_languages_have_no_isolates(kind: str, language: str) -> None:
    mail = render(kind, language, context())
    for part in (mail.subject, mail.text, mail.html):
        assert FSI not in part
        assert PDI not in part
        assert not HEBREW_LETTER.search(part)


@pytest.mark.parametrize("kind", KINDS)
def test_spanish_is_spanish(kind: str) -> None:
    mail = render(kind, "es", context())
    assert "renov" in mail.subject.lower()
    assert "renov" in mail.text.lower()
    assert "renov" in mail.html.lower()
    assert mail.text.startswith("Hola, Dana Levi:")
    for english in ("Hello", "Renew now", "automatic", "Settings"):
        assert english not in mail.text
        assert english not in mail.html


@pytest.mark.parametrize("kind", ["card_check_failed", "charge_failed"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reason_is_a_sentence_not_the_code(kind: str, language: str) -> None:
    texts = set()
    for code in REASONS:
        mail = render(kind, language, context(reason=code))
        assert code not in mail.text
        assert code not in mail.html
        texts.add(mail.text)
    assert len(texts) == len(REASONS)
    unknown = render(kind, language, context(reason="some_new_code"))
    assert "some_new_code" in unknown.text
    assert unknown.text not in texts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_html_escapes_the_customer_name(kind: str, language: str) -> None:
    mail = render(kind, language, context(customer_name="<b>Dana & Co</b>"))
    assert "&lt;b&gt;Dana &amp; Co&lt;/b&gt;" in mail.html
    assert "<b>" not in mail.html
    assert "<b>Dana & Co</b>" in mail.text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_variable_is_an_error(kind: str, language: str) -> None:
    used: set[str] = set()
    for name in (f"{kind}.subject.txt", f"{kind}.txt", f"{kind}.html"):
        used |= variables("en", name)
    used |= variables("_shared", "_layout.html")
    used &= set(context())  # not "language"/"direction" (set by render) nor the imported macros "m"
    assert {"customer_name", "service_name", "company_name"} <= used
    for name in sorted(used):
        values = context()
        del values[name]
        with pytest.raises(UndefinedError):
            render(kind, language, values)


def test_unknown_language_falls_back_to_english_and_unknown_kind_is_refused() -> None:
    mail = render("precharge_notice", "fr", context())
    assert mail.language == "en"
    assert mail.text.startswith("Hello Dana Levi,")
    with pytest.raises(ValueError, match="unknown e-mail kind"):
        render("welcome", "en", context())
