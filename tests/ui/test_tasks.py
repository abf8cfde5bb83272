"""The task runner drops results for a window that has gone; the change bus brings a change announced
on a worker thread to every view that watches it, on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui.changes import watch
from desktop.ui.tasks import TaskRunner
from tests.support.actors import TEST_ADMIN


def test_a_result_for_a_finished_dialog_is_dropped_and_for_a_live_one_delivered(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    heard: list[str] = []

    def late() -> str:
        gate.wait(10)
        return "late"

    runner.run(late, heard.append, owner=dialog)
    dialog.reject()  # the person closed the dialog while the work ran
    gate.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: not runner.busy)
    assert heard == []

    dialog.show()  # shown again, it listens again
    runner.run(lambda: "fresh", heard.append, owner=dialog)
    qtbot.waitUntil(lambda: heard == ["fresh"])


def test_a_failure_without_a_handler_goes_to_the_default_handler_and_not_the_done_one(
    qtbot: QtBot, message_boxes: list[tuple[str, str]]
) -> None:
    runner = TaskRunner()
    owner = QWidget()
    qtbot.addWidget(owner)
    done: list[object] = []

    def broken() -> None:
        raise OSError("disk full")

    runner.run(broken, done.append, owner=owner)
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert done == []
    assert "disk full" in message_boxes[-1][1]


def test_a_change_announced_on_a_worker_reaches_watching_views_on_the_gui_thread(
    qtbot: QtBot, sctx: AppContext
) -> None:
    desk = Desk(sctx, TEST_ADMIN)
    finance, staff_view = QWidget(), QWidget()
    qtbot.addWidget(finance)
    qtbot.addWidget(staff_view)
    reloaded: list[tuple[str, bool]] = []
    gui = QThread.currentThread()
    watch(
        finance, desk, {Change.CHARGES}, lambda: reloaded.append(("finance", QThread.currentThread() is gui))
    )
    watch(
        staff_view, desk, {Change.STAFF}, lambda: reloaded.append(("staff", QThread.currentThread() is gui))
    )

    worker = threading.Thread(target=desk.announce, args=(frozenset({Change.CHARGES, Change.MAIL}),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reloaded))
    assert reloaded == [("finance", True)]


def test_a_result_after_the_runners_window_was_deleted_touches_nothing(qtbot: QtBot) -> None:
    window = QWidget()
    runner = TaskRunner(window)
    gate = threading.Event()
    heard: list[str] = []

    def slow() -> str:
        gate.wait(10)
        return "late"

    runner.run(slow, heard.append, owner=window)
    gate.set()  # the result is on its way, queued for the GUI thread...
    window.deleteLater()  # ...when the window and its runner go (its pool waits for the worker)
    qtbot.waitUntil(lambda: not isValid(window))
    for _ in range(20):  # the queued result arrives; pytest-qt fails the test on any exception in it
        QCoreApplication.processEvents()
    assert heard == []


def test_work_ending_after_its_signals_were_deleted_emits_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """As at the end of a process: the runner's signals are deleted while the work still runs; the
    worker must not emit into them (Qt printed "Signal source has been deleted" from the thread)."""
    runner = TaskRunner()
    gate, started = threading.Event(), threading.Event()
    heard: list[str] = []

    def slow() -> str:
        started.set()
        gate.wait(10)
        return "late"

    runner.run(slow, heard.append)
    assert started.wait(10)
    for signals in list(runner._signals):
        shiboken6.delete(signals)
    gate.set()
    assert runner.wait(10_000)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert heard == []
    assert "Signal source has been deleted" not in capfd.readouterr().err
