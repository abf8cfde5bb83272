"""R32 on the real widgets: with the mail server down the status bar stays in the risk colour after
"Run now" (it turned black), the service's history says the notice is failing and why (it said
"card checked, notice sent"), admins retry and sales send again where they see the message, and a
fresh start where nobody set up e-mail shows a setup task with a link, not a failure in red."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import background
from desktop.app.actor import SCHEDULER, Actor
from desktop.app.changes import DUE_RUN_CHANGES
from desktop.app.desk import Desk
from desktop.app.due_checks import run_due_checks
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.core.clock import ManualClock
from desktop.core.codes import MailState
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import Service
from desktop.ui import colours
from desktop.ui.application import install_language
from desktop.ui.dialogs.service_history import ServiceHistory
from desktop.ui.mail.outbox_view import OutboxView
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, SALES
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    SmtpServer,
    audit_actions,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    good_customer,
    import_customers,
    outbox_rows,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)

WAIT_MS = 30_000  # only reached when something is broken


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()
        qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=WAIT_MS)  # type: ignore[misc]
        window.tasks.wait(WAIT_MS)


def open_window(qtbot: QtBot, ctx: AppContext, actor: Actor, made: list[MainWindow]) -> MainWindow:
    window = MainWindow(Desk(ctx, actor), background_checks=True)
    made.append(window)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.background.last is not None, timeout=WAIT_MS)
    return window


def summary_colour(window: MainWindow) -> str:
    return window.background.summary.palette().color(QPalette.ColorRole.WindowText).name()


def fits(window: MainWindow) -> bool:
    bar = window.background
    needed = bar.summary.fontMetrics().horizontalAdvance(bar.summary.text())
    return needed <= bar.summary.width() and bar.geometry().right() <= window.width()


def test_with_the_server_down_the_status_bar_stays_in_the_risk_colour_after_run_now(
    qtbot: QtBot, sctx: AppContext, dead_smtp_port: int, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    import_customers(sctx, [good_customer(1, domains=1)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    checks = window.background.checks
    assert checks is not None
    for _ in range(2):  # the second "run now" has nothing to send: the retry waits (back-off)
        with qtbot.waitSignal(window.background.report_shown, timeout=WAIT_MS):
            window.workspace.call(background.run_checks_now, checks)
    assert window.background.last is not None and window.background.last.mail_sent == 0
    assert [row.status for row in outbox_rows(sctx)] == ["failing"]
    assert window.background.property("failed") is True
    assert summary_colour(window) == colours.risk_color().name()
    assert "1 e-mail failing" in window.background.text()
    story = plain(window.background.toolTip())
    assert "The mail server 127.0.0.1" in story and "did not answer" in story
    assert "Next try:" in story
    qtbot.waitUntil(lambda: fits(window), timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["he", "es"])
def test_the_os_error_is_wrapped_in_a_translated_sentence_and_the_bar_fits(
    qtbot: QtBot,
    qapp: QApplication,
    sctx: AppContext,
    dead_smtp_port: int,
    windows: list[MainWindow],
    language: str,
) -> None:
    install_language(qapp, language)
    point_smtp_at(sctx, dead_smtp_port)
    import_customers(sctx, [good_customer(1, domains=2)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    story = window.background.toolTip()
    # A refused connection is said in the window's words: no "[Errno 111] Connection refused".
    refused = {"he": "החיבור נדחה", "es": "se rechazó la conexión"}[language]
    assert refused in story
    assert "The mail server" not in story and "did not answer" not in story
    assert "Connection refused" not in story and "Errno" not in story
    qtbot.waitUntil(lambda: fits(window), timeout=WAIT_MS)


def test_a_fresh_start_without_e_mail_set_up_shows_a_setup_task_not_a_failure(
    qtbot: QtBot, sctx: AppContext, windows: list[MainWindow]
) -> None:
    import_customers(sctx, [good_customer(1, domains=1)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    bar = window.background
    qtbot.waitUntil(lambda: "E-mail is not set up" in bar.text(), timeout=WAIT_MS)
    assert bar.property("failed") is False
    assert summary_colour(window) == bar.palette().color(QPalette.ColorRole.WindowText).name()
    assert summary_colour(window) != colours.risk_color().name()
    assert not bar.link.isHidden() and "Set up…" in bar.link.text()
    assert "Choose the mail server" in bar.toolTip()
    bar.settings_wanted.disconnect()  # the real slot opens the modal settings dialog
    wanted: list[bool] = []
    bar.settings_wanted.connect(lambda: wanted.append(True))
    bar.link.linkActivated.emit("settings")
    assert wanted == [True]

    sales = open_window(qtbot, sctx, SALES, windows)
    qtbot.waitUntil(lambda: "E-mail is not set up" in sales.background.text(), timeout=WAIT_MS)
    assert "ask an administrator" in sales.background.text()
    assert "href" not in sales.background.link.text()


def _service_id(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        found = session.scalars(select(Service.id).order_by(Service.id)).first()
        assert found is not None
        return found


def _email_row(history: ServiceHistory) -> int:
    return next(row for row, entry in enumerate(history.entries()) if entry.mail is not None)


def test_the_history_shows_the_notice_failing_then_sent_and_the_actions_say_why_not(
    qtbot: QtBot,
    sctx: AppContext,
    clock: ManualClock,
    dead_smtp_port: int,
    smtp: SmtpServer,
    message_boxes: list[tuple[str, str]],
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    import_customers(sctx, [good_customer(1, domains=1)])
    run_due_checks(sctx, SCHEDULER, CHECK_DAY)
    admin_desk, sales_desk = Desk(sctx, ADMIN), Desk(sctx, SALES)
    tasks = TaskRunner()
    admin = ServiceHistory(admin_desk, tasks, _service_id(sctx))
    sales = ServiceHistory(sales_desk, tasks, _service_id(sctx))
    for view in (admin, sales):
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda v=view: any(e.mail for e in v.entries()), timeout=WAIT_MS)  # type: ignore[misc]
    texts = [
        plain(admin.model.text_at(row, column)) for row in range(admin.model.rowCount()) for column in (1, 2)
    ]
    assert not any("notice sent" in text for text in texts)
    assert "Renewal cycle: card checked" in texts
    row = _email_row(admin)
    details = plain(admin.model.text_at(row, 2))
    assert details.startswith("failing: The mail server 127.0.0.1") and "1 try, next try" in details
    assert "customer1@example.com" in details

    admin.table.selectRow(row)
    assert admin.mail_actions.retry.isEnabled()
    assert not admin.mail_actions.resend.isEnabled()
    assert "still being tried" in admin.mail_actions.resend.toolTip()
    sales.table.selectRow(_email_row(sales))
    assert not sales.mail_actions.retry.isEnabled()
    assert sales.mail_actions.retry.toolTip() == "Only an administrator can retry an e-mail."

    # The server is up; a background run sends it and announces the change: both views say sent.
    point_smtp_at(sctx, smtp.port)
    clock.advance(timedelta(minutes=5))
    assert send_outbox(sctx).sent == 1
    admin_desk.announce(DUE_RUN_CHANGES)
    sales_desk.announce(DUE_RUN_CHANGES)
    for view in (admin, sales):
        qtbot.waitUntil(
            lambda v=view: plain(v.model.text_at(_email_row(v), 2)).startswith("sent "),  # type: ignore[misc]
            timeout=WAIT_MS,
        )
    sales.table.selectRow(_email_row(sales))
    assert sales.mail_actions.resend.isEnabled()
    sales.mail_actions.resend.click()
    assert message_boxes and "again" in message_boxes[-1][1]
    qtbot.waitUntil(lambda: sum(1 for e in sales.entries() if e.mail) == 2, timeout=WAIT_MS)
    assert "A new e-mail is queued" in sales.mail_actions.note.text()
    assert [row.status for row in outbox_rows(sctx)] == ["sent", "queued"]
    assert len(audit_actions(sctx, "email.resend")) == 1
    tasks.wait(WAIT_MS)


def test_the_e_mails_view_lists_failing_messages_and_an_admin_retries_one(
    qtbot: QtBot, sctx: AppContext, dead_smtp_port: int, smtp: SmtpServer
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    import_customers(sctx, [good_customer(1, domains=2)])
    run_due_checks(sctx, SCHEDULER, CHECK_DAY)
    tasks = TaskRunner()
    view = OutboxView(Desk(sctx, ADMIN), tasks)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    assert view.count.text() == "2 e-mails"
    assert all(plain(view.model.text_at(row, 5)).startswith("failing: ") for row in range(2))
    view.state.setCurrentIndex(view.state.findData(MailState.SENT.value))
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)
    view.state.setCurrentIndex(view.state.findData(MailState.FAILING.value))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    view.table.selectRow(0)
    assert view.mail_actions.retry.isEnabled()
    point_smtp_at(sctx, smtp.port)  # the server is back: "Retry now" sends now, not at the next run
    view.mail_actions.retry.click()
    qtbot.waitUntil(lambda: plain(view.mail_actions.note.text()).startswith("sent "), timeout=WAIT_MS)
    assert len(audit_actions(sctx, "email.retry_now")) == 1
    assert len(smtp.messages()) >= 1
    assert "sent" in [row.status for row in outbox_rows(sctx)]
    tasks.wait(WAIT_MS)
