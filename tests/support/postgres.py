"""A real PostgreSQL server for the tests, started from Debian's binaries in a temporary folder and
stopped at the end. PostgreSQL refuses to run as root, so as root it runs as the postgres user.

The folder is in memory (/dev/shm) when there is room: every test database is a 7.5 MB copy of a
template, and on a busy disk making one took a third of a second instead of a twentieth. Durability
is not wanted here (fsync is off anyway), so nothing is lost by it."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

USER = "renewdesk"
MEMORY_FOLDER = Path("/dev/shm")
# Test databases are dropped after their test; what stays (templates, the few databases of tests
# that make their own, the WAL kept below max_wal_size) is a few hundred megabytes.
MEMORY_NEEDED = 2 * 1024**3


@dataclass
class PgServer:
    port: int
    folder: Path
    bindir: Path
    prefix: list[str]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Gives back the room of a database no test uses any more (connections left open by a
        test are ended)."""
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def admin(self) -> psycopg.Connection[tuple[Any, ...]]:
        return psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres", autocommit=True
        )

    def stop(self) -> None:
        subprocess.run(
            [
                *self.prefix,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _parent_folder() -> str | None:
    """/dev/shm when it has room (a small one, as in a default container, is passed over), else the
    temporary folder."""
    try:
        free = shutil.disk_usage(MEMORY_FOLDER).free
    except OSError:
        return None
    return str(MEMORY_FOLDER) if free >= MEMORY_NEEDED and os.access(MEMORY_FOLDER, os.W_OK) else None


def start() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL is not installed: run the test command of README.md, which installs it"
        )
    folder = Path(tempfile.mkdtemp(prefix="renewdesk-pg-", dir=_parent_folder()))
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            USER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        "-c max_wal_size=128MB -c min_wal_size=32MB"
    )
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    return PgServer(port=port, folder=folder, bindir=bindir, prefix=prefix)
