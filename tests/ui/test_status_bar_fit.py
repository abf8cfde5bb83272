"""The background line in the status bar at 1280 px, for an admin and a sales member, with the checks
failing and not, in English, Hebrew and Spanish: what is shown fits the label and is never cut in the
middle of a word; the next run's time is there; whatever is left out is in the tooltip; the link
("Set up…" for an admin, "ask an administrator" for the others) is shown whole. The line was capped
at 560 px: in Spanish it read "…sin configu" and lost the next run's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor
from desktop.app.background import CheckReport, GatewayProblem
from desktop.app.mail_status import MailSummary, SetupTask
from desktop.bootstrap import AppContext
from desktop.ui import formatting
from desktop.ui.application import install_language
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.main_window import MainWindow
from tests.app.helpers import ADMIN, SALES
from tests.jobs.smtp_helpers import point_smtp_at
from tests.ui.conftest import WindowFactory

SEPARATOR, MORE = " · ", "…"


def failing_report(now: datetime) -> CheckReport:
    problems = tuple(GatewayProblem(f"site-{n}.example", "gateway timed out") for n in range(3))
    return CheckReport(
        finished_at=now - timedelta(days=1),  # another day's: the longer form, with its date
        next_run_at=now + timedelta(minutes=10),
        mail=MailSummary(queued=4, failing=12, given_up=3),
        problems=problems,
        error="database is locked",
    )


def setup_report(now: datetime) -> CheckReport:
    return CheckReport(
        finished_at=now,
        next_run_at=now + timedelta(minutes=10),
        counts={"checked": 5},
        mail=MailSummary(setup=(SetupTask.MAIL_SERVER,)),
    )


def assert_fits(window: MainWindow, next_at: datetime) -> None:
    bar = window.background
    shown = bar.summary.text()
    assert bar.summary.fontMetrics().horizontalAdvance(shown) <= bar.summary.width(), shown
    assert formatting.clock_time(next_at) in shown, shown
    whole = bar.summary.whole().split(SEPARATOR)
    for piece in shown.split(SEPARATOR):  # whole parts only, or the mark of those left out
        assert piece == MORE or piece in whole, (piece, shown)
    assert formatting.moment(next_at) in bar.toolTip()
    left = bar.mapTo(window, QPoint(0, 0)).x()
    assert left >= 0 and left + bar.width() <= window.width()
    if bar.link.isVisible():
        assert bar.link.width() >= bar.link.sizeHint().width()
        assert bar.link.geometry().left() >= 0 and bar.link.geometry().right() < bar.width()


@pytest.mark.parametrize("language", ["en", "he", "es"])
@pytest.mark.parametrize("actor", [ADMIN, SALES], ids=["admin", "sales"])
@pytest.mark.parametrize("failing", [False, True], ids=["setup", "failing"])
def test_the_background_line_fits_at_1280_px(
    qtbot: QtBot,
    qapp: QApplication,
    sctx: AppContext,
    make_window: WindowFactory,
    language: str,
    actor: Actor,
    failing: bool,
) -> None:
    install_language(qapp, language)
    if failing:
        point_smtp_at(sctx, 2525)  # e-mail is set up; its messages fail
    window = make_window(sctx, actor)
    window.resize(1280, 800)
    bar = window.background
    qtbot.waitUntil(lambda: bar.mail is not None)
    now = datetime.now(UTC)
    report = failing_report(now) if failing else setup_report(now)
    bar._bridge.reported.emit(report)  # as the scheduler's thread reports a run
    qtbot.waitUntil(lambda: bar.last is report)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    # The bar reloads where the e-mail stands after a run, on its own worker: settled when it says so.
    qtbot.waitUntil(lambda: bar.link.isVisible() != failing)
    assert_fits(window, report.next_run_at or now)
    # What the last action did takes room beside it: the line leaves out whole parts, not words.
    note_of(window).say(
        "Proforma 1001 issued for 3 services of Dana Levi: dana.co.il, levi-site.com, shop.example"
    )
    note = note_of(window)
    qtbot.waitUntil(lambda: note.isVisible() and note.width() >= note.minimumSizeHint().width())
    assert_fits(window, report.next_run_at or now)
    if not failing:
        assert bar.link.isVisible()
        assert ("href" in bar.link.text()) == (actor is ADMIN)
