"""A command that only reads refuses a SQLite file that does not exist and makes nothing (no folder,
no database); the commands that set up or write still make it (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, Cli

READING = [
    ["followup"],
    ["upcoming"],
    ["export", "--out", "out.json"],
    ["customer", "show", "C-1"],
    ["invoice", "list"],
    ["invoice", "pdf", "1001", "--out", "i.pdf"],
    ["proforma", "pdf", "1001", "--out", "p.pdf"],
    ["outbox", "list"],
    ["gateway", "ledger"],
    ["screenshot", "--out", "s.png"],
]


@pytest.mark.parametrize("command", READING, ids=lambda words: " ".join(words))
def test_a_reading_command_on_a_mistyped_file_makes_nothing(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo" / "x.db"
    ran = Cli(db=f"sqlite:///{typo}", keyring_file=tmp_path / "keyring.json")(*command)
    assert ran.returncode == 2, ran.stderr
    assert f"the database file {typo} does not exist" in ran.stderr
    assert "nothing was made" in ran.stderr
    assert not (tmp_path / "typo").exists()


def test_workstation_show_says_a_missing_file_and_makes_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "x.db"
    ran = Cli(db=f"sqlite:///{typo}", keyring_file=tmp_path / "keyring.json")("workstation", "show")
    assert ran.returncode == 0, ran.stderr
    assert f"the file {typo} does not exist (nothing was made)" in ran.stdout
    assert not (tmp_path / "typo").exists()


def test_a_reading_command_makes_no_database_of_its_own(tmp_path: Path) -> None:
    # Nothing chosen: the default file in the data folder is not made by a command that only reads.
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    ran = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "followup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ran.returncode == 1, ran.stderr
    assert "nothing was made" in ran.stderr
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.db*"))


def test_a_command_that_writes_still_makes_the_database(tmp_path: Path) -> None:
    made = tmp_path / "new" / "x.db"
    ran = Cli(db=f"sqlite:///{made}", keyring_file=tmp_path / "keyring.json")(
        "config", "set", "company.name", "Acme"
    )
    assert "no staff yet" in ran.stderr  # it opened (and made) the database, then asked for staff
    assert made.exists()
    assert not (tmp_path / "new" / "x.db.migrate-lock").exists()  # removed after the migration


def test_connect_says_it_made_the_new_file(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    target = tmp_path / "db" / "rd.db"
    ran = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "workstation", "connect", f"sqlite:///{target}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    assert f"made: the SQLite file {target} was made and set up" in ran.stdout
    assert "will be made" not in ran.stdout
    assert target.exists()
