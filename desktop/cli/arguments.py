"""What several commands' arguments share: `--db` and `--today` (before or after the command), days and
bounded whole numbers, and the way an area adds its commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import NoReturn, Protocol

from desktop.core.cards import mask_card_numbers
from desktop.core.day_bounds import TODAY_FIRST, TODAY_LAST, within


class Parser(argparse.ArgumentParser):
    """argparse repeats what was typed in its refusals ("unrecognized arguments: ..."): a card number
    typed by mistake as an argument is shown by its last four digits only (R20)."""

    def error(self, message: str) -> NoReturn:
        super().error(mask_card_numbers(message))


class CommandFactory(Protocol):
    """Adds a top-level command (with --db and --today) and returns its parser."""

    def __call__(self, name: str, help_text: str) -> argparse.ArgumentParser: ...


def day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date that exists (write YYYY-MM-DD)") from None
    if not within(day, TODAY_FIRST, TODAY_LAST):
        raise argparse.ArgumentTypeError(
            f"{text} is out of range: a day from {TODAY_FIRST.isoformat()} to {TODAY_LAST.isoformat()}"
        )
    return day


def between(low: int, high: int) -> Callable[[str], int]:
    """A whole number from `low` to `high`: beyond them a run would overflow or never end."""

    def whole(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range: from {low} to {high}")
        return value

    return whole


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database: any SQLAlchemy URL (sqlite:///FILE, postgresql+psycopg://user@host/name) or a "
        "SQLite file path, for this run; default: this workstation's remembered connection (workstation "
        "connect), else a SQLite file in your data folder",
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=day,
        default=default,
        help="act as if today were this day (the clock of this run); "
        f"from {TODAY_FIRST.isoformat()} to {TODAY_LAST.isoformat()}",
    )


def add_count(
    parser: argparse.ArgumentParser,
    flag: str,
    *,
    default: int,
    most: int,
    help_text: str,
    metavar: str = "N",
    after: str = "",
) -> None:
    """An option of a whole number from 1 to `most`, its help ending with the default and the bound
    ("customers (default 50, at most 100,000)"); five digits and more are grouped by thousands."""
    bound = f"{most:,}" if most >= 10_000 else str(most)
    parser.add_argument(
        flag,
        type=between(1, most),
        default=default,
        metavar=metavar,
        help=f"{help_text} (default {default}, at most {bound}){after}",
    )
