"""`recurring on|off` and `service set` (SPEC section 3) in a child process, as a person would run them:
they print what changed, go through the window's use cases (card check R8, mismatch R7, updated notice
R28), and refuse bad refs and settings with exit code 2, a message naming what is wrong, and nothing
changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli

GOOD, OTHER_GOOD, DECLINED = "4242424242424242", "5555555555554444", "4000000000000002"


def _document() -> dict[str, Any]:
    def domain(ref: str, name: str, enabled: bool) -> dict[str, Any]:
        return {
            "ref": ref,
            "kind": "domain",
            "name": name,
            "expires_on": "2026-12-20",
            "period_months": 12,
            "auto_renew": {"enabled": enabled, "card": "v1"},
        }

    return {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"},
            {"kind": "hosting", "item": "basic", "period_months": 12, "price": "480.00", "currency": "ILS"},
            {"kind": "hosting", "item": "basic", "period_months": 24, "price": "900.00", "currency": "ILS"},
        ],
        "customers": [
            {
                "ref": "cust-1",
                "name": "Dana Levi",
                "email": "dana@example.com",
                "language": "en",
                "currency": "ILS",
                "contacts": [{"ref": "k1", "name": "Cohen Ltd", "company": "Cohen Ltd"}],
                "cards": [
                    {"ref": "v1", "number": GOOD, "exp_month": 12, "exp_year": 2030, "holder": "Dana Levi"},
                    {
                        "ref": "v2",
                        "number": OTHER_GOOD,
                        "exp_month": 12,
                        "exp_year": 2030,
                        "holder": "Dana Levi",
                    },
                    {
                        "ref": "v3",
                        "number": DECLINED,
                        "exp_month": 12,
                        "exp_year": 2030,
                        "holder": "Dana Levi",
                    },
                ],
                "services": [
                    domain("s1", "levi.co.il", False),
                    domain("s2", "levi-shop.co.il", True),
                    {
                        "ref": "s3",
                        "kind": "hosting",
                        "name": "levi-site",
                        "plan": "basic",
                        "expires_on": "2026-12-10",
                        "period_months": 12,
                        "auto_renew": {"enabled": True, "card": "v1", "installments": 3},
                    },
                ],
                "orders": [
                    {
                        "service": "s1",
                        "date": "2025-12-01",
                        "period_months": 12,
                        "installments": 1,
                        "amount": "59.00",
                    }
                ],
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


def _services(cli: Cli) -> dict[str, dict[str, Any]]:
    done = cli("export")
    assert done.returncode == 0, done.stderr
    [customer] = json.loads(done.stdout)["customers"]
    return {service["name"]: service["auto_renew"] for service in customer["services"]}


def _ok(cli: Cli, *args: str, today: str = "2026-11-24") -> list[str]:
    done = cli(*args, today=today)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout.splitlines()


def test_recurring_on_all_switches_every_domain_on_and_prints_it(loaded: Cli) -> None:
    lines = _ok(loaded, "recurring", "on", "cust-1", "--all", "--card", "v2")

    v1, v2 = "Visa •••• 4242 (v1, expires 12/2030)", "Mastercard •••• 4444 (v2, expires 12/2030)"
    assert sorted(lines) == [
        f"levi-shop.co.il: card: {v1} -> {v2}",
        "levi.co.il: auto-renew: off (never on) -> on",
        f"levi.co.il: card: {v1} -> {v2}",
    ]
    services = _services(loaded)
    assert services["levi.co.il"]["enabled"] and services["levi-shop.co.il"]["enabled"]
    assert services["levi.co.il"]["card"] == "v2"
    assert services["levi-site"]["card"] == "v1"  # R5: Recurring All is every domain, not the hosting


def test_recurring_off_and_on_again_by_name(loaded: Cli) -> None:
    assert _ok(loaded, "recurring", "off", "cust-1", "--service", "levi-site") == [
        "levi-site: auto-renew: on -> off (staff_switched_off)"
    ]
    assert not _services(loaded)["levi-site"]["enabled"]
    lines = _ok(loaded, "recurring", "on", "cust-1", "--service", "levi-site", "--card", "v1")
    assert lines == ["levi-site: auto-renew: off (staff_switched_off) -> on"]
    assert _services(loaded)["levi-site"]["enabled"]


def test_a_repeated_service_option_acts_on_every_service_named(loaded: Cli) -> None:
    """`--service a --service b` is both, as `--service a b` is: the last one alone switched off,
    the first left on and charged, was the program acting on less than it was told."""
    lines = _ok(
        loaded, "recurring", "off", "cust-1", "--service", "levi-site", "--service", "levi-shop.co.il"
    )
    assert sorted(lines) == [
        "levi-shop.co.il: auto-renew: on -> off (staff_switched_off)",
        "levi-site: auto-renew: on -> off (staff_switched_off)",
    ]
    services = _services(loaded)
    assert not services["levi-site"]["enabled"] and not services["levi-shop.co.il"]["enabled"]


def test_a_holder_mismatch_needs_the_acknowledgement(loaded: Cli) -> None:
    args = ("recurring", "on", "cust-1", "--service", "levi.co.il", "--card", "v1", "--contact", "k1")
    before = _services(loaded)
    _refusal(loaded, args, ["--acknowledge-mismatch", "'Dana Levi'", "R7"])
    assert _services(loaded) == before

    lines = _ok(loaded, *args, "--acknowledge-mismatch")
    assert "levi.co.il: billing contact: Dana Levi (the account holder) -> Cohen Ltd (k1)" in lines
    assert _services(loaded)["levi.co.il"]["billing_contact"] == "k1"


REFUSALS: list[tuple[tuple[str, ...], list[str]]] = [
    (("recurring", "on", "nobody", "--all", "--card", "v1"), ["'nobody'"]),
    (("recurring", "on", "cust-1", "--service", "levi.com", "--card", "v1"), ["levi.com", "levi-site"]),
    (("recurring", "on", "cust-1", "--all", "--card", "v9"), ["'v9'", "v1, v2, v3"]),
    (("recurring", "on", "cust-1", "--all", "--card", "v1", "--contact", "k9"), ["'k9'", "k1"]),
    (("recurring", "on", "cust-1", "--all"), ["--card REF"]),
    (("recurring", "on", "cust-1", "--all", "--card", "v3"), ["0002", "refused", "R8"]),
    (("recurring", "off", "cust-1", "--service", "nope.co.il"), ["nope.co.il"]),
    (("service", "set", "cust-1", "levi.co.il", "--period", "24"), ["domain", "--period"]),
    (("service", "set", "cust-1", "levi.co.il", "--installments", "2"), ["domain"]),
    (("service", "set", "cust-1", "levi-site", "--installments", "4"), ["4 installments", "1 to 3"]),
    (("service", "set", "cust-1", "levi-site", "--period", "6"), ["6 months", "3, 12, 24, 36"]),
    (("service", "set", "cust-1", "levi-site", "--card", "v3"), ["0002", "refused"]),
    (("service", "set", "cust-1", "levi-site", "--card", "nope"), ["'nope'"]),
    (("service", "set", "cust-2", "levi-site"), ["'cust-2'"]),
]


def _refusal(cli: Cli, args: tuple[str, ...], words: list[str]) -> None:
    done = cli(*args)
    assert (done.returncode, done.stdout) == (2, ""), (args, done.stdout, done.stderr)
    assert done.stderr.startswith("renewdesk: "), done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, (args, done.stderr)


def test_bad_input_is_refused_naming_what_is_wrong_and_changes_nothing(loaded: Cli) -> None:
    before = _services(loaded)
    for args, words in REFUSALS:
        _refusal(loaded, args, words)
    assert _services(loaded) == before


def _due_run(cli: Cli, today: str) -> list[dict[str, Any]]:
    done = cli("due-run", "--json", today=today)  # e-mails wait for a signing key: not this test's matter
    assert done.returncode == 0, done.stderr
    events: list[dict[str, Any]] = json.loads(done.stdout)["events"]
    return events


def test_service_set_after_the_notice_prints_the_change_and_queues_an_updated_notice(loaded: Cli) -> None:
    notice = _due_run(loaded, "2026-11-25")  # levi-site's card check and notice (charge on 10 December)
    assert [event["type"] for event in notice] == ["card_check_passed", "precharge_notice_sent"]
    before = _services(loaded)
    _refusal(loaded, ("service", "set", "cust-1", "levi-site", "--period", "36"), ["no price", "levi-site"])
    assert _services(loaded) == before

    lines = _ok(loaded, "service", "set", "cust-1", "levi-site", "--period", "24", today="2026-11-26")

    assert lines == [
        "levi-site: period: 12 months -> 24 months",
        "levi-site: installments: 3 -> 5",
        "levi-site: the customer is sent the new terms of the coming charge (an updated notice)",
    ]
    assert _ok(loaded, "service", "set", "cust-1", "levi-site", "--period", "24", today="2026-11-26") == [
        "levi-site: unchanged"
    ]
    done = loaded("outbox", "list", "--json")
    kinds = sorted(message["kind"] for message in json.loads(done.stdout)["messages"])
    assert kinds == ["notice_updated", "precharge_notice"]

    charge = _due_run(loaded, "2026-12-10")
    site = [
        (e["type"], e.get("amount"), e.get("installments")) for e in charge if e["service"] == "levi-site"
    ]
    assert site == [("charged", "900.00", 5)]
