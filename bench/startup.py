"""Startup figures of issue 13, printed beside their floors and targets, never a timed test:

- `--help`, the whole process (target 0.15 s; floor: the bare interpreter starting and stopping);
- `--help` of the PyInstaller bundle, when `bash .ci/bundle` has built it (target 0.15 s; floor: the
  checkout's `--help`);
- `due-run` on a day with nothing due, 1,000,000 services, the whole command (target 0.5 s; floor: an
  interpreter reading the database's schema version with the sqlite3 module);
- `doctor`, the whole command, when the program has it;
- the window's first paint and memory (bench/startup_window.py) and the big account
  (bench/startup_account.py), when they are there.

Each command runs as a user runs it: a new process, its modules' bytecode compiled once beforehand (as
pip does when it installs the program; PYTHONDONTWRITEBYTECODE is dropped and the bytecode goes into a
folder of the run's own), the median of several runs.

    .venv/bin/python bench/startup.py [--quick]   (--quick: 100,000 services, fewer runs)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.startup_figures import Figure  # noqa: E402

HELP_TARGET_S = 0.15
DUE_RUN_TARGET_S = 0.5
BIG = 1_000_000
QUICK = 100_000
# The services expire from D + 60 days on (bench/due_run.py): a run on this day has nothing due.
QUIET_DAY = date(2027, 3, 1) - timedelta(days=100)


def _environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=str(folder / "bytecode"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    return env


def _seconds(command: Sequence[str], env: dict[str, str], runs: int) -> float:
    """The median wall time of `runs` runs of a command, after one run that compiles and warms."""
    times = []
    for index in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-500:]}")
        if index:
            times.append(elapsed)
    return statistics.median(times)


def _main(*arguments: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *arguments]


def help_figure(env: dict[str, str], runs: int) -> Figure:
    bare = _seconds([sys.executable, "-c", "pass"], env, runs)
    return Figure(
        "`--help`, whole process", _seconds(_main("--help"), env, runs), "s", floor=bare, target=HELP_TARGET_S
    )


# The one-folder bundle that `bash .ci/bundle` builds (R42), when it is there.
BUNDLE_PROGRAM = ROOT / "dist" / "renewdesk" / "renewdesk-cli"


def bundle_help_figure(env: dict[str, str], runs: int) -> Figure | None:
    """`--help` of the bundle: PyInstaller's start (its loader, its run-time hooks) before the
    program's own; the floor is the wheel's `--help` from a checkout, the same program's work."""
    if not BUNDLE_PROGRAM.exists():
        print(f"(no bundle at {BUNDLE_PROGRAM}: `bash .ci/bundle` builds it; its --help is left out)")
        return None
    return Figure(
        "`--help` of the bundle, whole process",
        _seconds([str(BUNDLE_PROGRAM), "--help"], env, runs),
        "s",
        floor=_seconds(_main("--help"), env, runs),
        target=HELP_TARGET_S,
    )


def _build(path: Path, services: int) -> None:
    from bench.due_run import build

    started = time.perf_counter()
    build(f"sqlite:///{path}", services, 0)
    print(f"(built {services:,} services, none due on {QUIET_DAY}: {time.perf_counter() - started:.0f} s)")


def due_run_figure(database: Path, services: int, env: dict[str, str], runs: int) -> Figure:
    floor_program = (
        "import sqlite3, sys; connection = sqlite3.connect(sys.argv[1]); "
        "connection.execute('SELECT version_num FROM alembic_version').fetchall()"
    )
    floor = _seconds([sys.executable, "-c", floor_program, str(database)], env, runs)
    command = _main("--db", str(database), "--today", QUIET_DAY.isoformat(), "due-run")
    return Figure(
        f"`due-run`, nothing due, {services:,} services",
        _seconds(command, env, runs),
        "s",
        floor=floor,
        target=DUE_RUN_TARGET_S,
    )


def doctor_figure(database: Path, env: dict[str, str], runs: int) -> Figure | None:
    if not (ROOT / "desktop" / "cli" / "doctor_arguments.py").exists():
        return None
    return Figure("`doctor`, whole command", _seconds(_main("--db", str(database), "doctor"), env, runs), "s")


# Another bench module's figures, measured in a process of its own: a measure that never finishes is
# said as such instead of holding up the others.
_OTHER = """
import dataclasses, inspect, json, sys
sys.path.insert(0, {root!r})
measure = __import__("bench.{module}", fromlist=["measure"]).measure
quick = {quick!r} and "quick" in inspect.signature(measure).parameters
figures = measure(quick=True) if quick else measure()
print(json.dumps([dataclasses.asdict(figure) for figure in figures]))
"""
OTHER_TIMEOUT_S = 300


def _other(module: str, quick: bool) -> list[Figure]:
    """The figures of another bench module's `measure()`, when it is there."""
    if not (ROOT / "bench" / f"{module}.py").exists():
        print(f"(bench/{module}.py is not there yet: its figures are left out)")
        return []
    program = _OTHER.format(root=str(ROOT), module=module, quick=quick)
    # A session of its own, so that a measure's own children are stopped with it when it overruns.
    child = subprocess.Popen(
        [sys.executable, "-c", program],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        out, errors = child.communicate(timeout=OTHER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        print(f"(bench/{module}.py did not finish in {OTHER_TIMEOUT_S} s: its figures are left out)")
        return []
    if child.returncode != 0 or not out.strip():
        print(f"(bench/{module}.py failed: {errors.strip()[-400:]})")
        return []
    return [Figure(**fields) for fields in json.loads(out.strip().splitlines()[-1])]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help=f"{QUICK:,} services and fewer runs")
    options = parser.parse_args()
    runs = 3 if options.quick else 7
    services = QUICK if options.quick else BIG
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="renewdesk-bench-startup-") as temporary:
        folder = Path(temporary)
        env = _environment(folder)
        figures.append(help_figure(env, runs))
        bundle_help = bundle_help_figure(env, runs)
        if bundle_help is not None:
            figures.append(bundle_help)
        database = folder / "services.sqlite3"
        _build(database, services)
        figures.append(due_run_figure(database, services, env, runs))
        doctor = doctor_figure(database, env, runs)
        if doctor is not None:
            figures.append(doctor)
    figures += _other("startup_window", options.quick)
    figures += _other("startup_account", options.quick)
    print()
    for figure in figures:
        print(figure.line())
    missed = [figure.name for figure in figures if not figure.met]
    print(
        f"\n{len(figures) - len(missed)} of {len(figures)} met"
        + (f"; not met: {', '.join(missed)}" if missed else "")
    )


if __name__ == "__main__":
    main()
