"""The E-mails view says a withdrawn e-mail is withdrawn and why, and offers no "Send again" for a
notice whose terms an updated notice replaced (hostile test of issue 13, defect 4: the old notice
was offered, and mailed the replaced amount)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.app.recurring import change_service_settings
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.jobs.outbox_sender import send_outbox
from desktop.ui.mail.outbox_view import OutboxView
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES
from tests.jobs.smtp_helpers import (
    SmtpServer,
    outbox_rows,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.jobs.test_mail_withdrawal import one_customer_two_cards

WAIT_MS = 30_000  # only reached when something is broken


def test_a_replaced_notice_shows_withdrawn_and_why_and_cannot_be_sent_again(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(sctx, smtp.port)
    _, service_id, other_card = one_customer_two_cards(sctx)
    change_service_settings(sctx, SALES, service_id, card_id=other_card, contact_id=None)
    send_outbox(sctx)
    first, updated = (row.id for row in outbox_rows(sctx))
    tasks = TaskRunner()
    view = OutboxView(Desk(sctx, SALES), tasks)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    ids = [entry.id for entry in view.model.shown_rows()]

    view.table.selectRow(ids.index(first))
    assert plain(view.model.text_at(ids.index(first), 5)) == (
        "withdrawn, never sent: an updated notice replaced its terms"
    )
    assert not view.mail_actions.resend.isEnabled()
    assert plain(view.mail_actions.resend.toolTip()) == (
        "This e-mail was withdrawn: an updated notice replaced its terms."
    )
    view.table.selectRow(ids.index(updated))
    assert view.mail_actions.resend.isEnabled()  # the notice of the terms that hold
    tasks.wait(WAIT_MS)


def test_a_queued_mail_shows_where_it_will_go_and_that_it_will_not_be_sent(
    qtbot: QtBot, sctx: AppContext
) -> None:
    """Before the next run: a cancelled proforma's e-mail says it will not be sent, and a notice or a
    proforma to a customer whose address was corrected shows the corrected address (where it will
    go)."""
    from desktop.app.customer_edit import CustomerForm, edit_customer
    from desktop.app.document_mail import email_document
    from desktop.app.payments import cancel_proforma
    from desktop.app.proformas import issue_proformas
    from desktop.core.codes import DocumentKind
    from tests.app.helpers import ADMIN
    from tests.jobs.test_mail_withdrawal import PDF

    customer_id, _, _ = one_customer_two_cards(sctx)
    [proforma] = issue_proformas(sctx, SALES, customer_id, None, None)
    mailed = email_document(sctx, SALES, DocumentKind.PROFORMA, proforma.number, PDF)
    cancel_proforma(sctx, ADMIN, proforma.number)
    [open_one] = issue_proformas(sctx, SALES, customer_id, None, None)
    still_open = email_document(sctx, SALES, DocumentKind.PROFORMA, open_one.number, PDF)
    edit_customer(sctx, SALES, customer_id, CustomerForm("Customer 1", "corrected@example.com", "en", "USD"))
    tasks = TaskRunner()
    view = OutboxView(Desk(sctx, SALES), tasks)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    ids = [entry.id for entry in view.model.shown_rows()]

    assert plain(view.model.text_at(ids.index(mailed), 5)) == "not to be sent: the proforma was cancelled"
    notice = next(i for i in ids if i not in (mailed, still_open))
    assert plain(view.model.text_at(ids.index(notice), 4)) == "corrected@example.com"
    # A proforma to the account holder goes to the holder's address of the moment too.
    assert plain(view.model.text_at(ids.index(still_open), 4)) == "corrected@example.com"
    assert [row.to_address for row in outbox_rows(sctx) if row.id == notice] == ["customer1@example.com"]
    tasks.wait(WAIT_MS)


def test_send_again_asks_naming_the_address_the_copy_goes_to(
    qtbot: QtBot, sctx: AppContext, smtp: SmtpServer, message_boxes: list[tuple[str, str]]
) -> None:
    """A notice sent to the old address, then the address corrected: the question names the corrected
    address, and the copy goes there (it named the old one while the copy went to the new)."""
    from desktop.app.customer_edit import CustomerForm, edit_customer

    point_smtp_at(sctx, smtp.port)
    customer_id, _, _ = one_customer_two_cards(sctx)
    send_outbox(sctx)
    edit_customer(sctx, SALES, customer_id, CustomerForm("Customer 1", "corrected@example.com", "en", "USD"))
    tasks = TaskRunner()
    view = OutboxView(Desk(sctx, SALES), tasks)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    view.table.selectRow(0)
    assert plain(view.model.text_at(0, 4)) == "customer1@example.com"  # where it went

    view.mail_actions.resend.click()

    qtbot.waitUntil(lambda: len(outbox_rows(sctx)) == 2, timeout=WAIT_MS)
    [(_, question)] = message_boxes
    assert "corrected@example.com" in plain(question) and "customer1@" not in question
    assert outbox_rows(sctx)[-1].to_address == "corrected@example.com"
    tasks.wait(WAIT_MS)
