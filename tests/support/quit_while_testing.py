"""A window start driven to quit while a connection test waits for a server that never answers (run
as a child process by tests/ui/test_quit_while_testing.py): `dialog PORT` tests the server from the
first start's connection dialog, `sign-in PORT` lets the start open the remembered server; when the
parent (whose server has taken the connection) writes "quit", the dialog's Quit is pressed or the
sign-in dialog closed. The parent times the process's end."""

from __future__ import annotations

import select
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.application import application
from desktop.ui.dialogs.connection_dialog import ConnectionDialog
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.start_up import StartUp

STEP_MS = 20


def _shown(kind: type) -> list[object]:
    return [w for w in application().topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _test_in_the_dialog(port: int) -> None:
    if not (dialogs := _shown(ConnectionDialog)):
        QTimer.singleShot(STEP_MS, lambda: _test_in_the_dialog(port))
        return
    dialog = dialogs[0]
    assert isinstance(dialog, ConnectionDialog)
    dialog.server.click()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.user.setText("sales")
    dialog.test_button.click()


def _when_told_to_quit() -> None:
    if not select.select([sys.stdin], [], [], 0)[0]:
        QTimer.singleShot(STEP_MS, _when_told_to_quit)
        return
    sys.stdin.readline()
    for dialog in _shown(ConnectionDialog):
        assert isinstance(dialog, ConnectionDialog)
        assert not dialog.test_button.isEnabled(), "no test under way"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    for sign_in in _shown(SignInDialog):
        assert isinstance(sign_in, SignInDialog)
        assert sign_in.connecting.isVisible(), "not connecting"
        sign_in.close()


def main(mode: str, port: int) -> int:
    application()
    if mode == "dialog":
        QTimer.singleShot(0, lambda: _test_in_the_dialog(port))
    QTimer.singleShot(0, _when_told_to_quit)
    return StartUp(None, None, "en").run()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2])))
