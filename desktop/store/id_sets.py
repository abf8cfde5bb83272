"""A column among many ids, in one bound parameter: PostgreSQL's `IN (SELECT unnest(array))`,
SQLite's `IN (SELECT value FROM json_each(text))`. Recurring All on 50,000 domains asks several statements
about the same 50,000 services; an IN list of 50,000 bound values costs more to build than the
statement costs to run, and SQLite and PostgreSQL bound how many a statement may have."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, String, bindparam, func, literal_column, select
from sqlalchemy.orm import QueryableAttribute, Session


def among(
    session: Session, column: ColumnElement[Any] | QueryableAttribute[Any], ids: Iterable[int]
) -> ColumnElement[bool]:
    """`column` is one of `ids` (integers: anything else is refused here, never sent)."""
    values = sorted({int(value) for value in ids})
    # A subquery, not `= ANY(...)`: negated, that would read "differs from one of them" (true for all).
    listed: Select[tuple[Any]]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        listed = select(func.unnest(bindparam(None, values, type_=ARRAY(BigInteger))))
    else:
        listed = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, json.dumps(values), String))
        )
    return column.in_(listed.scalar_subquery())
