"""One export of the rows a tab shows, to CSV or XLSX, on the worker thread with a modal progress dialog
and its Cancel button. The use case writes the whole file or none: a cancelled export leaves no file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.tasks import TaskRunner

# work(progress, cancel) -> rows written; runs on the worker thread.
ExportWork = Callable[[Callable[[int, int], None], threading.Event], int]


class ExportJob(QObject):
    finished = Signal(int, str)  # rows written, the file
    failed = Signal(object)  # the exception (ExportCancelled when cancelled)

    def __init__(self, tasks: TaskRunner, work: ExportWork, rows: int, path: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks, self._work, self.path = tasks, work, path
        self.running = False
        self._cancel: threading.Event | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setLabelText(
            self.tr("Writing %n row(s) to {file}…", "", rows).format(file=Path(path).name)
        )
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, max(1, rows))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        self._cancel = self._tasks.run(self._work, self._done, self._failed, self._progress, owner=self)

    def cancel(self) -> None:
        if self._cancel is not None and self.running:
            self._cancel.set()
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self.running and not self._cancel_asked():
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)

    def _cancel_asked(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _done(self, rows: int) -> None:
        self._end()
        self.finished.emit(rows, self.path)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self.running = False
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
