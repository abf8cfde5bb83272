"""Help → About runs the workstation's checks (R44) off the GUI thread: "Checking…" while they run, a
line per check with its mark when they are done, and Copy puts the plain-text report on the
clipboard for support."""

from __future__ import annotations

import threading

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.app.about import about
from desktop.app.doctor import Check, checks_here
from desktop.bootstrap import AppContext
from desktop.core.codes import CheckKind
from desktop.ui.application import install_language
from desktop.ui.dialogs.about_dialog import AboutDialog
from tests.app.helpers import SALES
from tests.jobs.smtp_helpers import (
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.ui.conftest import WindowFactory


def finding_words(dialog: AboutDialog, kind: CheckKind) -> str:
    label = dialog.findChild(QLabel, f"check_{kind.value}")
    assert isinstance(label, QLabel)
    return label.text()


def shown_dialog(qtbot: QtBot, ctx: AppContext) -> AboutDialog:
    dialog = AboutDialog(about(ctx), lambda: checks_here(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.checks is not None, timeout=20_000)
    return dialog


def test_about_in_the_window_shows_every_check_passing(
    sctx: AppContext, smtp: SmtpServer, make_window: WindowFactory, qtbot: QtBot
) -> None:
    point_smtp_at(sctx, smtp.port)
    window = make_window(sctx, SALES)
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checks is not None, timeout=20_000)
    assert dialog.state.text() == "Every check passed"
    assert [check.kind for check in dialog.checks or ()] == list(CheckKind)
    assert finding_words(dialog, CheckKind.SCHEMA).startswith("Version ")
    assert "nothing was sent" in finding_words(dialog, CheckKind.SMTP)
    assert smtp.received() == []
    dialog.close()


def test_checking_is_said_until_the_checks_are_done(sctx: AppContext, qtbot: QtBot) -> None:
    gate = threading.Event()

    def held() -> tuple[Check, ...]:
        gate.wait(20)
        return checks_here(sctx)

    dialog = AboutDialog(about(sctx), held)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.state.text() == "Checking…"
    assert not dialog.copy.isEnabled() and not dialog.again.isEnabled()
    assert dialog.findChild(QLabel, "check_database") is None
    gate.set()
    qtbot.waitUntil(lambda: dialog.checks is not None, timeout=20_000)
    assert dialog.copy.isEnabled() and dialog.again.isEnabled()
    assert finding_words(dialog, CheckKind.DATABASE).startswith("Reachable: ")


def test_a_failing_check_is_said_in_words_and_copy_gives_the_report(
    sctx: AppContext, dead_smtp_port: int, qtbot: QtBot
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    dialog = shown_dialog(qtbot, sctx)
    assert dialog.state.text() == "1 check did not pass"
    assert (
        finding_words(dialog, CheckKind.SMTP)
        == f"127.0.0.1:{dead_smtp_port} did not answer (the connection was refused)"
    )
    QGuiApplication.clipboard().clear()
    dialog.copy.click()
    report = QGuiApplication.clipboard().text()
    assert report.startswith("RenewDesk ")
    assert f"database: {sctx.db.engine.url}" in report
    assert "ok      database    " in report
    assert f"FAIL    smtp        127.0.0.1:{dead_smtp_port}: no connection" in report
    assert report.rstrip().endswith("some checks did not pass")
    assert "on the clipboard" in dialog.state.text()


def test_check_again_runs_them_anew(
    sctx: AppContext, dead_smtp_port: int, smtp: SmtpServer, qtbot: QtBot
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    dialog = shown_dialog(qtbot, sctx)
    assert dialog.state.text() == "1 check did not pass"
    point_smtp_at(sctx, smtp.port)
    dialog.checks = None
    dialog.again.click()
    qtbot.waitUntil(lambda: dialog.checks is not None, timeout=20_000)
    assert dialog.state.text() == "Every check passed"
    assert len(dialog.findChildren(QLabel, "check_smtp")) == 1  # the old rows are gone


def test_the_checks_in_hebrew(
    sctx: AppContext, dead_smtp_port: int, qtbot: QtBot, qapp: QApplication
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    install_language(qapp, "he")
    dialog = shown_dialog(qtbot, sctx)
    assert dialog.state.text() == "1 בדיקה לא עברה"
    smtp = finding_words(dialog, CheckKind.SMTP)
    assert "לא ענה" in smtp and "refused" not in smtp  # the cause in the window's words too
    QGuiApplication.clipboard().clear()
    dialog.copy.click()
    assert "FAIL    smtp" in QGuiApplication.clipboard().text()  # support reads English
