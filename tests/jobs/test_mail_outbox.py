"""The outbox sender against a real SMTP server on loopback (SPEC 2b, R14-R16, R22, R24, R25): every
queued e-mail goes out once, failures stay queued and are retried with back-off, the server's login
gets the keyring's password, a refused recipient holds back only its own e-mail, links are signed
with a key that lives only in the keyring, and two senders at once still send each e-mail once."""

from __future__ import annotations

import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.jobs.due_engine import run_due
from desktop.jobs.outbox_sender import BACKOFF_SECONDS, SendResult, send_outbox
from desktop.mail.links import BadSignature, LinkExpired, read_link_token
from desktop.secrets import KeyringSecretStore
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    SmtpServer,
    audit_actions,
    body,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    every_table_text,
    good_customer,
    import_customers,
    outbox_rows,
    point_smtp_at,
    running_smtp,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)


def _queue_notices(ctx: AppContext, customers: int = 2, domains: int = 2) -> int:
    """Imports customers with good cards and runs the due checks on their check date: one pre-charge
    notice per domain is queued. Returns how many."""
    import_customers(ctx, [good_customer(index, domains) for index in range(1, customers + 1)])
    run_due(ctx, CHECK_DAY)
    rows = outbox_rows(ctx)
    assert [row.kind for row in rows] == ["precharge_notice"] * (customers * domains)
    assert all(row.status == "queued" and row.attempts == 0 for row in rows)
    return len(rows)


def _message_ids(server: SmtpServer) -> list[str]:
    return [str(message["Message-ID"]) for message in server.messages()]


# -- delivery ------------------------------------------------------------------------------------


def test_each_outbox_row_is_delivered_once(ctx: AppContext, clock: ManualClock, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port)
    count = _queue_notices(ctx)
    rows = outbox_rows(ctx)

    result = send_outbox(ctx)

    assert (result.sent, result.failed, result.errors) == (count, 0, [])
    received = smtp.received()
    assert len(received) == count
    assert sorted(rcpt for item in received for rcpt in item.rcpt_tos) == sorted(r.to_address for r in rows)
    assert all(item.mail_from == "renewals@hosting.example" for item in received)
    after = outbox_rows(ctx)
    assert all(row.status == "sent" for row in after)
    assert all(row.sent_at == clock.now() for row in after)
    assert all(row.attempts == 1 and row.last_error is None and row.lease_owner is None for row in after)
    # The Message-ID the server received is the one kept on the row.
    assert sorted(_message_ids(smtp)) == sorted(str(row.message_id) for row in after)
    assert len(set(_message_ids(smtp))) == count
    by_id = {message["Message-ID"]: message for message in smtp.messages()}
    for row in after:
        assert by_id[row.message_id]["To"] == row.to_address
    # R22: each e-mail sent is in the audit log, once.
    audit = audit_actions(ctx, "email.sent")
    assert sorted(str(entry.entity_id) for entry in audit) == sorted(str(row.id) for row in after)
    assert all(entry.actor == "system:scheduler" and entry.at == clock.now() for entry in audit)
    assert {(entry.after or {}).get("to") for entry in audit} == {row.to_address for row in after}

    # Nothing is ever sent twice: neither by another call nor after another due run for the day.
    assert send_outbox(ctx) == SendResult()
    run_due(ctx, CHECK_DAY)
    clock.advance(timedelta(hours=1))
    assert send_outbox(ctx).sent == 0
    assert len(smtp.received()) == count
    assert len(audit_actions(ctx, "email.sent")) == count


def test_server_down_keeps_the_mail_and_the_next_run_sends_it_once(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer, dead_smtp_port: int
) -> None:
    point_smtp_at(ctx, dead_smtp_port)
    count = _queue_notices(ctx)

    down = send_outbox(ctx)

    assert (down.sent, down.failed) == (0, count)
    assert down.errors and f"127.0.0.1:{dead_smtp_port}" in down.errors[0]
    rows = outbox_rows(ctx)
    assert all(row.status == "failing" and row.attempts == 1 for row in rows)
    assert all(row.last_error and f":{dead_smtp_port}" in row.last_error for row in rows)
    assert all(row.sent_at is None and row.message_id is None and row.lease_owner is None for row in rows)
    # The first retry waits for no time at all.
    assert all(row.next_attempt_at == clock.now() for row in rows)
    assert audit_actions(ctx, "email.sent") == []

    point_smtp_at(ctx, smtp.port)
    up = send_outbox(ctx)

    assert (up.sent, up.failed, up.errors) == (count, 0, [])
    assert len(smtp.received()) == count
    assert len(set(_message_ids(smtp))) == count
    assert all(row.status == "sent" and row.attempts == 2 for row in outbox_rows(ctx))
    assert send_outbox(ctx).sent == 0
    assert len(smtp.received()) == count


