"""The arguments of `screenshot` (desktop/cli/screenshot_commands.py runs it)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory
from desktop.cli.registry import Entry

VIEWS = ("main", "recurring", "service", "finance", "operations", "settings", "staff", "audit")


def add_commands(command: CommandFactory) -> None:
    shot = command("screenshot", "render a window offscreen to a PNG file, for documentation and review")
    shot.add_argument("--view", choices=VIEWS, default="main")
    shot.add_argument("--customer", metavar="REF", help="the customer to show (default: the first one)")
    shot.add_argument("--lang", choices=["en", "he", "es"], default="en")
    shot.add_argument("--out", metavar="FILE.png", required=True)


COMMANDS: dict[str, Entry] = {
    "screenshot": Entry("desktop.cli.screenshot_commands:screenshot", reads_only=True)
}
