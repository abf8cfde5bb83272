"""Demo of 10,000 customers x 10 services, its export, and the import of that export into an empty
SQLite database: prints each step's time and peak memory. Targets (issue 3, 2-core machine): demo
under 60 s, import under 60 s, export under 20 s, peak memory under 1 GiB.

    .venv/bin/python bench/import_export.py [--customers N] [--services-per-customer M]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(label: str, args: list[str], stdout_path: Path | None = None) -> tuple[float, float]:
    command = [sys.executable, str(ROOT / "main.py"), *args]
    started = time.perf_counter()
    with stdout_path.open("wb") if stdout_path else open(os.devnull, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        sys.exit(f"{label} failed: {process.stderr.read().decode()}")
    peak_mib = usage.ru_maxrss / 1024
    print(f"{label:<8} {elapsed:8.1f} s   peak {peak_mib:7.0f} MiB")
    return elapsed, peak_mib


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--services-per-customer", type=int, default=10)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "source.sqlite3", Path(folder) / "target.sqlite3"
        export = Path(folder) / "export.json"
        print(f"{options.customers} customers x {options.services_per_customer} services")
        run(
            "demo",
            [
                "--db",
                str(source),
                "--today",
                "2026-11-24",
                "demo",
                "--customers",
                str(options.customers),
                "--services-per-customer",
                str(options.services_per_customer),
                "--seed",
                "1",
            ],
        )
        run("export", ["--db", str(source), "export", "--out", str(export)])
        print(f"export file {export.stat().st_size / 1e6:.1f} MB")
        run("import", ["--db", str(target), "--today", "2026-11-24", "import", str(export)])


if __name__ == "__main__":
    main()
