"""`python main.py outbox list` (R32) and the settings that go into mail headers (R31), run as a person
would, in a child process."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.jobs.due_engine import run_due
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import OutboxMessage
from tests.cli.helpers import stored_settings
from tests.conftest import Cli
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    SmtpServer,
    good_customer,
    import_customers,
    outbox_rows,
    point_smtp_at,
    queue_notices,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)


def _every_state(ctx: AppContext, clock: ManualClock, smtp: SmtpServer) -> dict[str, int]:
    """Four notices: one sent, one failing, one given up, one still queued. Returns their ids."""
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"mail.give_up_days": "1"})
    ids = queue_notices(ctx, customers=3)
    smtp.handler.refused.update({"customer2@example.com", "customer3@example.com"})
    send_outbox(ctx)
    clock.advance(timedelta(days=1))
    smtp.handler.refused.discard("customer2@example.com")
    smtp.handler.refused.add("customer3@example.com")
    # customer 3 fails a day after its first failure (given up); customer 2 waits for its next try.
    with ctx.db.transaction() as session:
        row = session.get(OutboxMessage, ids[1])
        assert row is not None
        row.next_attempt_at = clock.now() + timedelta(hours=1)
    send_outbox(ctx)
    import_customers(ctx, [good_customer(4, 1)])
    run_due(ctx, CHECK_DAY)
    states = {row.to_address: (row.id, row.status) for row in outbox_rows(ctx)}
    assert {address: status for address, (_, status) in states.items()} == {
        "customer1@example.com": "sent",
        "customer2@example.com": "failing",
        "customer3@example.com": "given_up",
        "customer4@example.com": "queued",
    }
    return {status: outbox_id for outbox_id, status in states.values()}


def test_outbox_list_shows_every_state_as_json_and_as_a_table(
    ctx: AppContext, clock: ManualClock, cli: Cli, smtp: SmtpServer
) -> None:
    ids = _every_state(ctx, clock, smtp)

    listed = cli("outbox", "list", "--json")

    assert listed.returncode == 0, listed.stderr
    messages = json.loads(listed.stdout)["messages"]
    assert [m["id"] for m in messages] == sorted(ids.values(), reverse=True)  # newest first
    by_state = {m["state"]: m for m in messages}
    assert set(by_state) == {"queued", "sent", "failing", "given_up"}
    sent, failing, given_up, queued = (by_state[s] for s in ("sent", "failing", "given_up", "queued"))
    assert sent["sent_at"] and sent["message_id"].startswith(f"<rd-{ids['sent']}-")
    assert sent["next_attempt_at"] is None and sent["attempts"] == 1
    assert failing["attempts"] == 1 and "550" in failing["last_error"]
    assert failing["next_attempt_at"] and failing["failing_since"] and failing["sent_at"] is None
    assert given_up["attempts"] == 2 and given_up["next_attempt_at"] is None
    assert queued["attempts"] == 0 and queued["last_error"] is None and queued["customer"] == "cust-4"
    assert {m["kind"] for m in messages} == {"precharge_notice"}
    assert failing["service"] == "site2-1.com" and failing["to"] == "customer2@example.com"

    only = cli("outbox", "list", "--state", "given_up", "--json")
    assert only.returncode == 0, only.stderr
    assert [m["id"] for m in json.loads(only.stdout)["messages"]] == [ids["given_up"]]

    table = cli("outbox", "list", "--state", "failing")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "state", "kind"]
    assert len(lines) == 3 and lines[1].split()[:2] == [str(ids["failing"]), "failing"]
    assert lines[-1] == "1 e-mails failing"


@pytest.mark.parametrize(
    "args",
    [("--state", "pending"), ("--limit", "0")],
)
def test_outbox_list_refuses_bad_arguments(cli: Cli, args: tuple[str, ...]) -> None:
    refused = cli("outbox", "list", *args)
    assert refused.returncode == 2
    assert args[0] in refused.stderr and "Traceback" not in refused.stderr


def test_config_refuses_header_breaking_text_and_encodes_idn_senders(cli: Cli) -> None:
    """Issue 10, defect 4: a newline in company.name was accepted and broke every e-mail's From."""
    for key, value in [
        ("company.name", "Acme\nBcc: spy@evil.example"),
        ("smtp.user", "mailer\r\nRCPT TO:<spy@evil.example>"),
        ("mail.from", "renewals@example.com\r\nBcc: spy@evil.example"),
    ]:
        refused = cli("config", "set", key, value)
        assert refused.returncode == 2, (key, value, refused.stdout)
        assert refused.stderr.startswith(f"renewdesk: {key}: "), refused.stderr
        assert "\nBcc" not in refused.stderr and "Traceback" not in refused.stderr
    assert not {"company.name", "smtp.user", "mail.from"} & set(stored_settings(cli.db))

    idn = cli("config", "set", "mail.from", "Renewals@Bücher.Example")
    assert idn.returncode == 0, idn.stderr
    assert stored_settings(cli.db)["mail.from"] == "Renewals@xn--bcher-kva.example"
    named = cli("config", "set", "company.name", "  Levi Hosting בע״מ  ")
    assert named.returncode == 0, named.stderr
    assert stored_settings(cli.db)["company.name"] == "Levi Hosting בע״מ"

    refused = cli("config", "set", "mail.give_up_days", "0")
    assert refused.returncode == 2 and "mail.give_up_days" in refused.stderr
    assert cli("config", "set", "mail.give_up_days", "5").returncode == 0
    assert stored_settings(cli.db)["mail.give_up_days"] == "5"
