"""Outbox states and one bad message (R31, R32, R17) against a real SMTP server on loopback: a message
that cannot be built or that the server refuses is `failing` with its reason while the others go out;
after `mail.give_up_days` of failures it is `given_up`; its Message-ID is the same on every try."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import keyring
import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy import select, update

from desktop.app.actor import Actor, Role
from desktop.app.errors import UseCaseError
from desktop.app.outbox import list_outbox, resend, retry_now
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.core.codes import MailState
from desktop.jobs.mail_recipient import TYPED_ADDRESS
from desktop.jobs.outbox_sender import send_outbox
from desktop.store import outbox_repo, settings_repo
from desktop.store.models import Customer, OutboxMessage
from tests.conftest import Cli
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    RecordingHandler,
    SmtpServer,
    audit_actions,
    good_customer,
    import_customers,
    outbox_rows,
    point_smtp_at,
    queue_notices,
    share_signing_key,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.keyrings import MemoryKeyring

INJECTED = "a@b.com\r\nBcc: spy@evil.example"
SALES = Actor("tests:sales", Role.SALES)
FINANCE = Actor("tests:finance", Role.FINANCE)
ADMIN = Actor("tests:admin", Role.ADMIN)


def _insert_row(ctx: AppContext, like: int, key: str, **changes: object) -> int:
    """A row written straight into the outbox, as a database of an older version could hold it."""
    with ctx.db.transaction() as session:
        model = session.get(OutboxMessage, like)
        assert model is not None
        values = {
            "dedupe_key": key,
            "kind": model.kind,
            "customer_id": model.customer_id,
            "service_id": model.service_id,
            "cycle_id": model.cycle_id,
            "language": model.language,
            "to_address": model.to_address,
            "context": dict(model.context),
            **changes,
        }
        outbox_repo.enqueue(session, [outbox_repo.QueuedMail(**values)], model.next_attempt_at)  # type: ignore[arg-type]
    return max(row.id for row in outbox_rows(ctx))


def _recipients(smtp: SmtpServer) -> Counter[str]:
    return Counter(rcpt for item in smtp.received() for rcpt in item.rcpt_tos)


def _row(ctx: AppContext, outbox_id: int) -> object:
    return next(row for row in outbox_rows(ctx) if row.id == outbox_id)


# -- one bad message never blocks the others (R31) ------------------------------------------------


def test_rows_that_cannot_be_built_are_failing_and_the_others_are_delivered(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    good = queue_notices(ctx, customers=3)
    # A copy sent by staff to an address they typed keeps it (desktop.jobs.mail_recipient): one
    # written before addresses were checked could carry a header.
    injected = _insert_row(ctx, good[0], "old:injected", to_address=INJECTED)
    with ctx.db.transaction() as session:
        typed = session.get(OutboxMessage, injected)
        assert typed is not None
        typed.context = {**typed.context, TYPED_ADDRESS: True}
    not_renderable = _insert_row(ctx, good[1], "old:broken", context={"service_id": 1})
    unknown_kind = _insert_row(ctx, good[2], "old:kind", kind="no_such_kind")

    result = send_outbox(ctx)

    assert (result.sent, result.failed, result.errors) == (3, 3, [])
    assert _recipients(smtp) == {f"customer{n}@example.com": 1 for n in (1, 2, 3)}
    for message in smtp.messages():
        assert message.get_all("Bcc") is None and len(message.get_all("To") or []) == 1
    rows = {row.id: row for row in outbox_rows(ctx)}
    assert all(rows[i].status == "sent" for i in good)
    for bad, words in ((injected, "U+000D"), (not_renderable, "cannot be built"), (unknown_kind, "kind")):
        row = rows[bad]
        assert (row.status, row.attempts, row.sent_at) == ("failing", 1, None), row
        assert row.last_error is not None and words in row.last_error, row.last_error
        assert row.next_attempt_at == clock.now() and row.lease_owner is None
    with ctx.db.reading() as session:
        failing_since = {row.id: row.failing_since for row in session.scalars(select(OutboxMessage))}
    assert {failing_since[i] for i in (injected, not_renderable, unknown_kind)} == {clock.now()}


def test_an_injected_address_and_company_name_of_an_old_database_do_not_stop_the_due_run(
    ctx: AppContext, clock: ManualClock, cli: Cli, smtp: SmtpServer
) -> None:
    """Issue 10, defect 4: before, every due run ended in a traceback (exit 1, no JSON) and nobody
    got any e-mail once one customer's address carried CR/LF."""
    point_smtp_at(ctx, smtp.port)
    share_signing_key(ctx, cli.keyring_file)
    import_customers(ctx, [good_customer(index, 1) for index in range(1, 5)])
    with ctx.db.transaction() as session:  # written before addresses were checked on entry
        session.execute(update(Customer).where(Customer.ref == "cust-2").values(email=INJECTED))
        settings_repo.save(session, "company.name", "Evil\r\nBcc: spy@evil.example", by="old", at=clock.now())

    run = cli("due-run", "--json", today=CHECK_DAY.isoformat())

    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    document = json.loads(run.stdout)
    assert document["today"] == CHECK_DAY.isoformat()
    notices = [event for event in document["events"] if event["type"] == "precharge_notice_sent"]
    assert sorted(event["customer"] for event in notices) == [f"cust-{n}" for n in range(1, 5)]
    assert _recipients(smtp) == {f"customer{n}@example.com": 1 for n in (1, 3, 4)}
    assert all("spy@evil.example" not in item.data.decode() for item in smtp.received())
    # The stored name that would break the From header is not used: the default name is.
    assert {str(message["From"]) for message in smtp.messages()} == {
        "RenewDesk Hosting <renewals@hosting.example>"
    }
    failing = [row for row in outbox_rows(ctx) if row.status == "failing"]
    assert [row.to_address for row in failing] == [INJECTED]
    assert failing[0].last_error and "recipient" in failing[0].last_error
    assert "1 e-mails could not be sent" in run.stderr


