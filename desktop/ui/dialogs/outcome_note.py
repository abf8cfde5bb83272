"""What the last action did, said in a sentence that stays in the status bar until the next action says
something else: a reload's own status message ("4 services") never covers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.ui import colours


class OutcomeNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeNote")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, text: str, *, problem: bool = False) -> None:
        colour = colours.risk_color() if problem else colours.success_color()
        self.setStyleSheet(f"color: {colour.name()}; font-weight: 600; padding: 0 6px;")
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))


def note_of(window: QMainWindow) -> OutcomeNote:
    """The window's note, put first among the status bar's lasting widgets the first time it speaks."""
    found = window.findChild(OutcomeNote, "outcomeNote")
    if isinstance(found, OutcomeNote):
        return found
    note = OutcomeNote(window)
    window.statusBar().insertPermanentWidget(0, note)
    return note
