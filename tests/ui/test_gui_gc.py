"""Garbage made by a worker thread is collected on the GUI thread (desktop/ui/gui_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.gui_gc import collect_on_gui_thread


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_cycles_made_in_a_worker_are_freed_on_the_gui_thread(qapp: QApplication, qtbot: QtBot) -> None:
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    freed_in: list[str] = []

    def work() -> None:
        node = Node()
        weakref.finalize(node, lambda: freed_in.append(threading.current_thread().name))
        del node
        # Far past the first threshold: with automatic collection on, this thread would collect.
        for _ in range(gc.get_threshold()[0] * 3):
            Node()

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert freed_in == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)
    assert freed_in == [threading.main_thread().name]
