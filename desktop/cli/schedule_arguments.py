"""The arguments of `due-run` and `upcoming`: what the scheduler does today and will do (desktop/cli/
due_commands.py and upcoming_commands.py run them)."""

from __future__ import annotations

from desktop.cli.arguments import CommandFactory, add_count
from desktop.cli.registry import Entry
from desktop.core.day_bounds import MAX_FORECAST_DAYS


def add_commands(command: CommandFactory) -> None:
    due = command(
        "due-run",
        "run the due checks: card checks and notices, charges, catch-up of missed days; "
        "then send the e-mails they queued",
    )
    due.add_argument("--json", action="store_true", help='one JSON object: {"today": ..., "events": [...]}')

    upcoming = command("upcoming", "the automatic charges that will be attempted, with their risks")
    add_count(upcoming, "--days", default=30, most=MAX_FORECAST_DAYS, help_text="how many days on")
    upcoming.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    upcoming.add_argument("--out", metavar="FILE", help="write to this file instead of standard output")


COMMANDS: dict[str, Entry] = {
    "due-run": Entry("desktop.cli.due_commands:due_run"),
    "upcoming": Entry("desktop.cli.upcoming_commands:upcoming", reads_only=True),
}
