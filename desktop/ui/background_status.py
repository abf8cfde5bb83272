"""The due checks of this window, shown in its status bar: the last run (when, what it did), the next
run, and a failure in red with its message. The scheduler reports on its own thread; a queued
signal brings each report to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.app.background import BackgroundChecks, CheckReport
from desktop.app.operations import RunView
from desktop.app.workspace import Workspace
from desktop.ui import formatting, messages


class _Bridge(QObject):
    reported = Signal(object)


class BackgroundStatus(QLabel):
    """A status-bar label; `checks` is None until `start()`."""

    report_shown = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backgroundStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._workspace = workspace
        self._bridge = _Bridge(self)
        self._bridge.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.checks: BackgroundChecks | None = None
        self.last: CheckReport | None = None
        self.setText(self.tr("Background checks: not started"))

    def start(self) -> None:
        self.checks = self._workspace.background_checks(self._bridge.reported.emit)
        self.checks.start()
        self.setText(self.tr("Background checks: running…"))

    def show_earlier_run(self, run: RunView | None) -> None:
        """Another workstation's (or an earlier start's) last run, until this window's own ends."""
        if run is None or self.last is not None:
            return
        self.setText(
            self.tr("Last checks {when}: {what}").format(
                when=formatting.moment(run.finished_at), what=messages.run_summary(run.counts)
            )
        )

    def _show(self, report: CheckReport) -> None:
        self.last = report
        if self.checks is not None:
            self.checks.follow_settings()
            upcoming = self.checks.next_run_at() or report.next_run_at
        else:
            upcoming = report.next_run_at
        when, next_at = formatting.moment(report.finished_at), formatting.clock_time(upcoming)
        if report.error is not None:
            text = self.tr("Checks failed {when}: {error} · next {next}").format(
                when=when, error=report.error, next=next_at
            )
        elif report.failed:
            problems = list(report.problems)
            if report.mail_failed:
                problems.insert(0, self.tr("%n e-mail(s) not sent", "", report.mail_failed))
            text = self.tr("Checks {when}: {what}; problems: {problems} · next {next}").format(
                when=when,
                what=messages.run_summary(report.counts),
                problems="; ".join(problems),
                next=next_at,
            )
        else:
            text = self.tr(
                "Checks {when}: {what}, %n e-mail(s) sent · next {next}", "", report.mail_sent
            ).format(when=when, what=messages.run_summary(report.counts), next=next_at)
        self.setText(text)
        self.setToolTip(text)
        self.setStyleSheet("color: #c62828; font-weight: 600;" if report.failed else "")
        self.setProperty("failed", report.failed)
        self.report_shown.emit(report)
