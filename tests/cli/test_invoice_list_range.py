"""`invoice list --from` later than `--to` is refused, naming both days (hostile test 14, defect 23):
it was accepted and answered with no invoices."""

from __future__ import annotations

from tests.conftest import Cli


def test_a_reversed_range_is_refused_with_both_days(sqlite_cli: Cli) -> None:
    result = sqlite_cli("invoice", "list", "--from", "2026-12-01", "--to", "2026-11-01")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "the first day 2026-12-01 is after the last day 2026-11-01" in result.stderr
    assert sqlite_cli("invoice", "list", "--from", "2026-11-01", "--to", "2026-11-01").returncode == 0
