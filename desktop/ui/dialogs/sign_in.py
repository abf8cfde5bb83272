"""Sign-in (R26), with the language chosen here and remembered; on an empty database the first-run
dialog asks for the first admin and offers demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.errors import UseCaseError
from desktop.app.workspace import Workspace
from desktop.ui import messages
from desktop.ui.tasks import TaskRunner

LANGUAGE_NAMES = {"en": "English", "he": "עברית", "es": "Español"}


class SignInDialog(QDialog):
    language_chosen = Signal(str)

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.setWindowTitle(self.tr("Sign in to RenewDesk"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.name = QLineEdit(self)
        self.name.setText(str(QSettings().value("last_user", "")))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(
            lambda _: self.language_chosen.emit(self.language.currentData())
        )
        (self.password if self.name.text() else self.name).setFocus()

    def sign_in(self) -> None:
        name, password = self.name.text(), self.password.text()
        self.buttons.setEnabled(False)
        self._tasks.run(lambda: self._workspace.sign_in(name, password), self._signed_in, self._failed)

    def _signed_in(self, _: object) -> None:
        settings = QSettings()
        settings.setValue("last_user", self.name.text())
        settings.setValue("language", self.language.currentData())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.error.setText(messages.error(error))


class FirstRunDialog(QDialog):
    """R26: the first start on an empty database."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.setWindowTitle(self.tr("Welcome to RenewDesk"))
        self.name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("Load demo data"), self)
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_path = QLabel(self)
        self.chosen_file: Path | None = None
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        form = QFormLayout()
        form.addRow(self.tr("Admin name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The database is empty. Create the first administrator."), self))
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.import_button)
        layout.addWidget(self.import_path)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)

    def create_admin(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        name, password, demo = self.name.text(), self.password.text(), self.demo.isChecked()
        workspace, chosen = self._workspace, self.chosen_file

        def work() -> BaseException | None:
            workspace.create_first_admin(name, password)
            if demo:
                workspace.load_demo()
            if chosen is not None:
                try:
                    workspace.import_file(chosen.read_bytes(), str(chosen))
                except (UseCaseError, OSError) as exc:
                    return exc  # the admin exists: the window opens, and says why the file was refused
            return None

        self.buttons.setEnabled(False)
        self._tasks.run(work, self._created, self._failed)

    def set_file(self, path: Path) -> None:
        self.chosen_file = path
        self.import_path.setText(path.name)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"), "", "RenewDesk (*.json)")
        if path:
            self.set_file(Path(path))

    def _created(self, import_error: BaseException | None) -> None:
        if import_error is not None:
            detail = (
                messages.error(import_error) if isinstance(import_error, UseCaseError) else str(import_error)
            )
            QMessageBox.warning(self, self.tr("Import a file"), detail)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(messages.error(error))
