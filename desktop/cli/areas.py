"""The command areas of the sales desk (SPEC section 3, second round): each module adds its own
commands to the parser and names the handler of each."""

from __future__ import annotations

from types import ModuleType

from desktop.cli import (
    admin_arguments,
    card_arguments,
    customer_arguments,
    data_arguments,
    desktop_entry_arguments,
    doctor_arguments,
    document_arguments,
    followup_arguments,
    gateway_arguments,
    outbox_arguments,
    recurring_arguments,
    schedule_arguments,
    screenshot_arguments,
    window_commands,
    workstation_arguments,
)
from desktop.cli.registry import Entry, entries

# Every command area, in the order of `--help`. The handlers are imported only when their command runs:
# each module has `add_commands(command: CommandFactory) -> None` and `COMMANDS: dict[str, Entry]`, and
# imports nothing heavy at its top (argparse, desktop.cli.arguments and .registry, desktop.core
# constants: tests/cli/test_quick_start.py holds it to that).
LAZY_AREAS: tuple[ModuleType, ...] = (
    window_commands,
    screenshot_arguments,
    data_arguments,
    schedule_arguments,
    admin_arguments,
    recurring_arguments,
    gateway_arguments,
    outbox_arguments,
    customer_arguments,
    card_arguments,
    document_arguments,
    followup_arguments,
    doctor_arguments,
    workstation_arguments,
    desktop_entry_arguments,
)


def lazy_entries() -> dict[str, Entry]:
    return entries(*(area.COMMANDS for area in LAZY_AREAS))
