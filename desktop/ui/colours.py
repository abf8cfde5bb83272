"""The one place for the colours that carry meaning: at risk, failed or off in red, safe or on in
green, each in a shade that reads on the current palette, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def risk_color() -> QColor:
    return QColor("#ff8a80") if _dark() else QColor("#b42318")


def success_color() -> QColor:
    return QColor("#7ee2a0") if _dark() else QColor("#1b7f3b")


def risk_background() -> QColor:
    """A row at risk, behind text in the palette's own colour."""
    return QColor("#4a1f1c") if _dark() else QColor("#fdecea")


def muted_color() -> QColor:
    """What no longer counts (a disabled staff member): the palette's own greyed-out text."""
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def error_style() -> str:
    """For a label that states a problem."""
    return f"color: {risk_color().name()};"
