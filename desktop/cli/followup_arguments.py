"""The arguments of `followup` (desktop/cli/followup_commands.py runs it)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, add_count
from desktop.cli.registry import Entry
from desktop.core.followup import MAX_PAGE, PAGE


def add_commands(command: CommandFactory) -> None:
    """Adds this area's commands to the parser."""
    parser = command("followup", "what needs a person, most urgent first (R41)")
    parser.add_argument(
        "--json", action="store_true", help='one JSON document: {"total": N, "counts": {...}, "rows": [...]}'
    )
    add_count(
        parser,
        "--limit",
        default=PAGE,
        most=MAX_PAGE,
        help_text="the N most urgent rows",
        after="; the counts are always whole",
    )


COMMANDS: dict[str, Entry] = {"followup": Entry("desktop.cli.followup_commands:run", reads_only=True)}
