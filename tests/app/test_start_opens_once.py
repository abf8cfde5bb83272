"""The window's start reads the remembered file once and opens the database once (issue 13): no test
of the connection before the opening; a failure is still said with the verdict a test gives (another
program's or a newer database, a server refusing the login or not answering)."""

from __future__ import annotations

import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from desktop import workstation
from desktop.app import startup
from desktop.app.connection_verdicts import CONNECT_TIMEOUT, Verdict
from desktop.store import migrate
from desktop.store.engine import CONNECT_TIMEOUT_S, make_engine
from tests.support.audit_events import heard, opened_files
from tests.support.keyrings import MemoryKeyring
from tests.support.password_role import owned_database
from tests.support.password_role import password_role as make_password_role
from tests.support.postgres import PgServer


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _set_up(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def test_the_remembered_file_is_read_once_and_the_database_looked_into_once(tmp_path: Path) -> None:
    url = _set_up(tmp_path / "rd.db")
    workstation.save(workstation.Remembered(url, "front-desk"))
    with heard() as events:
        opened = startup.open_desk(None)
    opened.desk._ctx.close()  # the test holds what the window would
    remembered_reads = opened_files(events, "workstation.json")
    read_only_looks = [path for kind, path in events if kind == "sqlite3.connect" and "mode=ro" in path]
    assert len(remembered_reads) == 1
    assert len(read_only_looks) == 1  # recognition's look before the opening; the test made another
    assert opened.workstation == "front-desk" and opened.staff == 0


@pytest.mark.parametrize(
    ("revision", "verdict", "words"),
    [("9999", Verdict.NEWER, "newer schema"), (None, Verdict.FOREIGN, "not a RenewDesk database")],
)
def test_a_database_refused_at_the_start_is_said_with_the_tests_verdict(
    tmp_path: Path, revision: str | None, verdict: Verdict, words: str
) -> None:
    path = tmp_path / "rd.db"
    if revision is None:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE invoices (id INTEGER)")
    else:
        _set_up(path)
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    before = path.read_bytes()
    with pytest.raises(startup.StartFailed) as failed:
        startup.open_desk(str(path))
    assert failed.value.verdict is verdict and words in failed.value.detail
    assert path.read_bytes() == before


def test_a_fifo_is_refused_before_anything_opens_it(tmp_path: Path) -> None:
    fifo = tmp_path / "rd.db"
    import os

    os.mkfifo(fifo)
    with pytest.raises(startup.StartFailed) as failed:
        startup.open_desk(str(fifo))  # opened, it would wait for a writer for ever
    assert failed.value.verdict is Verdict.NOT_USABLE and "FIFO" in failed.value.detail


@contextmanager
def connections_made() -> Iterator[list[str]]:
    """The database connections any engine makes meanwhile (SQLAlchemy's connect event)."""
    made: list[str] = []

    def connected(*_: object) -> None:
        made.append("connected")

    event.listen(Engine, "connect", connected)
    try:
        yield made
    finally:
        event.remove(Engine, "connect", connected)


@pytest.mark.postgres
def test_the_server_is_opened_once_and_a_refused_login_is_said_as_such(
    pg_server: PgServer, memory_keyring: MemoryKeyring
) -> None:
    role = make_password_role(pg_server)
    name = owned_database(pg_server, role)
    try:
        url = f"postgresql+psycopg://{role}@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        workstation.save(workstation.Remembered(url, "ws", password_kept=True))
        memory_keyring.set_password("RenewDesk", "db.password", "not the password")
        with pytest.raises(startup.StartFailed) as failed:
            startup.open_desk(None)
        assert failed.value.verdict is Verdict.LOGIN_REFUSED and role in failed.value.detail

        from tests.support.password_role import PASSWORD

        memory_keyring.set_password("RenewDesk", "db.password", PASSWORD)
        startup.open_desk(None).desk._ctx.close()  # set up (a migration takes a connection of its own)
        with connections_made() as made:
            opened = startup.open_desk(None)
        opened.desk._ctx.close()
        assert len(made) == 1  # no test of the connection before it
    finally:
        pg_server.drop_database(name)


def test_a_silent_server_is_said_at_the_start_within_the_tests_timeout() -> None:
    """Opened without a test first, a server that takes the connection and never answers is still
    said as one that does not answer, after the test's CONNECT_TIMEOUT (not the store's longer one)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(startup.StartFailed) as failed:
            startup.open_desk(f"postgresql+psycopg://sales@127.0.0.1:{port}/renewdesk")
        waited = time.monotonic() - started
    finally:
        listener.close()
    assert failed.value.verdict is Verdict.UNREACHABLE and f"127.0.0.1:{port}" in failed.value.detail
    assert CONNECT_TIMEOUT - 1 < waited < CONNECT_TIMEOUT_S
