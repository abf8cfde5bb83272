"""R34 on the first-run dialog: once Create is pressed the admin is created and the demo data loaded
whole. Esc, Cancel and the window's close button did close the dialog half-way (the program ended
with an admin and no demo data); now they do nothing and the dialog says what it is doing."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import customers, staff
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui.application import install_language
from desktop.ui.dialogs.sign_in import FirstRunDialog
from desktop.ui.tasks import TaskRunner

PASSWORD = "correct horse battery"


def test_esc_and_close_do_nothing_while_the_demo_data_loads(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext
) -> None:
    install_language(qapp, "es")
    desk = Desk(sctx)
    tasks = TaskRunner()
    dialog = FirstRunDialog(desk, tasks, language="es")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("ana")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.demo.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # The one worker: the admin is created, then this holds it, so the demo load waits behind it.
    gate = threading.Event()
    tasks.run(lambda: gate.wait(30), lambda _: None)
    try:
        qtbot.waitUntil(lambda: desk.actor is not None)  # the admin exists; the demo load is queued
        QApplication.sendEvent(
            dialog, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        )
        dialog.close()
        dialog.reject()
        assert dialog.isVisible()
        assert not dialog.buttons.isEnabled() and not dialog.name.isEnabled()
        assert not dialog.language.isEnabled()
        assert dialog.doing.isVisible()
        assert "datos de demostración" in dialog.doing.text()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
    tasks.wait()
    assert not dialog.isVisible()
    assert desk.make(staff.staff_count) == 1
    assert desk.call(customers.find_customers, "a")  # the demo customers are all there


def test_a_refusal_unlocks_the_dialog(qtbot: QtBot, sctx: AppContext) -> None:
    desk = Desk(sctx)
    tasks = TaskRunner()
    dialog = FirstRunDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("")  # no name: refused
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    tasks.wait()
    assert dialog.buttons.isEnabled() and dialog.name.isEnabled()
    assert not dialog.doing.isVisible()
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
