"""Signing in (R26) through the dialogs: a wrong password says so and keeps the dialog open, five
failures lock the account, the right one signs in with the member's role; an empty database asks for
the first administrator."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import customers, staff
from desktop.app.actor import Role
from desktop.app.desk import Desk
from desktop.app.staff import add_staff
from desktop.bootstrap import AppContext
from desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import audit_rows
from tests.conftest import ROOT
from tests.support.actors import TEST_ADMIN

PASSWORD = "correct horse battery"


def _ok(dialog: SignInDialog | FirstRunDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot: QtBot, sctx: AppContext) -> None:
    add_staff(sctx, TEST_ADMIN, "sara", "sales", PASSWORD)
    workspace = Desk(sctx)
    tasks = TaskRunner()
    dialog = SignInDialog(workspace, tasks, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("sara")
    dialog.password.setText("not the password")
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "The name or the password is wrong."
    assert dialog.isVisible() and dialog.password.text() == ""
    assert workspace.actor is None

    dialog.password.setText(PASSWORD)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert workspace.actor is not None
    assert (workspace.actor.name, workspace.actor.role) == ("sara", Role.SALES)
    assert QSettings().value("last_user") == "sara"
    tasks.wait()


def test_five_failures_lock_the_account(qtbot: QtBot, sctx: AppContext) -> None:
    add_staff(sctx, TEST_ADMIN, "fina", "finance", PASSWORD)
    workspace = Desk(sctx)
    tasks = TaskRunner()
    dialog = SignInDialog(workspace, tasks, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("fina")
    for attempt in range(5):
        dialog.error.clear()
        dialog.password.setText(f"wrong {attempt}")
        _ok(dialog)
        qtbot.waitUntil(lambda: dialog.error.text() != "")
    dialog.error.clear()
    dialog.password.setText(PASSWORD)  # right, but too late
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "Too many failed attempts: this account is locked for 15 minutes."
    assert workspace.actor is None
    assert dialog.isVisible()
    assert len(audit_rows(sctx, "staff.locked")) == 1
    tasks.wait()


def test_the_language_chosen_at_sign_in_is_announced(qtbot: QtBot, sctx: AppContext) -> None:
    dialog = SignInDialog(Desk(sctx), TaskRunner(), "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.language_chosen) as chosen:
        dialog.language.setCurrentIndex(dialog.language.findData("he"))
    assert chosen.args == ["he"]
    assert dialog.language.currentText() == "עברית"


def test_an_empty_database_asks_for_the_first_admin(qtbot: QtBot, sctx: AppContext) -> None:
    workspace = Desk(sctx)
    assert workspace.make(staff.staff_count) == 0
    tasks = TaskRunner()
    dialog = FirstRunDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("adam")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "!")
    _ok(dialog)
    assert dialog.error.text() == "The two passwords differ."
    assert workspace.make(staff.staff_count) == 0

    dialog.repeat.setText(PASSWORD)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert workspace.make(staff.staff_count) > 0
    assert workspace.actor is not None
    assert (workspace.actor.name, workspace.actor.role) == ("adam", Role.ADMIN)
    assert [row.actor for row in audit_rows(sctx, "staff.added")] == ["setup:adam"]
    tasks.wait()


def test_the_first_start_can_import_a_file(qtbot: QtBot, sctx: AppContext) -> None:
    """R26: the first admin, then the file chosen on the first-run dialog is imported."""
    workspace = Desk(sctx)
    tasks = TaskRunner()
    dialog = FirstRunDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("adam")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.set_file(ROOT / "tests" / "support" / "spec_example.json")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    tasks.wait()
    assert [hit.ref for hit in workspace.call(customers.find_customers, "Dana")] == ["cust-1"]
    assert [row.actor for row in audit_rows(sctx, "data.imported")] == ["adam"]


# -- the language chosen here, in force at once (issue 11) ---------------------------------------------


def test_the_sign_in_dialog_says_everything_again_in_the_language_picked(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext
) -> None:
    add_staff(sctx, TEST_ADMIN, "sara", "sales", PASSWORD)
    workspace = Desk(sctx)
    tasks = TaskRunner()
    dialog = SignInDialog(workspace, tasks, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("sara")
    dialog.password.setText("not the password")
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == "The name or the password is wrong."

    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "כניסה ל־RenewDesk")  # LanguageChange is posted
    assert (dialog.name_label.text(), dialog.password_label.text()) == ("שם", "סיסמה")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "כניסה"
    assert dialog.error.text() == "השם או הסיסמה שגויים."  # the refusal shown is said again
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft

    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Iniciar sesión en RenewDesk")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight

    dialog.password.setText(PASSWORD)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert QSettings().value("language") == "es"
    tasks.wait()


def test_the_first_run_dialog_offers_the_language_too(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext
) -> None:
    dialog = FirstRunDialog(Desk(sctx), TaskRunner(), language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "!")
    _ok(dialog)
    assert dialog.error.text() == "The two passwords differ."
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Le damos la bienvenida a RenewDesk")
    assert dialog.intro.text() == "La base de datos está vacía. Cree el primer administrador."
    assert dialog.name_label.text() == "Nombre del administrador"
    assert dialog.error.text() == "Las contraseñas no coinciden."
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "ברוכים הבאים ל־RenewDesk")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_long_refusal_wraps_below_the_fields_without_squeezing_them(qtbot: QtBot, sctx: AppContext) -> None:
    dialog = SignInDialog(Desk(sctx), TaskRunner(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = {field: field.height() for field in (dialog.name, dialog.password)}
    dialog.say("Something went wrong: " + "the server at db.example.com did not answer in time. " * 6)
    QApplication.processEvents()
    for field, height in heights.items():
        assert field.height() == height >= field.minimumSizeHint().height()
    error = dialog.error
    assert error.geometry().top() >= dialog.password.geometry().bottom()
    assert error.height() >= error.heightForWidth(error.width())  # every wrapped line has room
    assert dialog.buttons.geometry().top() >= error.geometry().bottom()
