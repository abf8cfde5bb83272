"""A list of records printed as aligned columns, the way every listing command prints."""

from __future__ import annotations

from typing import Any


def print_table(entries: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    rows = [
        [str(entry.get(column) if entry.get(column) is not None else "") for column in columns]
        for entry in entries
    ]
    widths = [max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(columns)]
    print("  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())
