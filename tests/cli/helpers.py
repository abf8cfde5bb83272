"""Looks into the database a `python main.py` child process worked on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, func, select

from desktop.store.database import Database
from desktop.store.engine import make_engine
from desktop.store.models import AuditEntry, SettingRow, Staff
from tests.support.workstation import CLI_ADMIN, cli_actor

# Who the audit log shows for the commands of the `cli` fixture: its admin, and the login (R35).
OS_ACTOR = cli_actor()


@contextmanager
def open_database(url: str) -> Iterator[Database]:
    db = Database(make_engine(url))
    try:
        yield db
    finally:
        db.dispose()


def audit_rows(url: str, action: str | None = None) -> list[dict[str, Any]]:
    with open_database(url) as db, db.reading() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return [
            {
                "actor": row.actor,
                "action": row.action,
                "entity": row.entity,
                "entity_id": row.entity_id,
                "before": row.before,
                "after": row.after,
            }
            for row in session.scalars(query)
        ]


def stored_settings(url: str) -> dict[str, str]:
    with open_database(url) as db, db.reading() as session:
        return {row.key: row.value for row in session.scalars(select(SettingRow))}


def staff_rows(url: str) -> list[tuple[str, str, str]]:
    """Every staff member but the `cli` fixture's own admin."""
    with open_database(url) as db, db.reading() as session:
        return [
            (row.name, row.role, row.password_hash)
            for row in session.scalars(select(Staff).where(Staff.name != CLI_ADMIN).order_by(Staff.id))
        ]


def count_rows(url: str, model: type[Any]) -> int:
    with open_database(url) as db, db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def every_row_as_text(url: str) -> str:
    """Every row of every table of the database, as text: to show that something is nowhere in it."""
    engine = make_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return "\n".join(
                repr(tuple(row))
                for table in metadata.sorted_tables
                for row in connection.execute(select(table))
            )
    finally:
        engine.dispose()


def files_containing(folder: Path, text: str) -> list[Path]:
    needle = text.encode()
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]
