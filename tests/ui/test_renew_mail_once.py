"""E-mail to the billing contact with the mail server down (hostile pass of issue 12): the Renew
dialog's summary agrees with each proforma's line (never the success colour while one is failing,
and which one and why, in the window's words: no raw "[Errno 111] Connection refused" in Hebrew or
Spanish); a second click queues no second copy of a proforma whose e-mail is queued or failing and
says it is already in the outbox; a sent one goes again only when the person says so; the document
window follows the same rule; the English singular reads "the outbox sends it"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.core.codes import DocumentKind
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import OutboxMessage
from desktop.ui import colours
from desktop.ui.application import install_language
from desktop.ui.dialogs.proforma_dialog import ProformaDialog
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES
from tests.jobs.smtp_helpers import (
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account
from tests.ui.test_proforma import _one_account, issue, new_dialog

WAIT_MS = 20_000


def _outbox(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.reading() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(row.to_address, row.status) for row in rows]


def _failed_colour(dialog: ProformaDialog | DocumentDialog) -> bool:
    return "color" in dialog.outcome.styleSheet() and colours.success_color().name() not in (
        dialog.outcome.styleSheet()
    )


def _emailed(qtbot: QtBot, dialog: ProformaDialog) -> None:
    dialog.mailed = []
    dialog.email_button.click()
    qtbot.waitUntil(lambda: bool(dialog.mailed) and dialog.email_button.isEnabled(), timeout=WAIT_MS)


def _renew_dana(qtbot: QtBot, sctx: AppContext, window: MainWindow) -> ProformaDialog:
    dana = open_account(qtbot, window, sctx, "dana")
    dialog = new_dialog(qtbot, window, dana, ["levi.com", "levi-site"])
    issue(qtbot, dialog)
    return dialog


def _outbox_failed(qtbot: QtBot, sctx: AppContext, window: MainWindow, dialog: ProformaDialog) -> None:
    assert send_outbox(sctx).failed == 2
    window.workspace.announce(frozenset({Change.MAIL}))
    qtbot.waitUntil(lambda: dialog.mail.text().count("failing") == 2, timeout=WAIT_MS)


def test_the_summary_says_failing_when_the_lines_do_and_a_second_click_queues_nothing(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, dead_smtp_port: int
) -> None:
    load_all(sctx)
    point_smtp_at(sctx, dead_smtp_port)
    window = make_window(sctx, SALES)
    dialog = _renew_dana(qtbot, sctx, window)
    first, second = (p.number for p in dialog.issued)
    _emailed(qtbot, dialog)
    assert not _failed_colour(dialog)  # queued: nothing has failed yet
    _outbox_failed(qtbot, sctx, window, dialog)
    summary = plain(dialog.outcome.text())
    assert summary.startswith(f"2 e-mails not sent, for proforma numbers {first}, {second}: ")
    assert "did not answer (the connection was refused)" in summary
    assert "the outbox sends" not in summary and _failed_colour(dialog)

    _emailed(qtbot, dialog)
    assert [state for _, state in _outbox(sctx)] == ["failing", "failing"]  # no second copy
    lines = [plain(line) for line in dialog.mail.text().splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert ": already in the outbox, not queued again: failing: The mail server" in line
    assert plain(dialog.outcome.text()) == summary and _failed_colour(dialog)


@pytest.mark.parametrize("language", ["he", "es"])
def test_the_failure_is_in_the_windows_words(
    qtbot: QtBot,
    qapp: QApplication,
    sctx: AppContext,
    make_window: WindowFactory,
    dead_smtp_port: int,
    language: str,
) -> None:
    load_all(sctx)
    point_smtp_at(sctx, dead_smtp_port)
    install_language(qapp, language)
    window = make_window(sctx, SALES)
    dialog = _renew_dana(qtbot, sctx, window)
    _emailed(qtbot, dialog)
    assert send_outbox(sctx).failed == 2
    window.workspace.announce(frozenset({Change.MAIL}))
    refused = {"he": "החיבור נדחה", "es": "se rechazó la conexión"}[language]
    qtbot.waitUntil(lambda: dialog.mail.text().count(refused) == 2, timeout=WAIT_MS)
    _emailed(qtbot, dialog)
    shown = dialog.outcome.text() + "\n" + dialog.mail.text()
    assert refused in dialog.outcome.text() and _failed_colour(dialog)
    for english in ("Errno", "Connection refused", "not queued again", "already in the outbox"):
        assert english not in shown
    assert len(_outbox(sctx)) == 2


def test_a_sent_proforma_goes_again_only_when_the_person_says_so(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    smtp: SmtpServer,
    message_boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _one_account(sctx, "np", ["priced.co.il"])
    point_smtp_at(sctx, smtp.port)
    window = make_window(sctx, SALES)
    dialog = new_dialog(qtbot, window, open_account(qtbot, window, sctx, "np"), ["priced.co.il"])
    issue(qtbot, dialog)
    number = dialog.issued[0].number
    _emailed(qtbot, dialog)
    # One e-mail: "it", not "them".
    assert dialog.outcome.text() == (
        f"1 e-mail queued with the PDF attached, for proforma number {number}; the outbox sends it."
    )
    assert send_outbox(sctx).sent == 1
    window.workspace.announce(frozenset({Change.MAIL}))
    qtbot.waitUntil(lambda: ": sent " in dialog.mail.text(), timeout=WAIT_MS)
    assert dialog.outcome.text() == f"1 e-mail sent with the PDF attached, for proforma number {number}."

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_: QMessageBox.StandardButton.No))
    _emailed(qtbot, dialog)
    assert len(_outbox(sctx)) == 1
    assert ": already e-mailed, not sent again: sent " in plain(dialog.mail.text())

    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    dialog.email_button.click()
    qtbot.waitUntil(lambda: len(_outbox(sctx)) == 2 and dialog.email_button.isEnabled(), timeout=WAIT_MS)
    assert asked == [f"Proforma {number} already sent by e-mail. Send 1 more copy to the billing contact?"]
    assert [state for _, state in _outbox(sctx)] == ["sent", "queued"]
    qtbot.waitUntil(lambda: "queued, not sent yet" in dialog.mail.text(), timeout=WAIT_MS)


# -- the document window -------------------------------------------------------------------------------


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait(WAIT_MS)


def _document_dialog(qtbot: QtBot, sctx: AppContext, runner: TaskRunner, number: int) -> DocumentDialog:
    dialog = DocumentDialog(Desk(sctx, SALES), runner, DocumentKind.PROFORMA, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=WAIT_MS)
    return dialog


def _click(qtbot: QtBot, dialog: DocumentDialog) -> None:
    dialog.email_button.click()
    qtbot.waitUntil(lambda: dialog.email_button.isEnabled(), timeout=WAIT_MS)


def test_the_document_window_queues_no_second_copy_and_asks_before_sending_again(
    qtbot: QtBot,
    sctx: AppContext,
    runner: TaskRunner,
    dead_smtp_port: int,
    message_boxes: list[tuple[str, str]],
) -> None:
    from desktop.app.proformas import issue_proformas
    from tests.app.helpers import customer_id

    _one_account(sctx, "np", ["priced.co.il"])
    point_smtp_at(sctx, dead_smtp_port)
    (issued,) = issue_proformas(sctx, SALES, customer_id(sctx, "np"), None, None)
    dialog = _document_dialog(qtbot, sctx, runner, issued.number)
    _click(qtbot, dialog)
    assert send_outbox(sctx).failed == 1
    _click(qtbot, dialog)
    assert [state for _, state in _outbox(sctx)] == ["failing"]
    said = plain(dialog.outcome.text())
    assert said.startswith("Its e-mail to ") and "already in the outbox, not queued again: failing: " in said
    assert "(the connection was refused)" in said and _failed_colour(dialog)

    # Sent meanwhile (the server back): the next click asks first (the recorded box answers Yes).
    point_smtp_at(sctx, 1)
    with sctx.db.transaction() as session:
        row = session.scalars(select(OutboxMessage)).one()
        row.status, row.sent_at = "sent", sctx.clock.now()
    _click(qtbot, dialog)
    qtbot.waitUntil(lambda: len(_outbox(sctx)) == 2, timeout=WAIT_MS)
    assert message_boxes and message_boxes[-1][0] == "Send again?"
    assert (
        message_boxes[-1][1].startswith("Already e-mailed to ") and "Send it again?" in message_boxes[-1][1]
    )
    assert [state for _, state in _outbox(sctx)] == ["sent", "queued"]


def test_words_of_no_known_cause_stay_the_servers_isolated(qapp: QApplication) -> None:
    from desktop.ui.mail import texts

    install_language(qapp, "he")
    said = texts.error_text("SMTP mail.example:25: something odd happened")
    assert "\u2066something odd happened\u2069" in said and "שרת הדואר" in said
    assert "החיבור נדחה" in texts.error_text("SMTP mail.example:25: [Errno 111] Connection refused")
