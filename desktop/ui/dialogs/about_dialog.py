"""Help → About (R44): the program, its version, the database (never its password), this workstation's
name, and the checks of `doctor` run off the GUI thread each time it is shown ("Checking…", then a line
per check with its mark). Copy puts a plain-text report on the clipboard for support, in English
whatever the window's language: the words support reads and searches, the same as `doctor`'s."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.about import About
from desktop.app.doctor import Check, all_passed
from desktop.app.doctor_report import plain_report
from desktop.core.codes import CheckOutcome
from desktop.ui import formatting
from desktop.ui.colours import muted_color, risk_color, success_color
from desktop.ui.dialogs import check_texts
from desktop.ui.icons import app_icon
from desktop.ui.tasks import TaskRunner

Checks = Callable[[], tuple[Check, ...]]

_MARKS = {CheckOutcome.PASSED: "✓", CheckOutcome.FAILED: "✗", CheckOutcome.NOT_RUN: "–"}


def _value(text: str, parent: QWidget) -> QLabel:
    label = QLabel(formatting.ltr(text), parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _mark_colour(outcome: CheckOutcome) -> str:
    colours = {
        CheckOutcome.PASSED: success_color(),
        CheckOutcome.FAILED: risk_color(),
        CheckOutcome.NOT_RUN: muted_color(),
    }
    return colours[outcome].name()


class AboutDialog(QDialog):
    def __init__(self, about: About, checks: Checks, parent: QWidget | None = None) -> None:
        """`checks` is run on a worker of the dialog's own (a slow mail server never holds up the
        window's other work)."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About RenewDesk"))
        self._about, self._run_checks = about, checks
        self.checks: tuple[Check, ...] | None = None
        self.tasks = TaskRunner(self)
        self._checking = False
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
        self.checks_box = QGroupBox(self.tr("Checks of this workstation"), self)
        self.state = QLabel(self.checks_box)
        self.state.setObjectName("checksState")
        self.state.setWordWrap(True)
        self.rows = QWidget(self.checks_box)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(10)
        box = QVBoxLayout(self.checks_box)
        box.addWidget(self.state)
        box.addWidget(self.rows)
        box.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.again = QPushButton(self.tr("Check again"), self)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setToolTip(self.tr("Copies these facts and checks as plain text, for support"))
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.again.clicked.connect(self.check)
        self.copy.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.checks_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown again: the checks of a closed dialog were dropped when it closed (tasks.py), so the
        # facts may have changed since; they are run anew.
        self._checking = False
        self.check()

    # -- the checks --------------------------------------------------------------------------------

    def check(self) -> None:
        """Runs the checks again, unless they are running now."""
        if self._checking:
            return
        self._checking = True
        self.again.setEnabled(False)
        self.copy.setEnabled(False)
        self.state.setText(self.tr("Checking…"))
        self.state.setStyleSheet("")
        self.tasks.run(self._run_checks, self._show_checks, self._checks_failed, owner=self)

    def _show_checks(self, checks: tuple[Check, ...]) -> None:
        self._checking = False
        self.checks = checks
        self._clear_rows()
        for row, found in enumerate(checks):
            mark = QLabel(_MARKS[found.outcome], self.rows)
            mark.setStyleSheet(f"color: {_mark_colour(found.outcome)}; font-weight: bold;")
            mark.setToolTip(check_texts.outcome(found.outcome))
            mark.setAccessibleName(check_texts.outcome(found.outcome))
            name = QLabel(check_texts.kind(found.kind), self.rows)
            words = QLabel(check_texts.finding(found), self.rows)
            words.setWordWrap(True)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            words.setObjectName(f"check_{found.kind.value}")
            if "detail" in found.params:  # the server's or the system's own words, for whoever helps
                words.setToolTip(formatting.ltr(found.params["detail"]))
            self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            # Without an alignment the words fill their cell, so a wrapped sentence gets its lines.
            self.grid.addWidget(words, row, 2)
            for label in (mark, name, words):
                label.show()  # now, not queued: the size below counts them
        self.state.setText(check_texts.summary(checks))
        colour = success_color() if all_passed(checks) else risk_color()
        self.state.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        self.again.setEnabled(True)
        self.copy.setEnabled(True)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.adjustSize()
            # adjustSize reckons the wrapped lines at a narrower width than it then gives them.
            self.resize(self.width(), max(layout.totalHeightForWidth(self.width()), self.minimumHeight()))

    def _checks_failed(self, error: BaseException) -> None:
        self._checking = False
        text = self.tr("The checks could not be run ({detail})")
        self.state.setText(text.format(detail=formatting.ltr(str(error))))
        self.state.setStyleSheet(f"color: {risk_color().name()};")
        self.again.setEnabled(True)

    def _clear_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def copy_report(self) -> None:
        if self.checks is None:
            return
        QGuiApplication.clipboard().setText(plain_report(self._about, self.checks))
        self.state.setText(
            check_texts.summary(self.checks) + " — " + self.tr("the report is on the clipboard")
        )
