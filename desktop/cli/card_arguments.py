"""The arguments of `card add|replace|remove` (desktop/cli/card_commands.py runs them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    card = command("card", "a customer's saved cards")
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a card (R38): the number is read from standard input, tokenised and verified by the "
        "gateway; prints the card's reference",
    )
    add.add_argument("customer", metavar="CUSTOMER_REF")
    add.add_argument("--holder", required=True, metavar="NAME", help="the name on the card")
    add.add_argument("--exp", required=True, metavar="MM/YYYY", help="the expiry printed on the card")
    common(add, top=False)
    replace = actions.add_parser(
        "replace", help="move every service of the old card to the new one, in one step (R38)"
    )
    replace.add_argument("customer", metavar="CUSTOMER_REF")
    replace.add_argument("old", metavar="OLD_CARD_REF")
    replace.add_argument("new", metavar="NEW_CARD_REF")
    replace.add_argument(
        "--switch-on",
        action="store_true",
        help="switch auto-renew on again, with the new card, for the services the old card's failure "
        "stopped (verified, R8); without it they stay off and are listed",
    )
    common(replace, top=False)
    remove = actions.add_parser(
        "remove",
        help="remove a card; a card that auto-renews use needs --move-to or --stop (R38)",
    )
    remove.add_argument("customer", metavar="CUSTOMER_REF")
    remove.add_argument("card", metavar="CARD_REF")
    choice = remove.add_mutually_exclusive_group()
    choice.add_argument("--move-to", metavar="CARD_REF", help="move its services to this card of the account")
    choice.add_argument(
        "--stop", action="store_true", help="stop the auto-renew of its services (the customer is told)"
    )
    common(remove, top=False)


COMMANDS: dict[str, Entry] = {"card": Entry("desktop.cli.card_commands:card")}
