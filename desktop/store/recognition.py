"""Before a database is migrated or read (R45): is it empty (new), RenewDesk's own at a schema this
program knows, and whole? Anything else is refused, never migrated over and never answered as empty:
a file that is not SQLite, a damaged one, another program's tables, a newer schema.

A SQLite file is looked at through a read-only connection of its own, because the program's engine
switches a file to WAL mode as it connects, which would already change a file that is not ours.

At every start the look is cheap, whatever the file's size: its pages against its length (a cut-off
file) and the first row of every table (a torn or overwritten root page). SQLite's whole-file check
reads every page (a second on a million services), so it runs before a migration (`check_whole`) and
in `doctor`; damage deeper in a table is met by the query that reads it, which fails loudly (SQLite
reports a page it cannot read), never answering "nothing"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, inspect, text

# Tables every RenewDesk schema has had since its first revision: a database with a schema version
# we do not know and these tables is ours from a newer program; without them, it is another's.
SIGNATURE_TABLES = frozenset({"customers", "services", "auto_renew", "audit_log"})
VERSION_TABLE = "alembic_version"
_VERSION_TABLE = VERSION_TABLE
_MOST_LISTED = 6


class DatabaseRefused(Exception):
    """A database this program must not work on; the message says which and why, without data."""


def _listed(names: Iterable[str]) -> str:
    ordered = sorted(names)
    shown = ", ".join(ordered[:_MOST_LISTED])
    return shown + (f" and {len(ordered) - _MOST_LISTED} more" if len(ordered) > _MOST_LISTED else "")


def judge(where: str, tables: set[str], revisions: list[str], known: set[str]) -> None:
    """Raises DatabaseRefused unless the tables and schema versions are a new or a known database."""
    others = tables - {_VERSION_TABLE}
    if not others and not revisions:
        return  # empty: a new database, set up by the migrations
    if not revisions:
        raise DatabaseRefused(
            f"{where} is not a RenewDesk database: it has tables of another program "
            f"({_listed(others)}) and no RenewDesk schema version; nothing was changed"
        )
    unknown = [revision for revision in revisions if revision not in known]
    if unknown and tables >= SIGNATURE_TABLES:
        raise DatabaseRefused(
            f"{where} has a newer schema (version {_listed(unknown)}) than this program knows; "
            "update RenewDesk on this workstation; nothing was changed"
        )
    if unknown or not tables >= SIGNATURE_TABLES:
        raise DatabaseRefused(
            f"{where} is not a RenewDesk database (schema version {_listed(revisions)}, tables "
            f"{_listed(others)}); nothing was changed"
        )


def file_facts(path: Path) -> tuple[set[str], list[str]]:
    """The tables and schema versions of the SQLite file at `path`, read-only (nothing is made or
    changed); DatabaseRefused when it cannot be opened or is damaged."""
    where = f"the database file {path}"
    connection = _open_read_only(path, where)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        _look_over(connection, path, tables, where)
        revisions: list[str] = []
        if _VERSION_TABLE in tables:
            revisions = [
                str(row[0]) for row in connection.execute(f"SELECT version_num FROM {_VERSION_TABLE}")
            ]
        return tables, revisions
    except sqlite3.DatabaseError as exc:
        # "file is not a database", "database disk image is malformed"
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
            raise _cannot_open(where, exc) from None
        raise _not_sqlite(where, exc) from None
    finally:
        connection.close()


def _open_read_only(path: Path, where: str) -> sqlite3.Connection:
    """A connection of its own that cannot change the file (see the module's note on WAL mode)."""
    try:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _cannot_open(where, exc) from None


def _cannot_open(where: str, exc: sqlite3.Error) -> DatabaseRefused:
    return DatabaseRefused(f"{where} cannot be opened ({exc})")


def _not_sqlite(where: str, exc: sqlite3.DatabaseError) -> DatabaseRefused:
    return DatabaseRefused(
        f"{where} is not a SQLite database or is damaged ({exc}); nothing was read or changed"
    )


def _damaged(where: str, found: str) -> DatabaseRefused:
    return DatabaseRefused(
        f"{where} is damaged (SQLite's check found: {found}); nothing was read or changed; "
        "restore it from a backup"
    )


def _look_over(connection: sqlite3.Connection, path: Path, tables: set[str], where: str) -> None:
    """The cheap check of every start: raises DatabaseRefused for a cut-off file or a table whose
    first page cannot be read (sqlite3.DatabaseError from a read is said by the caller)."""
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    wal = path.with_name(path.name + "-wal")
    # With pages waiting in the write-ahead log the file may be shorter than the database: only a file
    # without them must hold every page its header counts.
    if not (wal.exists() and wal.stat().st_size > 0) and path.stat().st_size < pages * page_size:
        raise _damaged(where, f"the file holds fewer pages than its header counts, {pages}: it was cut off")
    for table in sorted(tables):
        quoted = table.replace('"', '""')
        try:
            connection.execute(f'SELECT * FROM "{quoted}" LIMIT 1').fetchall()
        except sqlite3.DatabaseError as exc:
            raise _damaged(where, f"the table {table} cannot be read: {exc}") from None


def check_whole(engine: Engine) -> None:
    """SQLite's check of every page of a database file (a server checks its own): raises
    DatabaseRefused for a damaged one. Reads the whole file: before a migration, and in `doctor`."""
    if engine.dialect.name != "sqlite":
        return
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:") or not Path(database).exists():
        return
    path = Path(database).resolve()
    where = f"the database file {path}"
    connection = _open_read_only(path, where)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        raise _not_sqlite(where, exc) from None
    finally:
        connection.close()
    if problems != ["ok"]:
        raise _damaged(where, "; ".join(problems))


def server_facts(engine: Engine) -> tuple[set[str], list[str]]:
    """The tables and schema versions of the server database `engine` reaches, read only."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revisions: list[str] = []
        if _VERSION_TABLE in tables:
            revisions = [
                str(value) for value in connection.scalars(text(f"SELECT version_num FROM {_VERSION_TABLE}"))
            ]
    return tables, revisions


def check(engine: Engine, known_revisions: set[str]) -> list[str] | None:
    """Raises DatabaseRefused for a database that must not be migrated or read; returns the schema
    versions it read (empty for a new database), or None for an in-memory one it did not look at."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        path = Path(database)
        if not path.exists():
            return []  # a new file, made by the first connection
        tables, revisions = file_facts(path.resolve())
        where = f"the database file {path}"
    else:
        tables, revisions = server_facts(engine)
        where = f"the database {engine.url.database} on {engine.url.host or 'localhost'}"
    judge(where, tables, revisions, known_revisions)
    return revisions
