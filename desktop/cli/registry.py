"""Which function runs each command, named as text and imported only when that command runs: the
arguments are parsed (and `--help` printed) before any handler's imports are loaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """`target` is "package.module:function". With `context` the function is called as
    function(AppContext, args) on the database the run opened; without, as function(args), for the
    commands that must work when no database can be opened (doctor, workstation, the desktop entry)."""

    target: str
    context: bool = True

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
