"""An export whose file cannot be written says so in one line and nothing else (hostile test 14,
defect 21): `upcoming --format xlsx --out /proc/nope.xlsx` printed the right message, then two
"Exception ignored ... ValueError: I/O operation on closed file" tracebacks of the spreadsheet's sheets
left half written."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")


@pytest.mark.parametrize(
    "command",
    [["upcoming", "--format", "xlsx"], ["upcoming", "--format", "csv"], ["export"]],
    ids=["upcoming xlsx", "upcoming csv", "export"],
)
def test_a_file_that_cannot_be_written_is_said_in_one_line(sqlite_cli: Cli, command: list[str]) -> None:
    assert sqlite_cli("demo", "--customers", "3").returncode == 0
    result = sqlite_cli(*command, "--out", "/proc/nope.out")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "renewdesk: the file /proc/nope.out could not be written (No such file or directory); "
        "no file was left behind"
    ]
