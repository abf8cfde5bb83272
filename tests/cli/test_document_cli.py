"""`proforma issue|pay|cancel` and `invoice list` (SPEC section 3, R39, R40) in a child process, as a
person would run them: what they print, the JSON they give, and bad input refused with exit code 2, a
message naming what is wrong and nothing changed. A typed card's number comes from standard input and
is nowhere in the output or the database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.store.models import Invoice, Payment
from tests.cli.helpers import audit_rows, open_database
from tests.conftest import Cli

GOOD, DECLINES_CHARGE, TYPED = "4242424242424242", "4000000000000341", "5555555555554444"


def _document() -> dict[str, Any]:
    def card(ref: str, number: str) -> dict[str, Any]:
        return {"ref": ref, "number": number, "exp_month": 12, "exp_year": 2030, "holder": "Dana Levi"}

    return {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"},
            {"kind": "hosting", "item": "basic", "period_months": 12, "price": "480.00", "currency": "ILS"},
        ],
        "customers": [
            {
                "ref": "cust-1",
                "name": "Dana Levi",
                "email": "dana@example.com",
                "language": "he",
                "currency": "ILS",
                "contacts": [{"ref": "k1", "name": "Cohen Ltd", "company": "Cohen Ltd"}],
                "cards": [card("v1", GOOD), card("v2", DECLINES_CHARGE)],
                "services": [
                    {
                        "ref": "s1",
                        "kind": "domain",
                        "name": "levi.co.il",
                        "expires_on": "2027-02-01",
                        "period_months": 12,
                        "auto_renew": {"enabled": False},
                    },
                    {
                        "ref": "s2",
                        "kind": "hosting",
                        "name": "levi-site",
                        "plan": "basic",
                        "expires_on": "2027-03-01",
                        "period_months": 12,
                        "auto_renew": {"enabled": False},
                    },
                ],
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


def _ok(cli: Cli, *args: str, stdin: str | None = None) -> str:
    done = cli(*args, stdin=stdin)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def _refused(cli: Cli, *args: str, stdin: str | None = None) -> str:
    done = cli(*args, stdin=stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    return done.stderr


def _issue(cli: Cli, *services: str) -> int:
    which = ["--service", *services] if services else ["--all"]
    [proforma] = json.loads(_ok(cli, "proforma", "issue", "cust-1", *which, "--json"))["proformas"]
    return int(proforma["number"])


def _paid(cli: Cli) -> tuple[int, int]:
    with open_database(cli.db) as db, db.reading() as session:
        return (
            session.scalar(select(func.count(Payment.id))) or 0,
            session.scalar(select(func.count(Invoice.id))) or 0,
        )


def test_issue_then_pay_by_transfer_prints_the_invoice_and_the_new_expiries(loaded: Cli) -> None:
    issued = json.loads(_ok(loaded, "proforma", "issue", "cust-1", "--all", "--contact", "k1", "--json"))
    [proforma] = issued["proformas"]
    assert proforma["total"] == "539.00" and proforma["bill_to"]["name"] == "Cohen Ltd"
    assert proforma["valid_until"] == "2026-12-24" and proforma["status"] == "open"
    assert [line["period_from"] for line in proforma["lines"]] == ["2027-03-01", "2027-02-01"]

    printed = _ok(
        loaded, "proforma", "pay", str(proforma["number"]), "--method", "transfer", "--reference", "BANK 7"
    ).splitlines()

    assert printed[0].startswith(
        f"proforma {proforma['number']} paid by transfer on 2026-11-24: invoice INV-"
    )
    assert printed[0].endswith("ILS 539.00")
    assert sorted(printed[1:]) == [
        "  levi-site: expires 2028-03-01 (was 2027-03-01)",
        "  levi.co.il: expires 2028-02-01 (was 2027-02-01)",
    ]
    listed = json.loads(_ok(loaded, "invoice", "list", "--customer", "cust-1", "--json"))
    [invoice] = listed["invoices"]
    assert invoice["proforma"] == proforma["number"] and invoice["bill_to"] == "Cohen Ltd"
    assert invoice["total"] == "539.00" and not invoice["automatic"] and listed["total"] == 1
    table = _ok(loaded, "invoice", "list").splitlines()
    assert table[0].split()[:2] == ["invoice", "issued"] and f"proforma {proforma['number']}" in table[1]
    assert [row["action"] for row in audit_rows(loaded.db, "proforma.paid")] == ["proforma.paid"]


def test_pay_refuses_bad_input_naming_it_and_changes_nothing(loaded: Cli) -> None:
    number = str(_issue(loaded, "levi.co.il"))
    assert "payment_amount" in _refused(
        loaded, "proforma", "pay", number, "--method", "cash", "--amount", "60"
    )
    assert "payment_amount" in _refused(
        loaded, "proforma", "pay", number, "--method", "cash", "--amount", "1e3"
    )
    future = _refused(loaded, "proforma", "pay", number, "--method", "cash", "--date", "2026-11-25")
    assert "payment_date" in future and "after today" in future
    assert "no proforma 424242" in _refused(loaded, "proforma", "pay", "424242", "--method", "cash")
    assert "invalid choice" in loaded("proforma", "pay", number, "--method", "bitcoin").stderr
    assert _paid(loaded) == (0, 0)
    _ok(loaded, "proforma", "pay", number, "--method", "cash", "--amount", "59.00")
    assert "already paid in cash, invoice INV-" in _refused(
        loaded, "proforma", "pay", number, "--method", "cash"
    )
    assert _paid(loaded) == (1, 1)


def test_pay_by_card_saved_declined_or_typed(loaded: Cli) -> None:
    number = str(_issue(loaded, "levi-site"))
    declined = _refused(loaded, "proforma", "pay", number, "--method", "card", "--card", "v2")
    assert "declined" in declined and "0341" in declined
    assert "v9" in _refused(loaded, "proforma", "pay", number, "--method", "card", "--card", "v9")
    luhn = _refused(
        loaded,
        "proforma",
        "pay",
        number,
        "--method",
        "card",
        "--holder",
        "Dana Levi",
        "--exp",
        "12/2031",
        stdin="4242424242424241\n",
    )
    assert "card_number" in luhn and "Luhn" in luhn
    assert _paid(loaded) == (0, 0)

    paid = json.loads(
        _ok(
            loaded,
            "proforma",
            "pay",
            number,
            "--method",
            "card",
            "--holder",
            "Dana Levi",
            "--exp",
            "11/2031",
            "--json",
            stdin=TYPED + "\n",
        )
    )

    assert paid["card_last4"] == "4444" and paid["method"] == "card"
    assert paid["renewed"] == [
        {"service": "levi-site", "expired_on": "2027-03-01", "expires_on": "2028-03-01"}
    ]
    if loaded.db.startswith("sqlite:///"):
        assert TYPED.encode() not in Path(loaded.db.removeprefix("sqlite:///")).read_bytes()


def test_cancel_then_pay_is_refused(loaded: Cli) -> None:
    number = str(_issue(loaded))
    assert _ok(loaded, "proforma", "cancel", number) == f"proforma {number} cancelled\n"
    assert "cancelled" in _refused(loaded, "proforma", "pay", number, "--method", "cash")
    assert "cancelled" in _refused(loaded, "proforma", "cancel", number)
    assert [row["after"]["status"] for row in audit_rows(loaded.db, "proforma.cancelled")] == ["cancelled"]


def test_pay_by_card_refuses_options_it_would_ignore(loaded: Cli) -> None:
    """A card is charged today and --card names a saved one: --date, or --holder/--exp beside --card,
    would change nothing, so they are refused (exit 2, the option named), never silently dropped."""
    number = str(_issue(loaded, "levi-site"))
    dated = _refused(
        loaded, "proforma", "pay", number, "--method", "card", "--card", "v1", "--date", "2026-11-20"
    )
    assert "--date does not go with --method card" in dated and "charged today" in dated
    typed_dated = _refused(
        loaded,
        "proforma",
        "pay",
        number,
        "--method",
        "card",
        "--holder",
        "Dana Levi",
        "--exp",
        "11/2031",
        "--date",
        "2026-11-24",
        stdin=TYPED + "\n",
    )
    assert "--date" in typed_dated
    both = _refused(
        loaded, "proforma", "pay", number, "--method", "card", "--card", "v1", "--holder", "Dana Levi"
    )
    assert "--holder does not go with --method card" in both
    assert "--exp" in _refused(
        loaded, "proforma", "pay", number, "--method", "card", "--card", "v1", "--exp", "11/2031"
    )
    assert _paid(loaded) == (0, 0)
    paid = json.loads(
        _ok(
            loaded,
            "proforma",
            "pay",
            number,
            "--method",
            "card",
            "--card",
            "v1",
            "--reference",
            "R1",
            "--json",
        )
    )
    assert paid["paid_on"] == "2026-11-24" and paid["reference"] == "R1"
