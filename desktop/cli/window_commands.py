"""The window's command (`gui`, and no command at all): a lazy area whose handler loads Qt and the
sign-in dialog only, so that the first frame is painted before the database layer is imported
(desktop/ui/start_up.py). It opens what it needs itself (context=False): the connection may still
have to be chosen."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.arguments import CommandFactory
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    command("gui", "open the program's window (the default)")


def window(args: argparse.Namespace) -> int:
    from desktop import this_computer

    if not this_computer.has_display():
        from desktop.cli.parser import program_name

        print(
            "renewdesk: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            f"run it in a desktop session, or use the commands of `{program_name()} --help`",
            file=sys.stderr,
        )
        return 2
    from desktop.ui.start_up import run_window

    return run_window(getattr(args, "db", None), getattr(args, "today", None))


COMMANDS: dict[str, Entry] = {"gui": Entry("desktop.cli.window_commands:window", context=False)}
