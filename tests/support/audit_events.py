"""What the program opens, heard through Python's audit events (files opened, SQLite connections
made): a test asks how often something was read without replacing any of it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_LISTENED = ("open", "sqlite3.connect")
_heard: list[tuple[str, str]] | None = None


def _hear(event: str, args: tuple[object, ...]) -> None:
    if _heard is not None and event in _LISTENED:
        _heard.append((event, str(args[0]) if args else ""))


sys.addaudithook(_hear)  # a hook stays for the process: it only listens inside `heard`


@contextmanager
def heard() -> Iterator[list[tuple[str, str]]]:
    """(event, first argument) of every file opened and SQLite connection made meanwhile."""
    global _heard
    _heard = []
    try:
        yield _heard
    finally:
        _heard = None


def opened_files(events: list[tuple[str, str]], ending: str) -> list[str]:
    return [path for event, path in events if event == "open" and path.endswith(ending)]
