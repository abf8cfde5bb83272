"""Shared fixtures: a real SQLite file and a real PostgreSQL server; a keyring that lives in memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest

from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from tests.support import postgres
from tests.support.keyrings import MemoryKeyring
from tests.support.processes import program_command
from tests.support.templates import MIGRATED, PREPARED, Templates

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A workstation's remembered connection and its own database live in the user's folders (R43): the
# tests never read or write the real ones of whoever runs them.
_USER_FOLDERS = Path(tempfile.mkdtemp(prefix="renewdesk-tests-home-"))
for _variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_USER_FOLDERS / _variable.lower())

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


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Databases migrated (and prepared for `cli`) once per session; each test gets its own copy."""
    return Templates(tmp_path_factory.mktemp("templates"))


def _fill(request: pytest.FixtureRequest, url: str, kind: str, keyring_file: Path | None = None) -> None:
    """Makes `url` (a new SQLite file or an empty PostgreSQL database) a fresh copy of a template."""
    templates: Templates = request.getfixturevalue("templates")
    server = request.getfixturevalue("pg_server") if url.startswith("postgresql") else None
    templates.fill(url, kind, keyring_file=keyring_file, server=server)


@pytest.fixture
def fresh_copy(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """fresh_copy(url) makes a new SQLite file (or an empty PostgreSQL database) a migrated one, as
    build_context would, from the session's template."""
    return lambda url: _fill(request, url, MIGRATED)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Every test that takes this runs on a fresh SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'renewdesk.sqlite3'}"
        return
    server: postgres.PgServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'renewdesk.sqlite3'}"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(TODAY.year, TODAY.month, TODAY.day, 9, 0, tzinfo=UTC))


@pytest.fixture
def ctx(db_url: str, clock: ManualClock, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    _fill(request, db_url, MIGRATED)
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
        command = [str(ROOT / "main.py"), "--db", self.db]
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
            program_command([*command, *args], environment),
            input=data,
            capture_output=True,
            text=True,
            cwd=self.keyring_file.parent,  # relative file names land in the test's folder
            env=environment,
            timeout=600,
        )


@pytest.fixture
def cli(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Cli:
    """Commands run by the login running the tests, linked to the first admin `cli-admin` (R35):
    a copy of a database workstation.prepare made once."""
    _fill(request, db_url, PREPARED, tmp_path / "keyring.json")
    return Cli(db=db_url, keyring_file=tmp_path / "keyring.json")


@pytest.fixture
def sqlite_cli(sqlite_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Cli:
    """`cli` on a SQLite file only."""
    _fill(request, sqlite_url, PREPARED, tmp_path / "keyring.json")
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
