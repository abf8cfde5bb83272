"""Arguments of every command; `--db` and `--today` are accepted before or after the command. Each area
adds its own commands (desktop/cli/areas.py); nothing here loads a handler."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli.areas import LAZY_AREAS
from desktop.cli.arguments import Parser, common


def program_name() -> str:
    """How the program was typed, for the usage line: `renewdesk` or `renewdesk-cli` when installed or
    bundled (R42), `python main.py` from a checkout."""
    typed = os.path.basename(sys.argv[0] if sys.argv else "").removesuffix(".exe")
    return typed if typed.startswith("renewdesk") else "python main.py"


def build_parser() -> argparse.ArgumentParser:
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
        area.add_commands(command)
    return parser
