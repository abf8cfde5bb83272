"""Engines for SQLite (one workstation) and PostgreSQL (several), with the settings each needs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from desktop import this_computer

# SQLite's locking is not safe over these (SQLite's own FAQ); several workstations use PostgreSQL.
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.glusterfs",
    "davfs",
    "fuse.davfs2",
}
BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10


class DatabaseUrlError(ValueError):
    """A --db value that cannot be used, with the reason."""


def check_sqlite_path(database: str) -> None:
    if database in ("", ":memory:") or database.startswith("file:"):
        return
    if database.startswith(("\\\\", "//")):
        raise DatabaseUrlError(
            f"the SQLite file {database} is on a network share, which SQLite cannot lock safely; "
            "several workstations share a PostgreSQL database (--db postgresql+psycopg://...)"
        )
    folder = Path(database).resolve().parent
    fstype = this_computer.filesystem_type(folder)
    if fstype in NETWORK_FILESYSTEMS:
        raise DatabaseUrlError(
            f"the SQLite file {database} is on a network share ({fstype}), which SQLite cannot lock "
            "safely; several workstations share a PostgreSQL database (--db postgresql+psycopg://...)"
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is turned off so that BEGIN is ours (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Reads check each b-tree cell's size, so that more damage is an error instead of rows left out.
    cursor.execute("PRAGMA cell_size_check=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # A deferred transaction that later writes can fail at once with SQLITE_BUSY instead of waiting
    # for the lock; taking the write lock up front lets busy_timeout queue writers from other
    # processes. Readers mark themselves read-only and never block writers in WAL mode.
    if connection.get_execution_options().get("renewdesk_readonly"):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def masked_url(url: str) -> str:
    """The URL without its password, for a message: `user:***@host`."""
    return re.sub(r"(//[^/@:]*:)[^/@]*@", r"\1***@", url)


def parse_url(url: str) -> URL:
    """The URL parsed, or DatabaseUrlError saying why it cannot be used (never the password)."""
    if "\x00" in url:
        raise DatabaseUrlError("the database URL contains a NUL character")
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        # make_url raises ValueError for a port that is not a number ("notaurl://:::").
        raise DatabaseUrlError(f"{masked_url(url)!r} is not a database URL ({exc})") from None
    try:
        parsed.get_dialect()
    except NoSuchModuleError:
        raise DatabaseUrlError(
            f"{parsed.drivername} is not a database driver this program has; "
            "use sqlite:///FILE or postgresql+psycopg://..."
        ) from None
    return parsed


def make_engine(url: str, *, echo: bool = False, connect_timeout: int = CONNECT_TIMEOUT_S) -> Engine:
    parsed = parse_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if parsed.query:
            # The driver would take them as arguments it does not know, and fail at the first query.
            raise DatabaseUrlError(f"a SQLite URL takes no options (got ?{'&'.join(parsed.query)})")
        check_sqlite_path(database)
        if database and database != ":memory:" and not database.startswith("file:"):
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUrlError(
                    f"the folder of the SQLite file {database} cannot be made ({exc.strerror})"
                ) from None
        engine = create_engine(parsed, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        raise DatabaseUrlError("PostgreSQL is reached through psycopg 3: write postgresql+psycopg://...")
    if backend != "postgresql":
        raise DatabaseUrlError(f"{backend} is not supported; use sqlite:///FILE or postgresql+psycopg://...")
    # A server that does not answer (a host switched off, a firewall dropping packets) is said after
    # this long instead of the system's TCP timeout of minutes; ?connect_timeout=N in the URL wins.
    connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": connect_timeout}
    return create_engine(parsed, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def driver_first_line(error: DBAPIError) -> str:
    """The driver's own first line of a database error ("" when it said nothing): PostgreSQL's DETAIL
    lines quote the row's values (customer data), and SQLAlchemy's text adds the statement and its
    parameters, so neither is ever shown."""
    original = error.orig
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return str(primary or (str(original).splitlines() or [""])[0])
