"""One e-mail rule (desktop/core/addresses.py) for every entry point: the import, the settings (the
sender, the settings form and `config set`) and what the SMTP sender takes agree on every text, and
store the same address."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from desktop.app.interchange.schema import Email
from desktop.core.addresses import AddressError, mail_address
from desktop.mail.render import RenderedMail
from desktop.mail.smtp import SmtpConfig, UnsendableMessage, build_message
from desktop.settings import SettingError, normalize

IMPORTED = TypeAdapter(Email)
PARTS = st.text(st.sampled_from("abz09.-_+@ \u200b\u05d0\u00e9\r\n\x00<>,\"'"), max_size=12)
ADDRESS_LIKE = st.builds(
    lambda a, b, c: f"{a}@{b}.{c}", PARTS, PARTS, st.sampled_from(["com", "co.il", "es", "x"])
)


def _rule(text: str) -> str | None:
    try:
        return mail_address(text)
    except AddressError:
        return None


def _setting(text: str) -> str | None:
    try:
        return normalize("mail.from", text)
    except SettingError:
        return None


def _imported(text: str) -> str | None:
    try:
        return str(IMPORTED.validate_python(text))
    except ValidationError:
        return None


def _sent(text: str) -> str | None:
    mail = RenderedMail(language="en", subject="s", text="t", html="<p>t</p>")
    config = SmtpConfig(
        host="localhost",
        port=25,
        user="",
        password=None,
        starttls=False,
        sender="renewals@example.com",
        sender_name="Renewals",
    )
    try:
        return str(build_message(mail, config, text)["To"])
    except UnsendableMessage:
        return None


@given(st.one_of(ADDRESS_LIKE, st.text(max_size=40)))
@example("dana@example.com")
@example(" Dana@Example.COM ")
@example("dana@exa\u200bmple.com")
@example("dana@example.com\r\nBcc: x@y.com")
@example("   ")
def test_every_entry_point_takes_exactly_what_the_rule_takes(text: str) -> None:
    stored = _rule(text)
    assert _setting(text) == stored
    assert _imported(text) == stored
    assert _sent(text) == stored
