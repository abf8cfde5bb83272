"""What a run of the due checks did, in words, for the background-checks panel and the status bar.
A run queues e-mail; the outbox sends it: so an event says "notice queued", and the e-mail's own state
(R32) is told apart, from the outbox."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.app.background import GatewayProblem
from desktop.app.operations import MailCounts
from desktop.ui import formatting
from desktop.ui.plural_context import PluralContext


class RunTexts(PluralContext, QObject):
    """The translation context "RunTexts" of these texts: lupdate takes plural texts only from tr()."""


def event_type(code: str) -> str:
    texts = {
        "card_check_passed": QCoreApplication.translate("RunTexts", "card check passed"),
        "card_check_failed": QCoreApplication.translate("RunTexts", "card check failed"),
        "precharge_notice_sent": QCoreApplication.translate("RunTexts", "pre-charge notice queued"),
        "charged": QCoreApplication.translate("RunTexts", "charged"),
        "charge_failed": QCoreApplication.translate("RunTexts", "charge failed"),
        "auto_renew_stopped": QCoreApplication.translate("RunTexts", "auto-renew stopped"),
        "needs_attention": QCoreApplication.translate("RunTexts", "needs attention"),
    }
    return texts.get(code, code)


def outcome(code: str) -> str:
    texts = {
        "running": QCoreApplication.translate("RunTexts", "running"),
        "completed": QCoreApplication.translate("RunTexts", "completed"),
        "cancelled": QCoreApplication.translate("RunTexts", "stopped early"),
        "failed": QCoreApplication.translate("RunTexts", "failed"),
        "abandoned": QCoreApplication.translate("RunTexts", "abandoned (stopped without finishing)"),
    }
    return texts.get(code, code)


def summary(counts: dict[str, int]) -> str:
    """What a run did, in a few words: "2 × charged, 1 × charge failed"."""
    if not counts:
        return QCoreApplication.translate("RunTexts", "nothing was due")
    return ", ".join(
        QCoreApplication.translate("RunTexts", "{count} × {what}").format(count=count, what=event_type(code))
        for code, count in sorted(counts.items())
    )


def mail_counts(mail: MailCounts) -> str:
    """The e-mails a run queued, as they are now: "2 sent, 1 failing"."""
    if mail.total == 0:
        return QCoreApplication.translate("RunTexts", "no e-mail")
    parts = []
    failing, given_up, queued, sent = mail.failing, mail.given_up, mail.queued, mail.sent
    for count, text in (
        (failing, RunTexts.tr("%n failing", "", failing)),
        (given_up, RunTexts.tr("%n given up", "", given_up)),
        (queued, RunTexts.tr("%n queued", "", queued)),
        (sent, RunTexts.tr("%n sent", "", sent)),
    ):
        if count:
            parts.append(text)
    return ", ".join(parts)


def run_error(detail: str) -> str:
    return QCoreApplication.translate("RunTexts", "The checks stopped with an error ({detail})").format(
        detail=formatting.ltr(detail)
    )


def gateway_problem(problem: GatewayProblem) -> str:
    return QCoreApplication.translate(
        "RunTexts", "The gateway's answer about {service} is not known yet ({detail})"
    ).format(service=formatting.domain(problem.service), detail=formatting.ltr(problem.detail))
