"""The one rule for e-mail addresses and header text (R31), wherever they enter: the import, the
settings, the test e-mail, and the message built for the server."""

from __future__ import annotations

import email
import email.policy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.app.actor import Actor, Role
from desktop.app.config import send_test_email, set_setting
from desktop.app.errors import UseCaseError
from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused, describe
from desktop.app.interchange.validate import read_document
from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, header_text_problem, mail_address
from desktop.mail.render import RenderedMail
from desktop.mail.smtp import SmtpConfig, UnsendableMessage, build_message, stable_message_id
from desktop.settings import SettingError, normalize
from desktop.store.models import Contact, Customer

ADMIN = Actor("tests:admin", Role.ADMIN)
INJECTIONS = [
    "a@b.com\r\nBcc: x@y",
    "a@b.com\nBcc: x@y.com",
    "a@b.com\rBcc: x@y.com",
    "a@b.com\x00",
    "a@b\u2028.com",
    "a@b.com, x@y.com",
    "Dana <a@b.com>",
    "a@b.com>\r\nRCPT TO:<x@y.com",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_an_address_that_could_carry_a_second_header_or_recipient_is_refused(text: str) -> None:
    with pytest.raises(AddressError) as refused:
        mail_address(text)
    assert "\r" not in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("dana@example.com", "dana@example.com"),
        ("  Dana.Levi@Example.CO.IL ", "Dana.Levi@example.co.il"),
        ("billing@bücher.example", "billing@xn--bcher-kva.example"),
        ("info@דוגמה.ישראל", "info@xn--6dbbec0c.xn--4dbrk0ce"),
        ("hola@españa.es", "hola@xn--espaa-rta.es"),
        ("x@xn--bcher-kva.example", "x@xn--bcher-kva.example"),
    ],
)
def test_valid_addresses_are_kept_with_their_domain_in_ascii(text: str, stored: str) -> None:
    assert mail_address(text) == stored
    assert mail_address(stored) == stored


@pytest.mark.parametrize(
    "text", ["", "dana", "dana@", "@example.com", "dana@example", "dana@localhost", "ñandú@example.com"]
)
def test_what_is_not_one_plain_address_is_refused(text: str) -> None:
    with pytest.raises(AddressError):
        mail_address(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_whatever_is_accepted_is_plain_ascii_and_stable(text: str) -> None:
    try:
        address = mail_address(text)
    except AddressError:
        return
    assert address.isascii() and address.isprintable() and " " not in address
    assert address.count("@") == 1 and mail_address(address) == address


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abcxyz.-", min_size=1, max_size=8),
    st.sampled_from(["\r", "\n", "\r\n", "\x00", "\x0b", "\x85", "\u2028", "\u2029"]),
    # something after the break: a break at the very end is only trailing space, stripped
    st.text(alphabet="abc@.:", min_size=1, max_size=10),
)
def test_any_line_break_or_control_character_is_refused(local: str, breaker: str, rest: str) -> None:
    text = f"{local}@example.com{breaker}{rest}"
    with pytest.raises(AddressError):
        mail_address(text)
    assert header_text_problem(f"Acme{breaker}{rest}") is not None
    with pytest.raises(SettingError):
        normalize("company.name", f"Acme{breaker}Ltd")


# -- settings -----------------------------------------------------------------------------------


def test_settings_that_go_into_headers_refuse_line_breaks() -> None:
    assert normalize("company.name", "  Levi Hosting בע״מ ") == "Levi Hosting בע״מ"
    assert normalize("mail.from", "Renewals@Bücher.example") == "Renewals@xn--bcher-kva.example"
    for key, value in [
        ("company.name", "Acme\r\nBcc: x@y.com"),
        ("company.name", "Acme \u202eLtd"),  # shown reversed, like any stored name with it
        ("smtp.user", "me\r\nRCPT TO:<x@y.com>"),
        ("mail.from", "renewals@example.com\r\nBcc: x@y.com"),
        ("mail.from", "Renewals <renewals@example.com>"),
    ]:
        with pytest.raises(SettingError) as refused:
            normalize(key, value)
        assert refused.value.key == key and "\n" not in refused.value.problem


def test_give_up_days_is_a_whole_number_of_days_defaulting_to_three(ctx: AppContext) -> None:
    assert ctx.settings.mail_give_up_days == 3
    assert set_setting(ctx, ADMIN, "mail.give_up_days", " 7 ") == "7"
    assert ctx.settings.mail_give_up_days == 7
    for bad in ("0", "61", "three", "2.5"):
        with pytest.raises(UseCaseError) as refused:
            set_setting(ctx, ADMIN, "mail.give_up_days", bad)
        assert refused.value.code == "setting_invalid"
    assert ctx.settings.mail_give_up_days == 7


