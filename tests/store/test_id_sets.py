"""id_sets.among: a column among many ids in one bound parameter, on SQLite and PostgreSQL alike, for
more ids than either allows bound parameters in one statement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, insert, select

from desktop.bootstrap import AppContext, build_context
from desktop.secrets import KeyringSecretStore
from desktop.store.id_sets import among
from desktop.store.models import AuditEntry

ROWS = 70_000  # more than SQLite's 32,766 and PostgreSQL's 65,535 bound parameters


@pytest.fixture
def filled(db_url: str, fresh_copy: object) -> Iterator[AppContext]:
    fresh_copy(db_url)  # type: ignore[operator]
    ctx = build_context(db_url, secrets=KeyringSecretStore())
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    with ctx.db.transaction() as session:
        session.execute(
            insert(AuditEntry),
            [
                {"at": now, "actor": "t", "action": "a", "entity": "e", "entity_id": str(i)}
                for i in range(ROWS)
            ],
        )
    yield ctx
    ctx.close()


def _ids(ctx: AppContext, wanted: list[int]) -> list[int]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(AuditEntry.id).where(among(session, AuditEntry.id, wanted))))


def test_exactly_the_ids_asked_for(filled: AppContext) -> None:
    with filled.db.reading() as session:
        every = sorted(session.scalars(select(AuditEntry.id)))
    assert sorted(_ids(filled, every)) == every  # all 70,000 in one statement
    assert sorted(_ids(filled, [every[5], every[5], every[-1], 10**12])) == [every[5], every[-1]]
    assert _ids(filled, []) == []
    with filled.db.reading() as session:
        counted = session.scalar(
            select(func.count()).select_from(AuditEntry).where(~among(session, AuditEntry.id, every[:10]))
        )
    assert counted == ROWS - 10


def test_only_whole_numbers_reach_the_statement(filled: AppContext) -> None:
    with pytest.raises(ValueError):
        _ids(filled, ["1) OR 1=1 --"])  # type: ignore[list-item]
