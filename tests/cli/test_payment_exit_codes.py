"""`proforma pay --method card` says what happened in its words and its exit code (hostile test 14,
defects 11 and 18): 2 only for input refused with nothing changed; 1 when the work could not be
finished and something was done or may have been (a typed card saved and then declined, a charge whose
outcome the gateway did not give), with words that say what was kept and what to do."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.helpers import audit_rows
from tests.conftest import Cli
from tests.jobs.helpers import CHARGE_DECLINED, TIMEOUT_ONCE, card, customer, document, domain


@pytest.fixture
def loaded(cli: Cli, tmp_path: Path) -> Cli:
    cards = [card("v2", CHARGE_DECLINED), card("v3", TIMEOUT_ONCE)]
    site = domain("s1", "levi.co.il", date(2027, 6, 1), card_ref="v2")
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document([customer("dana", [site], cards=cards)])), encoding="utf-8")
    assert cli("import", str(path)).returncode == 0
    return cli


def _issue(cli: Cli) -> str:
    done = cli("proforma", "issue", "dana", "--all", "--json")
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout)["proformas"][0]["number"])


def test_a_typed_card_saved_then_declined_exits_1_and_says_it_was_kept(loaded: Cli) -> None:
    number = _issue(loaded)
    done = loaded(
        "proforma", "pay", number, "--method", "card", "--holder", "Chloe Green", "--exp", "12/2029",
        stdin=CHARGE_DECLINED + "\n",
    )  # fmt: skip
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "saved on the account as V-1" in done.stderr and "declined" in done.stderr
    assert "nothing was recorded" not in done.stderr and "nothing was changed" not in done.stderr
    shown = json.loads(loaded("customer", "show", "dana", "--json").stdout)
    kept = [entry for entry in shown["cards"] if entry["ref"] == "V-1"]
    assert [(entry["valid"], entry["invalid_reason"]) for entry in kept] == [(False, "charge_declined")]


def test_a_saved_card_declined_still_exits_2(loaded: Cli) -> None:
    number = _issue(loaded)
    done = loaded("proforma", "pay", number, "--method", "card", "--card", "v2")
    assert done.returncode == 2 and "declined" in done.stderr


def test_an_unknown_outcome_exits_1_says_what_to_do_and_is_audited(loaded: Cli) -> None:
    number = _issue(loaded)
    done = loaded("proforma", "pay", number, "--method", "card", "--card", "v3")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert f"`proforma settle {number}`" in done.stderr and "never charged twice" in done.stderr
    assert "nothing was recorded" not in done.stderr
    [sent] = audit_rows(loaded.db, "payment.charge_sent")
    assert sent["after"]["key"] == f"proforma-{number}-1" and sent["after"]["card"] == "0119"

    settled = loaded("proforma", "settle", number)
    assert settled.returncode == 0, settled.stderr
    assert "paid by card ending 0119" in settled.stdout
