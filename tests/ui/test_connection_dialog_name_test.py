"""The connection dialog's "Test connection" checks the workstation's name too: it never says
"ready to use" for a name that "Use this connection" then refuses (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.app.connection import Verdict
from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose, verdict_text
from desktop.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


def _dialog(qtbot: QtBot) -> ConnectionDialog:
    dialog = ConnectionDialog(TaskRunner(), Purpose.FIRST_START)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_name_that_cannot_be_one_fails_the_test(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText("WS:Gamma")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.verdict.text() != "" and dialog.test_button.isEnabled())
    assert "colon" in dialog.verdict.text()
    assert dialog.verdict.text() != verdict_text(Verdict.EMPTY)
    assert not workstation.file_path().exists()


def test_a_good_name_is_tested_as_before(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.name.setText("WS-Gamma")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.verdict.text() != "" and dialog.test_button.isEnabled())
    assert dialog.verdict.text() == verdict_text(Verdict.EMPTY)
