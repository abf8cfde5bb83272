"""The command line itself: help, the window without a display, --today and --db (SPEC section 3)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop.store.models import SettingRow
from tests.cli.helpers import open_database
from tests.conftest import ROOT, Cli
from tests.support import workstation

COMMANDS = [
    [],
    ["import"],
    ["export"],
    ["demo"],
    ["config"],
    ["config", "set"],
    ["config", "get"],
    ["config", "list"],
    ["config", "set-secret"],
    ["config", "init-signing-key"],
    ["staff"],
    ["staff", "add"],
    ["staff", "link"],
    ["gateway"],
    ["gateway", "ledger"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_help_works_for_every_command(bare_sqlite_cli: Cli, tmp_path: Path, command: list[str]) -> None:
    result = bare_sqlite_cli(*command, "--help")  # any login may ask for help (R35)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: python main.py")
    assert " ".join(["python main.py", *command]) in result.stdout
    assert result.stderr == ""
    assert not (tmp_path / "renewdesk.sqlite3").exists()  # help opens no database


def test_top_level_help_names_the_commands(sqlite_cli: Cli) -> None:
    text = sqlite_cli("--help").stdout
    for name in ("import", "export", "demo", "config", "staff", "gateway"):
        assert name in text


def test_the_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    environment["PYTHONPATH"] = str(ROOT)
    environment["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.TestFileKeyring"
    environment["RENEWDESK_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{tmp_path / 'gui.sqlite3'}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "display" in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_a_day_that_does_not_exist_is_refused(sqlite_cli: Cli, tmp_path: Path) -> None:
    result = sqlite_cli("config", "list", today="2026-02-30")
    assert result.returncode == 2
    assert "2026-02-30" in result.stderr
    assert "--today" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_today_moves_the_clock_of_the_run(sqlite_cli: Cli) -> None:
    assert sqlite_cli("config", "set", "company.name", "Levi", today="2031-05-06").returncode == 0
    with open_database(sqlite_cli.db) as db, db.reading() as session:
        row = session.get(SettingRow, "company.name")
        assert row is not None
        assert row.updated_at.date().isoformat() == "2031-05-06"


def test_db_takes_a_plain_file_path(tmp_path: Path) -> None:
    path = tmp_path / "plain folder" / "desk.db"
    workstation.prepare(f"sqlite:///{path}", tmp_path / "keyring.json")
    plain = Cli(db=str(path), keyring_file=tmp_path / "keyring.json")
    assert plain("config", "set", "check_days_before", "9").returncode == 0
    read = plain("config", "get", "check_days_before")
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "9"
    assert path.is_file()
    # the same file reached by its URL holds the same setting
    as_url = Cli(db=f"sqlite:///{path}", keyring_file=tmp_path / "keyring.json")
    assert as_url("config", "get", "check_days_before").stdout.strip() == "9"


@pytest.mark.parametrize("url", ["mysql://x", "postgresql://user@localhost/desk"])
def test_an_unsupported_database_url_is_refused(tmp_path: Path, url: str) -> None:
    result = Cli(db=url, keyring_file=tmp_path / "keyring.json")("config", "list")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("renewdesk: ")
    assert "postgresql+psycopg" in result.stderr
    assert result.stdout == ""


def test_db_on_a_network_share_path_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    share = f"renewdesk-test-{uuid.uuid4().hex[:12]}"
    local = Path("/") / share  # where a path losing its leading // would land
    try:
        for written in (f"//{share}/public/desk.db", f"sqlite://///{share}/public/desk.db"):
            result = Cli(db=written, keyring_file=tmp_path / "keyring.json")("config", "list")
            assert result.returncode == 2, result.stdout
            assert "network share" in result.stderr
            assert "Traceback" not in result.stderr
            assert not local.exists()
    finally:
        shutil.rmtree(local, ignore_errors=True)
