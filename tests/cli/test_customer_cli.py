"""`customer add`, `customer show` and `contact add` (SPEC section 3, R36, R37) in a child process: they
print the reference made, show the account whole, and refuse a wrong field or a taken reference with
exit code 2, a message naming it, and nothing changed."""

from __future__ import annotations

import json

from desktop.store.models import Contact, Customer
from tests.cli.helpers import OS_ACTOR, audit_rows, count_rows
from tests.conftest import Cli


def test_add_show_and_contact_add(cli: Cli) -> None:
    added = cli(
        "customer", "add", "--name", "נועה פרץ", "--email", "noa@example.co.il", "--language", "he",
        "--currency", "ils", "--phone", "054-7654321", "--address", "הרצל 1\\nתל אביב",
        "--tax-id", "514000000",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "C-1"
    contact = cli(
        "contact", "add", "C-1", "--name", "Levi Ltd billing", "--company", "Levi Ltd",
        "--email", "billing@levi.example", "--tax-id", "511111111",
    )  # fmt: skip
    assert contact.returncode == 0, contact.stderr
    assert contact.stdout.strip() == "K-1"

    shown = cli("customer", "show", "C-1", "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert (record["ref"], record["name"], record["currency"], record["language"]) == (
        "C-1",
        "נועה פרץ",
        "ILS",
        "he",
    )
    assert (record["address"], record["tax_id"], record["phone"]) == (
        "הרצל 1\nתל אביב",
        "514000000",
        "054-7654321",
    )
    assert record["services"] == [] and record["cards"] == []
    assert record["recurring_unavailable"]  # no card, no order (R1)
    assert record["contacts"] == [
        {
            "ref": "K-1",
            "name": "Levi Ltd billing",
            "company": "Levi Ltd",
            "email": "billing@levi.example",
            "phone": None,
            "address": None,
            "tax_id": "511111111",
            "services": 0,
        }
    ]
    plain = cli("customer", "show", "C-1")
    assert "נועה פרץ" in plain.stdout and "K-1  Levi Ltd billing (Levi Ltd)" in plain.stdout
    [entry] = audit_rows(cli.db, "customer.added")
    assert entry["actor"] == OS_ACTOR


def test_a_wrong_field_or_a_taken_ref_is_refused_and_nothing_is_added(sqlite_cli: Cli) -> None:
    first = sqlite_cli(
        "customer", "add", "--ref", "acme", "--name", "Acme", "--email", "a@acme.example",
        "--language", "en", "--currency", "USD",
    )  # fmt: skip
    assert first.returncode == 0 and first.stdout.strip() == "acme"

    taken = sqlite_cli(
        "customer", "add", "--ref", "acme", "--name", "Other", "--email", "o@other.example",
        "--language", "en", "--currency", "USD",
    )  # fmt: skip
    assert taken.returncode == 2
    assert "acme" in taken.stderr and "already exists" in taken.stderr

    bad_mail = sqlite_cli(
        "customer", "add", "--name", "Other", "--email", "o@other.example\r\nBcc: x@evil.example",
        "--language", "en", "--currency", "USD",
    )  # fmt: skip
    assert bad_mail.returncode == 2
    assert bad_mail.stderr.startswith("renewdesk: email: ") and "nothing was changed" in bad_mail.stderr

    bad_currency = sqlite_cli(
        "customer", "add", "--name", "Other", "--email", "o@other.example", "--language", "en",
        "--currency", "XXQ",
    )  # fmt: skip
    assert bad_currency.returncode == 2 and "currency" in bad_currency.stderr
    assert count_rows(sqlite_cli.db, Customer) == 1

    unknown = sqlite_cli("contact", "add", "nobody", "--name", "X")
    assert unknown.returncode == 2 and "nobody" in unknown.stderr
    empty = sqlite_cli("contact", "add", "acme", "--name", " ")
    assert empty.returncode == 2 and "name" in empty.stderr
    assert count_rows(sqlite_cli.db, Contact) == 0