def test_the_test_email_refuses_an_injected_address(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        send_test_email(ctx, ADMIN, "me@example.com\r\nBcc: spy@example.com")
    assert refused.value.code == "email_invalid"
    assert "\r" not in refused.value.params["address"]


# -- the import -----------------------------------------------------------------------------------


def _document(email_address: str, contact_email: str = "billing@example.com") -> dict[str, Any]:
    return {
        "format": "renewdesk/1",
        "price_list": [],
        "customers": [
            {
                "ref": "c0",
                "name": "Good",
                "email": "good@example.com",
                "language": "en",
                "currency": "USD",
            },
            {
                "ref": "c1",
                "name": "Dana Levi",
                "email": email_address,
                "language": "he",
                "currency": "ILS",
                "contacts": [{"ref": "k1", "name": "Levi Ltd", "email": contact_email}],
            },
        ],
    }


@pytest.mark.parametrize(
    "bad",
    # The second was imported before (issue 10, defect 4): CR/LF in the part before the last "@".
    ["a@b.com\r\nBcc: x@y", "a@b.com\r\nBcc:spy@evil.example", "a@b.com\nCc:x@y.com", "Dana <a@b.com>"],
)
def test_the_import_refuses_an_injected_address_naming_its_json_path(bad: str) -> None:
    for document, path in [
        (_document(bad), "customers[1].email"),
        (_document("dana@example.com", bad), "customers[1].contacts[0].email"),
    ]:
        parsed, problems = read_document(json.dumps(document).encode())
        assert parsed is None
        assert [(problem.path, problem.code) for problem in problems] == [(path, "bad_email")]
        text = describe(problems[0])
        assert text.startswith(f"{path}: ") and "\n" not in text and "\r" not in text


def test_the_import_keeps_idn_addresses_in_ascii(ctx: AppContext) -> None:
    raw = json.dumps(_document("Dana@דוגמה.ישראל", "billing@bücher.example")).encode()
    import_document(ctx, ADMIN, raw, "tests")
    with ctx.db.reading() as session:
        assert session.scalar(select(Customer.email).where(Customer.ref == "c1")) == (
            "Dana@xn--6dbbec0c.xn--4dbrk0ce"
        )
        assert session.scalar(select(Contact.email)) == "billing@xn--bcher-kva.example"
    with pytest.raises(ImportRefused):
        import_document(ctx, ADMIN, json.dumps(_document("a@b.com\r\nBcc: x@y")).encode(), "tests")


# -- the message for the server -------------------------------------------------------------------

MAIL = RenderedMail(subject="Renewal of levi.co.il", text="Hello\n", html="<p>Hello</p>", language="en")
CONFIG = SmtpConfig("127.0.0.1", 25, "", None, False, "renewals@hosting.example", "Levi Hosting")


@pytest.mark.parametrize(
    ("mail", "config", "to"),
    [
        (MAIL, CONFIG, "a@b.com\r\nBcc: x@y.com"),
        (MAIL, SmtpConfig("h", 25, "", None, False, "r@h.example", "Evil\r\nBcc: x@y.com"), "a@b.com"),
        (MAIL, SmtpConfig("h", 25, "", None, False, "r@h.example\nBcc: x@y.com", "Co"), "a@b.com"),
        (RenderedMail("Hi\r\nBcc: x@y.com", "t", "h", "en"), CONFIG, "a@b.com"),
    ],
)
def test_a_message_whose_headers_would_break_is_not_built(
    mail: RenderedMail, config: SmtpConfig, to: str
) -> None:
    with pytest.raises(UnsendableMessage):
        build_message(mail, config, to)


def test_the_message_carries_the_ascii_address_and_the_given_message_id() -> None:
    message_id = stable_message_id(42, "7:2026-12-09:precharge_notice", "renewals@hosting.example")
    assert message_id == stable_message_id(42, "7:2026-12-09:precharge_notice", "renewals@hosting.example")
    assert message_id != stable_message_id(42, "7:2026-12-09:charge_receipt", "renewals@hosting.example")
    assert message_id.startswith("<rd-42-") and message_id.endswith("@hosting.example>")

    built = build_message(MAIL, CONFIG, "dana@bücher.example", message_id)

    parsed = email.message_from_bytes(built.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)
    assert parsed["To"] == "dana@xn--bcher-kva.example"
    assert parsed["Message-ID"] == message_id
    assert parsed["From"] == "Levi Hosting <renewals@hosting.example>"
