"""Words and colours for proformas and invoices in the windows (R39, R40): a proforma's state, how it
was paid, why a line was left out, where an invoice came from. One place, so the tabs, the payment
dialog and finance's list say them alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core.codes import LeftOut, PaymentMethod, ProformaStatus
from desktop.ui import colours


def status_text(status: ProformaStatus) -> str:
    texts = {
        ProformaStatus.OPEN: QCoreApplication.translate("DocumentTexts", "open"),
        ProformaStatus.PAID: QCoreApplication.translate("DocumentTexts", "paid"),
        ProformaStatus.CANCELLED: QCoreApplication.translate("DocumentTexts", "cancelled"),
        ProformaStatus.EXPIRED: QCoreApplication.translate("DocumentTexts", "expired"),
    }
    return texts[status]


def status_colour(status: ProformaStatus) -> QColor | None:
    """Paid in green, expired in red (it may still be paid, but someone should call), cancelled
    greyed out; open in the palette's own colour."""
    if status is ProformaStatus.PAID:
        return colours.success_color()
    if status is ProformaStatus.EXPIRED:
        return colours.risk_color()
    if status is ProformaStatus.CANCELLED:
        return colours.muted_color()
    return None


def payable(status: ProformaStatus) -> bool:
    """An open proforma may be paid or cancelled, also past its validity (R39)."""
    return status in (ProformaStatus.OPEN, ProformaStatus.EXPIRED)


def method_text(method: PaymentMethod) -> str:
    texts = {
        PaymentMethod.TRANSFER: QCoreApplication.translate("DocumentTexts", "Bank transfer"),
        PaymentMethod.CASH: QCoreApplication.translate("DocumentTexts", "Cash"),
        PaymentMethod.CHEQUE: QCoreApplication.translate("DocumentTexts", "Cheque"),
        PaymentMethod.CARD: QCoreApplication.translate("DocumentTexts", "Card charged now"),
    }
    return texts[method]


def left_out_text(reason: LeftOut) -> str:
    texts = {
        LeftOut.CHARGED_AUTOMATICALLY: QCoreApplication.translate(
            "DocumentTexts", "Already charged automatically: left out"
        ),
        LeftOut.SERVICE_DELETED: QCoreApplication.translate(
            "DocumentTexts", "The service was deleted: left out"
        ),
        LeftOut.PAID_ON_ANOTHER_PROFORMA: QCoreApplication.translate(
            "DocumentTexts", "Already paid on another proforma: left out"
        ),
    }
    return texts[reason]


def invoice_source(automatic: bool, proforma_number: int | None) -> str:
    if automatic or proforma_number is None:
        return QCoreApplication.translate("DocumentTexts", "Automatic charge")
    return QCoreApplication.translate("DocumentTexts", "Proforma {number}").format(number=proforma_number)
