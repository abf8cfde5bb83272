"""R17 and SPEC 2b: several processes running `due-run` for the same day at once against the same
database (one workstation's SQLite file, or a PostgreSQL database shared by several) charge each
cycle once, extend each service once and queue each notice once; a further run finds nothing.
The same at 10,000 cycles, for the time it takes: bench/due_run_together.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.jobs.concurrency_helpers import (
    BACKENDS,
    Launcher,
    Mail,
    assert_no_events,
    check_events,
    check_settled,
    database_url,
    engine_seconds,
    populate,
    stop_all,
)
from tests.jobs.smtp_helpers import smtp_fixture  # noqa: F401 (the fixture "smtp")


def _run_together(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str, processes: int, services: int
) -> None:
    server = request.getfixturevalue("smtp")
    mail = Mail(server.port, tmp_path / "keyring.json")
    population = populate(database_url(request, backend, tmp_path), services, mail=mail)
    launcher = Launcher(population.url, tmp_path, mail=mail)
    try:
        children = launcher.run(processes)
        # A charge whose notice another process was still sending waits for the next run (a card is
        # charged only after its notice was sent: desktop.jobs.notice_gate): a run after them makes
        # those few, and together they report each check, notice and charge once.
        later = launcher.run(1)
        check_events([*children, *later], services)
        figures = check_settled(population)
        engines = engine_seconds(population.url)
        again = launcher.run(1)
        assert_no_events(again)
        check_settled(population)
    finally:
        stop_all(launcher.children)
    each = ", ".join(f"{child.seconds:.1f}" for child in children)
    engine = ", ".join(f"{seconds:.1f}" for seconds in engines)
    print(
        f"\n{backend}, {processes} processes, {services} due cycles: "
        f"import {population.import_seconds:.1f} s; all runs done after "
        f"{max(child.seconds for child in children):.1f} s (each process {each} s, its engine {engine} s); "
        f"{figures['timeouts_settled']} time-outs settled by key; repeated run {again[0].seconds:.1f} s"
    )


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("processes", [2, 4])
def test_processes_at_once_charge_each_cycle_once(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str, processes: int
) -> None:
    _run_together(request, tmp_path, backend, processes, services=500)