def test_failures_back_off_longer_each_time(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer, dead_smtp_port: int
) -> None:
    assert BACKOFF_SECONDS[:3] == (0, 60, 300)
    point_smtp_at(ctx, dead_smtp_port)
    count = _queue_notices(ctx, customers=1)
    start = clock.now()

    assert send_outbox(ctx).failed == count  # 1st failure: again at the next run
    assert {row.next_attempt_at for row in outbox_rows(ctx)} == {start}
    assert send_outbox(ctx).failed == count  # 2nd failure: a minute later
    assert {(row.attempts, row.next_attempt_at) for row in outbox_rows(ctx)} == {
        (2, start + timedelta(seconds=60))
    }

    # Before the back-off has passed, nothing is even tried, whether the server is up or not.
    assert send_outbox(ctx) == SendResult()
    point_smtp_at(ctx, smtp.port)
    clock.advance(timedelta(seconds=59))
    assert send_outbox(ctx) == SendResult()
    assert smtp.received() == []
    assert {row.attempts for row in outbox_rows(ctx)} == {2}

    # Down again once the minute has passed: the 3rd failure waits five minutes.
    point_smtp_at(ctx, dead_smtp_port)
    clock.advance(timedelta(seconds=1))
    third_try = clock.now()
    assert send_outbox(ctx).failed == count
    assert {(row.attempts, row.next_attempt_at) for row in outbox_rows(ctx)} == {
        (3, third_try + timedelta(seconds=300))
    }

    point_smtp_at(ctx, smtp.port)
    clock.advance(timedelta(seconds=299))
    assert send_outbox(ctx).sent == 0
    clock.advance(timedelta(seconds=1))
    assert send_outbox(ctx).sent == count
    assert len(smtp.received()) == count
    assert all(row.status == "sent" and row.attempts == 4 for row in outbox_rows(ctx))


# -- login ---------------------------------------------------------------------------------------

USER = "mailer@hosting.example"
PASSWORD = "S3cr3t pass:word/+="


def test_login_uses_the_user_setting_and_the_keyring_password(ctx: AppContext) -> None:
    count = _queue_notices(ctx, customers=1)
    with running_smtp(credentials=(USER, PASSWORD)) as server:
        point_smtp_at(ctx, server.port, signing_key=True, **{"smtp.user": USER})
        ctx.secrets.set("smtp.password", PASSWORD)

        result = send_outbox(ctx)

        assert server.handler.logins == [(USER, PASSWORD)]  # one session for the batch
        assert result.sent == count
        assert len(server.received()) == count
    # R24: the password is in the keyring only.
    assert all(PASSWORD not in text for text in every_table_text(ctx).values())


def test_a_wrong_password_keeps_the_mail_pending(ctx: AppContext, clock: ManualClock) -> None:
    count = _queue_notices(ctx, customers=1)
    with running_smtp(credentials=(USER, PASSWORD)) as server:
        point_smtp_at(ctx, server.port, signing_key=True, **{"smtp.user": USER})
        ctx.secrets.set("smtp.password", "not-the-password")

        result = send_outbox(ctx)

        # smtplib tries each mechanism the server offers (PLAIN, then LOGIN) before it gives up.
        assert server.handler.logins and set(server.handler.logins) == {(USER, "not-the-password")}
        assert (result.sent, result.failed) == (0, count)
        assert server.received() == []
        rows = outbox_rows(ctx)
        assert all(row.status == "failing" and row.attempts == 1 for row in rows)
        assert all(row.last_error and "535" in row.last_error for row in rows)

        ctx.secrets.set("smtp.password", PASSWORD)
        assert send_outbox(ctx).sent == count
        assert server.handler.logins[-1] == (USER, PASSWORD)
        assert len(server.received()) == count


def test_a_password_smtplib_cannot_send_keeps_the_mail_pending(ctx: AppContext) -> None:
    """smtplib sends logins as ASCII only: a non-ASCII password is an SMTP failure like any other,
    recorded on each e-mail, not an exception that ends the sender (and the due-check run)."""
    count = _queue_notices(ctx, customers=1)
    with running_smtp(credentials=(USER, "contraseña")) as server:
        point_smtp_at(ctx, server.port, signing_key=True, **{"smtp.user": USER})
        ctx.secrets.set("smtp.password", "contraseña")

        result = send_outbox(ctx)

        assert (result.sent, result.failed) == (0, count)
        assert result.errors and "ASCII" in result.errors[0]
        rows = outbox_rows(ctx)
        assert all(row.status == "failing" and row.attempts == 1 for row in rows)
        assert all(row.last_error and "ASCII" in row.last_error for row in rows)
        assert all(row.lease_owner is None for row in rows)
        assert server.received() == []


def test_no_login_without_a_user(ctx: AppContext) -> None:
    count = _queue_notices(ctx, customers=1)
    ctx.secrets.set("smtp.password", PASSWORD)
    with running_smtp(credentials=(USER, PASSWORD)) as server:
        point_smtp_at(ctx, server.port)
        assert send_outbox(ctx).sent == count
        assert server.handler.logins == []
        assert len(server.received()) == count


# -- a refused recipient -------------------------------------------------------------------------


