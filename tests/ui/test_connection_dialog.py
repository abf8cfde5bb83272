"""Where the data is (R43), chosen in the window: this computer only is preselected and remembered
as the SQLite file in the data folder; the company's server is tested on the worker and its verdict
said in words (a closed port, a real PostgreSQL server); nothing is remembered that does not pass,
the password goes to the keyring and never to the file; Tools → Connection is an admin's, filled with
the remembered connection."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.app.connection import SslMode, sqlite_url_here
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui import start_up
from desktop.ui.application import install_language
from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose
from desktop.ui.help import HELP, HelpWindow
from desktop.ui.tasks import TaskRunner
from tests.support import postgres
from tests.support.actors import TEST_ADMIN
from tests.support.keyrings import MemoryKeyring
from tests.ui.conftest import WindowFactory

SECRET = "s3cret-that-stays-in-the-keyring"


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


def _dialog(qtbot: QtBot, purpose: Purpose = Purpose.FIRST_START) -> ConnectionDialog:
    dialog = ConnectionDialog(TaskRunner(), purpose)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _use(dialog: ConnectionDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def _server(dialog: ConnectionDialog, host: str, port: int, database: str, user: str) -> None:
    dialog.server.click()
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)


def test_this_computer_only_is_the_default_and_is_remembered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.here.isChecked() and not dialog.server_box.isEnabled()
    assert dialog.windowTitle() == "Where is the data?"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Quit"
    dialog.name.setText("front-desk")
    _use(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert workstation.load() == workstation.Remembered(sqlite_url_here(), "front-desk")
    assert dialog.remembered == workstation.load()


def test_a_server_that_does_not_answer_is_said_and_not_remembered(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    _server(dialog, "127.0.0.1", 1, "renewdesk", "sales")  # nothing listens on port 1
    dialog.password.setText(SECRET)
    dialog.test_button.click()
    assert dialog.verdict.text() == "Testing the connection…" and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.verdict.text().startswith("The server does not answer")
    assert "127.0.0.1:1" in dialog.detail.text() and SECRET not in dialog.detail.text()

    _use(dialog)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.verdict.text().startswith("The server does not answer")
    assert workstation.load().url is None  # nothing remembered
    assert not workstation.file_path().exists()

    dialog.host.setText("127.0.0.2")
    assert dialog.verdict.text() == ""  # another connection: the old verdict no longer holds


def test_the_server_fields_are_needed_before_a_test(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.server.click()
    dialog.host.setText("db.example.com")
    dialog.user.setText("")
    assert not dialog.test_button.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.here.click()
    assert dialog.test_button.isEnabled()


@pytest.mark.postgres
def test_the_company_server_is_tested_and_remembered_without_its_password(
    qtbot: QtBot, pg_server: postgres.PgServer, memory_keyring: MemoryKeyring
) -> None:
    name = pg_server.create_database()
    try:
        dialog = _dialog(qtbot)
        _server(dialog, "127.0.0.1", pg_server.port, name, postgres.USER)
        dialog.ssl.setCurrentIndex(dialog.ssl.findData(SslMode.DISABLE))
        dialog.password.setText(SECRET)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
        assert dialog.verdict.text() == "Connected: the database is empty, RenewDesk will set it up."

        _use(dialog)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
        remembered = workstation.load()
        assert remembered.url is not None and remembered.url.startswith("postgresql+psycopg://")
        parts = urlsplit(remembered.url)
        assert (parts.hostname, parts.port, parts.path) == ("127.0.0.1", pg_server.port, f"/{name}")
        assert SECRET not in workstation.file_path().read_text(encoding="utf-8")
        assert memory_keyring.get_password("RenewDesk", "db.password") == SECRET

        again = _dialog(qtbot, Purpose.CHANGE)  # Tools → Connection: filled with it
        assert again.server.isChecked() and again.server_box.isEnabled()
        assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
            "127.0.0.1",
            pg_server.port,
            name,
            postgres.USER,
        )
        assert again.ssl.currentData() == SslMode.DISABLE and again.password.text() == ""
        assert again.windowTitle() == "Connection"
    finally:
        pg_server.drop_database(name)


def test_tools_connection_is_for_admins_only(
    sctx: AppContext, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from desktop.app.actor import Actor, Role

    admin = make_window(sctx, TEST_ADMIN)
    assert admin.connection_action.isVisible() and admin.connection_action.text() == "&Connection…"
    assert admin.windowTitle() == f"RenewDesk — {TEST_ADMIN.name} — {sctx.workstation}"
    sales = make_window(sctx, Actor("sara", Role.SALES))
    assert not sales.connection_action.isVisible()
    finance = make_window(sctx, Actor("fina", Role.FINANCE))
    assert not finance.connection_action.isVisible()
    assert isinstance(admin.workspace, Desk)


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_guide_names_what_the_dialog_shows(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    install_language(qapp, language)
    dialog = _dialog(qtbot)
    page = (HELP / language / "connection.html").read_text(encoding="utf-8")
    shown = (
        dialog.here.text(),
        dialog.server.text(),
        dialog.test_button.text(),
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
        dialog.name_label.text(),
    )
    for text in shown:
        assert f"<b>{text}</b>" in page, f"{language}/connection.html does not name {text!r}"


def test_help_opens_the_guide_to_this_dialog(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Help).click()
    guide = dialog.findChild(HelpWindow)
    assert isinstance(guide, HelpWindow) and guide.topic == "connection"
    assert guide.windowTitle() == "Where the data is"


def test_a_damaged_remembered_file_is_said_and_chosen_again(qtbot: QtBot) -> None:
    workstation.file_path().parent.mkdir(parents=True, exist_ok=True)
    workstation.file_path().write_text("{ not json", encoding="utf-8")
    dialog = _dialog(qtbot, Purpose.CHANGE)
    assert dialog.verdict.text() == (
        "The connection remembered on this computer could not be read: choose it again."
    )
    assert str(workstation.file_path()) in dialog.detail.text()
    assert dialog.here.isChecked()  # the defaults, nothing guessed from the damaged file
    _use(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert workstation.load().url == sqlite_url_here()  # written whole over the damaged one


@pytest.mark.parametrize("name", ["front:desk", " front", "x" * 41, "front\u200bdesk"])
def test_a_workstation_name_that_cannot_be_one_is_refused(qtbot: QtBot, name: str) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText(name)
    _use(dialog)
    qtbot.waitUntil(lambda: dialog.verdict.text() != "" and dialog.test_button.isEnabled())
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "name" in dialog.verdict.text().lower()
    assert not workstation.file_path().exists()  # nothing remembered


@pytest.mark.parametrize(
    ("language", "name", "says"),
    [
        ("en", "front:desk", "it contains a colon (:)"),
        ("he", "front:desk", "השם מכיל נקודתיים (:)"),
        ("es", " front", "empieza o termina con espacios"),
        ("he", "x" * 41, "השם ארוך מ־40 תווים"),
        ("es", "front\u200bdesk", "contiene un carácter invisible (U+200B)"),
    ],
)
def test_why_a_name_cannot_be_one_is_said_in_the_windows_language(
    qtbot: QtBot, qapp: QApplication, language: str, name: str, says: str
) -> None:
    install_language(qapp, language)
    try:
        dialog = _dialog(qtbot)
        dialog.name.setText(name)
        _use(dialog)
        qtbot.waitUntil(lambda: dialog.verdict.text() != "" and dialog.test_button.isEnabled())
        assert says in dialog.verdict.text()
        assert "the workstation name" not in dialog.verdict.text() or language == "en"
    finally:
        install_language(qapp, "en")


def test_tools_connection_remembers_the_new_one_and_restarts(
    sctx: AppContext,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[tuple[str, str]],
) -> None:
    restarted: list[bool] = []
    monkeypatch.setattr(start_up, "restart_without_db", lambda: restarted.append(True))
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, title, text, *_: message_boxes.append((title, text))),
    )
    window = make_window(sctx, TEST_ADMIN)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectionDialog) and dialog.name.text() != "back-office":
            dialog.name.setText("back-office")
            _use(dialog)

    watcher = QTimer()
    watcher.timeout.connect(choose)
    watcher.start(20)
    try:
        window.connection_action.trigger()
    finally:
        watcher.stop()
    assert workstation.load() == workstation.Remembered(sqlite_url_here(), "back-office")
    assert message_boxes == [("Connection", "RenewDesk will restart to use the new connection.")]
    assert restarted == [True]


def test_a_cancelled_change_keeps_the_connection_and_does_not_restart(
    sctx: AppContext, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    restarted: list[bool] = []
    monkeypatch.setattr(start_up, "restart_without_db", lambda: restarted.append(True))
    window = make_window(sctx, TEST_ADMIN)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectionDialog):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    watcher = QTimer()
    watcher.timeout.connect(cancel)
    watcher.start(20)
    try:
        window.connection_action.trigger()
    finally:
        watcher.stop()
    assert restarted == [] and not workstation.file_path().exists()


def test_use_that_fails_to_remember_leaves_no_new_file_behind(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(remembered: workstation.Remembered, path: Path | None = None) -> Path:
        raise workstation.WorkstationFileError("cannot write the file: No space left on device")

    monkeypatch.setattr(workstation, "save", fails)
    dialog = _dialog(qtbot)
    new_file = Path(urlsplit(sqlite_url_here()).path)
    assert not new_file.exists()
    _use(dialog)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.verdict.text().startswith("The connection could not be remembered")
    assert "Nothing was kept" in dialog.verdict.text()
    assert "No space left on device" in dialog.detail.text()  # the English line for support
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.remembered is None
    assert not new_file.exists() and not new_file.parent.exists()
