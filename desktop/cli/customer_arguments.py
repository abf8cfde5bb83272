"""The arguments of `customer add|show` and `contact add` (desktop/cli/customer_commands.py runs them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry
from desktop.core.command_bounds import LANGUAGES


def add_commands(command: CommandFactory) -> None:
    customer = command("customer", "add a customer, or show one account")
    actions = customer.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a customer (R36); prints its reference")
    add.add_argument("--ref", metavar="REF", help="its reference (default: the next free C-<n>)")
    add.add_argument("--name", required=True, metavar="N")
    add.add_argument("--email", required=True, metavar="E")
    add.add_argument("--language", required=True, choices=LANGUAGES, help="of its e-mails and documents")
    add.add_argument("--currency", required=True, metavar="C", help="an ISO 4217 code: ILS, EUR, USD...")
    add.add_argument("--phone", metavar="P")
    add.add_argument("--address", metavar="A", help="printed on documents; \\n between lines")
    add.add_argument("--tax-id", metavar="T")
    common(add, top=False)
    show = actions.add_parser("show", help="one account: services, auto-renew, cards, contacts, risks")
    show.add_argument("ref", metavar="REF")
    show.add_argument("--json", action="store_true", help="one JSON object")
    common(show, top=False)

    contact = command("contact", "a customer's billing contacts")
    contact_actions = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    contact_add = contact_actions.add_parser("add", help="add a billing contact (R37); prints its reference")
    contact_add.add_argument("customer", metavar="CUSTOMER_REF")
    contact_add.add_argument("--name", required=True, metavar="N")
    contact_add.add_argument("--company", metavar="C")
    contact_add.add_argument("--email", metavar="E")
    contact_add.add_argument("--address", metavar="A", help="printed on documents; \\n between lines")
    contact_add.add_argument("--tax-id", metavar="T")
    contact_add.add_argument("--phone", metavar="P")
    common(contact_add, top=False)


COMMANDS: dict[str, Entry] = {
    "customer": Entry("desktop.cli.customer_commands:customer", reads_only=frozenset({"show"})),
    "contact": Entry("desktop.cli.customer_commands:contact"),
}
