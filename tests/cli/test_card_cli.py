"""`card add`, `card replace`, `card remove` (SPEC section 3, R38) in a child process, as a person would
run them: the number read from standard input, refs printed, refusals with exit code 2, a message
naming what is wrong, and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import audit_rows
from tests.conftest import Cli

GOOD, OTHER_GOOD = "4242424242424242", "5555555555554444"


def _document() -> dict[str, Any]:
    def domain(ref: str, name: str, enabled: bool) -> dict[str, Any]:
        return {
            "ref": ref,
            "kind": "domain",
            "name": name,
            "expires_on": "2027-03-01",
            "period_months": 12,
            "auto_renew": {"enabled": enabled, "card": "v1"},
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
                    {"ref": "v1", "number": GOOD, "exp_month": 12, "exp_year": 2030, "holder": "Dana Levi"}
                ],
                "services": [domain("s1", "levi.co.il", True), domain("s2", "levi-shop.co.il", True)],
                "orders": [],
            }
        ],
    }


@pytest.fixture
def loaded(cli: Cli, tmp_path: Path) -> Cli:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    done = cli("import", str(path))
    assert done.returncode == 0, done.stderr
    return cli


def _customer(cli: Cli) -> dict[str, Any]:
    done = cli("export")
    assert done.returncode == 0, done.stderr
    [customer] = json.loads(done.stdout)["customers"]
    return dict(customer)


def _cards(cli: Cli) -> list[tuple[str, str, str]]:
    return [(card["ref"], card["last4"], card["holder"]) for card in _customer(cli)["cards"]]


def _renewing(cli: Cli) -> dict[str, tuple[bool, str | None]]:
    return {
        service["name"]: (service["auto_renew"]["enabled"], service["auto_renew"].get("card"))
        for service in _customer(cli)["services"]
    }


def test_card_add_reads_the_number_from_stdin_and_prints_the_ref(loaded: Cli) -> None:
    done = loaded(
        "card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=OTHER_GOOD + "\n"
    )

    assert (done.returncode, done.stdout, done.stderr) == (0, "V-1\n", "")
    assert _cards(loaded) == [("v1", "4242", "Dana Levi"), ("V-1", "4444", "Dana Levi")]
    [entry] = audit_rows(loaded.db, "card.added")
    assert entry["after"]["card"] == "4444" and OTHER_GOOD not in json.dumps(entry)


@pytest.mark.parametrize(
    ("stdin", "exp", "words"),
    [
        ("4242424242424241\n", "09/2029", "card_number"),
        (GOOD + "\n", "09/2020", "card_expiry"),
        (GOOD + "\n", "September", "card_expiry"),
        ("4000000000000002\n", "09/2029", "refused"),
        (GOOD + "\n" + OTHER_GOOD + "\n", "09/2029", "one card number"),
    ],
    ids=["luhn", "past", "form", "declined", "two numbers"],
)
def test_card_add_refuses_bad_input_changing_nothing(loaded: Cli, stdin: str, exp: str, words: str) -> None:
    before = _cards(loaded)

    done = loaded("card", "add", "cust-1", "--holder", "Dana Levi", "--exp", exp, stdin=stdin)

    assert done.returncode == 2 and words in done.stderr and "nothing was changed" in done.stderr
    assert all(number not in done.stderr + done.stdout for number in stdin.split())
    assert _cards(loaded) == before


def test_card_replace_then_remove_the_old_card(loaded: Cli) -> None:
    loaded("card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=OTHER_GOOD)

    done = loaded("card", "replace", "cust-1", "v1", "V-1")

    assert done.returncode == 0, done.stderr
    assert "moved 2 service(s) to Mastercard •••• 4444 (V-1, expires 09/2029)" in done.stdout
    assert _renewing(loaded) == {"levi.co.il": (True, "V-1"), "levi-shop.co.il": (True, "V-1")}
    assert len(audit_rows(loaded.db, "card.replaced")) == 2
    removed = loaded("card", "remove", "cust-1", "v1")
    assert removed.returncode == 0, removed.stderr
    assert _cards(loaded) == [("V-1", "4444", "Dana Levi")]


def test_card_remove_of_a_card_in_use_needs_move_to_or_stop(loaded: Cli) -> None:
    refused = loaded("card", "remove", "cust-1", "v1")
    assert refused.returncode == 2
    assert "--move-to" in refused.stderr and "levi.co.il" in refused.stderr
    unknown = loaded("card", "remove", "cust-1", "v9", "--stop")
    assert unknown.returncode == 2 and "'v9'" in unknown.stderr and "v1" in unknown.stderr
    assert _cards(loaded) == [("v1", "4242", "Dana Levi")]

    done = loaded("card", "remove", "cust-1", "v1", "--stop")

    assert done.returncode == 0, done.stderr
    assert "auto-renew stopped (card_removed) for: levi-shop.co.il, levi.co.il" in done.stdout
    assert _renewing(loaded) == {"levi.co.il": (False, None), "levi-shop.co.il": (False, None)}
    assert _cards(loaded) == []


def test_refs_are_taken_in_any_case_as_the_window_refuses_them_in_any_case(loaded: Cli) -> None:
    loaded("card", "add", "cust-1", "--holder", "Dana Levi", "--exp", "09/2029", stdin=OTHER_GOOD)

    done = loaded("card", "replace", "CUST-1", "V1", "v-1")

    assert done.returncode == 0, done.stderr
    assert "moved 2 service(s) to Mastercard •••• 4444 (V-1, expires 09/2029)" in done.stdout
    assert _renewing(loaded) == {"levi.co.il": (True, "V-1"), "levi-shop.co.il": (True, "V-1")}
