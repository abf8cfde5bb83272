"""Engines: SQLite's settings for several processes on one machine; network shares refused (SPEC 2b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import this_computer
from desktop.store import engine as engine_module
from desktop.store.engine import BUSY_TIMEOUT_MS, DatabaseUrlError, check_sqlite_path, make_engine


def test_sqlite_engine_uses_wal_foreign_keys_and_a_busy_timeout(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert timeout == BUSY_TIMEOUT_MS and BUSY_TIMEOUT_MS >= 5000
    finally:
        engine.dispose()


def test_sqlite_engine_creates_the_folder_of_its_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "desk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        assert path.is_file()
    finally:
        engine.dispose()


def test_a_file_on_a_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def nfs(path: Path) -> str:
        seen.append(path)
        return "nfs4"

    monkeypatch.setattr(this_computer, "filesystem_type", nfs)
    target = tmp_path / "desk.sqlite3"
    with pytest.raises(DatabaseUrlError, match="network share") as refused:
        check_sqlite_path(str(target))
    assert "nfs4" in str(refused.value)
    assert "postgresql+psycopg" in str(refused.value)
    assert seen == [tmp_path.resolve()]
    with pytest.raises(DatabaseUrlError, match="network share"):
        make_engine(f"sqlite:///{target}")
    assert not target.exists()


@pytest.mark.parametrize("path", ["//server/share/x.db", "\\\\server\\share\\x.db"])
def test_a_unc_path_is_refused(path: str) -> None:
    with pytest.raises(DatabaseUrlError, match="network share"):
        check_sqlite_path(path)


def test_a_local_file_is_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(this_computer, "filesystem_type", lambda path: "ext4")
    check_sqlite_path(str(tmp_path / "desk.sqlite3"))
    check_sqlite_path(":memory:")


def test_the_filesystem_type_of_a_local_folder_is_found(tmp_path: Path) -> None:
    found = this_computer.filesystem_type(tmp_path.resolve())
    assert found is None or found not in engine_module.NETWORK_FILESYSTEMS


@pytest.mark.parametrize(
    "url",
    ["mysql://x", "postgresql://u@localhost/d", "postgresql+psycopg2://u@localhost/d", "not a url"],
)
def test_unsupported_urls_are_refused(url: str) -> None:
    with pytest.raises(DatabaseUrlError):
        make_engine(url)
