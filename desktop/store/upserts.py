"""Statements whose conflict handling differs by dialect: insert-or-ignore and number sequences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def _insert(session: Session, table: Table) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def insert_ignore(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], unique: Sequence[str]
) -> None:
    """Inserts the rows that do not collide with an existing one on the `unique` columns."""
    if rows:
        session.execute(
            _insert(session, table).on_conflict_do_nothing(index_elements=list(unique)), list(rows)
        )


def take_numbers(session: Session, name: str, count: int, first: int = 1001) -> list[int]:
    """`count` consecutive document numbers from a named sequence, inside the caller's transaction,
    so a rolled-back transaction gives its numbers back (no gaps)."""
    if count < 1:
        return []
    from desktop.store.models import NumberSequence  # a billing model, loaded when first used

    table: Table = NumberSequence.__table__  # type: ignore[assignment]
    statement = (
        _insert(session, table)
        .values(name=name, next_value=first + count)
        .on_conflict_do_update(index_elements=["name"], set_={"next_value": table.c.next_value + count})
        .returning(table.c.next_value)
    )
    after = int(session.execute(statement).scalar_one())
    return list(range(after - count, after))
