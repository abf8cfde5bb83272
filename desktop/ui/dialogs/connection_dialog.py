"""Where this workstation's data is (R43): this computer only (a SQLite file in the user's data folder,
the default) or the company's server (PostgreSQL). Asked at the first start, before sign-in, and by an
admin from Tools → Connection… (filled with the remembered one).

"Test connection" and "Use this connection" run on the worker (desktop.app's check_connection and
remember_connection: nothing is remembered that does not pass the test, the password goes to the
keyring, never to the file); the verdict is said here in the window's words (connection_texts), with
the test's own line under it for support. The form is connection_form's, the busy state
connection_busy's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.app.connection_verdicts import ConnectionCheck
from desktop.ui.colours import error_style
from desktop.ui.dialogs.connection_busy import BusyState
from desktop.ui.dialogs.connection_form import ConnectionForm
from desktop.ui.dialogs.connection_texts import (
    Purpose,
    damaged_text,
    intro_text,
    own_sentence,
    refused_verdict,
    verdict_text,
)
from desktop.ui.tasks import TaskRunner
from desktop.workstation import Remembered

__all__ = ["ConnectionDialog", "Purpose", "verdict_text"]


class ConnectionDialog(QDialog):
    """Filled with the remembered connection when there is one. After it is accepted, `remembered` is
    what was kept."""

    def __init__(self, tasks: TaskRunner, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self._tasks, self.purpose = tasks, purpose
        self.first_start = purpose is Purpose.FIRST_START
        self.remembered: Remembered | None = None
        self._check: ConnectionCheck | None = None
        self._refusal: BaseException | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = ConnectionForm(self)
        # The form's fields by their own names, as every test and caller knows them.
        self.here, self.server, self.server_box = self.form.here, self.form.server, self.form.server_box
        self.host, self.port, self.database = self.form.host, self.form.port, self.form.database
        self.user, self.password, self.ssl = self.form.user, self.form.password, self.form.ssl
        self.name, self.name_label = self.form.name, self.form.name_label

        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("connectionVerdict")
        self.verdict.setWordWrap(True)
        self.detail = QLabel(self)  # the test's own line, in English, for support
        self.detail.setObjectName("connectionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English, paths, URLs
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Help,
            self,
        )
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)
        self.buttons.helpRequested.connect(self._help)
        self._busy = BusyState(self.form, self.test_button, self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.form.edited.connect(self._forget_check)
        self._busy.show_ready()
        self.retranslate()

    def _help(self) -> None:
        from desktop.ui.help import show_help

        show_help(self)

    @property
    def uses_kept_password(self) -> bool:
        return self.form.uses_kept_password

    @property
    def on_server(self) -> bool:
        return self.form.on_server

    def url(self) -> str:
        return self.form.url()

    def _forget_check(self) -> None:
        """Another connection than the one tested: its verdict no longer holds."""
        if self.isVisible():
            self.form.damaged = None  # the person is choosing anew
        self._check, self._refusal = None, None
        self.verdict.clear()
        self.detail.clear()
        self._busy.show_ready()

    # -- testing and keeping it (on the worker) ---------------------------------------------------

    def _waiting(self, text: str) -> None:
        self._busy.show(True)
        self.verdict.setStyleSheet("")
        self.verdict.setText(text)
        self.detail.clear()

    def test(self) -> None:
        from desktop.app.connection_remembering import name_refusal

        if (refusal := name_refusal(self.form.typed_name())) is not None:
            # "Use this connection" would refuse the name: the test does not say "ready to use".
            self._check, self._refusal = None, refusal
            self._say_refusal()
            return
        self._waiting(self.tr("Testing the connection…"))
        self._run_test(self._tested)

    def _run_test(self, then: Callable[[ConnectionCheck], None]) -> None:
        from desktop.app.connection_verdicts import check_connection
        from desktop.app.kept_password import password_or_kept

        url, password = self.form.url(), self.form.typed_password()
        self._tasks.run(
            lambda: check_connection(url, password_or_kept(url, password)),
            then,
            self._refused,
            owner=self,
            abandonable=True,  # it changes nothing: Quit or Cancel never waits for its timeout
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self._busy.show(False)
        self._check, self._refusal = check, None
        self._say_check()

    def use(self) -> None:
        """Tested first (the slow part, which Cancel may stop), then kept: nothing is remembered once
        the dialog is cancelled."""
        self._waiting(self.tr("Testing the connection…"))
        self._run_test(self._tested_for_use)

    def _tested_for_use(self, check: ConnectionCheck) -> None:
        if not check.usable:
            self._tested(check)
            return
        from desktop.app.connection_remembering import remember_connection
        from desktop.app.kept_password import password_or_kept

        url, password, name = self.form.url(), self.form.typed_password(), self.form.typed_name()
        self._busy.remembering = True
        self._waiting(self.tr("Keeping the connection…"))
        self._tasks.run(
            lambda: remember_connection(url, password_or_kept(url, password), name),
            self._remembered,
            self._refused,
            owner=self,
        )

    def reject(self) -> None:
        if self._busy.remembering:
            return  # being written: a moment, then the dialog closes by itself
        super().reject()

    def _remembered(self, kept: tuple[Remembered, ConnectionCheck]) -> None:
        self._busy.remembering = False
        self._busy.show(False)
        self.remembered, self._check = kept
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy.remembering = False
        self._busy.show(False)
        self._check, self._refusal = None, error
        self._say_refusal()

    # -- saying it ------------------------------------------------------------------------------

    def _say_check(self) -> None:
        check = self._check
        if check is None:
            return
        self.verdict.setStyleSheet("" if check.usable else error_style())
        self.verdict.setText(verdict_text(check.verdict))
        self.detail.setText(check.detail)
        self._fit()

    def _say_refusal(self) -> None:
        error = self._refusal
        if error is None:
            return
        self.verdict.setStyleSheet(error_style())
        detail = str(getattr(error, "params", {}).get("detail", ""))
        if (verdict := refused_verdict(error)) is not None:
            self.verdict.setText(verdict_text(verdict))
            self.detail.setText(detail)
        elif (sentence := own_sentence(error)) is not None:  # the English advice and path under it
            self.verdict.setText(sentence)
            self.detail.setText(detail)
        else:
            from desktop.ui import messages

            self.verdict.setText(messages.error(error))
            self.detail.clear()
        self._fit()

    def _say_damaged(self) -> None:
        damaged = self.form.damaged
        if damaged is None or self._check is not None or self._refusal is not None:
            return
        self.verdict.setStyleSheet(error_style())
        self.verdict.setText(damaged_text(self.form.damaged_name))
        self.detail.setText(damaged)
        self._fit()

    def _fit(self) -> None:
        """A long verdict wraps and the dialog grows to hold it: the fields are never squeezed."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where is the data?") if self.first_start else self.tr("Connection"))
        self.intro.setText(intro_text(self.purpose))
        self.form.retranslate()
        self.test_button.setText(self.tr("Test connection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this connection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quit") if self.first_start else self.tr("Cancel")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Help).setText(self.tr("Help"))
        self._say_check()
        self._say_refusal()
        self._say_damaged()
