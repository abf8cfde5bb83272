"""The command areas of the sales desk (SPEC section 3, second round): each module adds its own
commands to the parser and names the handler of each."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.cli import (
    card_commands,
    customer_commands,
    desktop_entry_arguments,
    doctor_commands,
    document_commands,
    followup_commands,
)
from desktop.cli.registry import Entry, entries

if TYPE_CHECKING:
    from desktop.bootstrap import AppContext

Handler = Callable[["AppContext", argparse.Namespace], int]

# Each module has `add_commands(command: CommandFactory) -> None` and `HANDLERS: dict[str, Handler]`.
AREAS: tuple[ModuleType, ...] = (customer_commands, card_commands, document_commands, followup_commands)


# The areas whose handlers are imported only when their command runs: each module has
# `add_commands(command: CommandFactory) -> None` and `COMMANDS: dict[str, Entry]`, and imports nothing
# heavy at its top (argparse, desktop.core constants).
LAZY_AREAS: tuple[ModuleType, ...] = (doctor_commands, desktop_entry_arguments)


def lazy_entries() -> dict[str, Entry]:
    return entries(*(area.COMMANDS for area in LAZY_AREAS))


def area_handlers() -> Mapping[str, Handler]:
    handlers: dict[str, Handler] = {}
    for area in AREAS:
        handlers.update(area.HANDLERS)
    return handlers
