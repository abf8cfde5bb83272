"""Several `due-run` processes at once on 10,000 due cycles (R17, SPEC 2b), figures printed.

The test suite proves the same at 500 cycles (tests/jobs/test_concurrency.py): each cycle charged,
extended and noticed once, a repeated run finding nothing. This runs those same checks at the size
that shows the time each process takes, on SQLite and on a PostgreSQL server started for it:

    .venv/bin/python bench/due_run_together.py [--services 10000] [--processes 2 4] [--sqlite-only]

A failed check stops it with the check's message (exit status 1)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from tests.jobs.concurrency_helpers import (  # noqa: E402
    Launcher,
    assert_no_events,
    check_events,
    check_settled,
    engine_seconds,
    populate,
    stop_all,
)
from tests.support import postgres  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402


def together(url: str, folder: Path, label: str, processes: int, services: int) -> None:
    population = populate(url, services)
    launcher = Launcher(population.url, folder)
    try:
        children = launcher.run(processes)
        check_events(children, services)
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
        f"{label:<10} {processes} processes, {services} due cycles: "
        f"import {population.import_seconds:.1f} s; "
        f"all runs done after {max(child.seconds for child in children):.1f} s "
        f"(each process {each} s, its engine {engine} s); "
        f"{figures['timeouts_settled']} time-outs settled by key; repeated run {again[0].seconds:.1f} s",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--sqlite-only", action="store_true")
    options = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # the import keeps no secret; the children use none
    server = None if options.sqlite_only else postgres.start()
    try:
        for processes in options.processes:
            with tempfile.TemporaryDirectory(prefix="renewdesk-bench-") as name:
                folder = Path(name)
                together(
                    f"sqlite:///{folder / 'renewdesk.sqlite3'}", folder, "SQLite", processes, options.services
                )
            if server is not None:
                with tempfile.TemporaryDirectory(prefix="renewdesk-bench-") as name:
                    database = server.create_database()
                    together(server.url(database), Path(name), "PostgreSQL", processes, options.services)
                    server.drop_database(database)
    except AssertionError as failed:
        print(f"FAILED: {failed}", file=sys.stderr)
        return 1
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
