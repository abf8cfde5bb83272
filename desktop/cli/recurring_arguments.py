"""The arguments of `recurring on|off` and `service set` (desktop/cli/recurring_commands.py runs them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common, positive
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    recurring = command("recurring", "switch automatic renewal on or off for services of a customer")
    recurring_actions = recurring.add_subparsers(dest="recurring_command", metavar="ACTION", required=True)
    recurring_on = recurring_actions.add_parser(
        "on", help="switch auto-renew on after the card passes the gateway's check (R5-R9)"
    )
    recurring_off = recurring_actions.add_parser(
        "off", help="switch auto-renew off; the customer is told (R27)"
    )
    for sub, every in ((recurring_on, "every domain of the account (R5)"), (recurring_off, "every service")):
        sub.add_argument("customer", metavar="CUSTOMER_REF")
        which = sub.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help=every)
        which.add_argument(
            "--service", nargs="+", action="extend", metavar="NAME", help="these services, by name"
        )
        common(sub, top=False)
    recurring_on.add_argument("--card", metavar="REF", help="the card to charge (needed with several cards)")
    recurring_on.add_argument("--contact", metavar="REF", help="the billing contact (default: the holder)")
    recurring_on.add_argument(
        "--acknowledge-mismatch",
        action="store_true",
        help="confirm that the card holder may pay for a billing contact whose name differs (R7)",
    )
    service = command("service", "a service's own auto-renew settings")
    service_actions = service.add_subparsers(dest="service_command", metavar="ACTION", required=True)
    service_set = service_actions.add_parser(
        "set", help="change the card, billing contact, and for hosting the period and installments (R10-R12)"
    )
    service_set.add_argument("customer", metavar="CUSTOMER_REF")
    service_set.add_argument("name", metavar="NAME", help="the service's name")
    service_set.add_argument("--card", metavar="REF")
    service_set.add_argument("--contact", metavar="REF")
    service_set.add_argument("--period", type=positive, metavar="N", help="months: 3, 12, 24 or 36 (hosting)")
    service_set.add_argument("--installments", type=positive, metavar="N", help="1 up to the most allowed")
    common(service_set, top=False)


COMMANDS: dict[str, Entry] = {
    "recurring": Entry("desktop.cli.recurring_commands:recurring"),
    "service": Entry("desktop.cli.recurring_commands:service"),
}
