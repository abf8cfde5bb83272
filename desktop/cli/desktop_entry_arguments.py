"""The arguments of `install-desktop-entry` (desktop/cli/desktop_entry_commands.py runs it)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory
from desktop.cli.registry import Entry


def add_commands(command: CommandFactory) -> None:
    entry = command(
        "install-desktop-entry",
        "add RenewDesk to this user's application menu (Linux: a freedesktop .desktop file and the icon); "
        "running it again changes nothing",
    )
    entry.add_argument("--remove", action="store_true", help="take the menu entry and the icon away again")
    entry.add_argument(
        "--force",
        action="store_true",
        help="also replace or remove a renewdesk.desktop that this command did not write",
    )


COMMANDS: dict[str, Entry] = {
    "install-desktop-entry": Entry("desktop.cli.desktop_entry_commands:install_desktop_entry", context=False)
}
