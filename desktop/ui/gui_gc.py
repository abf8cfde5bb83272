"""Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is
crossed; if that is a worker thread (a use case run by the task runner) and the garbage holds a Qt
object, Qt deletes it outside the GUI thread and the program can crash. Automatic collection is
therefore switched off and done here instead, by a timer on the GUI thread, generation by generation
as the interpreter itself would (the approach of pyqtgraph's and Anki's collectors)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self.timer.start(INTERVAL_MS)

    def stop(self) -> None:
        """Automatic collection again (tests that leave the windows behind)."""
        self.timer.stop()
        gc.enable()

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            generation = 0
            if middle > self.threshold[1]:
                generation = 2 if old > self.threshold[2] else 1
            gc.collect(generation)


def freeze_what_started() -> None:
    """What the program made to start (its modules, the desk, the main window) lives until it ends:
    moved out of every later collection, so the timer's collections scan only what came after. A
    pass over the whole start-up heap took ~85 ms, and any use case running on a worker meanwhile
    (an account of 50,000 domains loading) stood still for it."""
    gc.collect()
    gc.freeze()


def collect_on_gui_thread(app: QApplication) -> GuiThreadCollector:
    """Collection on the GUI thread only, from now on (one collector per application)."""
    existing = app.findChild(GuiThreadCollector)
    collector = existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)
    collector.start()
    return collector
