"""Words for the sales desk's refusals (R36-R41)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.codes import ErrorCode


def errors() -> dict[str, str]:
    return {
        ErrorCode.CUSTOMER_REF_TAKEN: QCoreApplication.translate(
            "Messages", "A customer with the reference {ref} already exists. Nothing was changed."
        ),
        ErrorCode.CURRENCY_LOCKED: QCoreApplication.translate(
            "Messages", "The currency cannot change: the customer has services. Nothing was changed."
        ),
        ErrorCode.CONTACT_IN_USE: QCoreApplication.translate(
            "Messages",
            "This billing contact is used by the auto-renew of {services}: move them to another contact first. Nothing was changed.",  # noqa: E501
        ),
        ErrorCode.CARD_IN_USE: QCoreApplication.translate(
            "Messages",
            "The card ending {last4} is used by the auto-renew of {services}: move them to another card or stop their auto-renew. Nothing was changed.",  # noqa: E501
        ),
        ErrorCode.CARD_SAME: QCoreApplication.translate(
            "Messages", "Choose a card other than the one being replaced. Nothing was changed."
        ),
        ErrorCode.PROFORMA_UNKNOWN: QCoreApplication.translate(
            "Messages", "There is no proforma {number}. Nothing was changed."
        ),
        ErrorCode.PROFORMA_NOT_OPEN: QCoreApplication.translate(
            "Messages", "Proforma {number} is no longer open: only an open proforma can be paid or cancelled."
        ),
        ErrorCode.PAYMENT_DECLINED: QCoreApplication.translate(
            "Messages",
            "The card ending {last4} was declined. The proforma stays open; nothing was recorded.",
        ),
        ErrorCode.PAYMENT_OUTCOME_UNKNOWN: QCoreApplication.translate(
            "Messages",
            "The gateway did not say whether the card ending {last4} was charged. Nothing was recorded; pay again with the card: the charge is never made twice.",  # noqa: E501
        ),
        ErrorCode.NOTHING_TO_RENEW: QCoreApplication.translate(
            "Messages",
            "Every line of proforma {number} was already charged automatically: there is nothing to pay for.",
        ),
        ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY: QCoreApplication.translate(
            "Messages",
            "The automatic charge of {services} for the same period is under way and its outcome is not known yet. Nothing was recorded: try again after the next background check.",  # noqa: E501
        ),
        ErrorCode.INVOICE_UNKNOWN: QCoreApplication.translate("Messages", "There is no invoice {number}."),
        ErrorCode.DOCUMENT_NO_EMAIL: QCoreApplication.translate(
            "Messages", "{name} has no e-mail address to send the document to. Nothing was queued."
        ),
    }
