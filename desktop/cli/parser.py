"""Arguments of every command; `--db` and `--today` are accepted before or after the command. Each area
adds its own commands (desktop/cli/areas.py); nothing here loads a handler."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop.cli.areas import LAZY_AREAS
from desktop.cli.arguments import Parser, common


def program_name() -> str:
    """How the program was typed, for the usage line: `renewdesk` or `renewdesk-cli` when installed or
    bundled (R42), `python main.py` from a checkout."""
    typed = os.path.basename(sys.argv[0] if sys.argv else "").removesuffix(".exe")
    return typed if typed.startswith("renewdesk") else "python main.py"


# The options every command takes before its name, with a value of their own (see arguments.common).
_VALUED = ("--db", "--today")


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs ("gui" when it names none), or None when that cannot be told from the
    words alone (`--help`, an option this reading does not know, a word that is not a command): then
    the whole parser is built, so that its help and its refusals name every command."""
    known = {name for area in LAZY_AREAS for name in area.COMMANDS}
    words = iter(argv)
    for word in words:
        if word in _VALUED:
            next(words, None)
        elif word.startswith(tuple(f"{option}=" for option in _VALUED)):
            continue
        elif word.startswith("-"):
            return None
        else:
            return word if word in known else None
    return "gui"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with `only` that of the one command a run names: building all
    of them costs a whole run about 20 ms, and argparse parses the same with one."""
    parser = Parser(
        prog=program_name(),
        description="RenewDesk: renewals and automatic card payments for a web-hosting company. "
        "Without a command, the program's window opens.",
    )
    common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        common(sub, top=False)
        return sub

    for area in LAZY_AREAS:
        if only is None or only in area.COMMANDS:
            area.add_commands(command)
    return parser
