"""Hostile arguments on the command line (issue 10, defect 10): each ends with a message naming what
is wrong and exit 2, changes nothing, leaves no file behind and never prints a traceback. Before,
`export --out` into a missing folder printed a traceback and left a `.partial`, `--days 99999999`
and `--today 9999-12-31` overflowed, and `--db 'notaurl://:::'` was a ValueError."""

from __future__ import annotations

import io
import os
import stat
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from desktop.app.actor import Actor, Role
from desktop.app.customers import MAX_SEARCH_LENGTH, find_customers
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext, build_context
from desktop.cli import gateway_commands, main
from tests.conftest import Cli

ADMIN = Actor("test-admin", Role.ADMIN)


def _refused(result: subprocess.CompletedProcess[str], *phrases: str, code: int = 2) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr


def _files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.mark.parametrize(
    "command",
    [["export"], ["upcoming", "--format", "csv"], ["upcoming", "--format", "xlsx"], ["upcoming"]],
    ids=["export", "upcoming csv", "upcoming xlsx", "upcoming table"],
)
def test_out_onto_a_device_writes_to_it_and_never_replaces_it(sqlite_cli: Cli, command: list[str]) -> None:
    """As root, the whole-file writer once renamed its partial file over /dev/null."""
    result = sqlite_cli(*command, "--out", os.devnull)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode), "/dev/null is no longer a device"


@pytest.mark.parametrize(
    "command",
    [["export"], ["upcoming", "--format", "csv"], ["upcoming", "--format", "xlsx"], ["upcoming"]],
    ids=["export", "upcoming csv", "upcoming xlsx", "upcoming table"],
)
def test_out_into_a_missing_folder_or_onto_a_folder_leaves_nothing(
    sqlite_cli: Cli, tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a folder").mkdir()
    before = _files(tmp_path)
    _refused(sqlite_cli(*command, "--out", str(out / "missing" / "file")), "does not exist")
    _refused(sqlite_cli(*command, "--out", str(out / "a folder")), "is a folder")
    assert _files(tmp_path) == before, "a file was left behind"


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["upcoming", "--days", "99999999"], "from 1 to 3660"),
        (["upcoming", "--days", "0"], "from 1 to 3660"),
        (["upcoming", "--days", "-5"], "from 1 to 3660"),
        (["--today", "9999-12-31", "upcoming"], "from 2000-01-01 to 2199-12-31"),
        (["--today", "0001-01-01", "due-run"], "from 2000-01-01 to 2199-12-31"),
        (["demo", "--customers", "100001"], "from 1 to 100000"),
        (["demo", "--services-per-customer", "101"], "from 1 to 100"),
        (["demo", "--seed", "9" * 30], "out of range"),
    ],
)
def test_numbers_and_days_beyond_their_bounds_are_refused(
    sqlite_cli: Cli, args: list[str], phrase: str
) -> None:
    _refused(sqlite_cli(*args, today=None), phrase)


def test_help_states_the_bounds() -> None:
    for argv, phrases in (
        (["upcoming", "--help"], ["at most 3660", "2000-01-01", "2199-12-31"]),
        (["demo", "--help"], ["at most 100,000", "at most 100)"]),
    ):
        out = io.StringIO()
        with pytest.raises(SystemExit) as done, redirect_stderr(io.StringIO()), redirect_stdout(out):
            main(argv)
        assert done.value.code == 0
        text = " ".join(out.getvalue().split())
        for phrase in phrases:
            assert phrase in text, (argv, phrase)


@pytest.mark.parametrize(
    ("url", "phrase"),
    [
        ("notaurl://:::", "is not a database URL"),
        ("postgresql+psycopg://[::1", "is not a database URL"),
        ("sqlite+nodriver:///x.sqlite3", "is not a database driver"),
        ("mysql://someone@somewhere/db", "is not supported"),
        ("sqlite:///x.sqlite3?foo=1", "takes no options"),
    ],
)
def test_malformed_database_urls_and_unknown_drivers_are_refused(
    sqlite_cli: Cli, tmp_path: Path, url: str, phrase: str
) -> None:
    _refused(Cli(db=url, keyring_file=sqlite_cli.keyring_file)("upcoming"), phrase)


def test_a_refused_url_never_shows_its_password(sqlite_cli: Cli) -> None:
    result = Cli(
        db="postgresql+psycopg://bob:s3cret@db.example:port/renewdesk", keyring_file=sqlite_cli.keyring_file
    )("upcoming")
    _refused(result, "is not a database URL")
    assert "s3cret" not in result.stderr


def test_a_search_of_a_hundred_thousand_characters_is_refused_with_a_code(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        find_customers(ctx, ADMIN, "a" * 100_000)
    assert refused.value.code == "search_too_long"
    assert refused.value.params == {"got": 100_000, "most": MAX_SEARCH_LENGTH}
    assert find_customers(ctx, ADMIN, "a" * MAX_SEARCH_LENGTH) == []


def test_a_search_with_nul_and_direction_marks_is_answered_on_either_database(ctx: AppContext) -> None:
    """PostgreSQL refuses a NUL in a query's text; the marks are never in stored names."""
    assert find_customers(ctx, ADMIN, "Da\x00na\u202e") == []


def test_the_last_resort_prints_one_line_without_data_and_logs_the_traceback(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error nobody foresaw. It is made here by a handler that fails, as none of the program's
    does; the fuzz test (test_cli_fuzz.py) asserts that no real input ever gets this far."""

    def broken(ctx: AppContext, args: object) -> int:
        raise RuntimeError("Dana Levi <dana@example.com> 4242424242424242")

    build_context(sqlite_url).close()  # `gateway ledger` only reads: it makes no database (issue 13)
    monkeypatch.setattr(gateway_commands, "gateway", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        code = main(["--db", sqlite_url, "gateway", "ledger"])
    assert code == 1
    lines = stderr.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "renewdesk: internal error (RuntimeError); nothing was printed about your data"
    )
    assert "Dana" not in lines[0] and "4242" not in lines[0]
    log = Path(lines[0].rsplit("details in ", 1)[1])
    assert log.is_relative_to(tmp_path / "state")
    assert "RuntimeError: Dana Levi" in log.read_text()
    assert os.stat(log).st_mode & 0o077 == 0, "others may read the log"
