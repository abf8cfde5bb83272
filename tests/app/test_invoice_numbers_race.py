"""R40 under several workstations: processes paying proformas at the same moment (`proforma pay` in
child processes started together) get contiguous invoice numbers, with no gap and no duplicate, and one
proforma paid by several processes at once is paid once (charged at most once). Run on SQLite and on a
real PostgreSQL server, where the number sequence's row serialises the payers."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.store.models import Invoice, Payment, Proforma
from tests.cli.helpers import open_database
from tests.conftest import Cli

PAYERS = 6
GOOD = "4242424242424242"


def _document() -> dict[str, Any]:
    """One customer with a domain per billing contact: Renew All issues one proforma per contact."""
    services = [
        {
            "ref": f"s{i}",
            "kind": "domain",
            "name": f"shop{i}.co.il",
            "expires_on": "2027-03-01",
            "period_months": 12,
            "auto_renew": {"enabled": False, "card": "v1", "billing_contact": f"k{i}"},
        }
        for i in range(PAYERS + 1)
    ]
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
                "contacts": [
                    {"ref": f"k{i}", "name": f"Company {i}", "company": f"Company {i}"}
                    for i in range(PAYERS + 1)
                ],
                "cards": [{"ref": "v1", "number": GOOD, "exp_month": 12, "exp_year": 2030, "holder": "Dana"}],
                "services": services,
                "orders": [],
            }
        ],
    }


def _together(cli: Cli, commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Each command in its own process, all started at once (a thread waits on each)."""
    results: list[subprocess.CompletedProcess[str] | None] = [None] * len(commands)
    start = threading.Barrier(len(commands))

    def run(index: int) -> None:
        start.wait()
        results[index] = cli(*commands[index])

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(commands))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result is not None for result in results)
    return [result for result in results if result is not None]


@pytest.fixture
def proformas(cli: Cli, tmp_path: Path) -> list[int]:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    assert cli("import", str(path)).returncode == 0
    done = cli("proforma", "issue", "cust-1", "--all", "--json")
    assert done.returncode == 0, done.stderr
    numbers = [int(proforma["number"]) for proforma in json.loads(done.stdout)["proformas"]]
    assert len(numbers) == PAYERS + 1
    return numbers


def test_payers_at_once_get_contiguous_invoice_numbers_and_one_proforma_is_paid_once(
    cli: Cli, proformas: list[int]
) -> None:
    many, contested = proformas[:PAYERS], proformas[PAYERS]
    # Several proformas paid at once, and one proforma paid by four processes at once (two by card).
    commands = [["proforma", "pay", str(number), "--method", "transfer", "--json"] for number in many]
    commands += [
        ["proforma", "pay", str(contested), "--method", method, *extra, "--json"]
        for method, extra in (
            ("card", ["--card", "v1"]),
            ("cash", []),
            ("card", ["--card", "v1"]),
            ("cheque", []),
        )
    ]

    results = _together(cli, commands)

    for result in results[:PAYERS]:
        assert result.returncode == 0, result.stderr
    numbers = sorted(json.loads(result.stdout)["invoice_number"] for result in results[:PAYERS])
    contested_results = results[PAYERS:]
    won = [result for result in contested_results if result.returncode == 0]
    assert len(won) == 1, [result.stderr for result in contested_results]
    for lost in contested_results:
        if lost.returncode != 0:
            assert lost.returncode == 2, lost.stderr
            # Who came second is told the truth: paid already (how, which invoice), or a card payment
            # still under way on another process; never that a gateway did not answer.
            assert "is already paid" in lost.stderr or "is under way" in lost.stderr, lost.stderr
            assert "did not say whether" not in lost.stderr
    numbers = sorted([*numbers, json.loads(won[0].stdout)["invoice_number"]])
    assert numbers == list(range(numbers[0], numbers[0] + PAYERS + 1)), "no gap, no duplicate"

    with open_database(cli.db) as db, db.reading() as session:
        stored = sorted(session.scalars(select(Invoice.number)))
        assert stored == numbers
        paid = session.scalars(
            select(Payment.method)
            .join(Proforma, Proforma.id == Payment.proforma_id)
            .where(Proforma.number == contested)
        ).all()
    assert len(paid) == 1
    ledger = json.loads(cli("gateway", "ledger", "--json").stdout)
    charges = [
        row for row in ledger if row["kind"] == "charge" and row["key"].startswith(f"proforma-{contested}-")
    ]
    assert len(charges) == (1 if paid[0] == "card" else 0), "charged at most once, and only when paid by card"
