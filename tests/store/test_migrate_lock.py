"""The migration's file lock never waits forever and leaves no lock file behind (issue 13)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop import this_computer
from desktop.app.connection import Verdict, check_connection
from desktop.store import migrate
from desktop.store.engine import DatabaseUrlError, make_engine


def test_a_lock_file_that_cannot_be_made_is_refused_at_once() -> None:
    started = time.monotonic()
    with (
        pytest.raises(this_computer.FileLockUnavailable, match="/proc"),
        this_computer.exclusive_file_lock(Path("/proc/x.db.migrate-lock")),
    ):
        pass
    assert time.monotonic() - started < 5


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    lock = tmp_path / "a.lock"
    from filelock import FileLock

    with (
        FileLock(str(lock)),  # another holder: filelock's locks are per object, like a process
        pytest.raises(this_computer.FileLockUnavailable, match="held by another process"),
        this_computer.exclusive_file_lock(lock, timeout=0.2),
    ):
        pass


def test_the_lock_file_is_gone_after_the_migration(tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    engine = make_engine(f"sqlite:///{database}")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert database.exists()
    assert not (tmp_path / "new.db.migrate-lock").exists()


def test_a_database_in_a_folder_without_room_for_the_lock_is_refused_naming_it(tmp_path: Path) -> None:
    # make_engine makes no folder inside /proc and the file is never opened before the lock: the
    # refusal comes from the lock, at once, naming the folder.
    engine = make_engine("sqlite:////proc/y.db")
    try:
        with pytest.raises(DatabaseUrlError, match="in the folder /proc"):
            migrate.upgrade(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["sqlite:////proc/x.db", "sqlite:////proc/new/x.db"])
def test_the_connection_test_refuses_a_folder_that_cannot_be_written(url: str) -> None:
    check = check_connection(url, None)
    assert check.verdict is Verdict.NOT_USABLE
    assert "the folder /proc cannot be written" in check.detail


def test_a_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    check = check_connection(f"sqlite:///{tmp_path}/plain/x.db", None)
    assert check.verdict is Verdict.NOT_USABLE
    assert f"{tmp_path}/plain is not a folder" in check.detail
