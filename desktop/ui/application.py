"""The QApplication: translators installed once at start (Qt's own catalog first, then ours), the
default locale, and the layout direction set app-wide (Hebrew is right to left)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import resources
from desktop.core.locales import LOCALES
from desktop.ui.gui_gc import collect_on_gui_thread
from desktop.ui.icons import app_icon

I18N = resources.translations_dir()
LANGUAGES = ("en", "he", "es")
_installed: list[QTranslator] = []


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("RenewDesk")
    app.setApplicationName("RenewDesk")
    app.setDesktopFileName("renewdesk")
    app.setWindowIcon(app_icon())  # every window, dialog and message box carries it
    collect_on_gui_thread(app)
    return app


def saved_language() -> str:
    value = QSettings().value("language", "en")
    return value if isinstance(value, str) and value in LANGUAGES else "en"


def install_language(app: QApplication, language: str) -> None:
    """Replaces the translators for `language`; windows made afterwards come up in it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_catalogs = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English has a catalog of its own, for its plural forms only.
    for catalog, folder in ((f"qtbase_{language}", qt_catalogs), (f"renewdesk_{language}", str(I18N))):
        if language != "en" or catalog.startswith("renewdesk"):
            translator = QTranslator(app)
            if translator.load(catalog, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[language]))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "he" else Qt.LayoutDirection.LeftToRight
    )
    global _language
    _language = language if language in LANGUAGES else "en"


# Kept here rather than as a property of the application: in PySide6 6.12 reading a property that
# was never set leaks a reference to None on every call, and a table formats thousands of cells.
_language = "en"


def current_language() -> str:
    return _language
