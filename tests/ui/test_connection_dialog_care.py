"""The connection dialog under trouble: a test can be cancelled (nothing remembered), a long refusal
(no usable keyring) is said in the window's words and never squeezes the form, the remembered server
is tested and kept again with its password from the keyring, and a remembered file of which only the
name is damaged keeps its connection."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.app.connection import SslMode, postgres_url
from desktop.ui.application import install_language
from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose
from desktop.ui.tasks import TaskRunner
from tests.support import postgres
from tests.support.keyrings import MemoryKeyring
from tests.support.password_role import PASSWORD, owned_database
from tests.support.password_role import password_role as make_password_role


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture
def silent_server() -> Iterator[socket.socket]:
    """Takes connections (the kernel completes them) and never answers: a test waits for it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield listener
    listener.close()


def _dialog(qtbot: QtBot, purpose: Purpose = Purpose.FIRST_START) -> ConnectionDialog:
    dialog = ConnectionDialog(TaskRunner(), purpose)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _server(dialog: ConnectionDialog, port: int, database: str = "renewdesk", user: str = "sales") -> None:
    dialog.server.click()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.ssl.setCurrentIndex(dialog.ssl.findData(SslMode.DISABLE))


@pytest.mark.parametrize("start", ["test", "use"])
def test_cancel_stays_offered_during_a_test_and_closes_at_once_remembering_nothing(
    qtbot: QtBot, silent_server: socket.socket, memory_keyring: MemoryKeyring, start: str
) -> None:
    dialog = _dialog(qtbot)
    _server(dialog, silent_server.getsockname()[1])
    dialog.password.setText("typed")
    (
        dialog.test_button if start == "test" else dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ).click()
    assert dialog.verdict.text() == "Testing the connection…"
    quit_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert quit_button.isEnabled() and dialog.buttons.button(QDialogButtonBox.StandardButton.Help).isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    silent_server.close()  # the test on the worker ends now (the connection is dropped)
    runner = dialog._tasks
    assert runner.wait(15000, abandonable=True)
    qtbot.waitUntil(lambda: not runner.busy)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.remembered is None
    assert workstation.load().url is None and not workstation.file_path().exists()
    assert memory_keyring.get_password("RenewDesk", "db.password") is None


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_no_usable_keyring_is_said_in_the_windows_words_and_the_form_keeps_its_room(
    qtbot: QtBot, qapp: QApplication, language: str, pg_server: postgres.PgServer
) -> None:
    install_language(qapp, language)
    role = make_password_role(pg_server)
    name = owned_database(pg_server, role)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        dialog = _dialog(qtbot)
        _server(dialog, pg_server.port, name, role)
        dialog.password.setText(PASSWORD)
        dialog.resize(dialog.width(), dialog.sizeHint().height())
        QApplication.processEvents()
        port_height = dialog.port.height()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        qtbot.waitUntil(lambda: ok.isEnabled(), timeout=15000)
    finally:
        keyring.set_keyring(previous)
        pg_server.drop_database(name)
    verdict, detail = dialog.verdict.text(), dialog.detail.text()
    assert "PYTHON_KEYRING_BACKEND" not in verdict and "No usable keyring" not in verdict
    assert detail.count("No usable keyring") == 1  # the English advice, once, for support
    if language != "en":
        assert "keyring" not in verdict  # the window's own words
    QApplication.processEvents()
    for field in (dialog.port, dialog.host, dialog.user, dialog.ssl, dialog.password):
        assert field.height() >= field.minimumSizeHint().height(), f"{language}: a field is squeezed"
    assert dialog.port.height() >= port_height
    assert dialog.detail.geometry().bottom() <= dialog.height()
    assert dialog.buttons.geometry().bottom() <= dialog.height()
    assert dialog.detail.height() >= dialog.detail.heightForWidth(dialog.detail.width())
    assert workstation.load().url is None


