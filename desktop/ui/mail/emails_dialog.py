"""Tools → E-mails…: the E-mails view in a window of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.app.desk import Desk
from desktop.ui.mail.outbox_view import OutboxView
from desktop.ui.tasks import TaskRunner


class EmailsDialog(QDialog):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mails"))
        self.resize(1100, 600)
        self.view = OutboxView(workspace, tasks, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
