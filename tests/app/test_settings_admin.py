"""Settings and secrets changed by an admin (R23, R24): the form shows every setting and only whether
a secret is kept; saving is all or nothing with one audit row per change; secrets go to the keyring
and nowhere else; the test e-mail goes out through a real SMTP server with the values not yet saved."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import func, select

from desktop.app.actor import Actor
from desktop.app.config import (
    SettingProblem,
    save_secrets,
    save_settings,
    send_test_email,
    set_setting,
    settings_form,
)
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.mail.render import FSI, PDI, render
from desktop.settings import SPECS
from desktop.store import settings_repo
from desktop.store.models import AuditEntry
from tests.app.helpers import ADMIN, FINANCE, SALES
from tests.jobs.smtp_helpers import (
    HOST,
    SmtpServer,
    audit_actions,
    body,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    every_table_text,
    running_smtp,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.keyrings import MemoryKeyring

SMTP_SECRET = "Pa55-smtp-zq8x-7781"
SIGNING_SECRET = "sign-k3y-0f-the-l1nks-4490"
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")


def stored(ctx: AppContext) -> dict[str, str]:
    with ctx.db.reading() as session:
        return settings_repo.load_all(session)


def audit_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def server_values(port: int, **more: str) -> dict[str, str]:
    return {"smtp.host": HOST, "smtp.port": str(port), "mail.from": "renewals@hosting.example", **more}


# -- the form --------------------------------------------------------------------------------------


def test_the_form_has_every_setting_in_force_with_its_default(ctx: AppContext) -> None:
    set_setting(ctx, ADMIN, "smtp.port", "587")
    form = settings_form(ctx, ADMIN)

    assert [field.key for field in form.settings] == [spec.key for spec in SPECS]
    port = form.setting("smtp.port")
    assert (port.value, port.stored, port.default, port.kind, port.low, port.high) == (
        "587",
        "587",
        "25",
        "int",
        1,
        65535,
    )
    days = form.setting("check_days_before")
    assert (days.value, days.stored, days.default, days.low, days.high) == ("15", None, "15", 0, 90)
    assert form.setting("timezone").kind == "timezone"
    assert form.setting("smtp.starttls").kind == "bool"
    assert form.setting("mail.from").kind == "email"
    assert form.setting("portal.renew_url").kind == "url"
    assert form.setting("company.name").kind == "text"
    assert [secret.key for secret in form.secrets] == [
        "smtp.password",
        "gateway.api_key",
        "links.signing_key",
        "db.password",
    ]
    assert not any(secret.is_set for secret in form.secrets)
    assert form.keyring_problem is None


def test_a_hand_edited_value_that_no_longer_parses_shows_the_default_in_force(ctx: AppContext) -> None:
    with ctx.db.transaction() as session:
        settings_repo.save(session, "smtp.port", "lots", by="hand", at=ctx.clock.now())
    field = settings_form(ctx, ADMIN).setting("smtp.port")
    assert (field.value, field.stored) == ("25", "lots")


# -- saving settings -------------------------------------------------------------------------------


def test_many_settings_are_saved_at_once_with_one_audit_row_each(ctx: AppContext) -> None:
    set_setting(ctx, ADMIN, "smtp.host", "old.example.com")
    audit_before = audit_count(ctx)

    changed = save_settings(
        ctx,
        ADMIN,
        {
            "check_days_before": " 20 ",
            "charge_lead_days": "0",  # the default, never stored: no change
            "timezone": "Asia/Jerusalem",
            "smtp.host": "mail.example.com",
            "smtp.starttls": "yes",
            "company.name": "Levi Hosting",
            "portal.renew_url": "https://portal.example.com/renew",  # the default: no change
        },
    )

    assert changed == ["check_days_before", "timezone", "smtp.host", "smtp.starttls", "company.name"]
    assert stored(ctx) == {
        "check_days_before": "20",
        "timezone": "Asia/Jerusalem",
        "smtp.host": "mail.example.com",
        "smtp.starttls": "true",
        "company.name": "Levi Hosting",
    }
    settings = ctx.settings  # reloaded
    assert (settings.check_days_before, settings.timezone, settings.smtp_starttls) == (
        20,
        "Asia/Jerusalem",
        True,
    )
    rows = audit_actions(ctx, "setting.changed")[-5:]
    assert audit_count(ctx) == audit_before + 5
    assert [(row.actor, row.entity_id, row.before, row.after) for row in rows] == [
        ("adam", "check_days_before", None, {"value": "20"}),
        ("adam", "timezone", None, {"value": "Asia/Jerusalem"}),
        ("adam", "smtp.host", {"value": "old.example.com"}, {"value": "mail.example.com"}),
        ("adam", "smtp.starttls", None, {"value": "true"}),
        ("adam", "company.name", None, {"value": "Levi Hosting"}),
    ]

    # The same values again change nothing and write nothing.
    assert save_settings(ctx, ADMIN, {"check_days_before": "20", "smtp.starttls": "true"}) == []
    assert audit_count(ctx) == audit_before + 5


def test_one_bad_value_among_good_ones_saves_nothing_and_names_every_wrong_key(ctx: AppContext) -> None:
    set_setting(ctx, ADMIN, "company.name", "Levi Hosting")
    before, audit_before, settings_before = stored(ctx), audit_count(ctx), ctx.settings

    with pytest.raises(UseCaseError) as refused:
        save_settings(
            ctx,
            ADMIN,
            {
                "check_days_before": "20",
                "company.name": "Cohen Hosting",
                "mail.from": "not an address",
                "smtp.port": "70000",
                "no.such.setting": "1",
            },
        )

    assert refused.value.code == "settings_invalid"
    assert refused.value.params["keys"] == ["mail.from", "smtp.port", "no.such.setting"]
    problems = refused.value.params["problems"]
    assert all(isinstance(problem, SettingProblem) for problem in problems)
    assert [(p.key, p.problem, p.low, p.high) for p in problems] == [
        ("mail.from", "email", None, None),
        ("smtp.port", "int", 1, 65535),
        ("no.such.setting", "unknown", None, None),
    ]
    assert "from 1 to 65535" in problems[1].detail
    assert stored(ctx) == before
    assert audit_count(ctx) == audit_before
    assert ctx.settings == settings_before


# -- secrets ---------------------------------------------------------------------------------------


def test_secrets_go_to_the_keyring_and_nowhere_else(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    kept = save_secrets(
        ctx,
        ADMIN,
        {"smtp.password": SMTP_SECRET, "gateway.api_key": "", "links.signing_key": SIGNING_SECRET},
    )

    assert kept == ["smtp.password", "links.signing_key"]
    assert ctx.secrets.get("smtp.password") == SMTP_SECRET
    assert ctx.secrets.get("links.signing_key") == SIGNING_SECRET
    assert ctx.secrets.get("gateway.api_key") is None  # empty: left as it was
    assert set(memory_keyring.values) == {("RenewDesk", "smtp.password"), ("RenewDesk", "links.signing_key")}

    rows = audit_actions(ctx, "secret.changed")
    assert [(row.actor, row.entity_id, row.before, row.after) for row in rows] == [
        ("adam", "smtp.password", None, None),
        ("adam", "links.signing_key", None, None),
    ]
    for table, text in every_table_text(ctx).items():
        assert SMTP_SECRET not in text, table
        assert SIGNING_SECRET not in text, table

    form = settings_form(ctx, ADMIN)
    assert {secret.key: secret.is_set for secret in form.secrets} == {
        "smtp.password": True,
        "gateway.api_key": False,
        "links.signing_key": True,
        "db.password": False,
    }
    assert SMTP_SECRET not in repr(form)
    assert SIGNING_SECRET not in repr(form)


def test_an_unknown_secret_is_refused_and_nothing_is_kept(
    ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(UseCaseError) as refused:
        save_secrets(ctx, ADMIN, {"smtp.password": SMTP_SECRET, "smtp.passwd": "x"})
    assert refused.value.code == "secret_unknown"
    assert "smtp.passwd" in refused.value.params["key"]
    assert memory_keyring.values == {}
    assert audit_actions(ctx, "secret.changed") == []


def test_without_a_usable_keyring_secrets_are_refused_and_the_form_says_why(ctx: AppContext) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # the autouse fixture puts the memory one back
    with pytest.raises(UseCaseError) as refused:
        save_secrets(ctx, ADMIN, {"smtp.password": SMTP_SECRET})
    assert refused.value.code == "keyring_unavailable"
    assert "PYTHON_KEYRING_BACKEND" in refused.value.params["detail"]
    assert audit_actions(ctx, "secret.changed") == []
    assert SMTP_SECRET not in "".join(every_table_text(ctx).values())

    form = settings_form(ctx, ADMIN)
    assert form.keyring_problem is not None and "keyring" in form.keyring_problem.lower()
    assert not any(secret.is_set for secret in form.secrets)
    assert len(form.settings) == len(SPECS)  # the settings still load


# -- roles -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", [SALES, FINANCE], ids=["sales", "finance"])
def test_sales_and_finance_are_refused(ctx: AppContext, actor: Actor, memory_keyring: MemoryKeyring) -> None:
    attempts: list[Callable[[], object]] = [
        lambda: save_settings(ctx, actor, {"check_days_before": "20"}),
        lambda: save_secrets(ctx, actor, {"smtp.password": SMTP_SECRET}),
        lambda: send_test_email(ctx, actor, "admin@hosting.example", {"smtp.host": HOST}),
    ]
    for attempt in attempts:
        with pytest.raises(UseCaseError) as refused:
            attempt()
        assert refused.value.code == "forbidden"
        assert refused.value.params["permission"] == "manage_settings"
    assert stored(ctx) == {}
    assert memory_keyring.values == {}
    assert audit_count(ctx) == 0


# -- the test e-mail -------------------------------------------------------------------------------


def test_the_test_email_goes_out_with_the_values_not_yet_saved(ctx: AppContext, smtp: SmtpServer) -> None:
    set_setting(ctx, ADMIN, "smtp.host", "mail.invalid")  # what is saved would not reach the server
    before, settings_before = stored(ctx), ctx.settings

    send_test_email(
        ctx, ADMIN, " admin@hosting.example ", server_values(smtp.port, **{"company.name": "Levi Hosting"})
    )

    received = smtp.received()
    assert len(received) == 1
    assert received[0].rcpt_tos == ("admin@hosting.example",)
    assert received[0].mail_from == "renewals@hosting.example"
    message = received[0].message
    assert message["To"] == "admin@hosting.example"
    assert message["Subject"] == "Test e-mail from RenewDesk for Levi Hosting"
    assert "Levi Hosting" in message["From"]
    text = body(message, "plain")
    assert f"{HOST}:{smtp.port}" in text
    assert "sent by adam on November 24, 2026" in text
    assert "Levi Hosting" in body(message, "html")

    assert stored(ctx) == before  # nothing saved, nothing reloaded
    assert ctx.settings == settings_before
    rows = audit_actions(ctx, "settings.test_email")
    assert [(row.actor, row.entity_id) for row in rows] == [("adam", "admin@hosting.example")]
    assert rows[0].after is not None
    assert rows[0].after["to"] == "admin@hosting.example"
    assert rows[0].after["smtp"] == f"{HOST}:{smtp.port}"


def test_the_test_email_uses_the_saved_settings_when_none_are_given(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    save_settings(ctx, ADMIN, server_values(smtp.port))
    send_test_email(ctx, ADMIN, "admin@hosting.example")
    assert [r.rcpt_tos for r in smtp.received()] == [("admin@hosting.example",)]


def test_the_test_email_in_hebrew_when_the_interface_is_hebrew(ctx: AppContext, smtp: SmtpServer) -> None:
    send_test_email(ctx, ADMIN, "admin@hosting.example", server_values(smtp.port), language="he")

    [message] = smtp.messages()
    assert message["Content-Language"] == "he"
    assert HEBREW_LETTER.search(str(message["Subject"]))
    text = body(message, "plain")
    assert text.startswith("שלום,")
    assert f"{FSI}{HOST}:{smtp.port}{PDI}" in text  # the address stays whole inside right-to-left text
    html = body(message, "html")
    assert '<html lang="he" dir="rtl">' in html
    after = audit_actions(ctx, "settings.test_email")[0].after
    assert after is not None and after["language"] == "he"


def test_the_test_email_logs_in_with_the_typed_password_or_else_the_keyrings(ctx: AppContext) -> None:
    with running_smtp(credentials=("renewals", SMTP_SECRET)) as server:
        values = server_values(server.port, **{"smtp.user": "renewals"})
        send_test_email(ctx, ADMIN, "admin@hosting.example", values, smtp_password=SMTP_SECRET)
        save_secrets(ctx, ADMIN, {"smtp.password": SMTP_SECRET})
        send_test_email(ctx, ADMIN, "admin@hosting.example", values)  # from the keyring
        assert server.handler.logins == [("renewals", SMTP_SECRET), ("renewals", SMTP_SECRET)]
        assert len(server.received()) == 2

        with pytest.raises(UseCaseError) as refused:
            send_test_email(ctx, ADMIN, "admin@hosting.example", values, smtp_password="wrong")
        assert refused.value.code == "test_email_failed"
        assert "535" in refused.value.params["detail"]
        assert len(server.received()) == 2


def test_a_closed_port_fails_with_the_reason_and_changes_nothing(
    ctx: AppContext, dead_smtp_port: int
) -> None:
    before, audit_before = stored(ctx), audit_count(ctx)
    with pytest.raises(UseCaseError) as refused:
        send_test_email(ctx, ADMIN, "admin@hosting.example", server_values(dead_smtp_port))
    assert refused.value.code == "test_email_failed"
    detail = refused.value.params["detail"]
    assert f"{HOST}:{dead_smtp_port}" in detail
    assert "refused" in detail.lower()
    assert stored(ctx) == before
    assert audit_count(ctx) == audit_before


@pytest.mark.parametrize(
    "address", ["", "not an address", "admin@localhost", "a@b.example, c@d.example", "x@y.example\r\nBcc: z"]
)
def test_a_bad_address_is_refused_before_anything_is_sent(
    ctx: AppContext, smtp: SmtpServer, address: str
) -> None:
    with pytest.raises(UseCaseError) as refused:
        send_test_email(ctx, ADMIN, address, server_values(smtp.port))
    assert refused.value.code == "email_invalid"
    assert smtp.received() == []
    assert audit_count(ctx) == 0


def test_bad_values_for_the_test_email_are_named_and_nothing_is_sent(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    with pytest.raises(UseCaseError) as refused:
        send_test_email(
            ctx, ADMIN, "admin@hosting.example", server_values(smtp.port, **{"mail.from": "nope"})
        )
    assert refused.value.code == "settings_invalid"
    assert refused.value.params["keys"] == ["mail.from"]
    assert smtp.received() == []
    assert stored(ctx) == {}


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_test_message_reads_in_every_language(language: str) -> None:
    context = {
        "company_name": "Levi Hosting",
        "staff_name": "adam",
        "sent_on": date(2026, 11, 24),
        "sent_time": "11:00",
        "timezone": "Asia/Jerusalem",
        "smtp_host": "mail.example.com",
        "smtp_port": 587,
        "mail_from": "renewals@example.com",
    }
    mail = render("test_message", language, context)
    words = {"en": "Test e-mail", "he": "הודעת בדיקה", "es": "Correo de prueba"}
    assert words[language] in mail.subject
    for part in (mail.text, mail.html):
        assert "RenewDesk" in part
        assert "Levi Hosting" in part
        assert "Asia/Jerusalem" in part
        assert "renewals@example.com" in part
        assert "587" in part
    assert bool(HEBREW_LETTER.search(mail.text)) == (language == "he")
    assert (FSI in mail.text) == (language == "he")
    greeting = {"en": "Hello,", "he": "שלום,", "es": "Hola:"}
    assert mail.text.startswith(greeting[language])
    assert f'dir="{"rtl" if language == "he" else "ltr"}"' in mail.html


def test_finance_may_look_at_the_settings_and_sales_may_not(ctx: AppContext) -> None:
    set_setting(ctx, ADMIN, "check_days_before", "20")
    form = settings_form(ctx, FINANCE)
    assert {field.key: field.value for field in form.settings}["check_days_before"] == "20"
    with pytest.raises(UseCaseError) as refused:
        settings_form(ctx, SALES)
    assert refused.value.params["permission"] == "view_settings"
