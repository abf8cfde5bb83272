"""Shared fixtures: a real SQLite file and a real PostgreSQL server; a keyring that lives in memory."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest

from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from tests.support import postgres, workstation
from tests.support.keyrings import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.PgServer]:
    server = postgres.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every test that takes this runs on a fresh SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'renewdesk.sqlite3'}"
    server: postgres.PgServer = request.getfixturevalue("pg_server")
    return server.url(server.create_database())


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'renewdesk.sqlite3'}"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0, tzinfo=UTC))


@pytest.fixture
def ctx(db_url: str, clock: ManualClock) -> Iterator[AppContext]:
    context = build_context(db_url, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    yield context
    context.close()


@dataclass
class Cli:
    """Runs `python main.py ...` as a person would, in a child process."""

    db: str
    keyring_file: Path

    def __call__(
        self,
        *args: str,
        stdin: str | bytes | None = None,
        today: str | None = "2026-11-24",
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(ROOT / "main.py"), "--db", self.db]
        if today:
            command += ["--today", today]
        environment = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
            "RENEWDESK_TEST_KEYRING_FILE": str(self.keyring_file),
            "PYTHONPATH": str(ROOT),
            **(env or {}),
        }
        data = stdin.decode() if isinstance(stdin, bytes) else stdin
        return subprocess.run(
            [*command, *args],
            input=data,
            capture_output=True,
            text=True,
            cwd=self.keyring_file.parent,  # relative file names land in the test's folder
            env=environment,
            timeout=600,
        )


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Cli:
    """Commands run by the login running the tests, linked to the first admin `cli-admin` (R35)."""
    workstation.prepare(db_url, tmp_path / "keyring.json")
    return Cli(db=db_url, keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def sqlite_cli(sqlite_url: str, tmp_path: Path) -> Cli:
    """`cli` on a SQLite file only."""
    workstation.prepare(sqlite_url, tmp_path / "keyring.json")
    return Cli(db=sqlite_url, keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def bare_cli(db_url: str, tmp_path: Path) -> Cli:
    """Commands on an empty database (no staff, no signing key): the login running them is linked to
    nobody until the test links it."""
    return Cli(db=db_url, keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def bare_sqlite_cli(sqlite_url: str, tmp_path: Path) -> Cli:
    """`bare_cli` on a SQLite file only: no file exists until a command makes it."""
    return Cli(db=sqlite_url, keyring_file=tmp_path / "keyring.json")
