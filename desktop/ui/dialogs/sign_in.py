"""Sign-in (R26), with the language chosen here and remembered; on an empty database the first-run
dialog asks for the first admin, offers the language too, and offers demo data or a file.

Choosing another language puts it in force at once: both dialogs say everything again in it
(LanguageChange) and turn right to left for Hebrew. The password is checked on the worker; the desk
adopts the person on the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.application import install_language
from desktop.ui.colours import error_style
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.app import auth
    from desktop.app.connection_verdicts import Verdict
    from desktop.app.desk import Desk
    from desktop.app.staff import StaffMember

# The sign-in dialog is the window's first frame: it is painted before the database layer and the use
# cases are loaded (issue 13), so those are imported where they are used, never at the top.

LANGUAGE_NAMES = {"en": "English", "he": "עברית", "es": "Español"}
ERROR_LINES = 3  # room kept for a refusal, so that a long one never squeezes the fields


def _language_combo(parent: QWidget, language: str) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(language)))
    return combo


def _error_text(error: BaseException) -> str:
    from desktop.ui import messages

    return messages.error(error)


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _LanguageDialog(QDialog):
    """A dialog with a language choice that is put in force as soon as it is made."""

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.language = _language_combo(self, language)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * ERROR_LINES)
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self._refusal: BaseException | None = None
        self.setMinimumWidth(420)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _language_picked(self, _: int) -> None:
        code = self.chosen_language()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, code)  # every open window hears LanguageChange
        self.language_chosen.emit(code)

    def say(self, refusal: BaseException | str | None) -> None:
        """Shows why nothing happened (kept, so that it is said again in another language)."""
        self._refusal = refusal if isinstance(refusal, BaseException) else None
        text = refusal if isinstance(refusal, str) else _error_text(refusal) if refusal else ""
        self.error.setText(text)
        needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # After the children's own LanguageChange: the button box puts back its standard texts.
            QTimer.singleShot(0, self, self._say_again)
        super().changeEvent(event)

    def _say_again(self) -> None:
        self.retranslate()
        if self._refusal is not None:
            self.error.setText(_error_text(self._refusal))

    def retranslate(self) -> None:
        raise NotImplementedError


class SignInDialog(_LanguageDialog):
    """Sign-in. Made with no desk, it is the window's first frame while the database is opened on the
    worker (issue 13): the fields take typing at once, Sign in waits ("Connecting…") until `set_desk`;
    `connection_failed` says why the database could not be opened and offers Retry and another
    connection (the signals `retry_wanted` and `connection_wanted`)."""

    retry_wanted = Signal()
    connection_wanted = Signal()

    def __init__(
        self, workspace: Desk | None, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(language, parent)
        self._workspace, self._tasks = workspace, tasks
        # Why the database could not be opened: the test's verdict (None: not known) and its own line.
        self._failure: tuple[Verdict | None, str] | None = None
        self._missing_file: str | None = None  # the remembered database file that is not there
        self._signing_in_when_ready = False  # Enter pressed in the password while connecting
        self.name = QLineEdit(self)
        self.name.setText(str(QSettings().value("last_user", "")))
        self.password = _password_field(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # The connection's own actions get a row of their own: beside Sign in and Cancel they were
        # squeezed to "oose another connectio" in a dialog of sign-in width.
        self.retry_button, self.choose_button = QPushButton(self), QPushButton(self)
        self.retry_button.setAutoDefault(False)
        self.choose_button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.choose_button)
        actions.addStretch(1)
        self.retry_button.clicked.connect(self._retry)
        self.choose_button.clicked.connect(self.connection_wanted)
        self.language_label, self.name_label, self.password_label = QLabel(self), QLabel(self), QLabel(self)
        self.connecting = QLabel(self)  # "Connecting to the database…" while the desk is being built
        self.connecting.setObjectName("signInConnecting")
        self.connecting.setWordWrap(True)
        self.detail = QLabel(self)  # the connection test's own line (English, for support)
        self.detail.setObjectName("signInConnectionDetail")
        self.detail.setWordWrap(True)
        self.detail.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.connecting)
        layout.addWidget(self.error)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self._enter_while_connecting)
        self._show_state()
        self.retranslate()
        (self.password if self.name.text() else self.name).setFocus()

    @property
    def ready(self) -> bool:
        return self._workspace is not None

    @property
    def sign_in_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_desk(self, workspace: Desk) -> None:
        """The database is open: Sign in works now (what was typed meanwhile is kept), and is done at
        once when Enter was pressed in the password meanwhile."""
        self._workspace, self._failure, self._missing_file = workspace, None, None
        self.say(None)
        self._show_state()
        self.retranslate()
        if self._signing_in_when_ready:
            self._signing_in_when_ready = False
            self.sign_in()

    def _enter_while_connecting(self) -> None:
        if not self.ready and self._failure is None and self.name.text():
            self._signing_in_when_ready = True
            self.connecting.setText(self._connecting_text())

    def connection_failed(
        self, verdict: Verdict | None, detail: str, *, missing_file: str | None = None
    ) -> None:
        """The database could not be opened: why, with Retry and Choose another connection…
        `missing_file`: the remembered database file is not there (said in the window's words)."""
        self._workspace, self._failure = None, (verdict, detail)
        self._missing_file = missing_file
        self._signing_in_when_ready = False
        self._show_state()
        self.retranslate()

    def connecting_again(self) -> None:
        self._workspace, self._failure, self._missing_file = None, None, None
        self.say(None)
        self._show_state()
        self.retranslate()

    def _retry(self) -> None:
        self.connecting_again()
        self.retry_wanted.emit()

    def _show_state(self) -> None:
        failed = self._failure is not None
        self.sign_in_button.setEnabled(self.ready)
        self.retry_button.setVisible(failed)
        self.choose_button.setVisible(failed)
        self.connecting.setVisible(not self.ready and not failed)
        known = self._failure is not None and (self._failure[0] is not None or self._missing_file is not None)
        self.detail.setVisible(failed and known)
        self.detail.setText(self._failure[1] if self._failure is not None else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to RenewDesk"))
        self.language_label.setText(self.tr("Language"))
        self.name_label.setText(self.tr("Name"))
        self.password_label.setText(self.tr("Password"))
        connecting = not self.ready and self._failure is None
        self.sign_in_button.setText(self.tr("Connecting…") if connecting else self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.retry_button.setText(self.tr("Retry"))
        self.choose_button.setText(self.tr("Choose another connection…"))
        self.connecting.setText(self._connecting_text())
        if self._failure is not None:
            self.say(self._failure_text(*self._failure))

    def _connecting_text(self) -> str:
        if self._signing_in_when_ready:
            return self.tr("Connecting to the database… You are signed in as soon as it is open.")
        return self.tr("Connecting to the database… You can type your name and password.")

    def _failure_text(self, verdict: Verdict | None, detail: str) -> str:
        """The verdict in the window's words; without one, the reason as it came."""
        if self._missing_file is not None:
            from desktop.ui import formatting

            return self.tr(
                "The database file of this computer is not there: {path}. It may have been moved or deleted, or be on a drive that is not connected. Connect the drive and press Retry, or choose another connection with the button below."  # noqa: E501
            ).format(path=formatting.ltr(self._missing_file))
        if verdict is None:
            return self.tr("The database could not be opened: {reason}").format(reason=detail)
        from desktop.ui.dialogs.connection_texts import verdict_text

        return verdict_text(verdict)  # the test's own line is under it, in `detail`

    def sign_in(self) -> None:
        workspace = self._workspace
        if workspace is None:
            return  # Enter pressed while connecting: Sign in is not there yet
        from desktop.app import auth

        name, password = self.name.text(), self.password.text()
        self.buttons.setEnabled(False)
        self.say(None)
        self._tasks.run(
            lambda: workspace.make(auth.sign_in, name, password), self._signed_in, self._failed, owner=self
        )

    def _signed_in(self, session: auth.Session) -> None:
        assert self._workspace is not None
        self._workspace.adopt(session.actor)
        settings = QSettings()
        settings.setValue("last_user", self.name.text())
        settings.setValue("language", self.chosen_language())
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.say(error)


class FirstRunDialog(_LanguageDialog):
    """R26: the first start on an empty database. Once Create is pressed the admin is created and the
    demo data or the file loaded whole (R34): Cancel, Esc and the window's close button do nothing
    meanwhile, and the dialog says what it is doing."""

    def __init__(
        self,
        workspace: Desk,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(language, parent)
        self._workspace, self._tasks = workspace, tasks
        self.name = QLineEdit(self)
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.demo = QCheckBox(self)
        self.import_button = QPushButton(self)
        self.import_path = QLabel(self)
        self.chosen_file: Path | None = None
        self.doing = QLabel(self)  # what the dialog is doing after Create, in the language shown
        self.doing.setWordWrap(True)
        self.doing.hide()
        self._doing: str | None = None  # "create", "demo" or "import" while busy
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_label, self.name_label = QLabel(self), QLabel(self)
        self.password_label, self.repeat_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.import_button)
        layout.addWidget(self.import_path)
        layout.addWidget(self.error)
        layout.addWidget(self.doing)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to RenewDesk"))
        self.intro.setText(self.tr("The database is empty. Create the first administrator."))
        self.language_label.setText(self.tr("Language"))
        self.name_label.setText(self.tr("Admin name"))
        self.password_label.setText(self.tr("Password"))
        self.repeat_label.setText(self.tr("Password again"))
        self.demo.setText(self.tr("Load demo data"))
        self.import_button.setText(self.tr("Import a file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._refusal is None and self.error.text():
            self.error.setText(self.tr("The two passwords differ."))  # the only refusal said here
        self.doing.setText(self._doing_text())

    # -- while the admin is created and the data loaded ------------------------------------------

    @property
    def busy(self) -> bool:
        return self._doing is not None

    def _doing_text(self) -> str:
        texts = {
            "create": self.tr("Creating the administrator…"),
            "demo": self.tr("Loading the demo data… This takes a moment; the window opens when it is done."),
            "import": self.tr("Importing the file… The window opens when it is done."),
        }
        return texts.get(self._doing or "", "")

    def _set_doing(self, doing: str | None) -> None:
        """Locks every field and button while busy (the work finishes whole), and says what it does."""
        self._doing = doing
        for widget in (
            self.language,
            self.name,
            self.password,
            self.repeat,
            self.demo,
            self.import_button,
            self.buttons,
        ):
            widget.setEnabled(doing is None)
        self.doing.setText(self._doing_text())
        self.doing.setVisible(doing is not None)

    def reject(self) -> None:
        if not self.busy:  # nothing stops half-way: no admin without the data asked for
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def create_admin(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords differ."))
            return
        self.say(None)
        name, password = self.name.text(), self.password.text()
        from desktop.app import staff
        from desktop.app.actor import Actor, Role

        workspace = self._workspace
        setup = Actor(f"setup:{name}", Role.ADMIN)
        self._set_doing("create")
        self._tasks.run(
            lambda: workspace.make(staff.create_first_admin, setup, name, password),
            self._created,
            self._failed,
            owner=self,
        )

    def _created(self, member: StaffMember) -> None:
        """The admin exists: the desk adopts them here, then the demo data or the file is loaded as
        them (a refused file is said, and the window opens all the same)."""
        from desktop.app.actor import Actor
        from desktop.app.errors import UseCaseError
        from desktop.app.interchange.demo import load_demo
        from desktop.app.interchange.load import import_document

        self._workspace.adopt(Actor(member.name, member.role))
        QSettings().setValue("language", self.chosen_language())
        demo, chosen, workspace = self.demo.isChecked(), self.chosen_file, self._workspace
        if not demo and chosen is None:
            self._set_doing(None)
            self.accept()
            return
        self._set_doing("demo" if demo else "import")

        def load() -> BaseException | None:
            if demo:
                workspace.call(load_demo)
            if chosen is not None:
                try:
                    workspace.call(import_document, chosen.read_bytes(), str(chosen))
                except (UseCaseError, OSError) as exc:
                    return exc
            return None

        self._tasks.run(load, self._loaded, self._loaded, owner=self)

    def _loaded(self, import_error: BaseException | None) -> None:
        from desktop.app.errors import UseCaseError

        self._set_doing(None)
        if import_error is not None:
            detail = (
                _error_text(import_error)
                if isinstance(import_error, UseCaseError)
                else self.tr("The file could not be read: {detail}").format(detail=str(import_error))
            )
            QMessageBox.warning(self, self.tr("Import a file"), detail)
        self.accept()

    def set_file(self, path: Path) -> None:
        self.chosen_file = path
        self.import_path.setText(path.name)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), "", "RenewDesk (*.json)")
        if path:
            self.set_file(Path(path))

    def _failed(self, error: BaseException) -> None:
        self._set_doing(None)
        self.say(error)
