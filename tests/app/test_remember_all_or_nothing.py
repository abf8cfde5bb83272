"""Remembering a connection is all or nothing: a remembered file that cannot be written leaves the
keyring as it was, so the server remembered before keeps its own password (issue 13)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import workstation
from desktop.app.connection import DB_PASSWORD, remember_connection
from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import PgServer

KEY = ("RenewDesk", DB_PASSWORD)


@pytest.fixture
def server_url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database on the test server, by a URL without its password."""
    name = pg_server.create_database()
    yield f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}"
    pg_server.drop_database(name)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own config folder (not made: a test may put something in its way)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_a_config_folder_that_cannot_be_made_is_refused_before_the_keyring(
    tmp_path: Path, config_home: Path, memory_keyring: MemoryKeyring
) -> None:
    # Tests run as root, whom chmod does not stop: a FILE where the folder should be does.
    config_home.write_text("a file, not a folder")
    memory_keyring.values[KEY] = "the-old-servers"
    target = tmp_path / "data" / "rd.db"
    with pytest.raises(UseCaseError) as refused:
        remember_connection(f"sqlite:///{target}", None, "ws")
    assert refused.value.code is ErrorCode.WORKSTATION_FILE_UNWRITABLE
    assert str(config_home) in refused.value.params["detail"]
    assert memory_keyring.values == {KEY: "the-old-servers"}
    assert not target.exists()  # nothing set up either


@pytest.mark.postgres
def test_a_save_that_fails_after_the_check_puts_the_old_password_back(
    config_home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring, server_url: str
) -> None:
    workstation.save(workstation.Remembered("postgresql+psycopg://u@old-server/rd", "ws"))
    before = workstation.file_path().read_bytes()
    memory_keyring.values[KEY] = "the-old-servers"

    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        # The last resort the brief allows: a disk that fills up between the check and the save.
        raise workstation.WorkstationFileError("cannot write the file: No space left on device")

    monkeypatch.setattr(workstation, "save", fails)
    with pytest.raises(UseCaseError) as refused:
        remember_connection(server_url, "the-new-servers", "ws")
    assert refused.value.code is ErrorCode.WORKSTATION_FILE_UNWRITABLE
    assert memory_keyring.values[KEY] == "the-old-servers"
    assert workstation.file_path().read_bytes() == before
    assert json.loads(before)["url"] == "postgresql+psycopg://u@old-server/rd"


@pytest.mark.postgres
def test_a_failed_save_leaves_no_password_where_there_was_none(
    config_home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring, server_url: str
) -> None:

    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        raise workstation.WorkstationFileError("cannot write the file: Input/output error")

    monkeypatch.setattr(workstation, "save", fails)
    with pytest.raises(UseCaseError):
        remember_connection(server_url, "the-new-servers", "ws")
    assert not memory_keyring.values.get(KEY)


def _save_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        raise workstation.WorkstationFileError("cannot write the file: No space left on device")

    monkeypatch.setattr(workstation, "save", fails)


def test_a_new_file_made_for_a_choice_that_fails_is_removed_with_its_folders(
    tmp_path: Path, config_home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notes.txt").write_text("the person's own")
    target = tmp_path / "data" / "new" / "deeper" / "rd.db"
    _save_fails(monkeypatch)
    with pytest.raises(UseCaseError) as refused:
        remember_connection(f"sqlite:///{target}", None, "ws")
    assert refused.value.code is ErrorCode.WORKSTATION_FILE_UNWRITABLE
    assert sorted(path.name for path in (tmp_path / "data").iterdir()) == ["notes.txt"]
    assert memory_keyring.values == {}


def test_a_file_that_was_there_is_never_removed(
    tmp_path: Path, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rd.db"
    target.touch()  # empty: the test says it will be set up
    _save_fails(monkeypatch)
    with pytest.raises(UseCaseError):
        remember_connection(f"sqlite:///{target}", None, "ws")
    assert target.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["config", "rd.db"]


def test_a_set_up_that_fails_removes_what_it_made(
    tmp_path: Path, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    def fails_halfway(engine: object) -> None:
        made = make_engine(f"sqlite:///{target}")  # the file is there, as a migration makes it
        with made.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE half (id INTEGER)")
        made.dispose()
        raise OSError(28, "No space left on device")

    target = tmp_path / "data" / "rd.db"
    monkeypatch.setattr(migrate, "upgrade", fails_halfway)
    with pytest.raises(OSError):
        remember_connection(f"sqlite:///{target}", None, "ws")
    assert not (tmp_path / "data").exists()
    assert not workstation.file_path().exists()
