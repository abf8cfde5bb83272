"""The partial indexes are partial in every database the migrations make: their WHERE is written once,
in migration 0006, not in the models (a dialect's option there would load that dialect's whole
SQLAlchemy package with the models: issue 13), and Alembic's comparison of the models with the
database does not look at an index's WHERE, so this test is what holds it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from desktop.store import migrate
from desktop.store.engine import make_engine

PARTIAL = {
    "ix_auto_renew_stop_reason": "stop_reason is not null",
    "ix_auto_renew_card_on": "enabled",
    "ix_outbox_resend_of": "resend_of is not null",
}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    made = make_engine(db_url)
    yield made
    made.dispose()


def _definition(engine: Engine, name: str) -> str:
    if engine.dialect.name == "postgresql":
        query = text("SELECT indexdef FROM pg_indexes WHERE indexname = :name")
    else:
        query = text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name")
    with engine.connect() as connection:
        found = connection.execute(query, {"name": name}).scalar_one()
    return " ".join(str(found).lower().replace("(", " ").replace(")", " ").split())


@pytest.mark.parametrize("name", sorted(PARTIAL))
def test_the_index_is_partial(engine: Engine, name: str) -> None:
    migrate.upgrade(engine)
    definition = _definition(engine, name)
    where = definition.partition(" where ")[2]
    assert where, definition
    assert where.startswith(PARTIAL[name]), definition
