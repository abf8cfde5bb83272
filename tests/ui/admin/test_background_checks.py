"""The due checks in every window (SPEC 2b): the status bar after a run, a failure in red with its
message, the operations panel with its runs, events and "run now", two windows on one database doing
each cycle once, and quitting leaving nothing half-done."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app import background
from desktop.app.actor import Actor
from desktop.app.background import CheckReport
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, DueRun, DueRunEvent
from desktop.ui.admin.operations_dialog import OperationsDialog
from desktop.ui.main_window import MainWindow
from tests.app.helpers import ADMIN, SALES
from tests.jobs.smtp_helpers import (
    SmtpServer,
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
    window.show()
    return window


def first_report(qtbot: QtBot, window: MainWindow) -> CheckReport:
    qtbot.waitUntil(lambda: window.background.last is not None, timeout=WAIT_MS)
    report = window.background.last
    assert report is not None
    return report


def audit_count(ctx: AppContext, action: str) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).where(AuditEntry.action == action)) or 0)


def test_the_status_bar_shows_what_the_first_run_did_and_the_next_run(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, smtp.port)
    import_customers(sctx, [good_customer(1, domains=2)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    report = first_report(qtbot, window)
    assert report.error is None and not report.failed
    assert report.counts == {"card_check_passed": 2, "precharge_notice_sent": 2}
    assert report.mail_sent == 2 and len(smtp.received()) == 2
    assert "next" in window.background.text()
    story = window.background.toolTip()
    assert "2 × card check passed" in story and "2 × pre-charge notice queued" in story
    assert "E-mails: all sent" in story
    assert window.background.property("failed") is False
    assert report.next_run_at is not None and report.next_run_at > report.finished_at


def test_a_failed_run_is_shown_in_red_with_its_message(
    qtbot: QtBot, sctx: AppContext, dead_smtp_port: int, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, dead_smtp_port)
    import_customers(sctx, [good_customer(1, domains=1)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    report = first_report(qtbot, window)
    assert report.failed and report.mail.failing == 1
    assert "1 e-mail failing" in window.background.text()
    assert "The mail server 127.0.0.1" in window.background.toolTip()
    assert "the connection was refused" in window.background.toolTip()
    assert window.background.property("failed") is True
    # The notice is failing and tried again at the next run: nothing is lost (R32).
    assert [row.status for row in outbox_rows(sctx)] == ["failing"]


def test_the_operations_panel_lists_runs_and_their_events_and_runs_now(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, smtp.port)
    import_customers(sctx, [good_customer(1, domains=2)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    first_report(qtbot, window)
    window.open_operations()
    panel = window.operations
    assert isinstance(panel, OperationsDialog)
    qtbot.waitUntil(
        lambda: panel.runs_model.rowCount() == 1 and panel.events_model.rowCount() == 4, timeout=WAIT_MS
    )
    assert panel.runs_model.text_at(0, 3) == "completed"
    assert panel.runs_model.text_at(0, 5) == "2 sent"
    events = sorted(panel.events_model.text_at(row, 0) for row in range(4))
    assert events == ["card check passed"] * 2 + ["pre-charge notice queued"] * 2
    # The customer by name, as people know them; the ref is in the tooltip (it said "cust-1").
    model = panel.events_model
    assert {model.text_at(row, 1) for row in range(4)} == {"Customer 1"}
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "cust-1"
    with sctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(DueRunEvent)) == 4

    assert panel.run_now.isEnabled()
    qtbot.mouseClick(panel.run_now, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    # The second run finds nothing new to do; the panel refreshes when it ends.
    qtbot.waitUntil(lambda: panel.runs_model.rowCount() == 2, timeout=WAIT_MS)
    assert panel.runs_model.text_at(0, 4) == "nothing was due"
    assert audit_count(sctx, "card.check_passed") == 2


def test_sales_may_look_at_the_runs_but_not_run_them(
    qtbot: QtBot, sctx: AppContext, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, sctx, SALES, windows)
    first_report(qtbot, window)
    window.open_operations()
    assert not window.operations.run_now.isEnabled()
    assert window.background.checks is not None
    with pytest.raises(UseCaseError) as refused:
        window.workspace.call(background.run_checks_now, window.background.checks)
    assert refused.value.code == "forbidden"


def test_two_windows_on_one_database_check_each_card_once(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, smtp.port)
    import_customers(sctx, [good_customer(index, domains=3) for index in range(1, 6)])
    first, second = (open_window(qtbot, sctx, ADMIN, windows) for _ in range(2))
    first_report(qtbot, first)
    first_report(qtbot, second)
    assert audit_count(sctx, "card.check_passed") == 15
    assert len(smtp.received()) == 15
    both = [window.background.last for window in (first, second)]
    assert sum(report.counts.get("card_check_passed", 0) for report in both if report) == 15


def test_quitting_stops_the_checks_and_leaves_no_run_half_done(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer, windows: list[MainWindow]
) -> None:
    point_smtp_at(sctx, smtp.port)
    import_customers(sctx, [good_customer(index, domains=2) for index in range(1, 4)])
    window = open_window(qtbot, sctx, ADMIN, windows)
    checks = window.background.checks
    assert checks is not None
    window.close()  # at once: the first run is likely still under way
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert checks.next_run_at() is None and not checks.run_under_way
    with sctx.db.reading() as session:
        outcomes = session.scalars(select(DueRun.outcome)).all()
    assert outcomes and "running" not in outcomes
