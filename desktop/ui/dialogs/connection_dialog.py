"""Where this workstation's data is (R43): this computer only (a SQLite file in the user's data folder,
the default) or the company's server (PostgreSQL). Asked at the first start, before sign-in, and by an
admin from Tools → Connection… (filled with the remembered one).

"Test connection" and "Use this connection" run on the worker (desktop.app.connection's
check_connection and remember_connection: nothing is remembered that does not pass the test, the
password goes to the keyring, never to the file); the verdict is said here in the window's words,
with the test's own line under it for support."""

from __future__ import annotations

from enum import Enum
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import this_computer
from desktop.app.connection import (
    DEFAULT_PORT,
    ConnectionCheck,
    SslMode,
    Verdict,
    chosen_connection,
    postgres_url,
    sqlite_url_here,
)
from desktop.ui import formatting
from desktop.ui.colours import error_style
from desktop.ui.tasks import TaskRunner
from desktop.workstation import Remembered, WorkstationFileError, default_name

DEFAULT_DATABASE = "renewdesk"
DEFAULT_SSL = SslMode.PREFER
INDENT = 24  # the details of a choice stand under its radio button


class Purpose(Enum):
    """Why the dialog is shown: its title, its words and its Cancel follow."""

    FIRST_START = "first_start"  # nothing chosen yet: Cancel quits the program
    ANOTHER = "another"  # the database could not be opened at sign-in: choose another
    CHANGE = "change"  # Tools → Connection…: the window restarts on the new one


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
        self._damaged: str | None = None  # why the remembered file could not be read
        self._damaged_name = False  # only its name could not be read: the rest is filled in
        # The remembered server (host, port, database, user): its password is kept in the keyring,
        # so an empty password field there means "the kept one".
        self._remembered_server: tuple[str, int, str, str] | None = None
        self._remembering = False  # the tested connection is being kept: too late to cancel
        self._other_url: str | None = None  # a remembered SQLite file elsewhere than the data folder
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.here = QRadioButton(self)
        self.here_path = QLabel(self)
        self.here_path.setWordWrap(True)
        self.here_path.setIndent(INDENT)
        self.server = QRadioButton(self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.here)
        self.choice.addButton(self.server)
        self.here.setChecked(True)

        self.server_box = QGroupBox(self)
        self.host, self.database, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.database.setText(DEFAULT_DATABASE)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl = QComboBox(self)
        for mode in SslMode:
            self.ssl.addItem("", mode)
        self.ssl.setCurrentIndex(self.ssl.findData(DEFAULT_SSL))
        self.host_label, self.port_label, self.database_label = QLabel(self), QLabel(self), QLabel(self)
        self.user_label, self.password_label, self.ssl_label = QLabel(self), QLabel(self), QLabel(self)
        server_form = QFormLayout(self.server_box)
        server_form.addRow(self.host_label, self.host)
        server_form.addRow(self.port_label, self.port)
        server_form.addRow(self.database_label, self.database)
        server_form.addRow(self.user_label, self.user)
        server_form.addRow(self.password_label, self.password)
        server_form.addRow(self.ssl_label, self.ssl)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(default_name())
        self.name_label = QLabel(self)
        name_form = QFormLayout()
        name_form.addRow(self.name_label, self.name)

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

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.here)
        layout.addWidget(self.here_path)
        layout.addWidget(self.server)
        under_server = QHBoxLayout()  # the server's fields under its choice, as the file's path
        under_server.addSpacing(INDENT)
        under_server.addWidget(self.server_box)
        layout.addLayout(under_server)
        layout.addLayout(name_form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._fill_from_remembered()
        for button in (self.here, self.server):
            button.toggled.connect(self._choice_changed)
        for field in (self.host, self.database, self.user, self.password, self.name):
            field.textChanged.connect(self._forget_check)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._show_kept_password)
        self.port.valueChanged.connect(self._show_kept_password)
        self.port.valueChanged.connect(self._forget_check)
        self.ssl.currentIndexChanged.connect(self._forget_check)
        self._choice_changed()
        self.retranslate()

    def _help(self) -> None:
        from desktop.ui.help import show_help

        show_help(self)

    # -- what is chosen -------------------------------------------------------------------------

    def _fill_from_remembered(self) -> None:
        """Tools → Connection: the remembered connection and name. A damaged file: what could be read
        of it (a valid URL beside a name that cannot be one: the URL, and the name left to correct),
        else the defaults."""
        try:
            chosen = chosen_connection(None)
        except WorkstationFileError as exc:
            self._damaged = str(exc)  # said until another connection is chosen
            readable = exc.readable
            if readable is None or readable.url is None:
                return
            self._damaged_name = True
            self.name.setText(exc.unreadable_name or "")
            url: str | None = readable.url
        else:
            self.name.setText(chosen.workstation if chosen.workstation != default_name() else "")
            url = chosen.url
        if url is None or not url.startswith("postgresql"):
            if url is not None and url != sqlite_url_here():
                self._other_url = url
            return
        parts = urlsplit(url)
        self.server.setChecked(True)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        mode = parse_qs(parts.query).get("sslmode", [DEFAULT_SSL.value])[0]
        index = self.ssl.findData(SslMode(mode) if mode in set(SslMode) else DEFAULT_SSL)
        self.ssl.setCurrentIndex(max(0, index))
        self._remembered_server = self._server_fields()

    def _server_fields(self) -> tuple[str, int, str, str]:
        return (self.host.text(), self.port.value(), self.database.text(), self.user.text())

    @property
    def uses_kept_password(self) -> bool:
        """The remembered server, its password left empty: the keyring's kept one is used."""
        return (
            self.on_server
            and not self.password.text()
            and self._remembered_server is not None
            and self._server_fields() == self._remembered_server
        )

    def _show_kept_password(self, *_: object) -> None:
        same = self._remembered_server is not None and self._server_fields() == self._remembered_server
        self.password.setPlaceholderText(
            self.tr("kept in the keyring (leave empty to keep it)") if same else ""
        )

    @property
    def on_server(self) -> bool:
        return self.server.isChecked()

    def url(self) -> str:
        if not self.on_server:
            return self._other_url or sqlite_url_here()
        mode = SslMode(self.ssl.currentData())
        return postgres_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(), mode)

    def _password(self) -> str | None:
        return (self.password.text() or None) if self.on_server else None

    def _name(self) -> str | None:
        return self.name.text() or None

    def _choice_changed(self, *_: object) -> None:
        self.server_box.setEnabled(self.on_server)
        self.here_path.setEnabled(not self.on_server)
        self._forget_check()
        self._update_buttons()

    def _update_buttons(self) -> None:
        complete = not self.on_server or all(
            field.text().strip() for field in (self.host, self.database, self.user)
        )
        self.test_button.setEnabled(complete)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def _forget_check(self, *_: object) -> None:
        """Another connection than the one tested: its verdict no longer holds."""
        if self.isVisible():
            self._damaged = None  # the person is choosing anew
        self._check, self._refusal = None, None
        self.verdict.clear()
        self.detail.clear()
        self._update_buttons()

    # -- testing and keeping it (on the worker) ---------------------------------------------------

    def _busy(self, busy: bool, text: str = "") -> None:
        """While a test runs everything waits but Cancel (or Quit) and Help: Cancel closes the dialog
        at once and the test's result, when it comes, is dropped (TaskRunner's owner)."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for widget in (self.here, self.server, self.server_box, self.name, self.test_button, ok):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(
            not (busy and self._remembering)
        )
        if not busy:
            self._choice_changed_keep_verdict()
        if text:
            self.verdict.setStyleSheet("")
            self.verdict.setText(text)
            self.detail.clear()

    def _choice_changed_keep_verdict(self) -> None:
        self.server_box.setEnabled(self.on_server)
        self.here_path.setEnabled(not self.on_server)
        self._update_buttons()

    def test(self) -> None:
        from desktop.app.connection import check_connection, name_refusal
        from desktop.app.kept_password import password_or_kept

        if (refusal := name_refusal(self._name())) is not None:
            # "Use this connection" would refuse the name: the test does not say "ready to use".
            self._check, self._refusal = None, refusal
            self._say_refusal()
            return
        url, password = self.url(), self._password()
        self._busy(True, self.tr("Testing the connection…"))
        self._tasks.run(
            lambda: check_connection(url, password_or_kept(url, password)),
            self._tested,
            self._refused,
            owner=self,
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self._busy(False)
        self._check, self._refusal = check, None
        self._say_check()

    def use(self) -> None:
        """Tested first (the slow part, which Cancel may stop), then kept: nothing is remembered once
        the dialog is cancelled."""
        from desktop.app.connection import check_connection
        from desktop.app.kept_password import password_or_kept

        url, password = self.url(), self._password()
        self._busy(True, self.tr("Testing the connection…"))
        self._tasks.run(
            lambda: check_connection(url, password_or_kept(url, password)),
            self._tested_for_use,
            self._refused,
            owner=self,
        )

    def _tested_for_use(self, check: ConnectionCheck) -> None:
        if not check.usable:
            self._tested(check)
            return
        from desktop.app.connection import remember_connection
        from desktop.app.kept_password import password_or_kept

        url, password, name = self.url(), self._password(), self._name()
        self._remembering = True
        self._busy(True, self.tr("Keeping the connection…"))
        self._tasks.run(
            lambda: remember_connection(url, password_or_kept(url, password), name),
            self._remembered,
            self._refused,
            owner=self,
        )

    def reject(self) -> None:
        if self._remembering:
            return  # being written: a moment, then the dialog closes by itself
        super().reject()

    def _remembered(self, kept: tuple[Remembered, ConnectionCheck]) -> None:
        self._remembering = False
        self._busy(False)
        self.remembered, self._check = kept
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._remembering = False
        self._busy(False)
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
        verdict = _refused_verdict(error)
        if verdict is not None:
            self.verdict.setText(verdict_text(verdict))
            self.detail.setText(str(getattr(error, "params", {}).get("detail", "")))
            self._fit()
            return
        if _is_no_keyring(error):
            # The window's own sentence; the keyring's English advice under it, for support.
            self.verdict.setText(
                self.tr(
                    "This computer has no usable keyring, so the database password cannot be kept. Start and unlock the system's keyring (for example GNOME Keyring or KWallet), then try again, or ask the administrator."  # noqa: E501
                )
            )
            self.detail.setText(str(getattr(error, "params", {}).get("detail", "")))
            self._fit()
            return
        from desktop.ui import messages

        self.verdict.setText(messages.error(error))
        self.detail.clear()
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
        intro = {
            Purpose.FIRST_START: self.tr(
                "Choose where this computer keeps RenewDesk's data. Several computers share the data only on the company's server."  # noqa: E501
            ),
            Purpose.ANOTHER: self.tr(
                "Choose where this computer's RenewDesk data is. The connection chosen here is remembered."
            ),
            Purpose.CHANGE: self.tr(
                "Change where this computer's RenewDesk data is. RenewDesk restarts to use the new connection."  # noqa: E501
            ),
        }
        self.intro.setText(intro[self.purpose])
        self.here.setText(self.tr("This computer only"))
        if self._other_url is not None:  # remembered elsewhere than the data folder: kept as it is
            self.here_path.setText(
                self.tr("The database file {path}").format(
                    path=formatting.ltr(self._other_url.removeprefix("sqlite:///"))
                )
            )
        else:
            self.here_path.setText(
                self.tr("A database file in {folder}").format(
                    folder=formatting.ltr(str(this_computer.data_dir()))
                )
            )
        self.server.setText(self.tr("The company's server (PostgreSQL)"))
        self.host_label.setText(self.tr("Host"))
        self.port_label.setText(self.tr("Port"))
        self.database_label.setText(self.tr("Database"))
        self.user_label.setText(self.tr("User"))
        self.password_label.setText(self.tr("Password"))
        self.ssl_label.setText(self.tr("Encryption (SSL)"))
        for index in range(self.ssl.count()):
            self.ssl.setItemText(index, ssl_text(SslMode(self.ssl.itemData(index))))
        self.name_label.setText(self.tr("Workstation name"))
        self.name.setToolTip(
            self.tr("Shown in the window's title and in the audit log. Empty: the computer's own name.")
        )
        self.test_button.setText(self.tr("Test connection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this connection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quit") if self.first_start else self.tr("Cancel")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Help).setText(self.tr("Help"))
        self._show_kept_password()
        self._say_check()
        self._say_refusal()
        self._say_damaged()

    def _say_damaged(self) -> None:
        if self._damaged is None or self._check is not None or self._refusal is not None:
            return
        self.verdict.setStyleSheet(error_style())
        if self._damaged_name:
            self.verdict.setText(
                self.tr(
                    "The workstation name remembered on this computer cannot be used: correct it below. The connection is filled in as it was remembered."  # noqa: E501
                )
            )
        else:
            self.verdict.setText(
                self.tr("The connection remembered on this computer could not be read: choose it again.")
            )
        self.detail.setText(self._damaged)
        self._fit()


def _is_no_keyring(error: BaseException) -> bool:
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    return isinstance(error, UseCaseError) and error.code == ErrorCode.KEYRING_UNAVAILABLE


def _refused_verdict(error: BaseException) -> Verdict | None:
    """The verdict of a connection that remember_connection refused, when that was the reason."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    if not isinstance(error, UseCaseError) or error.code != ErrorCode.CONNECTION_UNUSABLE:
        return None
    refused: UseCaseError = error
    value = refused.params.get("verdict")
    return Verdict(value) if value in set(Verdict) else Verdict.NOT_USABLE


