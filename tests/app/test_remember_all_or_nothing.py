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
def server_database(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


def _server_url(pg_server: PgServer, database: str) -> str:
    return f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{database}"


def test_a_config_folder_that_cannot_be_made_is_refused_before_the_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    # Tests run as root, whom chmod does not stop: a FILE where the folder should be does.
    (tmp_path / "config").write_text("a file, not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    memory_keyring.values[KEY] = "the-old-servers"
    target = tmp_path / "data" / "rd.db"
    with pytest.raises(UseCaseError) as refused:
        remember_connection(f"sqlite:///{target}", None, "ws")
    assert refused.value.code is ErrorCode.WORKSTATION_FILE_UNWRITABLE
    assert str(tmp_path / "config") in refused.value.params["detail"]
    assert memory_keyring.values == {KEY: "the-old-servers"}
    assert not target.exists()  # nothing set up either


@pytest.mark.postgres
def test_a_save_that_fails_after_the_check_puts_the_old_password_back(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    pg_server: PgServer,
    server_database: str,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    workstation.save(workstation.Remembered("postgresql+psycopg://u@old-server/rd", "ws"))
    before = workstation.file_path().read_bytes()
    memory_keyring.values[KEY] = "the-old-servers"

    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        # The last resort the brief allows: a disk that fills up between the check and the save.
        raise workstation.WorkstationFileError("cannot write the file: No space left on device")

    monkeypatch.setattr(workstation, "save", fails)
    with pytest.raises(UseCaseError) as refused:
        remember_connection(_server_url(pg_server, server_database), "the-new-servers", "ws")
    assert refused.value.code is ErrorCode.WORKSTATION_FILE_UNWRITABLE
    assert memory_keyring.values[KEY] == "the-old-servers"
    assert workstation.file_path().read_bytes() == before
    assert json.loads(before)["url"] == "postgresql+psycopg://u@old-server/rd"


@pytest.mark.postgres
def test_a_failed_save_leaves_no_password_where_there_was_none(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    pg_server: PgServer,
    server_database: str,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        raise workstation.WorkstationFileError("cannot write the file: Input/output error")

    monkeypatch.setattr(workstation, "save", fails)
    with pytest.raises(UseCaseError):
        remember_connection(_server_url(pg_server, server_database), "the-new-servers", "ws")
    assert not memory_keyring.values.get(KEY)
