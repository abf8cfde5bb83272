"""R20: a card number in an import file is handed to the gateway for a token at once and is never
written anywhere: not in the database (file, WAL or shared memory), not in an export, not in a log,
not on the command line's output; a number that fails Luhn is refused without being echoed."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from desktop.app.interchange.export import export_document
from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused, describe
from desktop.bootstrap import AppContext, build_context
from desktop.core.cards import luhn_valid
from desktop.core.clock import ManualClock
from desktop.gateway.sandbox import TEST_CARDS
from desktop.secrets import KeyringSecretStore
from tests.conftest import Cli
from tests.interchange.helpers import encode, export_text, fresh_document, snapshot, table_rows
from tests.support.actors import TEST_ADMIN

SANDBOX_NUMBERS = [
    "4242424242424242",
    "5555555555554444",
    "4000000000000002",
    "4000000000000341",
    "4000000000000119",
]


def _spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _dashed(number: str) -> str:
    return "-".join(number[i : i + 4] for i in range(0, len(number), 4))


def _forms(number: str) -> list[str]:
    """The ways a full number could be written down, and its first 12 digits (more than last 4)."""
    return [number, _spaced(number), _dashed(number), number[:12]]


def _every_test_card_document() -> dict[str, Any]:
    document = fresh_document()
    cards = []
    for index, number in enumerate(SANDBOX_NUMBERS):
        for style, written in (("plain", number), ("spaced", _spaced(number)), ("dashed", _dashed(number))):
            cards.append(
                {
                    "ref": f"v{index}-{style}",
                    "number": written,
                    "exp_month": 1 + index,
                    "exp_year": 2028,
                    "holder": "Noa Cohen",
                }
            )
    customer = document["customers"][0]
    customer["cards"] = cards
    for service in customer["services"]:
        service["auto_renew"]["card"] = "v0-plain"
    return document


def _assert_absent(text: str, where: str) -> None:
    for number in SANDBOX_NUMBERS:
        for form in _forms(number):
            assert form not in text, f"{form} found in {where}"


def _assert_absent_bytes(data: bytes, where: str) -> None:
    for number in SANDBOX_NUMBERS:
        for form in _forms(number):
            for encoded in (form.encode("ascii"), form.encode("utf-16-le")):
                assert encoded not in data, f"{form} found in {where}"


def _sqlite_files(url: str) -> list[Path]:
    path = Path(make_url(url).database or "")
    return [file for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if file.exists()]


def _database_bytes(url: str) -> bytes:
    path = make_url(url).database or ""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    files = _sqlite_files(url)
    assert files and files[0].stat().st_size > 0
    return b"".join(file.read_bytes() for file in files)


def test_the_document_uses_every_sandbox_test_number() -> None:
    assert set(SANDBOX_NUMBERS) == set(TEST_CARDS)
    assert all(luhn_valid(number) for number in SANDBOX_NUMBERS)


def test_no_full_number_in_rows_export_or_logs(ctx: AppContext, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    summary = import_document(ctx, TEST_ADMIN, encode(_every_test_card_document()), "cards")
    assert summary.cards == 15
    exported = export_document(ctx, TEST_ADMIN)
    cards = exported["customers"][0]["cards"]
    assert [card["last4"] for card in cards] == [number[-4:] for number in SANDBOX_NUMBERS for _ in range(3)]
    assert all("number" not in card and card["token"].startswith("tok_sbx_") for card in cards)
    assert {card["brand"] for card in cards} == {"visa", "mastercard"}
    rows = table_rows(ctx)
    assert len(rows["cards"]) == 15
    _assert_absent(repr(rows), "the database rows")
    _assert_absent(export_text(ctx), "the export")
    _assert_absent(caplog.text, "the log")
    _assert_absent(repr(ctx.gateway.entries()), "the sandbox ledger")


def test_no_full_number_in_the_sqlite_files(sqlite_url: str, clock: ManualClock) -> None:
    context = build_context(sqlite_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=3)
    try:
        import_document(context, TEST_ADMIN, encode(_every_test_card_document()), "cards")
        export_text(context)
    finally:
        context.close()
    data = _database_bytes(sqlite_url)
    # The check can fail: the card rows are in these bytes (their holder and tokens).
    assert b"tok_sbx_vdec_0002_" in data and b"tok_sbx_cdec_0341_" in data
    _assert_absent_bytes(data, "the SQLite files")


def test_no_full_number_through_the_command_line(sqlite_cli: Cli, sqlite_url: str, tmp_path: Path) -> None:
    file = tmp_path / "cards.json"
    file.write_bytes(encode(_every_test_card_document()))
    done = sqlite_cli("import", str(file))
    assert done.returncode == 0, done.stderr
    assert "15 cards" in done.stdout
    exported = sqlite_cli("export")
    assert exported.returncode == 0
    assert exported.stdout.count('"last4": "0341"') == 3
    ledger = sqlite_cli("gateway", "ledger", "--json")
    assert ledger.returncode == 0, ledger.stderr
    for run in (done, exported, ledger):
        _assert_absent(run.stdout + run.stderr, f"the output of {run.args[-2:]}")
    _assert_absent_bytes(_database_bytes(sqlite_url), "the SQLite files")


BAD_NUMBERS = [
    "4242424242424241",
    "4242 4242 4242 4241",
    "4000-0000-0000-0003",
    "5555555555554445",
    "42424242424242424242",
]


@pytest.mark.parametrize("number", BAD_NUMBERS)
def test_a_luhn_failing_number_is_refused_without_echoing_it(ctx: AppContext, number: str) -> None:
    document = fresh_document()
    document["customers"][0]["cards"].insert(0, {**document["customers"][0]["cards"][0], "ref": "v0"})
    document["customers"][0]["cards"][1]["number"] = number
    before = snapshot(ctx)
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, encode(document), "bad")
    problems = refused.value.problems
    assert [(p.path, p.code) for p in problems] == [("customers[0].cards[1].number", "luhn")]
    digits = number.replace(" ", "").replace("-", "")
    text = f"{refused.value} {refused.value!r} {problems!r} {describe(problems[0])}"
    assert "Luhn" in text
    for form in {number, digits, digits[:12], "4242424242424242", "4242"}:
        assert form not in text
    assert snapshot(ctx) == before


@pytest.mark.parametrize(
    ("mutate", "path", "code"),
    [
        (lambda card: card.update(number=4242424242424241), "customers[0].cards[0].number", "wrong_type"),
        (lambda card: card.update(pan="4242424242424241"), "customers[0].cards[0].pan", "unknown_key"),
        (lambda card: card.update(cvv="4242424242424241"), "customers[0].cards[0].cvv", "unknown_key"),
    ],
    ids=["number_as_json_number", "number_under_unknown_key", "number_as_cvv"],
)
def test_other_refusals_do_not_echo_the_number(ctx: AppContext, mutate: Any, path: str, code: str) -> None:
    document = fresh_document()
    mutate(document["customers"][0]["cards"][0])
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, encode(document), "bad")
    problems = refused.value.problems
    assert (path, code) in [(p.path, p.code) for p in problems]
    text = f"{refused.value} {problems!r}"
    assert "4242424242424241" not in text and "4242424242424242" not in text


def test_a_luhn_failing_number_is_not_echoed_by_the_command_line(sqlite_cli: Cli, tmp_path: Path) -> None:
    document = fresh_document()
    document["customers"][0]["cards"][0]["number"] = "4242 4242 4242 4241"
    file = tmp_path / "bad.json"
    file.write_bytes(encode(document))
    done = sqlite_cli("import", str(file))
    assert done.returncode == 2
    assert "customers[0].cards[0].number: the card number is not valid" in done.stderr
    for form in ("4242 4242 4242 4241", "4242424242424241", "424242424242"):
        assert form not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda customer: customer.update(name="Dana 4242 4242 4242 4242"), "customers[0].name"),
        (lambda customer: customer.update(phone="4242-4242-4242-4242"), "customers[0].phone"),
        (
            lambda customer: customer["cards"][0].update(holder="4242424242424242"),
            "customers[0].cards[0].holder",
        ),
        (lambda customer: customer["cards"][0].update(ref="4242424242424242"), "customers[0].cards[0].ref"),
    ],
    ids=["customer name", "phone", "holder", "card ref"],
)
def test_a_card_number_in_any_text_of_the_file_is_refused(ctx: AppContext, mutate: Any, path: str) -> None:
    """The same rule as the windows' and commands' fields (desktop/core/fields): never kept as text."""
    document = fresh_document()
    mutate(document["customers"][0])
    before = snapshot(ctx)
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, encode(document), "bad")
    problems = refused.value.problems
    assert (path, "card_number_in_text") in [(p.path, p.code) for p in problems]
    assert "4242424242424242" not in f"{refused.value} {problems!r}"
    assert snapshot(ctx) == before
