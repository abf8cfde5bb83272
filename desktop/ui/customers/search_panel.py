"""Customer search as staff type: name, e-mail, domain or phone. The query runs off the GUI thread
after a short pause in typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.app.views import CustomerHit
from desktop.app.workspace import Workspace
from desktop.ui import formatting, messages
from desktop.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 250


class SearchPanel(QWidget):
    customer_chosen = Signal(int)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find a customer: name, e-mail, domain or phone"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self.search_now)
        self.results.itemActivated.connect(self._chosen)
        self.results.currentItemChanged.connect(lambda item, _: self._chosen(item) if item else None)
        self._asked = ""

    def search_now(self) -> None:
        self._timer.stop()
        text = self.query.text()
        self._asked = text
        self._tasks.run(
            lambda: self._workspace.find_customers(text), lambda hits: self._show(text, hits), self._failed
        )

    def _show(self, text: str, hits: list[CustomerHit]) -> None:
        if text != self._asked:
            return  # an older answer than the one now wanted
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.name}\n{formatting.ltr(hit.email)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setToolTip(hit.ref)
            self.results.addItem(item)
        self.status.setText(self.tr("%n customer(s)", "", len(hits)))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(messages.error(error))

    def _chosen(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(customer_id, int):
            self.customer_chosen.emit(customer_id)