@dataclass
class RefusingHandler(RecordingHandler):
    """Also refuses the message itself (554 at the end of DATA) when it is for one of `refuse_data`."""

    refuse_data: set[str] | None = None

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.refuse_data and set(envelope.rcpt_tos) & self.refuse_data:
            return "554 5.6.0 Message refused by policy"
        return await super().handle_DATA(server, session, envelope)


def test_the_server_refusing_one_recipient_or_one_message_holds_back_only_that_one(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    handler = RefusingHandler(refused={"customer2@example.com"}, refuse_data={"customer4@example.com"})
    smtp.controller.handler = handler  # each new connection gets the controller's handler
    smtp.handler = handler
    point_smtp_at(ctx, smtp.port)
    queue_notices(ctx, customers=5)

    result = send_outbox(ctx)

    assert (result.sent, result.failed, result.errors) == (3, 2, [])
    assert _recipients(smtp) == {f"customer{n}@example.com": 1 for n in (1, 3, 5)}
    rows = {row.to_address: row for row in outbox_rows(ctx)}
    refused, rejected = rows["customer2@example.com"], rows["customer4@example.com"]
    assert refused.status == "failing" and refused.last_error is not None
    assert "recipient refused" in refused.last_error and "550" in refused.last_error
    assert rejected.status == "failing" and rejected.last_error is not None
    assert "message refused" in rejected.last_error and "554" in rejected.last_error


def test_no_readable_signing_key_fails_the_messages_with_links_and_says_why(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    queue_notices(ctx, customers=2)
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]  # the conftest puts its in-memory keyring back afterwards

    result = send_outbox(ctx)

    assert (result.sent, result.failed) == (0, 2)
    assert len(result.errors) == 1 and "link-signing key" in result.errors[0]
    assert smtp.received() == []
    rows = outbox_rows(ctx)
    assert all(row.status == "failing" and row.last_error == result.errors[0] for row in rows)


def test_a_workstation_without_the_databases_signing_key_sends_no_message_with_links(
    ctx: AppContext, memory_keyring: MemoryKeyring, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)  # the database's key is made, into this keyring
    queue_notices(ctx, customers=2)
    memory_keyring.values.clear()  # another workstation: the database has a key, its keyring not

    result = send_outbox(ctx)

    assert (result.sent, result.failed) == (0, 2)
    assert result.errors == ["no usable link-signing key on this workstation (missing_here)"]
    assert smtp.received() == []
    assert all(row.status == "failing" and row.last_error == result.errors[0] for row in outbox_rows(ctx))


# -- give up after mail.give_up_days (R31, R32) -----------------------------------------------------


def test_a_message_failing_for_give_up_days_is_given_up_by_the_clock(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"mail.give_up_days": "2"})
    queue_notices(ctx, customers=2)
    smtp.handler.refused.add("customer1@example.com")
    start = clock.now()

    assert send_outbox(ctx).failed == 1
    clock.advance(timedelta(days=1))
    assert send_outbox(ctx).failed == 1
    clock.advance(timedelta(days=1) - timedelta(seconds=1))
    third = send_outbox(ctx)
    assert (third.failed, third.given_up) == (1, 0)
    [row] = [r for r in outbox_rows(ctx) if r.to_address == "customer1@example.com"]
    assert (row.status, row.attempts) == ("failing", 3)
    assert audit_actions(ctx, "email.given_up") == []

    clock.set(max(row.next_attempt_at, start + timedelta(days=2)))
    fourth = send_outbox(ctx)

    assert (fourth.failed, fourth.given_up) == (1, 1)
    [row] = [r for r in outbox_rows(ctx) if r.to_address == "customer1@example.com"]
    assert (row.status, row.attempts) == ("given_up", 4)
    [entry] = audit_actions(ctx, "email.given_up")
    assert entry.entity_id == str(row.id) and entry.after and entry.after["attempts"] == 4
    assert entry.at == clock.now()
    # Given up: never tried again, whatever the clock says, even once the server would take it.
    smtp.handler.refused.clear()
    clock.advance(timedelta(days=30))
    assert send_outbox(ctx).sent == 0
    assert _recipients(smtp)["customer1@example.com"] == 0
    [listed] = list_outbox(ctx, FINANCE, state=MailState.GIVEN_UP)
    assert (listed.id, listed.state, listed.attempts, listed.next_attempt_at) == (
        row.id,
        MailState.GIVEN_UP,
        4,
        None,
    )
    assert listed.failing_since == start and listed.last_error and "550" in listed.last_error


