"""Due-run speed (issue 4), figures printed, never a timed test.

1. A SQLite database of 1,000,000 services (100,000 customers x 10) of which 10,000 fall due on one
   day D (the rest expire months later), the sandbox answering at once: one `due-run` for D (card
   check, notice and charge of the 10,000), then a run on D+1 where nothing is due.
2. The sandbox answering after 100 ms (`sandbox.latency_ms`): 1,000 cycles checked on one day and
   charged on their charge date, gateway calls going out concurrently (`gateway.concurrency`).

    .venv/bin/python bench/due_run.py [--services 1000000] [--due 10000] [--slow-cycles 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import NoSecrets, build_domains  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.config import set_setting  # noqa: E402
from desktop.app.identity import os_login  # noqa: E402
from desktop.app.staff import create_first_admin_for_login  # noqa: E402
from desktop.bootstrap import build_context  # noqa: E402

D = date(2027, 3, 1)
SERVICES_PER_CUSTOMER = 10


def build(url: str, services: int, due: int) -> None:
    # The first `due` services expire on D; the others months later, out of every window.
    build_domains(
        url,
        services,
        lambda i: D if i <= due else D + timedelta(days=60 + i % 300),
        per_customer=SERVICES_PER_CUSTOMER,
    )
    # `due-run --today` needs the login running it linked to an admin (R35).
    ctx = build_context(url, secrets=NoSecrets())
    create_first_admin_for_login(ctx, os_login(), "bench", "a long bench password 1")
    ctx.close()


def due_run(db: Path, day: date, label: str) -> None:
    """One whole command, as a user runs it: its modules' bytecode kept (as pip compiles an installed
    program's) in a folder of the database's own, so that only the first run compiles them; with
    PYTHONDONTWRITEBYTECODE set every run would compile the whole program again (a second and more)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONPYCACHEPREFIX=str(db.parent / "bytecode"),
    )
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--today", day.isoformat(), "due-run"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - started
    summary = [line for line in done.stdout.splitlines() if " events for " in line]
    print(f"{label:<46} {elapsed:7.2f} s   {summary[-1] if summary else done.stderr[-300:]}")


def in_process_empty_run(db: Path, day: date) -> None:
    from desktop.jobs.due_engine import run_due

    ctx = build_context(f"sqlite:///{db}", secrets=NoSecrets())
    started = time.perf_counter()
    result = run_due(ctx, day)
    print(
        f"{'  (the engine alone, in process)':<46} {time.perf_counter() - started:7.3f} s   "
        f"{len(result.events)} events"
    )
    ctx.close()


def config(db: Path, key: str, value: str) -> None:
    """Through the use case, as an admin would: the benchmark's login is nobody's (R35)."""
    ctx = build_context(f"sqlite:///{db}", secrets=NoSecrets())
    try:
        set_setting(ctx, Actor("bench", Role.ADMIN), key, value)
    finally:
        ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--slow-cycles", type=int, default=1_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.sqlite3"
        started = time.perf_counter()
        build(f"sqlite:///{big}", options.services, options.due)
        elapsed = time.perf_counter() - started
        size = big.stat().st_size / 1e6
        print(f"built {options.services} services, {options.due} due on {D}: {elapsed:.0f} s ({size:.0f} MB)")
        due_run(big, D, f"due-run on D ({options.due} checks + charges)")
        due_run(big, D + timedelta(days=1), "due-run on D+1 (nothing due)")
        in_process_empty_run(big, D + timedelta(days=2))

        slow = Path(folder) / "slow.sqlite3"
        build(f"sqlite:///{slow}", options.slow_cycles * 2, options.slow_cycles)
        config(slow, "sandbox.latency_ms", "100")
        print(f"sandbox answering after 100 ms, gateway.concurrency 8, {options.slow_cycles} cycles:")
        due_run(slow, D - timedelta(days=15), f"  check day (D-15): {options.slow_cycles} verifications")
        due_run(slow, D, f"  charge day (D): {options.slow_cycles} charges")


if __name__ == "__main__":
    main()
