"""The connection dialog's form: this computer only (a SQLite file in the user's data folder, or the
one remembered elsewhere) or the company's server (host, port, database, user, password, SSL), and
the workstation's name; filled with the remembered connection, and the URL it names as the person
types. The remembered server's password is in the keyring, so an empty password there means "the
kept one"."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import this_computer
from desktop.app.connection_choice import chosen_connection, sqlite_url_here
from desktop.app.connection_urls import DEFAULT_PORT, SslMode, postgres_url
from desktop.ui import formatting
from desktop.ui.dialogs.connection_texts import ssl_text
from desktop.workstation import WorkstationFileError, default_name

DEFAULT_DATABASE = "renewdesk"
DEFAULT_SSL = SslMode.PREFER
INDENT = 24  # the details of a choice stand under its radio button


class ConnectionForm(QWidget):
    """`edited`: another connection or name than the one tested (its verdict no longer holds)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.damaged: str | None = None  # why the remembered file could not be read
        self.damaged_name = False  # only its name could not be read: the rest is filled in
        # The remembered server (host, port, database, user), whose password the keyring keeps.
        self._remembered_server: tuple[str, int, str, str] | None = None
        self._password_kept: bool | None = None  # False: it was remembered needing none
        self._other_url: str | None = None  # a remembered SQLite file elsewhere than the data folder
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.here)
        layout.addWidget(self.here_path)
        layout.addWidget(self.server)
        under_server = QHBoxLayout()  # the server's fields under its choice, as the file's path
        under_server.addSpacing(INDENT)
        under_server.addWidget(self.server_box)
        layout.addLayout(under_server)
        layout.addLayout(name_form)

        self._fill_from_remembered()
        for button in (self.here, self.server):
            button.toggled.connect(self._choice_changed)
        for field in (self.host, self.database, self.user, self.password, self.name):
            field.textChanged.connect(self.edited)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self.show_kept_password)
        self.port.valueChanged.connect(self.show_kept_password)
        self.port.valueChanged.connect(self.edited)
        self.ssl.currentIndexChanged.connect(self.edited)
        self.show_choice()

    def _fill_from_remembered(self) -> None:
        """Tools → Connection: the remembered connection and name. A damaged file: what could be read
        of it (a valid URL beside a name that cannot be one: the URL, and the name left to correct),
        else the defaults."""
        try:
            chosen = chosen_connection(None)
        except WorkstationFileError as exc:
            self.damaged = str(exc)  # said until another connection is chosen
            readable = exc.readable
            if readable is None or readable.url is None:
                return
            self.damaged_name = True
            self.name.setText(exc.unreadable_name or "")
            url: str | None = readable.url
        else:
            self.name.setText(chosen.workstation if chosen.workstation != default_name() else "")
            url = chosen.url
            self._password_kept = chosen.remembered.password_kept if chosen.remembered else None
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

    # -- what is chosen -------------------------------------------------------------------------

    def _server_fields(self) -> tuple[str, int, str, str]:
        return (self.host.text(), self.port.value(), self.database.text(), self.user.text())

    @property
    def on_server(self) -> bool:
        return self.server.isChecked()

    @property
    def uses_kept_password(self) -> bool:
        """The remembered server, its password left empty: the keyring's kept one is used."""
        return (
            self.on_server
            and not self.password.text()
            and self._remembered_server is not None
            and self._server_fields() == self._remembered_server
        )

    def url(self) -> str:
        if not self.on_server:
            return self._other_url or sqlite_url_here()
        mode = SslMode(self.ssl.currentData())
        return postgres_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(), mode)

    def typed_password(self) -> str | None:
        return (self.password.text() or None) if self.on_server else None

    def typed_name(self) -> str | None:
        return self.name.text() or None

    @property
    def complete(self) -> bool:
        """Enough to test: this computer, or a server with its host, database and user."""
        return not self.on_server or all(
            field.text().strip() for field in (self.host, self.database, self.user)
        )

    # -- how it shows ---------------------------------------------------------------------------

    def _choice_changed(self, *_: object) -> None:
        self.show_choice()
        self.edited.emit()

    def show_choice(self) -> None:
        """The chosen side's details enabled, the other's greyed."""
        self.server_box.setEnabled(self.on_server)
        self.here_path.setEnabled(not self.on_server)

    def set_choosing(self, enabled: bool) -> None:
        """While a test runs the choice and the name wait (the server's fields with it)."""
        for widget in (self.here, self.server, self.server_box, self.name):
            widget.setEnabled(enabled)
        if enabled:
            self.show_choice()

    def show_kept_password(self, *_: object) -> None:
        """The remembered server's empty password field says the keyring keeps its password, unless
        it was remembered needing none (then nothing is kept, and nothing is said)."""
        same = self._remembered_server is not None and self._server_fields() == self._remembered_server
        same = same and self._password_kept is not False
        self.password.setPlaceholderText(
            QCoreApplication.translate("ConnectionDialog", "kept in the keyring (leave empty to keep it)")
            if same
            else ""
        )

    def retranslate(self) -> None:
        self.here.setText(QCoreApplication.translate("ConnectionDialog", "This computer only"))
        if self._other_url is not None:  # remembered elsewhere than the data folder: kept as it is
            self.here_path.setText(
                QCoreApplication.translate("ConnectionDialog", "The database file {path}").format(
                    path=formatting.ltr(self._other_url.removeprefix("sqlite:///"))
                )
            )
        else:
            self.here_path.setText(
                QCoreApplication.translate("ConnectionDialog", "A database file in {folder}").format(
                    folder=formatting.ltr(str(this_computer.data_dir()))
                )
            )
        self.server.setText(
            QCoreApplication.translate("ConnectionDialog", "The company's server (PostgreSQL)")
        )
        self.host_label.setText(QCoreApplication.translate("ConnectionDialog", "Host"))
        self.port_label.setText(QCoreApplication.translate("ConnectionDialog", "Port"))
        self.database_label.setText(QCoreApplication.translate("ConnectionDialog", "Database"))
        self.user_label.setText(QCoreApplication.translate("ConnectionDialog", "User"))
        self.password_label.setText(QCoreApplication.translate("ConnectionDialog", "Password"))
        self.ssl_label.setText(QCoreApplication.translate("ConnectionDialog", "Encryption (SSL)"))
        for index in range(self.ssl.count()):
            self.ssl.setItemText(index, ssl_text(SslMode(self.ssl.itemData(index))))
        self.name_label.setText(QCoreApplication.translate("ConnectionDialog", "Workstation name"))
        self.name.setToolTip(
            QCoreApplication.translate(
                "ConnectionDialog",
                "Shown in the window's title and in the audit log. Empty: the computer's own name.",
            )
        )
        self.show_kept_password()
