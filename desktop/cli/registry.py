"""Which function runs each command, named as text and imported only when that command runs: the
arguments are parsed (and `--help` printed) before any handler's imports are loaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argparse import Namespace


@dataclass(frozen=True)
class Entry:
    """`target` is "package.module:function". With `context` the function is called as
    function(AppContext, args) on the database the run opened; without, as function(args), for the
    commands that must work when no database can be opened (doctor, workstation, the desktop entry)."""

    target: str
    context: bool = True
    # The command (True), or these of its actions, only read: a SQLite file that does not exist is
    # refused instead of made, so a mistyped --db makes no folder and no database. The others (they
    # set up or write: staff add, import, demo, config, due-run, ...) make a new one.
    reads_only: bool | frozenset[str] = False

    def makes_database(self, command: str, args: Namespace) -> bool:
        if isinstance(self.reads_only, bool):
            return not self.reads_only
        action = getattr(args, f"{command.replace('-', '_')}_command", None)
        return action not in self.reads_only

    def handler(self) -> Callable[..., int]:
        module, _, name = self.target.partition(":")
        function: Callable[..., int] = getattr(importlib.import_module(module), name)
        return function


def entries(*tables: dict[str, Entry]) -> dict[str, Entry]:
    merged: dict[str, Entry] = {}
    for table in tables:
        duplicated = merged.keys() & table.keys()
        assert not duplicated, f"commands defined twice: {sorted(duplicated)}"
        merged.update(table)
    return merged
