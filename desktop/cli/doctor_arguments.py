"""The arguments of `doctor` (R44); desktop/cli/doctor_commands.py runs it. It opens the database itself
(context=False): it checks a database that may not open, and never migrates one."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    doctor = command(
        "doctor",
        "check this workstation: database, schema, keyring, link-signing key, mail server, gateway, clock",
    )
    doctor.add_argument("--json", action="store_true", help="one JSON document, for monitoring")


COMMANDS: dict[str, Entry] = {"doctor": Entry("desktop.cli.doctor_commands:doctor_command", context=False)}
