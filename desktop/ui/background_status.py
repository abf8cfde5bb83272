"""The due checks of this window and the e-mail, in its status bar (R32): a short line that fits
(when the checks last ran, what needs looking at, the next run) and the whole story in its tooltip.

E-mail that fails is shown in the risk colour for as long as the outbox holds failing or given-up
messages, whatever the last run managed; e-mail that nobody has set up yet is a setup task with a
link to the settings (for an admin), not a failure. The scheduler reports on its own thread; a queued
signal brings each report to the GUI thread, and the end of a run is announced so that every open
view reloads (R34)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.app import mail_status, operations
from desktop.app.actor import Permission
from desktop.app.background import BackgroundChecks, CheckReport
from desktop.app.changes import DUE_RUN_CHANGES, Change
from desktop.app.desk import Desk
from desktop.app.mail_status import MailSummary
from desktop.app.operations import RunView
from desktop.ui import colours, formatting
from desktop.ui.admin import run_texts
from desktop.ui.changes import watch
from desktop.ui.mail import texts as mail_texts
from desktop.ui.tasks import TaskRunner


class _Bridge(QObject):
    reported = Signal(object)


SEPARATOR = " · "
MORE = "…"


class PartsLine(QLabel):
    """A line of parts ("Last checks 09:00 · 2 e-mails failing · next 09:10") that asks for room for
    all of them and, given less, leaves out whole parts from the middle, marked "…", keeping the first
    (when the checks last ran) and the last (the next run): never a word cut in two. The tooltip of
    the widget that holds it tells the whole story."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._parts: list[str] = []

    def set_parts(self, parts: list[str]) -> None:
        self._parts = list(parts)
        self.updateGeometry()
        self._fit()

    def whole(self) -> str:
        return SEPARATOR.join(self._parts)

    def _needed(self, text: str) -> int:
        margins = self.contentsMargins()
        return (
            self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()
        )

    def _forms(self) -> list[str]:
        """The line, longest first: all its parts, then fewer and fewer of the middle ones."""
        parts = self._parts
        forms = [SEPARATOR.join(parts)]
        if len(parts) > 2:
            first, middle, last = parts[0], parts[1:-1], parts[-1]
            forms += [
                SEPARATOR.join([first, *middle[:kept], MORE, last]) for kept in range(len(middle) - 1, -1, -1)
            ]
        if len(parts) > 1:
            forms.append(SEPARATOR.join([parts[0], MORE]))
        return forms

    def sizeHint(self) -> QSize:
        return QSize(self._needed(self.whole()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed(self._forms()[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # bold when failing: wider
            self.updateGeometry()
            self._fit()

    def _fit(self) -> None:
        forms = self._forms()
        shown = next((form for form in forms if self._needed(form) <= self.width()), forms[-1])
        if super().text() != shown:
            super().setText(shown)


class BackgroundStatus(QWidget):
    """A status-bar widget; `checks` is None until `start()`."""

    report_shown = Signal(object)
    settings_wanted = Signal()  # the admin followed the "set up e-mail" link

    def __init__(self, workspace: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backgroundStatus")
        self._workspace = workspace
        self._tasks = TaskRunner(self)
        self.summary = PartsLine(self)
        self.link = QLabel(self)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # never cut
        self.link.linkActivated.connect(lambda _: self.settings_wanted.emit())
        self.link.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.link)
        self._bridge = _Bridge(self)
        self._bridge.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.checks: BackgroundChecks | None = None
        self.last: CheckReport | None = None
        self.earlier: RunView | None = None
        self.mail: MailSummary | None = None
        self._running = False
        self._link_words = ""
        self.setProperty("failed", False)
        self._render()
        watch(self, workspace, {Change.MAIL, Change.CHARGES}, self.reload)
        self.reload()

    # -- what it shows ---------------------------------------------------------------------------

    def text(self) -> str:
        """The line's words, all its parts (`summary.text()` is what the room shows), and the link's."""
        return f"{self.summary.whole()} {self._link_words}".strip()

    @property
    def failed(self) -> bool:
        report = self.last
        run_failed = report is not None and (
            report.error is not None or report.missed or bool(report.problems)
        )
        return run_failed or (self.mail is not None and self.mail.in_trouble)

    def start(self) -> None:
        self.checks = self._workspace.make(BackgroundChecks, self._bridge.reported.emit)
        self.checks.start()
        self._running = True
        self._render()

    def show_earlier_run(self, run: RunView | None) -> None:
        """Another workstation's (or an earlier start's) last run, until this window's own ends."""
        self.earlier = run
        self._render()

    def person_changed(self) -> None:
        """Another person at the desk (sign-in, a role changed): the link and the story are theirs
        ("Set up…" for an admin, "ask an administrator" for the others)."""
        self._render()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def reload(self) -> None:
        """Where the e-mail and the last run stand now (after a change here or in the background)."""
        workspace = self._workspace

        def work() -> tuple[MailSummary, RunView | None]:
            return workspace.call(mail_status.mail_summary), workspace.call(operations.last_finished_run)

        self._tasks.run(work, self._loaded, lambda _: None, owner=self)

    def _loaded(self, loaded: tuple[MailSummary, RunView | None]) -> None:
        self.mail, self.earlier = loaded
        self._render()

    def _show(self, report: CheckReport) -> None:
        self.last, self.mail = report, report.mail
        if self.checks is not None:
            self.checks.follow_settings()
        self._render()
        self.report_shown.emit(report)
        self._workspace.announce(DUE_RUN_CHANGES)

    # -- the line and its tooltip ----------------------------------------------------------------

    def _next_run(self) -> datetime | None:
        upcoming = self.checks.next_run_at() if self.checks is not None else None
        return upcoming or (self.last.next_run_at if self.last is not None else None)

    def _render(self) -> None:
        report, mail = self.last, self.mail
        finished = (
            report.finished_at if report is not None else self.earlier.finished_at if self.earlier else None
        )
        parts: list[str] = []
        if finished is not None:
            when = self._short_time(finished)
            if report is not None and report.error is not None:
                parts.append(self.tr("Checks failed {when}").format(when=when))
            else:
                parts.append(self.tr("Last checks {when}").format(when=when))
        elif self._running:
            parts.append(self.tr("Checks running…"))
        else:
            parts.append(self.tr("Checks not started"))
        if report is not None and report.problems:
            parts.append(self.tr("%n charge(s) without an answer", "", len(report.problems)))
        needs_setup = mail is not None and mail.needs_setup
        if needs_setup:
            parts.append(self.tr("E-mail is not set up"))
        elif mail is not None:
            if mail.failing:
                parts.append(self.tr("%n e-mail(s) failing", "", mail.failing))
            if mail.given_up:
                parts.append(self.tr("%n e-mail(s) given up", "", mail.given_up))
            if mail.queued and not (mail.failing or mail.given_up):
                parts.append(self.tr("%n e-mail(s) queued", "", mail.queued))
        next_at = self._next_run()
        if next_at is not None:
            parts.append(self.tr("next {time}").format(time=self._short_time(next_at)))
        self.summary.set_parts(parts)
        self._show_link(needs_setup)
        self._colour(self.failed)
        self.setToolTip(self._story(next_at))

    def _short_time(self, value: datetime) -> str:
        """Today's time alone (the bar stays short); another day's with its date. The scheduler times
        its runs by the wall clock, so "today" is the wall clock's here."""
        if value.astimezone().date() == datetime.now().astimezone().date():
            return formatting.clock_time(value)
        return formatting.moment(value)

    def _show_link(self, needs_setup: bool) -> None:
        if not needs_setup:
            self._link_words = ""
            self.link.hide()
            return
        if self._workspace.may(Permission.MANAGE_SETTINGS):
            self._link_words = self.tr("Set up…")
            self.link.setText(f'<a href="settings">{_escaped(self._link_words)}</a>')
            self.link.setToolTip(self.tr("Open the settings"))
        else:
            self._link_words = self.tr("(ask an administrator)")
            self.link.setText(_escaped(self._link_words))
            self.link.setToolTip("")
        self.link.show()

    def _colour(self, failed: bool) -> None:
        """Failing e-mail or a failed run in the risk colour; otherwise the palette's own text colour,
        whatever palette (light or dark) is in force: never a fixed black."""
        palette = QPalette(self.palette())
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colours.risk_color() if failed else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.summary.setPalette(palette)
        font = self.summary.font()
        font.setBold(failed)
        self.summary.setFont(font)
        self.setProperty("failed", failed)

    def _story(self, next_at: datetime | None) -> str:
        report, mail, lines = self.last, self.mail, []
        if report is not None:
            lines.append(self.tr("Last checks: {when}").format(when=formatting.moment(report.finished_at)))
            if report.error is not None:
                lines.append(run_texts.run_error(report.error))
            elif report.missed:
                lines.append(
                    self.tr("The checks were skipped: the computer was asleep or busy at their time.")
                )
            else:
                lines.append(self.tr("What they did: {what}").format(what=run_texts.summary(report.counts)))
            lines.extend(run_texts.gateway_problem(problem) for problem in report.problems)
        elif self.earlier is not None:
            lines.append(
                self.tr("Last checks: {when} ({workstation})").format(
                    when=formatting.moment(self.earlier.finished_at), workstation=self.earlier.workstation
                )
            )
            lines.append(self.tr("What they did: {what}").format(what=run_texts.summary(self.earlier.counts)))
        if mail is not None:
            lines.extend(self._mail_story(mail))
        if next_at is not None:
            lines.append(self.tr("Next checks: {when}").format(when=formatting.moment(next_at)))
        return "\n".join(lines)

    def _mail_story(self, mail: MailSummary) -> list[str]:
        lines = []
        if mail.needs_setup:
            lines.append(self.tr("E-mail is not set up yet; the e-mails wait until it is:"))
            lines.extend(f"• {mail_texts.setup_task(task)}" for task in mail.setup)
            if not self._workspace.may(Permission.MANAGE_SETTINGS):
                lines.append(self.tr("Ask an administrator to set it up."))
        counts = [
            text
            for count, text in (
                (mail.failing, self.tr("%n failing", "", mail.failing)),
                (mail.given_up, self.tr("%n given up", "", mail.given_up)),
                (mail.queued, self.tr("%n queued", "", mail.queued)),
            )
            if count
        ]
        if counts:
            lines.append(self.tr("E-mails: {counts}").format(counts=", ".join(counts)))
        # Until e-mail is set up its failures only repeat the setup task, in system words.
        if mail.failure is not None and (mail.failing or mail.given_up) and not mail.needs_setup:
            lines.append(
                self.tr("Last failure, after %n try(ies): {why}", "", mail.failure_attempts).format(
                    why=mail_texts.failure(mail.failure)
                )
            )
        if mail.failing and mail.next_try_at is not None:
            lines.append(self.tr("Next try: {when}").format(when=formatting.moment(mail.next_try_at)))
        if not counts and not mail.needs_setup:
            lines.append(self.tr("E-mails: all sent"))
        return lines


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
