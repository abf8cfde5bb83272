"""What differs between systems, asked in one place (R42): the answers on this machine agree with
what the system itself says."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import threading
from pathlib import Path

import psutil

from desktop import this_computer

HOLDER = """
import sys
from pathlib import Path
from desktop import this_computer
with this_computer.exclusive_file_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_the_login_is_the_real_user_ids() -> None:
    assert this_computer.login_name() == pwd.getpwuid(os.getuid()).pw_name


def test_a_process_that_ended_no_longer_exists_and_this_one_does() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its id names no process now
    assert this_computer.process_exists(os.getpid())
    assert not this_computer.process_exists(child.pid)


def test_the_file_lock_keeps_another_process_waiting_until_it_is_released(tmp_path: Path) -> None:
    lock = tmp_path / "x.migrate-lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    taken = threading.Event()

    def take() -> None:
        with this_computer.exclusive_file_lock(lock):
            taken.set()

    waiter = threading.Thread(target=take)
    waiter.start()
    assert not taken.wait(0.5)  # the other process holds it
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.wait(10) == 0
    assert taken.wait(10)
    waiter.join()


def test_the_file_system_type_agrees_with_the_systems_list(tmp_path: Path) -> None:
    found = this_computer.filesystem_type(tmp_path.resolve())
    target = str(tmp_path.resolve())
    mounts = [
        p for p in psutil.disk_partitions(all=True) if target.startswith(p.mountpoint.rstrip("/") + "/")
    ]
    expected = max(mounts, key=lambda p: len(p.mountpoint)).fstype if mounts else None
    assert found == expected
