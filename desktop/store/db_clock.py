"""The database's own clock, for leases that several workstations compare (R31): a workstation whose
clock is wrong, or a run with `--today`, must not see another's lease as run out.

The values are written and compared inside SQL only, in the form the column already has: on
PostgreSQL a `timestamptz`; on SQLite the naive UTC text that UTCDateTime stores
(`YYYY-MM-DD HH:MM:SS.ffffff`, here to the millisecond), so that text compares like with like."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column
from sqlalchemy.orm import Session

_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%f"


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def db_now(session: Session) -> Any:
    """The database server's current time, as an SQL expression."""
    if _dialect(session) == "sqlite":
        return func.strftime(_SQLITE_FORMAT, "now")
    return func.statement_timestamp()


def db_later(session: Session, seconds: int) -> Any:
    """The database server's current time plus `seconds`, as an SQL expression."""
    whole = int(seconds)
    if _dialect(session) == "sqlite":
        return func.strftime(_SQLITE_FORMAT, "now", f"{whole:+d} seconds")
    return func.statement_timestamp() + literal_column(f"interval '{whole} seconds'")
