"""doctor's SMTP check asks the window's rule: e-mail nobody set up is a failing line, even when a
mail server happens to answer at the default address (issue 13)."""

from __future__ import annotations

from desktop.app import doctor_report, mail_status
from desktop.app.config import set_setting
from desktop.app.doctor import checks_here
from desktop.bootstrap import AppContext
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome
from tests.jobs.smtp_helpers import (
    SmtpServer,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.actors import TEST_ADMIN


def test_mail_not_set_up_fails_the_smtp_line_like_the_window_says(ctx: AppContext, smtp: SmtpServer) -> None:
    # Only the port: the host stays the default localhost, where the test's server does answer.
    set_setting(ctx, TEST_ADMIN, "smtp.port", str(smtp.port))
    assert mail_status.SetupTask.MAIL_SERVER in mail_status.setup_tasks(ctx)  # the window's words
    smtp_check = {check.kind: check for check in checks_here(ctx)}[CheckKind.SMTP]
    assert smtp_check.outcome is CheckOutcome.FAILED
    assert smtp_check.finding is CheckFinding.SMTP_NOT_SET_UP
    assert doctor_report.sentence(smtp_check) == (
        "e-mail is not set up: smtp.host, mail.from not set (`config set`)"
    )


def test_mail_set_up_is_checked_at_the_server(ctx: AppContext, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port)
    assert mail_status.SetupTask.MAIL_SERVER not in mail_status.setup_tasks(ctx)
    smtp_check = {check.kind: check for check in checks_here(ctx)}[CheckKind.SMTP]
    assert smtp_check.finding is CheckFinding.SMTP_GREETS
