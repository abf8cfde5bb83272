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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.ui.dialogs.connection_dialog import ConnectionDialog
from desktop.ui.tasks import TaskRunner
from tests.conftest import ROOT
from tests.support.actors import TEST_ADMIN
from tests.ui.conftest import WindowFactory

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
    assert runner.busy and runner.wait(50)  # a closing window does not wait for it
    assert not runner.wait(50, abandonable=True)  # still running
    release.set()
    assert runner.wait(10_000, abandonable=True)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(True, True)] and not runner.busy


def test_closing_the_window_after_a_cancelled_connection_test_does_not_wait_for_it(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, silent_server: socket.socket
) -> None:
    """Tools → Connection…: a test of a silent server, cancelled; the window then closes at once
    (it lets its own work finish whole, but not a test that changes nothing)."""
    window = make_window(sctx, TEST_ADMIN)

    def test_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectionDialog) and dialog.test_button.isEnabled():
            dialog.server.click()
            dialog.host.setText("127.0.0.1")
            dialog.port.setValue(silent_server.getsockname()[1])
            dialog.user.setText("sales")
            dialog.test_button.click()
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    watcher = QTimer()
    watcher.timeout.connect(test_then_cancel)
    watcher.start(20)
    try:
        window.open_connection()
    finally:
        watcher.stop()
    connection, _ = silent_server.accept()  # the test is under way, waiting for an answer
    assert window.tasks.busy
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < GONE_WITHIN_S and not window.isVisible()
    connection.close()
