"""`python main.py import FILE` as a person runs it: a refused file exits 2, names the JSON path on
standard error, and leaves the database as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.bootstrap import build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from tests.conftest import Cli
from tests.interchange.helpers import encode, extra_customer, fresh_document, snapshot, spec_bytes


def _state(url: str, clock: ManualClock) -> dict[str, Any]:
    context = build_context(url, clock=clock, secrets=KeyringSecretStore())
    try:
        return snapshot(context)
    finally:
        context.close()


def _deep_exp_month() -> bytes:
    document = fresh_document()
    document["customers"] += [extra_customer(i) for i in (1, 2, 3)]
    document["customers"][3]["cards"][0]["exp_month"] = 13
    return encode(document)


def _hosting_period() -> bytes:
    document = fresh_document()
    document["customers"][0]["services"][1]["period_months"] = 6
    return encode(document)


def _unknown_card() -> bytes:
    document = fresh_document()
    document["customers"][0]["services"][0]["auto_renew"]["card"] = "v9"
    return encode(document)


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "exp_month_13": (_deep_exp_month(), "customers[3].cards[0].exp_month"),
    "hosting_period": (_hosting_period(), "customers[0].services[1].period_months"),
    "unknown_card": (_unknown_card(), "customers[0].services[0].auto_renew.card"),
    "already_there": (spec_bytes(), "customers[0].ref"),
    "not_utf8": (spec_bytes().decode().replace("Dana Levi", "Begoña Núñez").encode("latin-1"), "$"),
    "empty": (b"", "$"),
    "not_json": (b'{"format": "renewdesk/1",', "$"),
}
SENTENCE = {
    "not_utf8": "not UTF-8",
    "empty": "empty",
    "not_json": "not JSON",
    "already_there": "already in the database",
}


@pytest.fixture
def cli_loaded(sqlite_cli: Cli, tmp_path: Path) -> Cli:
    spec = tmp_path / "spec.json"
    spec.write_bytes(spec_bytes())
    done = sqlite_cli("import", str(spec))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 1 customers, 1 contacts, 1 cards, 2 services, 1 orders, 2 prices")
    return sqlite_cli


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_refused_file_exits_2_names_the_path_and_changes_nothing(
    cli_loaded: Cli, sqlite_url: str, clock: ManualClock, tmp_path: Path, name: str
) -> None:
    data, path = BAD_FILES[name]
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(data)
    before = _state(sqlite_url, clock)
    export_before = cli_loaded("export")
    assert export_before.returncode == 0

    done = cli_loaded("import", str(bad))

    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    assert "nothing was changed" in done.stderr
    assert f"  {path}: " in done.stderr, done.stderr
    assert SENTENCE.get(name, "") in done.stderr
    assert "Traceback" not in done.stderr
    assert _state(sqlite_url, clock) == before
    assert cli_loaded("export").stdout == export_before.stdout


def test_refused_file_on_standard_input(cli_loaded: Cli, sqlite_url: str, clock: ManualClock) -> None:
    before = _state(sqlite_url, clock)
    done = cli_loaded("import", "-", stdin=_hosting_period())
    assert done.returncode == 2
    assert "customers[0].services[1].period_months: 6 is not a hosting period" in done.stderr
    assert _state(sqlite_url, clock) == before


def test_a_good_file_on_standard_input_is_imported(
    cli_loaded: Cli, sqlite_url: str, clock: ManualClock
) -> None:
    done = cli_loaded("import", "-", stdin=encode(fresh_document()))
    assert done.returncode == 0, done.stderr
    assert _state(sqlite_url, clock)["counts"]["customers"] == 2


def test_missing_file_exits_2(cli_loaded: Cli, tmp_path: Path) -> None:
    done = cli_loaded("import", str(tmp_path / "nowhere.json"))
    assert done.returncode == 2
    assert "cannot read" in done.stderr and "nowhere.json" in done.stderr
