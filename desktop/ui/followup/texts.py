"""The follow-up list's words (R41): what each kind of row is, why, and what each action is called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.app.followup import FollowUpRow
from desktop.core.codes import FollowUpAction, FollowUpKind
from desktop.core.followup import NOTHING_TO_PAY
from desktop.ui import formatting, messages
from desktop.ui.finance.reasons import reason_text
from desktop.ui.mail import texts as mail_texts


def kind(code: FollowUpKind) -> str:
    texts = {
        FollowUpKind.AUTO_RENEW_STOPPED: QCoreApplication.translate("FollowUpTexts", "Auto-renew stopped"),
        FollowUpKind.NEEDS_ATTENTION: QCoreApplication.translate("FollowUpTexts", "Charge needs attention"),
        FollowUpKind.CARD_EXPIRES_FIRST: QCoreApplication.translate(
            "FollowUpTexts", "Card expires before the charge"
        ),
        FollowUpKind.EMAIL_GIVEN_UP: QCoreApplication.translate("FollowUpTexts", "E-mail given up"),
        FollowUpKind.PROFORMA_EXPIRED: QCoreApplication.translate("FollowUpTexts", "Proforma expired"),
        FollowUpKind.MONEY_NOT_APPLIED: QCoreApplication.translate(
            "FollowUpTexts", "Money received, not applied"
        ),
        FollowUpKind.PAYMENT_UNKNOWN: QCoreApplication.translate(
            "FollowUpTexts", "Card payment outcome unknown"
        ),
    }
    return texts[code]


def action(code: FollowUpAction) -> str:
    texts = {
        FollowUpAction.REPLACE_CARD: QCoreApplication.translate("FollowUpTexts", "Replace card…"),
        FollowUpAction.SWITCH_ON_AGAIN: QCoreApplication.translate("FollowUpTexts", "Switch on again…"),
        FollowUpAction.SEND_RENEW_LINK: QCoreApplication.translate("FollowUpTexts", "Send a renew link"),
        FollowUpAction.RESEND: QCoreApplication.translate("FollowUpTexts", "Send the e-mail again"),
        FollowUpAction.RECORD_PAYMENT: QCoreApplication.translate("FollowUpTexts", "Record payment…"),
        FollowUpAction.CANCEL_PROFORMA: QCoreApplication.translate("FollowUpTexts", "Cancel proforma…"),
        FollowUpAction.REFUND: QCoreApplication.translate("FollowUpTexts", "Refund to the card…"),
        FollowUpAction.SETTLE: QCoreApplication.translate("FollowUpTexts", "Ask the gateway"),
    }
    return texts[code]


def reason(row: FollowUpRow) -> str:
    """Why the row is there, in words."""
    if row.kind is FollowUpKind.AUTO_RENEW_STOPPED:
        return messages.stop_reason(row.reason)
    if row.kind is FollowUpKind.NEEDS_ATTENTION:
        return reason_text(row.reason)
    if row.kind is FollowUpKind.CARD_EXPIRES_FIRST:
        return QCoreApplication.translate("FollowUpTexts", "The card will not be valid on the charge day")
    if row.kind is FollowUpKind.EMAIL_GIVEN_UP:
        return QCoreApplication.translate("FollowUpTexts", "Not delivered: {mail}").format(
            mail=mail_texts.kind(row.reason or "")
        )
    if row.kind is FollowUpKind.PAYMENT_UNKNOWN:
        return QCoreApplication.translate(
            "FollowUpTexts",
            "Proforma {number}: the gateway never said whether card ending {last4} was charged",
        ).format(last4=formatting.ltr(row.card_last4 or ""), number=row.proforma_number)
    if row.kind is FollowUpKind.MONEY_NOT_APPLIED:
        return QCoreApplication.translate(
            "FollowUpTexts",
            "Proforma {number}: card ending {last4} charged, its lines renewed otherwise or removed",
        ).format(last4=formatting.ltr(row.card_last4 or ""), number=row.proforma_number)
    if row.reason == NOTHING_TO_PAY:
        return QCoreApplication.translate(
            "FollowUpTexts", "Proforma {number}: every period on it was already paid otherwise"
        ).format(number=row.proforma_number)
    return QCoreApplication.translate("FollowUpTexts", "Proforma {number} is past its validity").format(
        number=row.proforma_number
    )


def number(count: int) -> str:
    """A count as the language writes it ("107,978")."""
    return QLocale().toString(count)
