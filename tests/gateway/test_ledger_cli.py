"""`python main.py gateway ledger [--json]`: the sandbox's own ledger, as a person or a script reads it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.bootstrap import build_context
from desktop.core.money import Money
from desktop.gateway.errors import GatewayTimeout
from desktop.gateway.protocol import CallContext
from desktop.secrets import KeyringSecretStore
from tests.conftest import Cli

KEYS = {"key", "kind", "outcome", "amount", "currency", "installments", "last4", "service", "due"}


def make_calls(url: str) -> None:
    context = build_context(url, secrets=KeyringSecretStore(), sandbox_seed=11)
    try:
        gateway = context.gateway
        good = gateway.tokenize("4242424242424242", 12, 2030, "Dana Levi").token
        slow = gateway.tokenize("4000000000000119", 12, 2030, "Dana Levi").token
        where = CallContext(card_last4="4242", service="levi.co.il", due=date(2026, 12, 1))
        assert gateway.verify(good, key="verify-1", context=where).ok
        gateway.charge(good, Money(5900, "ILS"), 1, key="charge-1", context=where)
        with pytest.raises(GatewayTimeout):  # charged, but the answer is lost
            gateway.charge(
                slow,
                Money(48000, "ILS"),
                3,
                key="charge-2",
                context=CallContext(card_last4="0119", service="levi-site", due=date(2026, 12, 10)),
            )
    finally:
        context.close()


def test_ledger_json_lists_every_call(cli: Cli) -> None:
    make_calls(cli.db)
    result = cli("gateway", "ledger", "--json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert isinstance(entries, list) and len(entries) == 3
    for entry in entries:
        assert set(entry) >= KEYS
    verify, charge, timed_out = entries
    assert {key: verify[key] for key in KEYS} == {
        "key": "verify-1",
        "kind": "verify",
        "outcome": "succeeded",
        "amount": None,
        "currency": None,
        "installments": None,
        "last4": "4242",
        "service": "levi.co.il",
        "due": "2026-12-01",
    }
    assert {key: charge[key] for key in KEYS} == {
        "key": "charge-1",
        "kind": "charge",
        "outcome": "succeeded",
        "amount": "59.00",
        "currency": "ILS",
        "installments": 1,
        "last4": "4242",
        "service": "levi.co.il",
        "due": "2026-12-01",
    }
    assert (timed_out["key"], timed_out["outcome"], timed_out["amount"]) == (
        "charge-2",
        "succeeded",
        "480.00",
    )
    assert (timed_out["installments"], timed_out["last4"], timed_out["due"]) == (3, "0119", "2026-12-10")
    assert "4242424242424242" not in result.stdout
    assert "4000000000000119" not in result.stdout


def test_ledger_json_of_an_empty_ledger_is_an_empty_list(sqlite_cli: Cli) -> None:
    result = sqlite_cli("gateway", "ledger", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_ledger_table(cli: Cli) -> None:
    make_calls(cli.db)
    result = cli("gateway", "ledger")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["at", "kind", "outcome"]
    assert len(lines) == 1 + 3 + 1
    assert "charge-1" in lines[2] and "59.00" in lines[2] and "levi.co.il" in lines[2]
    assert lines[-1] == "3 gateway calls"