def test_retry_now_and_resend(ctx: AppContext, clock: ManualClock, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"mail.give_up_days": "1"})
    queue_notices(ctx, customers=2)
    smtp.handler.refused.add("customer1@example.com")
    send_outbox(ctx)
    clock.advance(timedelta(days=1))
    assert send_outbox(ctx).given_up == 1
    [given_up] = list_outbox(ctx, ADMIN, state=MailState.GIVEN_UP)
    [sent] = list_outbox(ctx, ADMIN, state=MailState.SENT)

    # Retrying is for admins; resending is for sales as well; finance only looks (R23, R32).
    for actor, action in ((SALES, retry_now), (FINANCE, retry_now), (FINANCE, resend)):
        with pytest.raises(UseCaseError) as refused:
            action(ctx, actor, given_up.id)
        assert refused.value.code == "forbidden"
    with pytest.raises(UseCaseError) as not_failing:
        retry_now(ctx, ADMIN, sent.id)
    assert not_failing.value.code == "outbox_not_retryable"
    with pytest.raises(UseCaseError) as missing:
        retry_now(ctx, ADMIN, 10_000)
    assert missing.value.code == "outbox_not_found"

    smtp.handler.refused.clear()
    clock.advance(timedelta(minutes=5))
    retried = retry_now(ctx, ADMIN, given_up.id)
    assert (retried.state, retried.next_attempt_at, retried.failing_since) == (
        MailState.FAILING,
        clock.now(),
        clock.now(),
    )
    again = resend(ctx, SALES, sent.id)
    assert (again.state, again.resend_of, again.to, again.attempts) == (MailState.QUEUED, sent.id, sent.to, 0)
    with pytest.raises(UseCaseError) as queued:
        resend(ctx, SALES, again.id)
    assert queued.value.code == "outbox_not_resendable"
    with pytest.raises(UseCaseError) as bad_address:
        resend(ctx, SALES, sent.id, to_address=INJECTED)
    assert bad_address.value.code == "email_invalid"

    result = send_outbox(ctx)

    assert result.sent == 2
    assert _recipients(smtp) == {"customer1@example.com": 1, "customer2@example.com": 2}
    ids = [str(message["Message-ID"]) for message in smtp.messages()]
    assert len(set(ids)) == 3  # a resend is a new message, with a Message-ID of its own
    assert [e.entity_id for e in audit_actions(ctx, "email.retry_now")] == [str(given_up.id)]
    [resent] = audit_actions(ctx, "email.resend")
    assert resent.entity_id == str(again.id) and resent.actor == SALES.label
    assert resent.after == {"resend_of": sent.id, "kind": "precharge_notice", "to": sent.to}


# -- a Message-ID of the outbox key (R31, R17) ------------------------------------------------------


def test_the_message_id_is_the_same_on_every_try(
    ctx: AppContext, clock: ManualClock, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    [first, second] = queue_notices(ctx, customers=2)
    smtp.handler.refused.add("customer1@example.com")
    send_outbox(ctx)
    fixed = _row(ctx, first).message_id  # type: ignore[attr-defined]
    assert fixed is not None and fixed.startswith(f"<rd-{first}-") and fixed.endswith("@hosting.example>")

    # A later try, even after the sender's address changed, carries the same Message-ID.
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"mail.from": "billing@other.example"})
    smtp.handler.refused.clear()
    clock.advance(timedelta(minutes=1))
    assert send_outbox(ctx).sent == 1

    by_rcpt = {item.rcpt_tos[0]: item.message for item in smtp.received()}
    assert str(by_rcpt["customer1@example.com"]["Message-ID"]) == fixed
    assert _row(ctx, first).message_id == fixed  # type: ignore[attr-defined]
    other = str(by_rcpt["customer2@example.com"]["Message-ID"])
    assert other.startswith(f"<rd-{second}-") and other != fixed
