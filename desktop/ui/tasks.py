"""Database and gateway work off the GUI thread, one task at a time on one worker, results back by
signal on the GUI thread. The work itself is a plain callable with no Qt in it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[..., Any], signals: _Signals, with_progress: bool, cancel: threading.Event
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._signals, self._with_progress, self._cancel = work, signals, with_progress, cancel

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._work(
                    lambda done, total: self._signals.progress.emit(done, total), self._cancel
                )
            else:
                result = self._work()
        except BaseException as exc:  # everything reaches the window, nothing dies silently in a thread
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class TaskRunner(QObject):
    """`run(work, on_done, on_failed)`: `work()` runs on the worker thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: set[_Signals] = set()
        self._cancel = threading.Event()

    def run(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> threading.Event:
        """Returns the cancel event the work receives when it takes progress (work(progress, cancel))."""
        signals = _Signals()
        cancel = threading.Event()
        self._signals.add(signals)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._signals.discard(signals)
            self.busy_changed.emit(bool(self._signals))
            handler(value)

        signals.done.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda error: finish(on_failed, error))
        if on_progress is not None:
            signals.progress.connect(on_progress)
        self.busy_changed.emit(True)
        self._pool.start(_Job(work, signals, on_progress is not None, cancel))
        return cancel

    def wait(self, milliseconds: int = -1) -> bool:
        return bool(self._pool.waitForDone(milliseconds))

    @property
    def busy(self) -> bool:
        return bool(self._signals)
