"""Database and gateway work off the GUI thread, one task at a time on one worker, results back by
signal on the GUI thread. The work itself is a plain callable with no Qt in it.

`run(work, on_done, on_failed=None, owner=widget)`: a result for an owner that has gone (a dialog
finished, a widget destroyed) is dropped, so no handler ever touches a closed window; without
`on_failed`, a failure is shown to the person in the owner's window, translated."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

T = TypeVar("T")
_CHILDREN_ONLY = Qt.FindChildOption.FindDirectChildrenOnly


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
                result = self._work(lambda done, total: self._emit("progress", done, total), self._cancel)
            else:
                result = self._work()
        except BaseException as exc:  # everything reaches the window, nothing dies silently in a thread
            self._emit("failed", exc)
        else:
            self._emit("done", result)

    def _emit(self, name: str, *values: object) -> None:
        """Tells the runner, unless its signals have gone meanwhile (the process ending while the
        work still ran): nobody is left to hear, and emitting would only print Qt's complaint."""
        if not isValid(self._signals):
            return
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
            getattr(self._signals, name).emit(*values)


class _OwnerWatch(QObject):
    """Knows whether the owner is still there to hear a result: a dialog until it is finished (its
    `done()` was called; shown again, it listens again), any widget until it is destroyed."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.gone = False
        owner.destroyed.connect(self._gone)
        if isinstance(owner, QDialog):
            owner.finished.connect(self._gone)
            owner.installEventFilter(self)

    def _gone(self, *_: object) -> None:
        self.gone = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.gone = False
        return False


def _watch_of(owner: QObject) -> _OwnerWatch:
    found = owner.findChild(_OwnerWatch, options=_CHILDREN_ONLY)
    return found if isinstance(found, _OwnerWatch) else _OwnerWatch(owner)


def show_failure(owner: QWidget | None, error: BaseException) -> None:
    """The default for work that failed: the translated reason, in the owner's window."""
    from desktop.ui import messages  # here: the sign-in dialog runs tasks before the use cases load

    QMessageBox.warning(
        owner.window() if owner is not None else None,
        QCoreApplication.translate("TaskRunner", "RenewDesk"),
        messages.error(error),
    )


class TaskRunner(QObject):
    """One worker thread: `work()` runs there, its result comes back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: set[_Signals] = set()
        self._abandonable: set[threading.Thread] = set()

    def run(
        self,
        work: Callable[..., T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        owner: QObject | None = None,
        abandonable: bool = False,
    ) -> threading.Event:
        """`work()` runs on the worker thread; with `on_progress` it is called `work(progress, cancel)`
        and the cancel event it receives is returned. With an `owner`, results arriving after the
        owner has gone are dropped (the work itself finishes whole). `abandonable`: work the program
        may end without (a test of a connection waiting for a server that does not answer): it runs
        on a daemon thread of its own, so quitting never waits for its timeout."""
        signals = _Signals()
        cancel = threading.Event()
        self._signals.add(signals)
        watch = _watch_of(owner) if owner is not None else None
        failed = on_failed or (
            lambda error: show_failure(owner if isinstance(owner, QWidget) else None, error)
        )

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            if not isValid(self):  # the window that owned this runner was deleted meanwhile
                return
            self._signals.discard(signals)
            self.busy_changed.emit(bool(self._signals))
            if watch is not None and watch.gone:
                return
            handler(value)

        signals.done.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda error: finish(failed, error))
        if on_progress is not None:

            def progress(done: int, total: int) -> None:
                if watch is None or not watch.gone:
                    on_progress(done, total)

            signals.progress.connect(progress)
        self.busy_changed.emit(True)
        job = _Job(work, signals, on_progress is not None, cancel)
        if abandonable:
            thread = threading.Thread(target=job.run, name="renewdesk-abandonable", daemon=True)
            self._abandonable = {kept for kept in self._abandonable if kept.is_alive()} | {thread}
            thread.start()
        else:
            self._pool.start(job)
        return cancel

    def wait(self, milliseconds: int = -1, *, abandonable: bool = False) -> bool:
        """Waits for the work under way (a closing window lets it finish whole). Abandonable work is
        waited for only when asked: the program ends without it."""
        if not abandonable:
            return bool(self._pool.waitForDone(milliseconds))
        deadline = None if milliseconds < 0 else time.monotonic() + milliseconds / 1000
        for thread in list(self._abandonable):
            thread.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        left = -1 if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
        done = not any(thread.is_alive() for thread in self._abandonable)
        return bool(self._pool.waitForDone(left)) and done

    @property
    def busy(self) -> bool:
        return bool(self._signals)
