"""`card replace` after the old card failed (R38, R27, R9, R41), as a person would run it: the services
the old card's failure stopped are listed as still off with what to do, or switched on again with
`--switch-on`; the new card expiring before a charge is warned of; the follow-up list no longer offers
to replace a card already replaced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli

DECLINED, GOOD, OTHER_GOOD = "4000000000000002", "4242424242424242", "5555555555554444"
NEXT_DAY = "2026-11-25"
HOLDER = ("--holder", "Dana Levi")


def _document() -> dict[str, Any]:
    def domain(ref: str, name: str, expires_on: str) -> dict[str, Any]:
        return {
            "ref": ref,
            "kind": "domain",
            "name": name,
            "expires_on": expires_on,
            "period_months": 12,
            "auto_renew": {"enabled": True, "card": "v1"},
        }

    return {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"}
        ],
        "customers": [
            {
                "ref": "cust-1",
                "name": "Dana Levi",
                "email": "dana@example.com",
                "language": "en",
                "currency": "ILS",
                "contacts": [],
                "cards": [
                    {
                        "ref": "v1",
                        "number": DECLINED,
                        "exp_month": 12,
                        "exp_year": 2030,
                        "holder": "Dana Levi",
                    }
                ],
                # levi.co.il's card check is due on 2026-11-24 and fails; levi-shop renews in June.
                "services": [
                    domain("s1", "levi.co.il", "2026-12-05"),
                    domain("s2", "levi-shop.co.il", "2027-06-01"),
                ],
                "orders": [],
            }
        ],
    }


@pytest.fixture
def stopped(cli: Cli, tmp_path: Path) -> Cli:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert cli("import", str(path)).returncode == 0
    ran = cli("due-run")
    assert ran.returncode == 0, ran.stderr
    return cli


def _renewing(cli: Cli) -> dict[str, tuple[bool, str | None, str | None]]:
    done = cli("export", today=NEXT_DAY)
    [customer] = json.loads(done.stdout)["customers"]
    return {
        service["name"]: (
            service["auto_renew"]["enabled"],
            service["auto_renew"].get("card"),
            service["auto_renew"].get("stop_reason"),
        )
        for service in customer["services"]
    }


def _followup_actions(cli: Cli, name: str) -> list[str]:
    done = cli("followup", "--json", today=NEXT_DAY)
    assert done.returncode == 0, done.stderr
    [row] = [row for row in json.loads(done.stdout)["rows"] if row["service"] == name]
    return list(row["actions"])


def test_replace_without_switch_on_says_what_is_left_and_the_follow_up_says_switch_on(stopped: Cli) -> None:
    assert _followup_actions(stopped, "levi.co.il")[0] == "replace_card"
    stopped("card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=GOOD, today=NEXT_DAY)

    done = stopped("card", "replace", "cust-1", "v1", "V-1", today=NEXT_DAY)

    assert done.returncode == 0, done.stderr
    assert (
        "levi.co.il: auto-renew still off (card_verification_declined); to switch it on with the new card: "
        "recurring on cust-1 --service levi.co.il"
    ) in done.stdout
    assert "warning" not in done.stdout
    assert _renewing(stopped)["levi.co.il"][:2] == (False, "V-1")
    assert _followup_actions(stopped, "levi.co.il") == ["switch_on_again", "send_renew_link"]


def test_replace_with_switch_on_and_a_card_expiring_first_warns(stopped: Cli) -> None:
    # The new card lasts to January 2027: levi.co.il's December charge is fine, levi-shop's June one is not.
    stopped(
        "card",
        "add",
        "cust-1",
        "--holder",
        "Dana Levi",
        "--exp",
        "01/2027",
        stdin=OTHER_GOOD,
        today=NEXT_DAY,
    )

    done = stopped("card", "replace", "cust-1", "v1", "V-1", "--switch-on", today=NEXT_DAY)

    assert done.returncode == 0, done.stderr
    assert "auto-renew switched on again with the new card for: levi.co.il" in done.stdout
    assert "still off" not in done.stdout
    assert (
        "levi-shop.co.il: warning: the card it moved to expires before the charge date; the charge will fail"
        in done.stdout
    )
    assert "levi.co.il: warning" not in done.stdout
    assert _renewing(stopped) == {
        "levi.co.il": (True, "V-1", None),
        "levi-shop.co.il": (True, "V-1", None),
    }
    rows = json.loads(stopped("followup", "--json", today=NEXT_DAY).stdout)["rows"]
    assert [row["service"] for row in rows if row["kind"] == "auto_renew_stopped"] == []
