"""The arguments of `outbox list` (desktop/cli/outbox_commands.py runs it)."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry
from desktop.core.codes import MailState
from desktop.core.command_bounds import MAX_OUTBOX_LIST

STATES = tuple(state.value for state in MailState)
DEFAULT_LIMIT = 500


def limit_number(text: str) -> int:
    """`--limit`: a whole number from 1 to MAX_OUTBOX_LIST."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not 1 <= value <= MAX_OUTBOX_LIST:
        raise argparse.ArgumentTypeError(f"{text} is out of range: from 1 to {MAX_OUTBOX_LIST}")
    return value


def add_commands(command: CommandFactory) -> None:
    outbox = command("outbox", "the e-mails of the outbox and where each one is")
    outbox_actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    outbox_list = outbox_actions.add_parser(
        "list", help="the newest e-mails: queued, sent (when), failing (tries, last error, next try)"
    )
    outbox_list.add_argument("--state", choices=STATES, help="only the e-mails in this state")
    outbox_list.add_argument(
        "--limit",
        type=limit_number,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most this many, newest first (default {DEFAULT_LIMIT})",
    )
    outbox_list.add_argument("--json", action="store_true", help='one JSON object: {"messages": [...]}')
    common(outbox_list, top=False)


COMMANDS: dict[str, Entry] = {
    "outbox": Entry("desktop.cli.outbox_commands:outbox", reads_only=frozenset({"list"}))
}
