"""The e-mails of the due checks as a customer's mail program receives them (R14-R16, R25, R27):
MIME multipart/alternative with text and HTML in UTF-8, in the customer's language (Hebrew right to
left), with the amount formatted for that language and the charge date."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage

import pytest

from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs.due_engine import run_due
from desktop.jobs.outbox_sender import send_outbox
from desktop.mail.render import KINDS, RenderedMail, date_text, money_text, render
from desktop.mail.smtp import SmtpConfig, build_message
from tests.jobs.smtp_helpers import (
    CHARGE_DAY,
    CHARGE_DECLINED_CARD,
    CHECK_DAY,
    GOOD_CARD,
    VERIFY_DECLINED_CARD,
    OutboxRow,
    SmtpServer,
    body,
    card,
    customer,
    domain,
    import_customers,
    outbox_rows,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

HEBREW = re.compile(r"[\u05d0-\u05ea]")
RENEWED_UNTIL = date(2027, 12, 9)  # CHARGE_DAY plus the 12-month period


@dataclass(frozen=True)
class Lang:
    code: str
    currency: str
    tld: str
    price_minor: int  # the price of a 12-month domain of that TLD and currency (smtp_helpers.PRICE_LIST)
    name: str
    subject_word: str  # a word every subject of that language has


LANGS = (
    Lang("he", "ILS", ".co.il", 5900, "דנה לוי", "חידוש"),
    Lang("es", "EUR", ".es", 123456, "José Núñez", "renov"),
    Lang("en", "USD", ".com", 123456, "John Smith", "renew"),
)


def _customer_of(lang: Lang) -> dict[str, object]:
    stem = {"he": "levi", "es": "nunez", "en": "smith"}[lang.code]
    return customer(
        f"cust-{lang.code}",
        lang.name,
        f"{stem}@example.com",
        lang.code,
        lang.currency,
        [
            card("good", GOOD_CARD, lang.name),
            card("charge-declined", CHARGE_DECLINED_CARD, lang.name),
            card("verify-declined", VERIFY_DECLINED_CARD, lang.name),
        ],
        [
            domain("renewed", f"{stem}{lang.tld}", "good"),
            domain("declined", f"{stem}-shop{lang.tld}", "charge-declined"),
            domain("checkfail", f"{stem}-blog{lang.tld}", "verify-declined"),
        ],
    )


@dataclass(frozen=True)
class Delivered:
    row: OutboxRow
    message: EmailMessage


Mailbox = dict[tuple[str, str, str], Delivered]  # (language, kind, service name) -> what arrived


@pytest.fixture
def mailbox(ctx: AppContext, clock: ManualClock, smtp: SmtpServer) -> Mailbox:
    """Three customers, one per language, each with a service of a good card, one of a card whose
    charge is declined and one of a card that fails its check: the checks on the check date, then the
    charges on the charge date, each followed by the sender."""
    point_smtp_at(ctx, smtp.port)
    import_customers(ctx, [_customer_of(lang) for lang in LANGS])
    run_due(ctx, CHECK_DAY)
    assert send_outbox(ctx).sent == 3 * 3
    clock.set(datetime(CHARGE_DAY.year, CHARGE_DAY.month, CHARGE_DAY.day, 9, 0, tzinfo=UTC))
    run_due(ctx, CHARGE_DAY)
    assert send_outbox(ctx).sent == 3 * 2
    rows = {row.message_id: row for row in outbox_rows(ctx)}
    assert all(row.status == "sent" for row in rows.values())
    received = smtp.messages()
    assert len(received) == len(rows) == 15
    box: Mailbox = {}
    for message in received:
        row = rows[str(message["Message-ID"])]
        assert message["To"] == row.to_address
        box[(row.language, row.kind, str(row.context["service_name"]))] = Delivered(row, message)
    assert len(box) == 15
    return box


def _mail(box: Mailbox, lang: Lang, kind: str) -> Delivered:
    found = [item for (code, item_kind, _), item in box.items() if code == lang.code and item_kind == kind]
    assert found, f"no {kind} e-mail in {lang.code}"
    return found[0]


def _check_language(delivered: Delivered, lang: Lang) -> tuple[str, str]:
    """The MIME shape and the language of one received e-mail; returns its text and HTML."""
    message, row = delivered.message, delivered.row
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [part.get_content_type() for part in parts] == ["text/plain", "text/html"]
    assert all(part.get_content_charset() == "utf-8" for part in parts)
    assert message["Content-Language"] == lang.code
    text, html = body(message, "plain"), body(message, "html")
    direction = "rtl" if lang.code == "he" else "ltr"
    assert f'dir="{direction}"' in html and f'lang="{lang.code}"' in html
    assert 'dir="rtl"' not in html if direction == "ltr" else 'dir="ltr"' not in html
    # The subject decodes to the language's own text, as the templates render it.
    subject = str(message["Subject"])
    expected = render(
        row.kind,
        lang.code,
        {**row.context, "renew_url": "-", "settings_url": "-", "company_name": "-"},
    ).subject
    assert subject == expected
    assert lang.subject_word in subject.lower()
    assert bool(HEBREW.search(subject)) is (lang.code == "he")
    assert bool(HEBREW.search(text)) is (lang.code == "he")
    # The customer's name reaches both parts intact (UTF-8 end to end).
    assert lang.name in text and lang.name in html
    return text, html


@pytest.mark.parametrize("lang", LANGS, ids=[lang.code for lang in LANGS])
def test_precharge_notice(mailbox: Mailbox, lang: Lang) -> None:
    text, html = _check_language(_mail(mailbox, lang, "precharge_notice"), lang)
    amount, when = money_text(lang.price_minor, lang.currency, lang.code), date_text(CHARGE_DAY, lang.code)
    for part in (text, html):
        assert amount in part
        assert when in part
    assert when in str(_mail(mailbox, lang, "precharge_notice").message["Subject"])


@pytest.mark.parametrize("lang", LANGS, ids=[lang.code for lang in LANGS])
def test_charge_receipt(mailbox: Mailbox, lang: Lang) -> None:
    delivered = _mail(mailbox, lang, "charge_receipt")
    assert delivered.row.context["service_name"].startswith(
        {"he": "levi.", "es": "nunez.", "en": "smith."}[lang.code]
    )
    text, html = _check_language(delivered, lang)
    amount = money_text(lang.price_minor, lang.currency, lang.code)
    until = date_text(RENEWED_UNTIL, lang.code)
    invoice = str(delivered.row.context["invoice_number"])
    for part in (text, html):
        assert amount in part
        assert until in part
        assert invoice in part


@pytest.mark.parametrize("lang", LANGS, ids=[lang.code for lang in LANGS])
def test_stop_mail_after_a_declined_charge(mailbox: Mailbox, lang: Lang) -> None:
    delivered = _mail(mailbox, lang, "charge_failed")
    assert delivered.row.context["reason"] == "charge_declined"
    assert "-shop." in delivered.row.context["service_name"]
    text, html = _check_language(delivered, lang)
    amount, when = money_text(lang.price_minor, lang.currency, lang.code), date_text(CHARGE_DAY, lang.code)
    for part in (text, html):
        assert amount in part
        assert when in part
        assert "token=" in part  # the renew link (R27: the customer can still renew)


@pytest.mark.parametrize("lang", LANGS, ids=[lang.code for lang in LANGS])
def test_card_check_failed_mail(mailbox: Mailbox, lang: Lang) -> None:
    delivered = _mail(mailbox, lang, "card_check_failed")
    assert delivered.row.context["reason"] == "card_verification_declined"
    assert "-blog." in delivered.row.context["service_name"]
    text, html = _check_language(delivered, lang)
    when = date_text(CHARGE_DAY, lang.code)
    for part in (text, html):
        assert when in part
        assert "token=" in part  # R14: a direct link to renew


def test_each_customer_gets_each_mail_once(mailbox: Mailbox) -> None:
    kinds: dict[str, list[str]] = {}
    for language, kind, _ in mailbox:
        kinds.setdefault(language, []).append(kind)
    expected = [
        "card_check_failed",
        "charge_failed",
        "charge_receipt",
        "precharge_notice",
        "precharge_notice",
    ]
    assert {language: sorted(found) for language, found in kinds.items()} == {
        lang.code: expected for lang in LANGS
    }


LONG_NAMES = ("nunez-shop.es", "mi-tienda-de-ropa-y-complementos.es", "levi-shop.co.il", "a" * 50 + ".com")


@pytest.mark.parametrize("lang", LANGS, ids=[lang.code for lang in LANGS])
def test_subjects_survive_folding(lang: Lang) -> None:
    """Long subjects are folded across lines; each word and space must arrive as it was written."""
    config = SmtpConfig("127.0.0.1", 25, "", None, False, "renewals@hosting.example", "Hosting")
    for kind in KINDS:
        for name in LONG_NAMES:
            context = {
                "service_id": 1,
                "customer_name": lang.name,
                "service_name": name,
                "service_kind": "domain",
                "charge_date": "2026-12-09",
                "expires_on": "2026-12-09",
                "new_expires_on": "2027-12-09",
                "card_brand": "visa",
                "card_last4": "4242",
                "amount_minor": lang.price_minor,
                "currency": lang.currency,
                "installments": 1,
                "reason": "charge_declined",
                "invoice_number": "INV-2026-000123",
                "renew_url": "https://portal.example.com/renew",
                "settings_url": "https://portal.example.com/settings",
                "company_name": "Hosting",
            }
            mail: RenderedMail = render(kind, lang.code, context)
            raw = build_message(mail, config, "someone@example.com").as_bytes(policy=email.policy.SMTP)
            head = raw.split(b"\r\n\r\n")[0].split(b"\r\n")
            assert all(len(line) <= 78 for line in head), head
            received = email.message_from_bytes(raw, policy=email.policy.default)
            assert str(received["Subject"]) == mail.subject, (kind, name)
