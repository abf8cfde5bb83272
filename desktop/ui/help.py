"""F1: a short guide to the window that has the focus, in the interface's language (HTML pages in
resources/help/{en,he,es}/, right to left in Hebrew), shown in a QTextBrowser.

Every top-level window gets its own F1 shortcut when it first takes the focus: a modal dialog (the
settings, the staff list) blocks the shortcuts of the windows behind it, so one shortcut on the main
window would not answer there."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import resources
from desktop.ui.application import current_language

HELP = resources.help_dir()
TOPICS = (
    "sales",
    "finance",
    "operations",
    "settings",
    "staff",
    "audit",
    "customers",
    "followup",
    "connection",
)
# The window classes each guide is about; a dialog opened from one of them (a form of the staff list,
# the service page of the sales window) is found through its parents.
_TOPIC_OF_CLASS = {
    "MainWindow": "sales",
    "FinanceWindow": "finance",
    "OperationsDialog": "operations",
    "EmailsDialog": "operations",  # Tools → E-mails… is the Background checks window's E-mails tab
    "SettingsDialog": "settings",
    "StaffDialog": "staff",
    "AuditDialog": "audit",
    "CustomerDialog": "customers",
    "ContactDialog": "customers",
    "RemoveContactDialog": "customers",
    "ContactsTab": "customers",
    "CardsTab": "customers",
    "AddCardDialog": "customers",
    "ReplaceCardDialog": "customers",
    "RemoveCardDialog": "customers",
    "FollowUpWindow": "followup",
    "ConnectionDialog": "connection",
}
_HANDLED = "renewdeskHelpKey"  # a window with its own F1 (the main window's Help action)


def topic_of(widget: QWidget | None) -> str:
    while widget is not None:
        for kind in type(widget).__mro__:
            topic = _TOPIC_OF_CLASS.get(kind.__name__)
            if topic is not None:
                return topic
        widget = widget.parentWidget()
    return "sales"


class HelpWindow(QDialog):
    """Non-modal; a child of the window it explains, so that a modal dialog does not block it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.sourceChanged.connect(lambda _: self.setWindowTitle(self.browser.documentTitle()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.topic = ""

    def show_topic(self, topic: str) -> None:
        language = current_language()
        folder = HELP / language
        self.topic = topic if topic in TOPICS else "sales"
        self.browser.setSearchPaths([str(folder)])
        self.browser.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "he" else Qt.LayoutDirection.LeftToRight
        )
        self.browser.setSource(QUrl.fromLocalFile(str(folder / f"{self.topic}.html")))
        self.show()
        self.raise_()
        self.activateWindow()


def show_help(window: QWidget | None) -> HelpWindow:
    """The guide to `window` (the active window when None), in a help window of its own."""
    target = window or QApplication.activeWindow()
    if isinstance(target, HelpWindow):
        return target
    found = target.findChild(HelpWindow) if target is not None else None
    help_window = found if isinstance(found, HelpWindow) else HelpWindow(target)
    help_window.show_topic(topic_of(target))
    return help_window


def mark_help_handled(window: QWidget) -> None:
    """For a window whose own action already has F1 (two F1 shortcuts in one window answer neither)."""
    window.setProperty(_HANDLED, True)


def _give_f1(window: QWidget) -> None:
    if window.property(_HANDLED) or isinstance(window, HelpWindow):
        return
    mark_help_handled(window)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: show_help(window))


class _HelpKeys(QObject):
    def focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None:
            _give_f1(now.window())


def install_help(app: QApplication) -> None:
    """Once per application: every window that takes the focus answers F1."""
    if app.findChild(_HelpKeys) is not None:
        return
    keys = _HelpKeys(app)
    app.focusChanged.connect(keys.focus_moved)
