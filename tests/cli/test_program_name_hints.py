"""A hint that tells the person what to type names the command as they typed it: `renewdesk` when
installed or bundled (R42), `python main.py` from a checkout (the window's texts:
tests/ui/test_program_name_texts.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run_as(program: Path, db: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    return subprocess.run(
        [sys.executable, str(program), "--db", db, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=program.parent,
        timeout=120,
    )


@pytest.mark.parametrize(("name", "typed"), [("renewdesk", "renewdesk"), ("main.py", "python main.py")])
def test_the_first_admin_hint_names_the_command_as_typed(tmp_path: Path, name: str, typed: str) -> None:
    program = tmp_path / name
    program.symlink_to(ROOT / "main.py")  # how an installed `renewdesk` reaches the same code
    done = run_as(program, f"sqlite:///{tmp_path / 'new.db'}", "config", "list")
    assert done.returncode == 2, done.stderr
    assert f"`{typed} staff add NAME --role admin`" in done.stderr
    if name == "renewdesk":
        assert "python main.py" not in done.stderr