def test_a_remembered_file_with_a_damaged_name_keeps_its_connection(qtbot: QtBot, tmp_path: Path) -> None:
    url = postgres_url("db.example.com", 5433, "renewdesk", "sales", SslMode.REQUIRE)
    workstation.file_path().parent.mkdir(parents=True, exist_ok=True)
    workstation.file_path().write_text(json.dumps({"url": url, "name": "front:desk"}), encoding="utf-8")
    dialog = _dialog(qtbot, Purpose.CHANGE)
    assert dialog.server.isChecked() and not dialog.here.isChecked()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "db.example.com",
        5433,
        "renewdesk",
        "sales",
    )
    assert dialog.ssl.currentData() == SslMode.REQUIRE
    assert dialog.name.text() == "front:desk"  # left for the person to correct
    assert dialog.verdict.text().startswith("The workstation name remembered on this computer cannot be used")
    assert "colon" in dialog.detail.text() or ":" in dialog.detail.text()
    assert dialog.url() == url


@pytest.mark.postgres
@pytest.mark.parametrize("purpose", [Purpose.CHANGE, Purpose.ANOTHER])
def test_the_remembered_server_is_tested_and_kept_with_its_kept_password(
    qtbot: QtBot, pg_server: postgres.PgServer, memory_keyring: MemoryKeyring, purpose: Purpose
) -> None:
    role = make_password_role(pg_server)
    name = owned_database(pg_server, role)
    try:
        url = postgres_url("127.0.0.1", pg_server.port, name, role, SslMode.DISABLE)
        workstation.save(workstation.Remembered(url, "front-desk"))
        memory_keyring.set_password("RenewDesk", "db.password", PASSWORD)

        dialog = _dialog(qtbot, purpose)
        assert dialog.password.text() == ""
        assert dialog.password.placeholderText() == "kept in the keyring (leave empty to keep it)"
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
        assert dialog.verdict.text() == "Connected: the database is empty, RenewDesk will set it up."

        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
        assert workstation.load() == workstation.Remembered(url, "front-desk", password_kept=True)
        assert memory_keyring.get_password("RenewDesk", "db.password") == PASSWORD  # kept, not emptied

        other = _dialog(qtbot, purpose)  # another server: its password is not this one's
        other.host.setText("localhost")
        assert other.password.placeholderText() == ""
        other.test_button.click()
        qtbot.waitUntil(lambda: other.test_button.isEnabled(), timeout=15000)
        assert other.verdict.text() == "The server refused the user or the password."
    finally:
        pg_server.drop_database(name)


@pytest.mark.parametrize("kept", [False, None])
def test_a_server_remembered_without_a_password_is_tested_without_the_keyring(
    qtbot: QtBot, kept: bool | None
) -> None:
    """Remembered needing none: the field promises no kept password and the test never asks the
    (broken) keyring. Remembered by an earlier RenewDesk (not written down): asked, and said."""
    url = postgres_url("127.0.0.1", 1, "rd", "sales", SslMode.DISABLE)  # nothing listens on port 1
    workstation.save(workstation.Remembered(url, "front-desk", password_kept=kept))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        dialog = _dialog(qtbot, Purpose.CHANGE)
        promised = "" if kept is False else "kept in the keyring (leave empty to keep it)"
        assert dialog.password.placeholderText() == promised
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    finally:
        keyring.set_keyring(previous)
    if kept is False:
        assert dialog.verdict.text().startswith("The server does not answer")
    else:
        assert dialog.verdict.text().startswith("This computer has no usable keyring")


@pytest.mark.postgres
def test_a_server_remembered_by_an_earlier_renewdesk_is_chosen_again_without_a_keyring(
    qtbot: QtBot, pg_server: postgres.PgServer
) -> None:
    """The way out at sign-in (Choose another connection…): the same server, its password left
    empty; it takes the connection without one, so it is remembered as needing none."""
    name = pg_server.create_database()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        url = postgres_url("127.0.0.1", pg_server.port, name, "renewdesk", SslMode.DISABLE)
        workstation.file_path().parent.mkdir(parents=True)
        workstation.file_path().write_text(json.dumps({"url": url, "name": "front-desk"}))
        dialog = _dialog(qtbot, Purpose.ANOTHER)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
        assert dialog.verdict.text() == "Connected: the database is empty, RenewDesk will set it up."
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
    finally:
        keyring.set_keyring(previous)
        pg_server.drop_database(name)
    assert workstation.load() == workstation.Remembered(url, "front-desk", password_kept=False)
