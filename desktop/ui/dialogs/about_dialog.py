"""Help → About (R44): the program, its version, the database (never its password) and this
workstation's name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.app.about import About
from desktop.ui import formatting
from desktop.ui.icons import app_icon


def _value(text: str, parent: QWidget) -> QLabel:
    label = QLabel(formatting.ltr(text), parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About RenewDesk"))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<b style='font-size: 16pt'>{about.program}</b>", self)
        summary = QLabel(self.tr("Renewals and automatic card payments for a web-hosting company."), self)
        summary.setWordWrap(True)
        self.version = _value(about.version, self)
        self.database = _value(about.database, self)
        self.workstation = _value(about.workstation, self)
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Workstation"), self.workstation)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