def verdict_text(verdict: Verdict) -> str:
    texts = {
        Verdict.READY: QCoreApplication.translate(
            "ConnectionDialog", "Connected: a RenewDesk database, ready to use."
        ),
        Verdict.EMPTY: QCoreApplication.translate(
            "ConnectionDialog", "Connected: the database is empty, RenewDesk will set it up."
        ),
        Verdict.OLDER: QCoreApplication.translate(
            "ConnectionDialog",
            "Connected: a RenewDesk database of an older version. It is brought up to date when it is opened.",  # noqa: E501
        ),
        Verdict.NEWER: QCoreApplication.translate(
            "ConnectionDialog",
            "This database was made by a newer version of RenewDesk: update RenewDesk on this computer first.",  # noqa: E501
        ),
        Verdict.FOREIGN: QCoreApplication.translate(
            "ConnectionDialog",
            "This is not a RenewDesk database (another program's, or damaged): it cannot be used.",
        ),
        Verdict.NETWORK_SHARE: QCoreApplication.translate(
            "ConnectionDialog",
            "A database file on a network share can be damaged when several computers use it: put the data on the company's server instead.",  # noqa: E501
        ),
        Verdict.UNREACHABLE: QCoreApplication.translate(
            "ConnectionDialog",
            "The server does not answer: check the host and the port, and that the server is running.",
        ),
        Verdict.ENCRYPTION_REFUSED: QCoreApplication.translate(
            "ConnectionDialog",
            "The server does not offer encrypted connections: choose another encryption setting or ask the administrator.",  # noqa: E501
        ),
        Verdict.LOGIN_REFUSED: QCoreApplication.translate(
            "ConnectionDialog", "The server refused the user or the password."
        ),
        Verdict.NO_SUCH_DATABASE: QCoreApplication.translate(
            "ConnectionDialog",
            "The server has no database of this name: ask for it to be created (empty) first.",
        ),
        Verdict.NOT_USABLE: QCoreApplication.translate("ConnectionDialog", "This connection cannot be used."),
    }
    return texts[verdict]


def ssl_text(mode: SslMode) -> str:
    texts = {
        SslMode.DISABLE: QCoreApplication.translate("ConnectionDialog", "Off"),
        SslMode.PREFER: QCoreApplication.translate("ConnectionDialog", "When the server offers it"),
        SslMode.REQUIRE: QCoreApplication.translate("ConnectionDialog", "Required"),
        SslMode.VERIFY_FULL: QCoreApplication.translate(
            "ConnectionDialog", "Required, with the server's certificate checked"
        ),
    }
    return texts[mode]
