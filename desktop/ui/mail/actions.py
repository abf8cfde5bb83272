"""The two things staff may do with one e-mail (R32), offered wherever the message is shown: an admin
retries a failing or given-up message now; sales send a sent message again (a new message, audited).
A disabled button's tooltip says why."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from desktop.app import outbox
from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.outbox import OutboxEntry
from desktop.ui import formatting
from desktop.ui.colours import error_style
from desktop.ui.mail import texts
from desktop.ui.messages import error as error_text
from desktop.ui.tasks import TaskRunner


class MailActions(QObject):
    """Owns the "Retry now" and "Send again" buttons and a line saying what happened; the view places
    them and calls `choose(entry)` when its chosen row changes."""

    done = Signal(object)  # the OutboxEntry the action left (retried, or the new copy)

    def __init__(self, workspace: Desk, tasks: TaskRunner, owner: QWidget) -> None:
        super().__init__(owner)
        self._workspace, self._tasks, self._owner = workspace, tasks, owner
        # A retry waits for the mail server (8 s a step at most): on a worker of its own, so the window's
        # loads never queue behind it.
        self._sending = TaskRunner(self)
        self.retry = QPushButton(self.tr("Retry now"), owner)
        self.resend = QPushButton(self.tr("Send again…"), owner)
        self.note = QLabel(owner)
        self.note.setWordWrap(True)
        self.entry: OutboxEntry | None = None
        self.retry.clicked.connect(self._retry)
        self.resend.clicked.connect(self._resend)
        self.choose(None)

    def choose(self, entry: OutboxEntry | None) -> None:
        self.entry = entry
        may_retry = self._workspace.may(Permission.MANAGE_OUTBOX)
        may_resend = self._workspace.may(Permission.RESEND_EMAIL)
        for button, allowed, possible, retry in (
            (self.retry, may_retry, entry is not None and entry.retryable, True),
            (self.resend, may_resend, entry is not None and entry.resendable, False),
        ):
            button.setEnabled(allowed and possible)
            if entry is None:
                button.setToolTip(self.tr("Choose an e-mail first."))
            elif allowed and possible:
                button.setToolTip("")
            else:
                button.setToolTip(texts.action_refused(entry, retry=retry, allowed=allowed))

    def _retry(self) -> None:
        entry = self.entry
        if entry is None:
            return
        workspace = self._workspace
        self._busy()
        self._sending.run(
            lambda: workspace.call(outbox.retry_and_send, entry.id),
            self._retried,
            self._failed,
            owner=self._owner,
        )

    def _retried(self, outcome: outbox.RetryOutcome) -> None:
        if outcome.tried:
            self._finished(outcome.entry, texts.delivery(outcome.entry))
        else:
            busy = self.tr("The background checks are sending this e-mail right now; its state follows.")
            self._finished(outcome.entry, busy)

    def _resend(self) -> None:
        entry = self.entry
        if entry is None:
            return
        answer = QMessageBox.question(
            self._owner,
            self.tr("Send again"),
            self.tr("Send the {kind} to {address} again, as a new e-mail?").format(
                kind=texts.kind(entry.kind), address=formatting.email(entry.resend_to or entry.to)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self._workspace
        self._busy()
        self._tasks.run(
            lambda: workspace.call(outbox.resend, entry.id),
            lambda copy: self._finished(
                copy, self.tr("A new e-mail is queued: it goes out at the next run of the checks.")
            ),
            self._failed,
            owner=self._owner,
        )

    def _busy(self) -> None:
        self.retry.setEnabled(False)
        self.resend.setEnabled(False)
        self.note.setStyleSheet("")
        self.note.setText(self.tr("Working…"))  # a retry waits for the mail server's answer

    def _finished(self, entry: OutboxEntry, said: str) -> None:
        self.note.setText(said)
        self.choose(entry)
        self.done.emit(entry)

    def _failed(self, error: BaseException) -> None:
        self.note.setStyleSheet(error_style())
        self.note.setText(error_text(error))
        self.choose(self.entry)
