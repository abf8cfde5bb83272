"""doctor on a remembered SQLite file that is not there gives the start's advice (nothing is made in
its place), and its summary tells failed checks from checks not run (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import workstation
from desktop.app import doctor, doctor_report
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_a_remembered_file_that_is_gone_gets_the_starts_advice(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'drive' / 'rd.db'}"
    workstation.save(workstation.Remembered(url, "ws"))
    checks = doctor.run_checks(url)
    database = {check.kind: check for check in checks}[CheckKind.DATABASE]
    assert database.finding is CheckFinding.DATABASE_FILE_GONE
    said = doctor_report.sentence(database)
    assert "nothing was made in its place" in said and "choose the connection again" in said
    assert "first starts" not in said
    assert not (tmp_path / "drive").exists()


def test_a_file_named_for_this_run_only_may_still_be_made(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rd.db'}"
    database = {check.kind: check for check in doctor.run_checks(url)}[CheckKind.DATABASE]
    assert database.finding is CheckFinding.DATABASE_NO_FILE


def test_the_summary_counts_not_run_apart_from_failed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'drive' / 'rd.db'}"
    workstation.save(workstation.Remembered(url, "ws"))
    checks = doctor.run_checks(url)
    failed = sum(1 for check in checks if check.outcome is CheckOutcome.FAILED)
    not_run = sum(1 for check in checks if check.outcome is CheckOutcome.NOT_RUN)
    assert not_run >= 1 and failed >= 1
    assert doctor_report.tally(checks) == f"{failed} failed, {not_run} not run"
    passed_only = tuple(check for check in checks if check.outcome is not CheckOutcome.NOT_RUN)
    assert doctor_report.tally(passed_only) == f"{failed} of {len(passed_only)} checks did not pass"
