"""Arguments of every command; `--db` and `--today` are accepted before or after the command."""

from __future__ import annotations

import argparse

from desktop.app.interchange.demo import MAX_DEMO_CUSTOMERS, MAX_DEMO_SERVICES
from desktop.cli import outbox_commands
from desktop.cli.areas import AREAS, LAZY_AREAS
from desktop.cli.arguments import Parser, between, common, positive
from desktop.core.day_bounds import MAX_FORECAST_DAYS


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python main.py",
        description="RenewDesk: renewals and automatic card payments for a web-hosting company. "
        "Without a command, the program's window opens.",
    )
    common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        common(sub, top=False)
        return sub

    command("gui", "open the program's window (the default)")

    shot = command("screenshot", "render a window offscreen to a PNG file, for documentation and review")
    shot.add_argument(
        "--view",
        choices=["main", "recurring", "service", "finance", "operations", "settings", "staff", "audit"],
        default="main",
    )
    shot.add_argument("--customer", metavar="REF", help="the customer to show (default: the first one)")
    shot.add_argument("--lang", choices=["en", "he", "es"], default="en")
    shot.add_argument("--out", metavar="FILE.png", required=True)

    imp = command(
        "import", "load customers, cards, services, orders and prices from a renewdesk/1 file; all or nothing"
    )
    imp.add_argument("file", metavar="FILE.json", help="the file to load, or - for standard input")

    exp = command("export", "write all data with its state in the renewdesk/1 format")
    exp.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")

    demo = command("demo", "load deterministic demo data (Hebrew, Spanish and English customers)")
    demo.add_argument(
        "--customers",
        type=between(1, MAX_DEMO_CUSTOMERS),
        default=50,
        metavar="N",
        help=f"customers (default 50, at most {MAX_DEMO_CUSTOMERS:,})",
    )
    demo.add_argument(
        "--services-per-customer",
        type=between(1, MAX_DEMO_SERVICES),
        default=4,
        metavar="M",
        help=f"services of each customer (default 4, at most {MAX_DEMO_SERVICES})",
    )
    demo.add_argument(
        "--seed",
        type=between(-(2**63), 2**63 - 1),
        default=1,
        metavar="S",
        help="the same seed gives the same data (a 64-bit whole number)",
    )

    due = command(
        "due-run",
        "run the due checks: card checks and notices, charges, catch-up of missed days; "
        "then send the e-mails they queued",
    )
    due.add_argument("--json", action="store_true", help='one JSON object: {"today": ..., "events": [...]}')

    upcoming = command("upcoming", "the automatic charges that will be attempted, with their risks")
    upcoming.add_argument(
        "--days",
        type=between(1, MAX_FORECAST_DAYS),
        default=30,
        metavar="N",
        help=f"how many days on (default 30, at most {MAX_FORECAST_DAYS})",
    )
    upcoming.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    upcoming.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")

    config = command("config", "read and change settings; keep secrets in the OS keyring")
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_set = config_commands.add_parser(
        "set", help="change a setting, e.g. smtp.host or check_days_before"
    )
    config_set.add_argument("key")
    config_set.add_argument("value")
    config_get = config_commands.add_parser("get", help="print one setting")
    config_get.add_argument("key")
    config_list = config_commands.add_parser("list", help="print every setting")
    config_secret = config_commands.add_parser(
        "set-secret",
        help="read a secret (smtp.password, gateway.api_key, links.signing_key, db.password) "
        "from standard input into the keyring",
    )
    config_secret.add_argument("key")
    config_init_key = config_commands.add_parser(
        "init-signing-key",
        help="make the link-signing key of this database (admin, once per database): the key goes into "
        "this workstation's keyring, its fingerprint into the database; other workstations then "
        "import the same key with `config set-secret links.signing_key`",
    )
    for sub in (config_set, config_get, config_list, config_secret, config_init_key):
        common(sub, top=False)

    staff = command("staff", "manage staff accounts")
    staff_commands = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    staff_add = staff_commands.add_parser(
        "add",
        help="add a staff member; the password is read from standard input. On a database with no "
        "staff yet, `staff add NAME --role admin` makes the first admin, linked to your login",
    )
    staff_add.add_argument("name")
    staff_add.add_argument("--role", required=True, choices=["sales", "finance", "admin"])
    common(staff_add, top=False)
    staff_link = staff_commands.add_parser(
        "link",
        help="link an operating-system login to a staff member (admin): the login's commands then act "
        "as that member, with their role; --os-user '' unlinks the member",
    )
    staff_link.add_argument("name")
    staff_link.add_argument("--os-user", required=True, metavar="LOGIN", help="the login; '' unlinks")
    common(staff_link, top=False)

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
        which.add_argument("--service", nargs="+", metavar="NAME", help="these services, by name")
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

    gateway = command("gateway", "the payment gateway")
    gateway_commands = gateway.add_subparsers(dest="gateway_command", metavar="ACTION", required=True)
    ledger = gateway_commands.add_parser("ledger", help="print the sandbox gateway's own ledger")
    ledger.add_argument("--json", action="store_true", help="a JSON list, one object per gateway call")
    common(ledger, top=False)

    outbox = command("outbox", "the e-mails of the outbox and where each one is")
    outbox_actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    outbox_list = outbox_actions.add_parser(
        "list", help="the newest e-mails: queued, sent (when), failing (tries, last error, next try)"
    )
    outbox_list.add_argument("--state", choices=outbox_commands.STATES, help="only the e-mails in this state")
    outbox_list.add_argument(
        "--limit",
        type=outbox_commands.limit_number,
        default=outbox_commands.DEFAULT_LIMIT,
        metavar="N",
        help=f"at most this many, newest first (default {outbox_commands.DEFAULT_LIMIT})",
    )
    outbox_list.add_argument("--json", action="store_true", help='one JSON object: {"messages": [...]}')
    common(outbox_list, top=False)
    for area in (*AREAS, *LAZY_AREAS):
        area.add_commands(command)
    return parser
