"""The arguments of `gateway ledger` (desktop/cli/gateway_commands.py runs it)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    gateway = command("gateway", "the payment gateway")
    gateway_commands = gateway.add_subparsers(dest="gateway_command", metavar="ACTION", required=True)
    ledger = gateway_commands.add_parser("ledger", help="print the sandbox gateway's own ledger")
    ledger.add_argument("--json", action="store_true", help="a JSON list, one object per gateway call")
    common(ledger, top=False)


COMMANDS: dict[str, Entry] = {
    "gateway": Entry("desktop.cli.gateway_commands:gateway", reads_only=frozenset({"ledger"}))
}
