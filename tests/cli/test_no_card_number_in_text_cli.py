"""R20 on the command line: a card number given to a text option (a name, a tax ID, an address, a
company) is refused naming the field, only its last four digits repeated, and nothing is stored."""

from __future__ import annotations

import pytest

from desktop.store.models import Contact, Customer
from tests.cli.helpers import count_rows, every_row_as_text
from tests.conftest import Cli

NUMBER = "4242424242424242"
BASE = ["customer", "add", "--name", "Dana", "--email", "dana@example.com", "--language", "en"]


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (["--currency", "ILS", "--tax-id", NUMBER], "tax_id"),
        (["--currency", "ILS", "--address", "Herzl 1\\ncard 4242 4242 4242 4242"], "address"),
        (["--currency", "ILS", "--phone", "4242-4242-4242-4242"], "phone"),
        (["--currency", "XXX"], "currency"),
    ],
    ids=["tax id", "address", "phone", "no-money currency"],
)
def test_customer_add_refuses_and_keeps_nothing(cli: Cli, extra: list[str], field: str) -> None:
    done = cli(*BASE, *extra)
    assert done.returncode == 2 and field in done.stderr and "nothing was changed" in done.stderr
    assert NUMBER not in done.stderr.replace(" ", "").replace("-", "")
    assert count_rows(cli.db, Customer) == 0


def test_contact_add_refuses_a_card_number_as_its_company(cli: Cli) -> None:
    assert cli(*BASE, "--currency", "ILS").returncode == 0
    done = cli("contact", "add", "C-1", "--name", "Bob", "--company", NUMBER)
    assert done.returncode == 2 and "company" in done.stderr and "4242" in done.stderr
    assert count_rows(cli.db, Contact) == 0
    assert NUMBER not in every_row_as_text(cli.db)
