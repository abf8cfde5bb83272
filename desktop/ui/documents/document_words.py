"""The words of a printed proforma or invoice in the DOCUMENT's language (the customer's when it was
issued), whatever language the window is in: that language's catalog is loaded into a translator of
its own, never installed in the application."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from desktop.core import bidi, display
from desktop.core.codes import LeftOut, PaymentMethod, ProformaStatus
from desktop.ui.application import I18N, LANGUAGES

CONTEXT = "DocumentWords"

# Marked for lupdate here, translated with the document's own translator in `DocumentWords.word`.
WORDS = {
    "proforma": QT_TRANSLATE_NOOP("DocumentWords", "Proforma {number}"),
    "invoice": QT_TRANSLATE_NOOP("DocumentWords", "Tax invoice {number}"),
    "not_tax_invoice": QT_TRANSLATE_NOOP(
        "DocumentWords", "This proforma is not a tax invoice. A tax invoice is issued when it is paid."
    ),
    "customer_number": QT_TRANSLATE_NOOP("DocumentWords", "Customer number"),
    "date": QT_TRANSLATE_NOOP("DocumentWords", "Date"),
    "valid_until": QT_TRANSLATE_NOOP("DocumentWords", "Valid until"),
    "bill_to": QT_TRANSLATE_NOOP("DocumentWords", "Bill to"),
    "tax_id": QT_TRANSLATE_NOOP("DocumentWords", "Tax ID: {tax_id}"),
    "service": QT_TRANSLATE_NOOP("DocumentWords", "Service"),
    "period": QT_TRANSLATE_NOOP("DocumentWords", "Period"),
    "amount": QT_TRANSLATE_NOOP("DocumentWords", "Amount"),
    "total": QT_TRANSLATE_NOOP("DocumentWords", "Total"),
    "payment_instructions": QT_TRANSLATE_NOOP("DocumentWords", "How to pay"),
    "payment": QT_TRANSLATE_NOOP("DocumentWords", "Payment"),
    "paid_on": QT_TRANSLATE_NOOP("DocumentWords", "Paid {amount} on {date} by {method}"),
    # A paid proforma some of whose lines were left out: what it was issued for, what was not charged.
    "total_issued": QT_TRANSLATE_NOOP("DocumentWords", "Total of the proforma"),
    "not_charged": QT_TRANSLATE_NOOP("DocumentWords", "Not charged (lines left out)"),
    "amount_paid": QT_TRANSLATE_NOOP("DocumentWords", "Amount paid"),
    "reference": QT_TRANSLATE_NOOP("DocumentWords", "Reference: {reference}"),
    "for_proforma": QT_TRANSLATE_NOOP("DocumentWords", "For proforma {number}"),
    "automatic": QT_TRANSLATE_NOOP("DocumentWords", "Automatic renewal charged to the card on file"),
    "domain": QT_TRANSLATE_NOOP("DocumentWords", "Domain"),
    "hosting": QT_TRANSLATE_NOOP("DocumentWords", "Hosting package"),
}
STAMPS = {
    ProformaStatus.PAID: QT_TRANSLATE_NOOP("DocumentWords", "PAID"),
    ProformaStatus.CANCELLED: QT_TRANSLATE_NOOP("DocumentWords", "CANCELLED"),
    ProformaStatus.EXPIRED: QT_TRANSLATE_NOOP("DocumentWords", "EXPIRED"),
}
METHODS = {
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("DocumentWords", "bank transfer"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("DocumentWords", "cash"),
    PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("DocumentWords", "cheque"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("DocumentWords", "card"),
}
CARD_ENDING = QT_TRANSLATE_NOOP("DocumentWords", "card ending in {last4}")
CARD_NAMED = QT_TRANSLATE_NOOP("DocumentWords", "card {card}")
LEFT_OUT = {
    LeftOut.CHARGED_AUTOMATICALLY: QT_TRANSLATE_NOOP(
        "DocumentWords", "Not charged: this period was already charged automatically"
    ),
    LeftOut.PAID_ON_ANOTHER_PROFORMA: QT_TRANSLATE_NOOP(
        "DocumentWords", "Not charged: this period was already paid on another proforma"
    ),
    LeftOut.SERVICE_DELETED: QT_TRANSLATE_NOOP("DocumentWords", "Not charged: the service no longer exists"),
}


@cache
def _translator(language: str) -> QTranslator:
    translator = QTranslator()
    # English has a catalog of its own too, for its plural forms; a missing catalog leaves the source.
    translator.load(f"renewdesk_{language}", str(I18N))
    return translator


class DocumentWords:
    """Words, amounts and dates as the document's language writes them."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.rtl = self.language == "he"
        self._qt = _translator(self.language)

    def word(self, source: object) -> str:
        """`source` is a text marked with QT_TRANSLATE_NOOP (typed `object` by PySide6)."""
        text = str(source)
        return self._qt.translate(CONTEXT, text) or text

    def __getitem__(self, key: str) -> str:
        return self.word(WORDS[key])

    def stamp(self, status: ProformaStatus) -> str | None:
        source = STAMPS.get(status)
        return None if source is None else self.word(source)

    def method(self, method: PaymentMethod, last4: str | None, brand: str | None = None) -> str:
        """ "card Visa •••• 4242" (desktop.core.display.card_text, one left-to-right run); "card ending
        in 4242" once the card is no longer kept and its brand is not known."""
        if method is PaymentMethod.CARD and last4 and brand:
            return self.word(CARD_NAMED).format(card=bidi.ltr(display.card_text(brand, last4), self.rtl))
        if method is PaymentMethod.CARD and last4:
            return self.word(CARD_ENDING).format(last4=bidi.ltr(last4, self.rtl))
        return self.word(METHODS[method])

    def left_out(self, reason: LeftOut) -> str:
        return self.word(LEFT_OUT[reason])

    def tr(self, source: str, disambiguation: str, n: int) -> str:
        """A text with a count in the document's language, "" when its catalog lacks it. Named tr()
        because lupdate (6.11.3) marks a text as plural only in a tr() call: `self.tr` here is
        extracted in the context of this class's name, CONTEXT."""
        form = self._qt.translate(CONTEXT, source, disambiguation or None, n)
        return (form or "").replace("%n", str(n))

    def months(self, count: int) -> str:
        return self.tr("%n month(s)", "", count) or (f"{count} month" if count == 1 else f"{count} months")

    def installments(self, count: int) -> str:
        return self.tr("in %n installment(s)", "", count) or (
            f"in {count} installment" if count == 1 else f"in {count} installments"
        )

    def money(self, minor: int, currency: str) -> str:
        return display.money_text(minor, currency, self.language)

    def day(self, value: date) -> str:
        return display.date_text(value, self.language, "long")

    def short_day(self, value: date) -> str:
        return display.date_text(value, self.language, "medium")
