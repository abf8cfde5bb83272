"""What `workstation connect` and `show` say of the database password: a SQLite file uses none (a
password the keyring keeps for a server chosen before is not its), a password in --db's URL is this
run's only, never "kept in the keyring" (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_workstation_cli import Workstation


@pytest.fixture
def computer(tmp_path: Path) -> Workstation:
    machine = Workstation(tmp_path / "computer")
    # A server was remembered before: its password is still in this computer's keyring.
    machine.keyring_file.write_text(json.dumps({"RenewDesk/db.password": "for-the-old-server"}))
    return machine


def test_a_sqlite_connection_says_nothing_of_a_password(computer: Workstation, tmp_path: Path) -> None:
    connected = computer("workstation", "connect", f"sqlite:///{tmp_path / 'rd.db'}")
    assert connected.returncode == 0, connected.stderr
    assert "password" not in connected.stdout
    shown = computer("workstation", "show")
    assert "password:     not used" in shown.stdout
    assert "kept in the keyring" not in shown.stdout
    assert json.loads(computer("workstation", "show", "--json").stdout)["password_kept"] is False


def test_a_password_in_the_db_url_is_not_said_to_be_kept(computer: Workstation) -> None:
    shown = computer("--db", "postgresql+psycopg://clerk:hunter2@db.invalid/rd", "workstation", "show")
    assert shown.returncode == 0, shown.stderr
    assert "given in the URL, for this run only (not kept)" in shown.stdout
    assert "kept in the keyring" not in shown.stdout and "hunter2" not in shown.stdout


def test_the_remembered_servers_kept_password_is_still_said(computer: Workstation) -> None:
    shown = computer("--db", "postgresql+psycopg://clerk@db.invalid/rd", "workstation", "show")
    assert "kept in the keyring as db.password" in shown.stdout
