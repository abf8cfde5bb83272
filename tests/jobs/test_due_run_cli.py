"""`python main.py due-run [--json]` as cron or a person runs it (SPEC 3)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tests.conftest import Cli
from tests.jobs.helpers import BOTH_DECLINED, CHARGE_DECLINED, card, customer, document, domain, hosting
from tests.jobs.smtp_helpers import (
    HOST,
    SmtpServer,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

CHECK_DAY = "2026-12-05"
CHARGE_DAY = "2026-12-20"


def _import(cli: Cli, tmp_path: Path, smtp_port: int = 1) -> None:
    expiry = date(2026, 12, 20)
    doc = document(
        [
            customer(
                "cust-1",
                [
                    domain("s1", "levi.co.il", expiry, contact="k1"),
                    hosting("s2", "levi-site", expiry, period=12, installments=3),
                ],
                contacts=[{"ref": "k1", "name": "Levi Ltd", "company": "Levi Ltd"}],
            ),
            customer("cust-2", [domain("s1", "cohen.com", expiry)], cards=[card(number=BOTH_DECLINED)]),
            customer("cust-3", [domain("s1", "mizrahi.com", expiry)], cards=[card(number=CHARGE_DECLINED)]),
        ]
    )
    path = tmp_path / "customers.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = cli("import", str(path))
    assert done.returncode == 0, done.stderr
    # By default nothing listens: e-mails fail at once instead of waiting for a mail server.
    assert cli("config", "set", "smtp.host", HOST).returncode == 0
    assert cli("config", "set", "smtp.port", str(smtp_port)).returncode == 0
    # The links of the e-mails are signed with the database's key, made once by an admin (R33).
    assert cli("config", "init-signing-key").returncode == 0


def _due_run(cli: Cli, today: str) -> dict[str, Any]:
    done = cli("due-run", "--json", today=today)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    printed: dict[str, Any] = json.loads(done.stdout)
    return printed


def _by(events: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {event["service"]: event for event in events if event["type"] == kind}


def test_due_run_json_reports_each_event_once(sqlite_cli: Cli, tmp_path: Path, smtp: SmtpServer) -> None:
    """With a mail server that takes the notices: each notice says it was sent, and the charges of
    the charge date are made (a charge waits for its notice: desktop.jobs.notice_gate)."""
    _import(sqlite_cli, tmp_path, smtp.port)

    checked = _due_run(sqlite_cli, CHECK_DAY)
    assert set(checked) == {"today", "events"}
    assert checked["today"] == CHECK_DAY
    events = checked["events"]
    assert {event["type"] for event in events} == {
        "card_check_passed",
        "precharge_notice_sent",
        "card_check_failed",
        "auto_renew_stopped",
    }
    notices = _by(events, "precharge_notice_sent")
    assert notices["levi-site"] == {
        "type": "precharge_notice_sent",
        "customer": "cust-1",
        "service": "levi-site",
        "due": CHARGE_DAY,
        "amount": "480.00",
        "currency": "ILS",
        "installments": 3,
        "notice": "sent",
    }
    assert (notices["levi.co.il"]["amount"], notices["levi.co.il"]["installments"]) == ("59.00", 1)
    assert set(notices) == {"levi-site", "levi.co.il", "mizrahi.com"}
    failed = _by(events, "card_check_failed")["cohen.com"]
    assert (failed["customer"], failed["reason"], failed["due"]) == (
        "cust-2",
        "card_verification_declined",
        CHARGE_DAY,
    )
    assert _by(events, "auto_renew_stopped")["cohen.com"]["reason"] == "card_verification_declined"
    for event in events:
        assert {"type", "customer", "service", "due"} <= set(event)
        if "amount" in event:
            assert isinstance(event["amount"], str) and "." in event["amount"]

    assert _due_run(sqlite_cli, CHECK_DAY) == {"today": CHECK_DAY, "events": []}

    charged = _due_run(sqlite_cli, CHARGE_DAY)["events"]
    assert sorted((event["type"], event["service"]) for event in charged) == [
        ("auto_renew_stopped", "mizrahi.com"),
        ("charge_failed", "mizrahi.com"),
        ("charged", "levi-site"),
        ("charged", "levi.co.il"),
    ]
    receipt = _by(charged, "charged")["levi-site"]
    assert (receipt["amount"], receipt["currency"], receipt["installments"], receipt["due"]) == (
        "480.00",
        "ILS",
        3,
        CHARGE_DAY,
    )
    assert _by(charged, "charge_failed")["mizrahi.com"]["reason"] == "charge_declined"
    assert _due_run(sqlite_cli, CHARGE_DAY)["events"] == []

    ledger = sqlite_cli("gateway", "ledger", "--json")
    assert ledger.returncode == 0, ledger.stderr
    charges = [entry for entry in json.loads(ledger.stdout) if entry["kind"] == "charge"]
    assert sorted((entry["service"], entry["outcome"]) for entry in charges) == [
        ("levi-site", "succeeded"),
        ("levi.co.il", "succeeded"),
        ("mizrahi.com", "declined"),
    ]


def test_due_run_table_form(sqlite_cli: Cli, tmp_path: Path) -> None:
    _import(sqlite_cli, tmp_path)
    done = sqlite_cli("due-run", today=CHECK_DAY)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "type",
        "customer",
        "service",
        "due",
        "amount",
        "currency",
        "installments",
        "reason",
    ]
    assert any("card_check_failed" in line and "card_verification_declined" in line for line in lines)
    # Nothing listens on the mail server's port: a notice only queued and failing is never said sent.
    assert any(line.startswith("precharge_notice_failing") and "480.00" in line for line in lines)
    assert not any(line.startswith("precharge_notice_sent") for line in lines)
    assert lines[-1].startswith(f"8 events for {CHECK_DAY}")

    again = sqlite_cli("due-run", today=CHECK_DAY)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1].startswith(f"0 events for {CHECK_DAY}")


def test_due_run_on_an_unreachable_database_fails_clearly(tmp_path: Path) -> None:
    cli = Cli(db="postgresql+psycopg://x@127.0.0.1:1/none", keyring_file=tmp_path / "keyring.json")
    done = cli("due-run", "--json", today=CHECK_DAY)
    assert done.returncode != 0
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("renewdesk: ")
    assert "database" in lines[0]