def test_a_refused_recipient_holds_back_only_its_own_mail(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    count = _queue_notices(ctx, customers=3, domains=1)
    refused = "customer2@example.com"
    smtp.handler.refused.add(refused)

    result = send_outbox(ctx)

    assert (result.sent, result.failed) == (count - 1, 1)
    assert sorted(r for item in smtp.received() for r in item.rcpt_tos) == [
        "customer1@example.com",
        "customer3@example.com",
    ]
    rows = {row.to_address: row for row in outbox_rows(ctx)}
    held = rows[refused]
    assert (held.status, held.attempts, held.sent_at) == ("failing", 1, None)
    # Its Message-ID is fixed at its first try and kept for the next ones (R31).
    assert held.message_id is not None and held.message_id.startswith(f"<rd-{held.id}-")
    assert held.last_error is not None and "refused" in held.last_error and "550" in held.last_error
    assert held.next_attempt_at == clock.now()
    assert all(row.status == "sent" for address, row in rows.items() if address != refused)
    assert [entry.entity_id for entry in audit_actions(ctx, "email.sent")] == [
        str(row.id) for address, row in sorted(rows.items()) if address != refused
    ]

    # Still refused at the retry; the others are not sent again.
    assert send_outbox(ctx).failed == 1
    assert outbox_rows(ctx)[1].attempts == 2
    assert len(smtp.received()) == count - 1

    smtp.handler.refused.clear()
    clock.advance(timedelta(seconds=BACKOFF_SECONDS[1]))
    assert send_outbox(ctx).sent == 1
    assert Counter(r for item in smtp.received() for r in item.rcpt_tos) == {
        f"customer{n}@example.com": 1 for n in (1, 2, 3)
    }


# -- links (R25) ---------------------------------------------------------------------------------

RENEW_BASE = "https://billing.example.net/renew?from=mail"
SETTINGS_BASE = "https://billing.example.net/account/auto-renew"


class _Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


def _links(text: str, html: str) -> tuple[list[str], list[str]]:
    parser = _Hrefs()
    parser.feed(html)
    return re.findall(r"https?://\S+", text), parser.hrefs


def test_links_are_signed_from_the_portal_settings(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(
        ctx,
        smtp.port,
        signing_key=True,
        **{"portal.renew_url": RENEW_BASE, "portal.settings_url": SETTINGS_BASE},
    )
    count = _queue_notices(ctx)

    assert send_outbox(ctx).sent == count

    key = ctx.secrets.get("links.signing_key")
    assert key and len(key) >= 32  # the database's key (R33), kept in the keyring
    service_of = {row.message_id: row.service_id for row in outbox_rows(ctx)}
    now = clock.now()
    for message in smtp.messages():
        service_id = service_of[str(message["Message-ID"])]
        text_links, html_links = _links(body(message, "plain"), body(message, "html"))
        assert sorted(text_links) == sorted(html_links)
        purposes = []
        for url in text_links:
            if url.startswith(RENEW_BASE + "&"):
                purpose = "renew"
            else:
                assert url.startswith(SETTINGS_BASE + "?"), url
                purpose = "settings"
            query = parse_qs(urlsplit(url).query)
            assert query["service"] == [str(service_id)]
            token = query["token"][0]
            content = read_link_token(key, token, now=now)
            assert (content["s"], content["p"]) == (service_id, purpose)
            # The token expires (links.valid_days, 30 by default) and cannot be read with another key.
            read_link_token(key, token, now=now + timedelta(days=29))
            with pytest.raises(LinkExpired):
                read_link_token(key, token, now=now + timedelta(days=31))
            with pytest.raises(BadSignature):
                read_link_token(key + "x", token, now=now)
            purposes.append(purpose)
        assert sorted(set(purposes)) == ["renew", "settings"]

    # R24/R25: the key is in the keyring only, never in any table.
    tables = every_table_text(ctx)
    assert "outbox" in tables and "audit_log" in tables
    assert all(key not in text for text in tables.values())


# -- two senders at once -------------------------------------------------------------------------


def test_two_senders_at_once_send_each_mail_once(
    ctx: AppContext, db_url: str, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    count = _queue_notices(ctx, customers=5, domains=2)
    other = build_context(db_url, clock=clock, secrets=KeyringSecretStore())
    try:
        start = threading.Barrier(2, timeout=30)

        def send(context: AppContext) -> SendResult:
            start.wait()
            return send_outbox(context)

        with ThreadPoolExecutor(max_workers=2) as pool:
            results = [future.result(timeout=120) for future in [pool.submit(send, c) for c in (ctx, other)]]
    finally:
        other.close()

    assert sum(result.sent for result in results) == count
    assert all(result.failed == 0 and result.errors == [] for result in results)
    ids = _message_ids(smtp)
    assert len(ids) == count and len(set(ids)) == count
    assert Counter(r for item in smtp.received() for r in item.rcpt_tos) == {
        f"customer{n}@example.com": 2 for n in range(1, 6)
    }
    assert all(row.status == "sent" and row.attempts == 1 for row in outbox_rows(ctx))
    assert len(audit_actions(ctx, "email.sent")) == count
