"""After a failed connection the sign-in dialog shows every button's whole text (Retry, Choose
another connection…, Sign in, Cancel) in English, Hebrew and Spanish: none is squeezed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app.connection import Verdict
from desktop.ui.application import install_language
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.tasks import TaskRunner

DETAIL = "the server db.example.com:5432 cannot be reached: connection failed: connection refused"


@pytest.mark.parametrize("language", ["en", "he", "es"])
@pytest.mark.parametrize("verdict", [Verdict.UNREACHABLE, None])
def test_every_button_shows_its_whole_text_after_a_failed_connection(
    qtbot: QtBot, qapp: QApplication, language: str, verdict: Verdict | None
) -> None:
    install_language(qapp, language)
    dialog = SignInDialog(None, TaskRunner(), language)
    qtbot.addWidget(dialog)
    dialog.show()  # first "Connecting…", as the window starts, then the failure
    qtbot.waitExposed(dialog)
    qapp.processEvents()
    dialog.connection_failed(verdict, DETAIL)
    qapp.processEvents()
    buttons = [button for button in dialog.findChildren(QPushButton) if button.isVisible()]
    assert dialog.retry_button in buttons and dialog.choose_button in buttons
    assert dialog.sign_in_button in buttons
    for button in buttons:
        needed = button.sizeHint().width()
        assert button.width() >= needed, f"{language}: {button.text()!r} is {button.width()} of {needed} px"
        assert button.geometry().right() <= dialog.width() and button.geometry().left() >= 0
