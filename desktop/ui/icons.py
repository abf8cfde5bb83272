"""The icons of the actions (Lucide, ISC, shipped in resources/icons with their licence) and the
application's own icon. An action icon is drawn in the palette's text colour, so it reads on light
and dark palettes; Qt greys it out by itself when the action is disabled."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop import resources

ICONS = resources.icons_dir()
_SIZES = (16, 20, 24, 32, 48)


def _pixmap(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = (ICONS / f"{name}.svg").read_bytes().replace(b"currentColor", colour.encode())
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_pixmap(svg, size))
    return icon


def icon(name: str) -> QIcon:
    """`name` is a file of resources/icons without `.svg` (refresh-cw, log-out, …)."""
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


def app_icon() -> QIcon:
    icon = QIcon()
    svg = (ICONS / "renewdesk.svg").read_bytes()
    for size in (*_SIZES, 64, 128, 256):
        icon.addPixmap(_pixmap(svg, size))
    return icon
