"""The words of an exported file in the interface's language (R21): the column titles the tables show
(asked from the tables themselves, so that each text has one place), the few that only a file has,
and words for the codes in its cells. The use cases stay free of Qt and are given these words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.app.finance_export import Wording
from desktop.core.codes import Risk
from desktop.ui import messages
from desktop.ui.application import current_language
from desktop.ui.customers import invoices_model
from desktop.ui.customers.document_texts import invoice_source
from desktop.ui.finance import past_results_model, upcoming_model
from desktop.ui.finance.reasons import reason_text

# Columns only a file has: the table shows them in one cell (card) or not at all (kind, number).
_ONLY_IN_FILES = {
    "customer": QT_TRANSLATE_NOOP("ExportWording", "Customer number"),
    "kind": QT_TRANSLATE_NOOP("ExportWording", "Kind"),
    "currency": QT_TRANSLATE_NOOP("ExportWording", "Currency"),
    "card_brand": QT_TRANSLATE_NOOP("ExportWording", "Card brand"),
    "card_last4": QT_TRANSLATE_NOOP("ExportWording", "Card, last 4 digits"),
    "card_expiry": QT_TRANSLATE_NOOP("ExportWording", "Card expiry"),
    "at_risk": QT_TRANSLATE_NOOP("ExportWording", "At risk"),
    "charges": QT_TRANSLATE_NOOP("ExportWording", "Charges"),
    "totals": QT_TRANSLATE_NOOP("ExportWording", "Totals"),
    "domain": QT_TRANSLATE_NOOP("ExportWording", "Domain"),
    "hosting": QT_TRANSLATE_NOOP("ExportWording", "Hosting"),
    "proforma": QT_TRANSLATE_NOOP("ExportWording", "Proforma"),
}
_OUTCOMES = ("charged", "failed", "stopped", "needs_attention")
_REASONS = (
    "charge_date_missed",
    "notice_not_sent",
    "no_live_cycle",
    "no_card",
    "card_expires_before_charge",
    "card_verification_declined",
    "charge_declined",
    "charge_failed",
    "no_price",
)


def wording() -> Wording:
    upcoming, past = upcoming_model.Column, past_results_model.Column
    shown = {
        "customer_name": upcoming_model.header_text(upcoming.CUSTOMER),
        "service": upcoming_model.header_text(upcoming.SERVICE),
        "charge_date": upcoming_model.header_text(upcoming.CHARGE_ON),
        "date": upcoming_model.header_text(upcoming.CHARGE_ON),
        "amount": upcoming_model.header_text(upcoming.AMOUNT),
        "installments": upcoming_model.header_text(upcoming.INSTALLMENTS),
        "billing_contact": upcoming_model.header_text(upcoming.CONTACT),
        "risks": upcoming_model.header_text(upcoming.RISKS),
        "outcome": past_results_model.header_text(past.OUTCOME),
        "reason": past_results_model.header_text(past.REASON),
        "upcoming": QCoreApplication.translate("FinanceWindow", "Upcoming charges"),
        "past": QCoreApplication.translate("FinanceWindow", "Past results"),
        "invoices": QCoreApplication.translate("FinanceWindow", "Invoices"),
        "invoice": invoices_model.header_text(invoices_model.Column.NUMBER),
        "issued_on": invoices_model.header_text(invoices_model.Column.DATE),
        "bill_to": invoices_model.header_text(invoices_model.Column.ADDRESSEE),
        "from": invoices_model.header_text(invoices_model.Column.SOURCE),
        "services": invoices_model.header_text(invoices_model.Column.SERVICES),
    }
    own = {
        key: QCoreApplication.translate("ExportWording", str(text)) for key, text in _ONLY_IN_FILES.items()
    }
    words = {
        "risk": {risk.value: messages.risk_short(risk.value) for risk in Risk},
        "outcome": {code: messages.history_what(code) for code in _OUTCOMES},
        "reason": {code: reason_text(code) for code in _REASONS},
        "kind": {"domain": own.pop("domain"), "hosting": own.pop("hosting")},
        # "Proforma" and its number: the number follows the word in the cell.
        "source": {"automatic": invoice_source(True, None), "proforma": own.pop("proforma")},
    }
    return Wording(titles={**own, **shown}, words=words, right_to_left=current_language() == "he")
