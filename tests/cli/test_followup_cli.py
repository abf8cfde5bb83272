"""`python main.py followup [--json]` (R41), run as a person would, in a child process: the list the
window shows, most urgent first, and a row gone once its cause is."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.app.helpers import order
from tests.conftest import Cli
from tests.jobs.helpers import card, customer, document, domain

TODAY = date(2026, 11, 24)


def _load(cli: Cli, tmp_path: Path) -> None:
    holder = customer(
        "c1",
        [
            domain("d1", "late-card.co.il", date(2027, 3, 10)),
            domain("d2", "stopping.com", TODAY + timedelta(days=12)),
        ],
        cards=[card("v1", exp=(1, 2027))],
    )
    holder["orders"] = [order("d2")]  # R1: auto-renew is offered after an order
    doc = document([holder])
    path = tmp_path / "followup.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = cli("import", str(path))
    assert done.returncode == 0, done.stderr


def test_followup_lists_most_urgent_first_as_json_and_as_lines(cli: Cli, tmp_path: Path) -> None:
    _load(cli, tmp_path)
    switched = cli("recurring", "off", "c1", "--service", "stopping.com")
    assert switched.returncode == 0, switched.stderr

    done = cli("followup", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert listed["today"] == "2026-11-24"
    assert listed["total"] == 2 and listed["shown"] == 2
    assert listed["counts"]["auto_renew_stopped"] == 1
    assert listed["counts"]["card_expires_first"] == 1
    first, second = listed["rows"]
    assert (first["service"], first["kind"], first["days_left"]) == ("stopping.com", "auto_renew_stopped", 12)
    assert first["reason"] == "staff_switched_off"
    assert first["amount"] == "45.50" and first["currency"] == "ILS"
    assert first["actions"] == ["switch_on_again", "send_renew_link"]
    assert (second["service"], second["kind"], second["when"]) == (
        "late-card.co.il",
        "card_expires_first",
        "2027-01-31",
    )

    lines = cli("followup")
    assert lines.returncode == 0, lines.stderr
    text = lines.stdout.splitlines()
    assert text[0].split()[:3] == ["kind", "customer", "service"]
    assert "stopping.com" in text[1] and "switch_on_again" in text[1]
    assert "late-card.co.il" in text[2] and "replace_card" in text[2]
    assert text[-1] == "2 of 2 to follow up"

    # One page of one row: the most urgent, and the whole counts.
    first = json.loads(cli("followup", "--json", "--limit", "1").stdout)
    assert [row["service"] for row in first["rows"]] == ["stopping.com"]
    assert (first["total"], first["shown"]) == (2, 1)
    assert first["counts"]["card_expires_first"] == 1
    short = cli("followup", "--limit", "1").stdout.splitlines()
    assert short[-1] == "1 of 2 to follow up" and len(short) == 3

    # Its cause gone (auto-renew on again), the row leaves.
    again = cli("recurring", "on", "c1", "--service", "stopping.com")
    assert again.returncode == 0, again.stderr
    after = json.loads(cli("followup", "--json").stdout)
    assert [row["service"] for row in after["rows"]] == ["late-card.co.il"]


def test_followup_needs_a_linked_login(bare_cli: Cli) -> None:
    done = bare_cli("followup")
    assert done.returncode == 2
    assert "followup" in done.stderr


def test_hostile_limits_are_refused(cli: Cli, tmp_path: Path) -> None:
    _load(cli, tmp_path)
    for limit in ("0", "-1", "abc", "1e3", "5001", "99999999999999999999", ""):
        done = cli("followup", "--limit", limit)
        assert done.returncode == 2, limit
        assert "--limit" in done.stderr and done.stdout == "", limit
