"""Quitting while a connection test waits for a server that never answers ends the program at once,
not after the test's timeout (seconds): the test changes nothing, so the program does not wait for it
(TaskRunner's abandonable work). Run in a child process, which must be gone within a second of the
person's Quit or close."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import TaskRunner
from tests.conftest import ROOT

GONE_WITHIN_S = 1.0


@pytest.fixture
def silent_server() -> Iterator[socket.socket]:
    """Takes connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(60)
    yield listener
    listener.close()


def _quit_and_time(mode: str, server: socket.socket, home: Path) -> float:
    """Starts the child, waits for its test to reach the server, tells it to quit: how long it lived on."""
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        # A server remembered without a password never asks the keyring: a broken one changes nothing.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.quit_while_testing", mode, str(server.getsockname()[1])],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        connection, _ = server.accept()  # the test is under way, waiting for an answer
        assert child.stdin is not None
        child.stdin.write("quit\n")
        child.stdin.flush()
        quit_at = time.monotonic()
        code = child.wait(timeout=30)
        gone = time.monotonic() - quit_at
        connection.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert code == 0, child.stderr.read() if child.stderr else ""
    return gone


def test_quit_during_the_dialogs_test_ends_the_program_at_once(
    silent_server: socket.socket, tmp_path: Path
) -> None:
    assert _quit_and_time("dialog", silent_server, tmp_path) < GONE_WITHIN_S


def test_closing_sign_in_while_the_start_opens_a_silent_server_ends_at_once(
    silent_server: socket.socket, tmp_path: Path
) -> None:
    config = tmp_path / "config" / "RenewDesk"
    config.mkdir(parents=True)
    url = f"postgresql+psycopg://sales@127.0.0.1:{silent_server.getsockname()[1]}/renewdesk"
    (config / "workstation.json").write_text(json.dumps({"url": url, "name": "ws", "password_kept": False}))
    assert _quit_and_time("sign-in", silent_server, tmp_path) < GONE_WITHIN_S


def test_abandonable_work_runs_on_a_daemon_thread_and_answers_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    heard: list[tuple[bool, bool]] = []

    def work() -> bool:
        assert release.wait(10)
        return threading.current_thread().daemon

    runner.run(
        work,
        lambda daemon: heard.append((daemon, threading.current_thread() is threading.main_thread())),
        abandonable=True,
    )
    assert runner.busy and not runner.wait(50)  # wait() counts it: still running
    release.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(True, True)] and not runner.busy
