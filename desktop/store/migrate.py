"""Brings a database to the newest schema at start, safely when several processes start at once."""

from __future__ import annotations

import fcntl
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from desktop.store import recognition

MIGRATIONS = Path(__file__).with_name("migrations")
# Any fixed number: PostgreSQL advisory locks are named by integers.
_PG_LOCK = 0x52454E57


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    # Reading the revision files costs tens of milliseconds and they do not change while a program
    # runs; every context built (each command, each test) asks for the head and the known revisions.
    return ScriptDirectory.from_config(_config())


def head_revision() -> str | None:
    return _scripts().get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    lock_path = Path(database).with_name(Path(database).name + ".migrate-lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(engine: Engine) -> None:
    """Raises DatabaseRefused, before anything is written, for a damaged, foreign or newer database."""
    recognition.check(engine, known_revisions())
    head = head_revision()
    with engine.connect() as connection:
        if current_revision(connection) == head:
            return
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_LOCK})
            connection.commit()
            try:
                _upgrade_locked(engine, head)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_LOCK})
                connection.commit()
    else:
        with _sqlite_file_lock(engine):
            _upgrade_locked(engine, head)


def _upgrade_locked(engine: Engine, head: str | None) -> None:
    with engine.begin() as connection:
        if current_revision(connection) == head:
            return
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
