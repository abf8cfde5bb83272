"""Databases migrated once per test session and copied for each test that wants one.

Migrating a new database through Alembic takes a fifth of a second on SQLite and a third on
PostgreSQL, and preparing a workstation (a first admin whose password is hashed with argon2) half a
second more; a thousand tests pay for it. A copy is as fresh as a migration and shares nothing with
another test: on SQLite a copy of a migrated file, on PostgreSQL a database made by CREATE DATABASE
... TEMPLATE. The copy is at the newest schema, so build_context sees nothing to migrate
(desktop.store.migrate.upgrade compares the schema version with the head revision).

Tests that are about migrating (tests/store) keep taking the bare `db_url` and migrate themselves."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg

from desktop.store import migrate
from desktop.store.engine import make_engine, parse_url
from tests.support import workstation
from tests.support.postgres import USER, PgServer

MIGRATED = "migrated"
PREPARED = "prepared"  # migrated, plus workstation.prepare's linked first admin


def _migrate(url: str, _keyring_file: Path) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _prepare(url: str, keyring_file: Path) -> None:
    workstation.prepare(url, keyring_file)


_BUILDERS: dict[str, Callable[[str, Path], None]] = {MIGRATED: _migrate, PREPARED: _prepare}


def _checkpointed(path: Path) -> None:
    """Everything written is moved from the WAL into the file itself, so that a copy of the file alone
    is the whole database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


class Templates:
    """One template of each kind per backend (and PostgreSQL server), made on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sqlite: dict[str, tuple[Path, bytes | None]] = {}
        self._postgres: dict[tuple[int, str], tuple[str, bytes | None]] = {}
        # What each URL was made into in this session (PostgreSQL names and test folders are unique).
        self._filled: dict[str, str] = {}

    def fill(
        self,
        url: str,
        kind: str = MIGRATED,
        *,
        keyring_file: Path | None = None,
        server: PgServer | None = None,
    ) -> None:
        """Makes the database named by `url` (a SQLite file not yet there, or an empty PostgreSQL
        database of `server`) a fresh copy of the template `kind`; the keyring file the template's
        preparation wrote, if any, is copied to `keyring_file`. A database already in use (a test
        taking both `ctx` and `cli`) is brought to `kind` in place, as it was before templates."""
        parsed = parse_url(url)
        sqlite = parsed.get_backend_name() == "sqlite"
        already = self._filled.get(url)
        new = _new_file(parsed.database) if sqlite else _empty(server, parsed.database)
        if already is not None or not new:
            if kind == PREPARED and already != PREPARED:
                if keyring_file is None:
                    raise ValueError("a prepared database comes with a keyring file: pass keyring_file=")
                _prepare(url, keyring_file)
                self._filled[url] = PREPARED
            return
        self._filled[url] = kind
        if sqlite:
            target = Path(parsed.database or "")
            source, keyring = self._sqlite_template(kind)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        else:
            if server is None:
                raise ValueError("a PostgreSQL database is copied on its server: pass server=")
            template, keyring = self._postgres_template(server, kind)
            name = parsed.database
            with server.admin() as connection:
                connection.execute(f'DROP DATABASE "{name}"')
                connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        if keyring is not None:
            if keyring_file is None:
                raise ValueError(f"the {kind} template comes with a keyring file: pass keyring_file=")
            keyring_file.write_bytes(keyring)

    def _sqlite_template(self, kind: str) -> tuple[Path, bytes | None]:
        if kind not in self._sqlite:
            folder = self.folder / f"sqlite-{kind}"
            folder.mkdir()
            path = folder / "template.sqlite3"
            keyring_file = folder / "keyring.json"
            _BUILDERS[kind](f"sqlite:///{path}", keyring_file)
            _checkpointed(path)
            if Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size:
                raise RuntimeError(f"{path}: the WAL still holds pages after a checkpoint")
            self._sqlite[kind] = (path, _read(keyring_file))
        return self._sqlite[kind]

    def _postgres_template(self, server: PgServer, kind: str) -> tuple[str, bytes | None]:
        key = (server.port, kind)
        if key not in self._postgres:
            name = server.create_database()
            folder = self.folder / f"postgresql-{server.port}-{kind}"
            folder.mkdir()
            keyring_file = folder / "keyring.json"
            url = server.url(name)
            _BUILDERS[kind](url, keyring_file)
            self._postgres[key] = (name, _read(keyring_file))
        return self._postgres[key]


def _new_file(database: str | None) -> bool:
    return not Path(database or "").exists()


def _empty(server: PgServer | None, database: str | None) -> bool:
    """True for a PostgreSQL database with no table of its own yet (as the db_url fixture makes it)."""
    if server is None:
        raise ValueError("a PostgreSQL database is copied on its server: pass server=")
    with psycopg.connect(
        f"host=127.0.0.1 port={server.port} user={USER} dbname={database}", autocommit=True
    ) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()
    return row is not None and row[0] == 0


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None
