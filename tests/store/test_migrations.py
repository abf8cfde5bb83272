"""The schema: Alembic brings any database to head once, the models and the migration agree, and
several processes starting at once on a fresh database all get there (SPEC 2b)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine
from desktop.store.models import SettingRow, every_table
from tests.conftest import ROOT


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    made = make_engine(db_url)
    yield made
    made.dispose()


def test_migration_builds_a_fresh_database_to_head(engine: Engine) -> None:
    with engine.connect() as connection:
        assert migrate.current_revision(connection) is None
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(every_table().tables) <= tables
    assert "sandbox_ledger" in tables


def test_a_second_migration_is_a_no_op(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    migrate.upgrade(engine)
    db = Database(engine)
    with db.transaction() as session:
        session.add(
            SettingRow(key="company.name", value="Kept", updated_at=datetime.now(UTC), updated_by="t")
        )

    def must_not_run(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("alembic upgrade ran on a database already at head")

    monkeypatch.setattr("alembic.command.upgrade", must_not_run)
    migrate.upgrade(engine)
    with db.reading() as session:
        kept = session.get(SettingRow, "company.name")
        assert kept is not None and kept.value == "Kept"
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def _skip_sandbox(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("sandbox_"))


def test_the_models_and_the_migration_agree(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": _skip_sandbox}
        )
        differences = compare_metadata(context, every_table())
    assert differences == []


def _start(url: str, keyring_file: Path) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
        "RENEWDESK_TEST_KEYRING_FILE": str(keyring_file),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        # due-run is what any login may run on a database with no staff yet (R35).
        [sys.executable, str(ROOT / "main.py"), "--db", url, "due-run", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=environment,
    )


def test_four_processes_starting_at_once_on_a_fresh_database_all_succeed(db_url: str, tmp_path: Path) -> None:
    processes = [_start(db_url, tmp_path / "keyring.json") for _ in range(4)]
    outcomes = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        outcomes.append((process.returncode, out.strip(), err))
    assert [(code, json.loads(out)["events"]) for code, out, _ in outcomes] == [(0, [])] * 4, [
        err for *_, err in outcomes
    ]
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    finally:
        engine.dispose()
