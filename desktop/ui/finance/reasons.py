"""Why a charge was not made, or why the due checks left it to staff, in words: one place for the
finance tables, the operations panel and the exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui import messages


def reason_text(code: str | None) -> str:
    if not code:
        return ""
    texts = {
        "charge_date_missed": QCoreApplication.translate(
            "FinanceReasons", "Charge date missed by more than the grace days"
        ),
        "no_live_cycle": QCoreApplication.translate(
            "FinanceReasons", "Auto-renew is on but no renewal was planned"
        ),
        "no_price": QCoreApplication.translate("FinanceReasons", "No price in the price list"),
        "notice_not_sent": QCoreApplication.translate(
            "FinanceReasons", "The notice of this charge could not be sent"
        ),
    }
    return texts.get(code) or messages.stop_reason(code)


def attention_text(code: str | None) -> str:
    """The risks column's words for a charge left to staff, with its reason."""
    return QCoreApplication.translate("FinanceReasons", "Needs attention: {reason}").format(
        reason=reason_text(code)
    )
