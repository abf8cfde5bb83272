"""An encryption refusal is said as one (SSL required against a server that offers none), not as a
server that does not answer: the real test server has no SSL."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.app.connection import SslMode, Verdict, check_connection, postgres_url
from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose
from desktop.ui.tasks import TaskRunner
from tests.support import postgres
from tests.support.keyrings import MemoryKeyring


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.mark.postgres
@pytest.mark.parametrize("mode", [SslMode.REQUIRE, SslMode.VERIFY_FULL])
def test_ssl_required_against_a_server_without_it_is_an_encryption_refusal(
    pg_server: postgres.PgServer, mode: SslMode
) -> None:
    name = pg_server.create_database()
    try:
        check = check_connection(postgres_url("127.0.0.1", pg_server.port, name, postgres.USER, mode))
        assert check.verdict is Verdict.ENCRYPTION_REFUSED, check.detail
        assert not check.usable and "encrypted" in check.detail
        plain = check_connection(
            postgres_url("127.0.0.1", pg_server.port, name, postgres.USER, SslMode.DISABLE)
        )
        assert plain.verdict is Verdict.EMPTY
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_the_dialog_says_the_server_offers_no_encryption(
    qtbot: QtBot, pg_server: postgres.PgServer, memory_keyring: MemoryKeyring
) -> None:
    name = pg_server.create_database()
    try:
        dialog = ConnectionDialog(TaskRunner(), Purpose.FIRST_START)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.server.click()
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(pg_server.port)
        dialog.database.setText(name)
        dialog.user.setText(postgres.USER)
        dialog.ssl.setCurrentIndex(dialog.ssl.findData(SslMode.REQUIRE))
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
        assert dialog.verdict.text().startswith("The server does not offer encrypted connections")
        assert "does not answer" not in dialog.verdict.text()
        assert workstation.load().url is None
    finally:
        pg_server.drop_database(name)
