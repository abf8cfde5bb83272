"""A second, empty database of the same kind as `ctx`'s (SQLite file or PostgreSQL database)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from tests.support import postgres


@pytest.fixture
def other_url(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'other.sqlite3'}"
    server: postgres.PgServer = request.getfixturevalue("pg_server")
    return server.url(server.create_database())


@pytest.fixture
def other_ctx(other_url: str, clock: ManualClock) -> Iterator[AppContext]:
    context = build_context(other_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    yield context
    context.close()
