"""Words for the sales desk's refusals (R36-R41)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.codes import ErrorCode, PaymentMethod


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
        ErrorCode.CARD_TARGET_GONE: QCoreApplication.translate(
            "Messages",
            "The card to move the services to is no longer on the account. Nothing was changed.",
        ),
        ErrorCode.CONTACT_TARGET_GONE: QCoreApplication.translate(
            "Messages",
            "The billing contact to move the services to is no longer on the account. Nothing was changed.",
        ),
        ErrorCode.CARD_SAME: QCoreApplication.translate(
            "Messages", "The services would move to that same card: choose another card. Nothing was changed."
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
        ErrorCode.PAYMENT_DECLINED_CARD_KEPT: QCoreApplication.translate(
            "Messages",
            "The card ending {last4} was saved on the account, but its charge was declined: the card is kept, marked not valid. The proforma stays open; nothing was paid.",  # noqa: E501
        ),
        ErrorCode.PAYMENT_NOT_SENT_CARD_KEPT: QCoreApplication.translate(
            "Messages",
            "The card ending {last4} was saved on the account, but the payment gateway did not answer: the card was not charged and the proforma stays open. Charge the saved card again in a moment.",  # noqa: E501
        ),
        ErrorCode.PAYMENT_OUTCOME_UNKNOWN: QCoreApplication.translate(
            "Messages",
            "The gateway did not say whether the card ending {last4} was charged. The charge is kept as unknown and listed in Follow-up: ask the gateway from there, or pay again with the card; it is never charged twice.",  # noqa: E501
        ),
        ErrorCode.PAYMENT_NOT_APPLIED: QCoreApplication.translate(
            "Messages",
            "The card ending {last4} was charged {amount}, but proforma {number} can no longer take it: its lines were renewed otherwise or removed meanwhile. Nothing was renewed. The money is listed in Follow-up as received and not applied, to be refunded from there.",  # noqa: E501
        ),
        ErrorCode.NOTHING_TO_SETTLE: QCoreApplication.translate(
            "Messages",
            "Proforma {number} has no card charge whose outcome is unknown. Nothing was asked of the gateway.",  # noqa: E501
        ),
        ErrorCode.REFUND_NOTHING: QCoreApplication.translate(
            "Messages", "Proforma {number} has no card charge received and not applied. Nothing was refunded."
        ),
        ErrorCode.REFUND_OUTCOME_UNKNOWN: QCoreApplication.translate(
            "Messages",
            "The gateway did not say whether the charge on the card ending {last4} was refunded. Nothing was recorded; refund again: the refund is never made twice.",  # noqa: E501
        ),
        ErrorCode.NOTHING_TO_RENEW: QCoreApplication.translate(
            "Messages",
            "Every line of proforma {number} is already paid (charged automatically or on another proforma) or its service was deleted: there is nothing to pay for.",  # noqa: E501
        ),
        ErrorCode.PAYMENT_UNDER_WAY: QCoreApplication.translate(
            "Messages",
            "A card payment of proforma {number} is under way (card ending {last4}): wait a moment and look again. Nothing was recorded.",  # noqa: E501
        ),
        ErrorCode.ALREADY_ON_OPEN_PROFORMA: QCoreApplication.translate(
            "Messages",
            "{services} already on open proforma {numbers}: cancel it first or record its payment. Nothing was issued.",  # noqa: E501
        ),
        ErrorCode.CHARGE_UNDER_WAY_NOT_SWITCHED_OFF: QCoreApplication.translate(
            "Messages",
            "A charge or a card check of {services} is under way, or its outcome is not known yet. Auto-renew was not switched off and nothing was changed: try again in a moment.",  # noqa: E501
        ),
        ErrorCode.AUTOMATIC_CHARGE_UNDER_WAY: QCoreApplication.translate(
            "Messages",
            "The automatic charge of {services} for the same period is under way and its outcome is not known yet. Nothing was recorded: try again after the next background check.",  # noqa: E501
        ),
        ErrorCode.ARGUMENT_INVALID: QCoreApplication.translate(
            "Messages", "These options do not go together ({detail}). Nothing was changed."
        ),
        ErrorCode.INVOICE_UNKNOWN: QCoreApplication.translate("Messages", "There is no invoice {number}."),
        ErrorCode.DOCUMENT_NO_EMAIL: QCoreApplication.translate(
            "Messages", "{name} has no e-mail address to send the document to. Nothing was queued."
        ),
        ErrorCode.DOCUMENT_ALREADY_QUEUED: QCoreApplication.translate(
            "Messages",
            "The e-mail of {number} to {address} is already in the outbox and not sent yet. Nothing was queued again.",  # noqa: E501
        ),
        ErrorCode.DOCUMENT_ALREADY_SENT: QCoreApplication.translate(
            "Messages", "{number} was already e-mailed to {address}. Nothing was queued again."
        ),
    }


def paid_already(params: dict[str, object]) -> str:
    """PROFORMA_NOT_OPEN of a paid proforma, naming how it was paid and its invoice: who came second
    (another workstation paid it meanwhile) learns what happened."""
    method, last4 = str(params.get("method", "")), str(params.get("last4", "") or "")
    values = {"number": params.get("number", ""), "invoice": params.get("invoice", ""), "last4": last4}
    if method == PaymentMethod.CARD and last4:
        return QCoreApplication.translate(
            "Messages",
            "Proforma {number} is already paid by the card ending {last4} (invoice {invoice}): only an open proforma can be paid or cancelled.",  # noqa: E501
        ).format(**values)
    texts = {
        PaymentMethod.TRANSFER: QCoreApplication.translate(
            "Messages",
            "Proforma {number} is already paid by bank transfer (invoice {invoice}): only an open proforma can be paid or cancelled.",  # noqa: E501
        ),
        PaymentMethod.CASH: QCoreApplication.translate(
            "Messages",
            "Proforma {number} is already paid in cash (invoice {invoice}): only an open proforma can be paid or cancelled.",  # noqa: E501
        ),
        PaymentMethod.CHEQUE: QCoreApplication.translate(
            "Messages",
            "Proforma {number} is already paid by cheque (invoice {invoice}): only an open proforma can be paid or cancelled.",  # noqa: E501
        ),
    }
    text = texts.get(PaymentMethod(method)) if method in set(PaymentMethod) else None
    if text is None:
        text = QCoreApplication.translate(
            "Messages",
            "Proforma {number} is already paid (invoice {invoice}): only an open proforma can be paid or cancelled.",  # noqa: E501
        )
    return text.format(**values)
