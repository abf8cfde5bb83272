"""Core selects read into named rows. The columns of a select are named by the fields of the
typing.NamedTuple that holds its rows: `select(*columns(Shape._fields, field=Model.column, ...))`,
then `Shape._make(row)` for each row. No caller reads a row by position, and a select whose columns
are out of step with its shape fails where it is built."""

from __future__ import annotations

from typing import Any


def columns(fields: tuple[str, ...], **by_field: Any) -> list[Any]:
    """The columns (or entities) to select, in the order of `fields`, each given by its field's name."""
    if tuple(by_field) != fields:
        raise TypeError(f"a select for the fields {fields} was given {tuple(by_field)}")
    return list(by_field.values())
