"""R34 on the settings dialog's test e-mail, with a mail server that accepts the connection and never
answers: Cancel closed the dialog while the send went on behind it, and the main window's worker was
held for the whole SMTP time-out (its next account load waited ~30 s). Now the send has a worker of its
own, and Cancel says the dialog is finishing, locks it and closes it once the server has answered."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN
from tests.jobs.smtp_helpers import HOST, audit_actions
from tests.ui.admin.test_settings_dialog import WAIT_MS, point_at_server


@pytest.fixture
def silent_server() -> Iterator[socket.socket]:
    """A port whose connections the kernel accepts and nobody ever answers."""
    hole = socket.socket()
    hole.bind((HOST, 0))
    hole.listen(5)
    yield hole
    hole.close()


def test_cancel_while_the_test_e_mail_waits_finishes_it_and_the_main_worker_stays_free(
    qtbot: QtBot, sctx: AppContext, silent_server: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_tasks = TaskRunner()  # the main window's one worker
    dialog = SettingsDialog(Desk(sctx, ADMIN), main_tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    point_at_server(dialog, int(silent_server.getsockname()[1]))
    monkeypatch.setattr(dialog, "ask_address", lambda: "admin@hosting.example")

    dialog.test_button.click()
    assert dialog.sending and dialog.status.text().startswith("Sending a test e-mail to")
    assert not dialog.pages.isEnabled()  # the values sent stay the ones shown

    # The main window's loads go on meanwhile.
    answered: list[int] = []
    main_tasks.run(lambda: 7, answered.append)
    qtbot.waitUntil(lambda: answered == [7], timeout=3_000)

    dialog.reject()  # Cancel
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.isVisible()
    assert not cancel.isEnabled()
    assert dialog.status.text() == "Sending the test e-mail… (finishing)"
    assert not dialog.pages.isEnabled() and not dialog.test_button.isEnabled()
    dialog.close()  # the window's close button: still finishing
    assert dialog.isVisible()

    silent_server.close()  # the server hangs up: the send ends (failed), and only then the dialog
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert audit_actions(sctx, "settings.test_email") == []
    main_tasks.wait(WAIT_MS)
