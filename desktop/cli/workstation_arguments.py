"""The arguments of `workstation connect|show` (R43); desktop/cli/workstation_commands.py runs them.
They open no database for the run (context=False): `connect` tests the one it is given, `show` reads
the remembered file only."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, common
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    ws = command("workstation", "where this workstation's data is, and its name (set up once per computer)")
    actions = ws.add_subparsers(dest="workstation_command", metavar="ACTION", required=True)
    connect = actions.add_parser(
        "connect",
        help="test a database and remember it as this workstation's (the password from standard input "
        "into the keyring, never into a file)",
    )
    connect.add_argument(
        "url",
        metavar="URL",
        help="postgresql+psycopg://USER@HOST:PORT/DATABASE?sslmode=require (the company's server) or "
        "sqlite:///FILE or a file's path (this computer only)",
    )
    connect.add_argument(
        "--name", metavar="NAME", help="this workstation's name (default: kept, or the host's name)"
    )
    common(connect, top=False)
    show = actions.add_parser("show", help="where this workstation's data is, its name and its files")
    show.add_argument("--json", action="store_true", help="one JSON document")
    common(show, top=False)


COMMANDS: dict[str, Entry] = {
    "workstation": Entry("desktop.cli.workstation_commands:workstation", context=False)
}
