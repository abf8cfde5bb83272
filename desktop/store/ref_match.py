"""desktop.core.refs's rule for the database: a ref column with its ASCII letters folded to lower case.
SQLite's lower() folds ASCII only; PostgreSQL's lower() follows the column's collation, and under the
"C" collation it too folds ASCII only, so both databases agree with core.refs.ref_key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from desktop.core.refs import ref_key, typed_ref

Column = ColumnElement[str] | InstrumentedAttribute[str]


class ascii_lower(FunctionElement[str]):
    type = String()
    inherit_cache = True


@compiles(ascii_lower)
def _lower(element: ascii_lower, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(ascii_lower, "postgresql")
def _lower_c(element: ascii_lower, compiler: SQLCompiler, **kw: Any) -> str:
    return f'lower(({compiler.process(element.clauses, **kw)}) COLLATE "C")'


def ref_is(column: Column, ref: str) -> ColumnElement[bool]:
    """The column holds `ref` as core.refs compares refs (this reads every row it is asked of: no
    index holds the folded ref)."""
    return ascii_lower(column) == ref_key(ref)


def id_by_ref(
    session: Session, id_column: ColumnElement[int] | InstrumentedAttribute[int], column: Column, ref: str
) -> int | None:
    """core.refs.find_by_ref in the database: the row whose ref is `ref` as typed (the column's index
    answers the common case), else the only row that is the same ref by case."""
    ref = typed_ref(ref)
    exact = session.scalar(select(id_column).where(column == ref))
    if exact is not None:
        return int(exact)
    folded = session.scalars(select(id_column).where(ref_is(column, ref)).limit(2)).all()
    return int(folded[0]) if len(folded) == 1 else None
