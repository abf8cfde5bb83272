"""Commands of the sales desk: document (SPEC section 3). Filled by issue 12's work on this area."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.bootstrap import AppContext
from desktop.cli.arguments import CommandFactory


def add_commands(command: CommandFactory) -> None:
    """Adds this area's commands to the parser."""


HANDLERS: dict[str, Callable[[AppContext, argparse.Namespace], int]] = {}
