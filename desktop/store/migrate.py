"""Brings a database to the newest schema at start, safely when several processes start at once.

Alembic is imported only when a migration is due: a database's version is read with a plain query
(desktop/store/recognition.py reads it anyway) and compared with schema_revisions, the versions
written out from the migrations."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from desktop import this_computer
from desktop.store import recognition, schema_revisions

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
# Any fixed number: PostgreSQL advisory locks are named by integers.
_PG_LOCK = 0x52454E57


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@functools.cache
def alembic_scripts() -> ScriptDirectory:
    """The migrations as Alembic reads them (tens of milliseconds: read once a run, and only when a
    migration is due or schema_revisions is written out)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str | None:
    return schema_revisions.HEAD


def known_revisions() -> set[str]:
    return set(schema_revisions.KNOWN)


def current_revision(connection: Connection) -> str | None:
    """The database's schema version (None for a new one): Alembic's one-row table, read plainly."""
    if not inspect(connection).has_table(recognition.VERSION_TABLE):
        return None
    versions = list(connection.scalars(text(f"SELECT version_num FROM {recognition.VERSION_TABLE}")))
    return str(versions[0]) if len(versions) == 1 else None


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    from desktop.store.engine import DatabaseUrlError

    lock = Path(database).with_name(Path(database).name + ".migrate-lock")
    with ExitStack() as held:
        try:
            held.enter_context(this_computer.exclusive_file_lock(lock))
        except this_computer.FileLockUnavailable as exc:
            raise DatabaseUrlError(f"the SQLite file {database} cannot be set up: {exc}") from None
        yield


def upgrade(engine: Engine) -> None:
    """Raises DatabaseRefused, before anything is written, for a damaged, foreign or newer database."""
    head = head_revision()
    read = recognition.check(engine, known_revisions())
    if read is not None and read == [head]:
        return  # the usual start: the versions recognition read say it is at head
    if read is None:
        with engine.connect() as connection:
            if current_revision(connection) == head:
                return
    # A migration is due: the file is read whole first, as the migration rewrites tables.
    recognition.check_whole(engine)
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


class SchemaRevisionsStale(RuntimeError):
    """The migrations folder and schema_revisions disagree: a migration was added without writing
    the versions out, and this program would take its own databases for newer ones."""


def _upgrade_locked(engine: Engine, head: str | None) -> None:
    from alembic import command

    if alembic_scripts().get_current_head() != head:
        raise SchemaRevisionsStale(
            f"desktop/store/schema_revisions.py says the newest schema is {head}, the migrations "
            f"{alembic_scripts().get_current_head()}: run `python -m desktop.store.schema_revisions_writer`"
        )
    with engine.begin() as connection:
        if current_revision(connection) == head:
            return  # another process migrated it while this one waited for the lock
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
