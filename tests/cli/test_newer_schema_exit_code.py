"""A database with a newer schema is the program unable to work with it: exit 1 from every command,
`workstation connect` included, with the same words (issue 13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import migrate
from desktop.store.engine import make_engine
from tests.cli.test_workstation_cli import Workstation


def test_a_newer_file_is_exit_1_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    computer = Workstation(tmp_path / "computer")
    connected = computer("workstation", "connect", str(path))
    followup = computer("--db", str(path), "followup")
    assert (connected.returncode, followup.returncode) == (1, 1), (connected.stderr, followup.stderr)
    words = "has a newer schema (version 9999_future) than this program knows; update RenewDesk"
    assert words in connected.stderr and words in followup.stderr
    assert not computer.file.exists()
