"""Words for the error codes of this area's use cases, and for the audit log's actions, entities,
fields and coded values, in the interface's language. A code with no words here is shown as itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.application import current_language
from desktop.ui.plural_context import PluralContext


class AuditTexts(PluralContext, QObject):
    """The translation context "AuditTexts" of these texts: lupdate takes plural texts only from tr()."""


def _per_language(make: Callable[[], dict[str, str]]) -> Callable[[], dict[str, str]]:
    """A table of words made once per interface language: a page of the log asks for thousands of
    words, each table holds dozens."""
    made: dict[str, dict[str, str]] = {}

    def texts() -> dict[str, str]:
        language = current_language()
        found = made.get(language)
        if found is None:
            found = made[language] = make()
        return found

    return texts


def errors() -> dict[str, str]:
    return {
        "audit_range_reversed": QCoreApplication.translate(
            "Messages", "The first day ({first}) comes after the last day ({last}). Swap them or change one."
        ),
        "audit_page_size_invalid": QCoreApplication.translate(
            "Messages", "A page of the audit log holds from 1 to {most} entries."
        ),
    }


@_per_language
def _action_texts() -> dict[str, str]:
    return {
        "auto_renew.enabled": QCoreApplication.translate("AuditTexts", "Auto-renew switched on"),
        "auto_renew.disabled": QCoreApplication.translate("AuditTexts", "Auto-renew switched off"),
        "auto_renew.changed": QCoreApplication.translate("AuditTexts", "Auto-renew settings changed"),
        "auto_renew.stopped": QCoreApplication.translate("AuditTexts", "Auto-renew stopped"),
        "cycle.reopened": QCoreApplication.translate("AuditTexts", "Renewal opened again"),
        "cycle.terms_changed": QCoreApplication.translate("AuditTexts", "Renewal terms changed"),
        "card.check_passed": QCoreApplication.translate("AuditTexts", "Card check passed"),
        "card.check_failed": QCoreApplication.translate("AuditTexts", "Card check failed"),
        "card.added": QCoreApplication.translate("AuditTexts", "Card added"),
        "card.replaced": QCoreApplication.translate("AuditTexts", "Card replaced on a service"),
        "card.removed": QCoreApplication.translate("AuditTexts", "Card removed"),
        "card.invalidated": QCoreApplication.translate("AuditTexts", "Card marked not valid"),
        "charge.succeeded": QCoreApplication.translate("AuditTexts", "Charged"),
        "charge.failed": QCoreApplication.translate("AuditTexts", "Charge failed"),
        "charge.declined": QCoreApplication.translate("AuditTexts", "Charge declined"),
        "cycle.needs_attention": QCoreApplication.translate("AuditTexts", "Renewal needs attention"),
        "email.sent": QCoreApplication.translate("AuditTexts", "E-mail sent"),
        "email.given_up": QCoreApplication.translate("AuditTexts", "E-mail given up"),
        "email.withdrawn": QCoreApplication.translate("AuditTexts", "E-mail withdrawn, not sent"),
        "email.retry_now": QCoreApplication.translate("AuditTexts", "E-mail retried now"),
        "email.resend": QCoreApplication.translate("AuditTexts", "E-mail sent again"),
        "email.renew_link": QCoreApplication.translate("AuditTexts", "Renew link e-mailed"),
        "proforma.issued": QCoreApplication.translate("AuditTexts", "Proforma issued"),
        "proforma.paid": QCoreApplication.translate("AuditTexts", "Proforma paid"),
        "proforma.cancelled": QCoreApplication.translate("AuditTexts", "Proforma cancelled"),
        "payment.charge_sent": QCoreApplication.translate("AuditTexts", "Card charge sent to the gateway"),
        "payment.declined": QCoreApplication.translate("AuditTexts", "Card payment declined"),
        "payment.not_applied": QCoreApplication.translate("AuditTexts", "Card charge received, not applied"),
        "payment.refund_sent": QCoreApplication.translate("AuditTexts", "Card refund sent to the gateway"),
        "payment.refunded": QCoreApplication.translate("AuditTexts", "Card charge refunded"),
        "invoice.issued": QCoreApplication.translate("AuditTexts", "Invoice issued"),
        "service.renewed": QCoreApplication.translate("AuditTexts", "Service renewed by a payment"),
        "document.emailed": QCoreApplication.translate("AuditTexts", "Document e-mailed with its PDF"),
        "customer.added": QCoreApplication.translate("AuditTexts", "Customer added"),
        "customer.changed": QCoreApplication.translate("AuditTexts", "Customer details changed"),
        "contact.added": QCoreApplication.translate("AuditTexts", "Billing contact added"),
        "contact.changed": QCoreApplication.translate("AuditTexts", "Billing contact changed"),
        "contact.removed": QCoreApplication.translate("AuditTexts", "Billing contact removed"),
        "data.imported": QCoreApplication.translate("AuditTexts", "Data imported"),
        "export.upcoming_charges": QCoreApplication.translate("AuditTexts", "Upcoming charges exported"),
        "export.audit_log": QCoreApplication.translate("AuditTexts", "Audit log exported"),
        "export.invoices": QCoreApplication.translate("AuditTexts", "Invoices exported"),
        "setting.changed": QCoreApplication.translate("AuditTexts", "Setting changed"),
        "secret.changed": QCoreApplication.translate("AuditTexts", "Secret changed"),
        "signing_key.created": QCoreApplication.translate("AuditTexts", "Link-signing key created"),
        "settings.test_email": QCoreApplication.translate("AuditTexts", "Test e-mail sent"),
        "staff.added": QCoreApplication.translate("AuditTexts", "Staff member added"),
        "staff.role_changed": QCoreApplication.translate("AuditTexts", "Staff role changed"),
        "staff.password_reset": QCoreApplication.translate("AuditTexts", "Staff password reset"),
        "staff.disabled": QCoreApplication.translate("AuditTexts", "Staff member disabled"),
        "staff.enabled": QCoreApplication.translate("AuditTexts", "Staff member enabled"),
        "staff.signed_in": QCoreApplication.translate("AuditTexts", "Signed in"),
        "staff.sign_in_failed": QCoreApplication.translate("AuditTexts", "Sign-in failed"),
        "staff.locked": QCoreApplication.translate("AuditTexts", "Staff member locked out"),
        "staff.os_user_linked": QCoreApplication.translate("AuditTexts", "Login linked to a staff member"),
        "staff.os_user_unlinked": QCoreApplication.translate(
            "AuditTexts", "Login unlinked from a staff member"
        ),
    }


def action(code: str) -> str:
    return _action_texts().get(code, code)


def action_group(prefix: str) -> str:
    """A family of actions, "auto_renew." for all of auto-renew's."""
    texts = {
        "auto_renew.": QCoreApplication.translate("AuditTexts", "Auto-renew: every change"),
        "card.": QCoreApplication.translate("AuditTexts", "Card checks: all"),
        "charge.": QCoreApplication.translate("AuditTexts", "Charges: all"),
        "cycle.": QCoreApplication.translate("AuditTexts", "Renewals: all"),
        "email.": QCoreApplication.translate("AuditTexts", "E-mails: all"),
        "document.": QCoreApplication.translate("AuditTexts", "Documents e-mailed: all"),
        "export.": QCoreApplication.translate("AuditTexts", "Exports: all"),
        "staff.": QCoreApplication.translate("AuditTexts", "Staff: everything"),
        "customer.": QCoreApplication.translate("AuditTexts", "Customers: all"),
        "contact.": QCoreApplication.translate("AuditTexts", "Billing contacts: all"),
        "setting.": QCoreApplication.translate("AuditTexts", "Settings: all"),
    }
    found = texts.get(prefix)
    if found is not None:
        return found
    # A family this window does not know yet: its code, which people rarely meet.
    return QCoreApplication.translate("AuditTexts", "{prefix}* (all)").format(prefix=prefix)


@_per_language
def _entity_texts() -> dict[str, str]:
    return {
        "service": QCoreApplication.translate("AuditTexts", "Service"),
        "cycle": QCoreApplication.translate("AuditTexts", "Renewal cycle"),
        "card": QCoreApplication.translate("AuditTexts", "Card"),
        "contact": QCoreApplication.translate("AuditTexts", "Contact"),
        "customer": QCoreApplication.translate("AuditTexts", "Customer"),
        "proforma": QCoreApplication.translate("AuditTexts", "Proforma"),
        "invoice": QCoreApplication.translate("AuditTexts", "Invoice"),
        "outbox": QCoreApplication.translate("AuditTexts", "E-mail"),
        "email": QCoreApplication.translate("AuditTexts", "E-mail"),
        "staff": QCoreApplication.translate("AuditTexts", "Staff member"),
        "setting": QCoreApplication.translate("AuditTexts", "Setting"),
        "secret": QCoreApplication.translate("AuditTexts", "Secret"),
        "export": QCoreApplication.translate("AuditTexts", "Export"),
        "import": QCoreApplication.translate("AuditTexts", "Import"),
    }


def entity(code: str) -> str:
    return _entity_texts().get(code, code)


@_per_language
def _field_texts() -> dict[str, str]:
    return {
        "enabled": QCoreApplication.translate("AuditTexts", "Auto-renew"),
        "card_id": QCoreApplication.translate("AuditTexts", "Card"),
        "card": QCoreApplication.translate("AuditTexts", "Card"),
        "billing_contact_id": QCoreApplication.translate("AuditTexts", "Billing contact"),
        "contact_id": QCoreApplication.translate("AuditTexts", "Contact"),
        "period_months": QCoreApplication.translate("AuditTexts", "Period"),
        "installments": QCoreApplication.translate("AuditTexts", "Installments"),
        "stop_reason": QCoreApplication.translate("AuditTexts", "Why it stopped"),
        "status": QCoreApplication.translate("AuditTexts", "Status"),
        "was": QCoreApplication.translate("AuditTexts", "Status before"),
        "reason": QCoreApplication.translate("AuditTexts", "Reason"),
        "was_reason": QCoreApplication.translate("AuditTexts", "Reason before"),
        "service": QCoreApplication.translate("AuditTexts", "Service"),
        "service_id": QCoreApplication.translate("AuditTexts", "Service"),
        "cycle_id": QCoreApplication.translate("AuditTexts", "Renewal cycle"),
        "due": QCoreApplication.translate("AuditTexts", "Charge date"),
        "amount": QCoreApplication.translate("AuditTexts", "Amount"),
        "amount_minor": QCoreApplication.translate("AuditTexts", "Amount"),
        "total": QCoreApplication.translate("AuditTexts", "Total"),
        "currency": QCoreApplication.translate("AuditTexts", "Currency"),
        "key": QCoreApplication.translate("AuditTexts", "Charge key"),
        "invoice": QCoreApplication.translate("AuditTexts", "Invoice"),
        "expires_on": QCoreApplication.translate("AuditTexts", "Expires on"),
        "notice": QCoreApplication.translate("AuditTexts", "Notice sent"),
        "notice_version": QCoreApplication.translate("AuditTexts", "Notice version"),
        "state": QCoreApplication.translate("AuditTexts", "Delivery"),
        "failing_since": QCoreApplication.translate("AuditTexts", "Failing since"),
        "next_attempt_at": QCoreApplication.translate("AuditTexts", "Next try"),
        "kind": QCoreApplication.translate("AuditTexts", "Message"),
        "to": QCoreApplication.translate("AuditTexts", "To"),
        "attempts": QCoreApplication.translate("AuditTexts", "Tries"),
        "last_error": QCoreApplication.translate("AuditTexts", "Last error"),
        "message_id": QCoreApplication.translate("AuditTexts", "Message ID"),
        "resend_of": QCoreApplication.translate("AuditTexts", "Sent again from"),
        "name": QCoreApplication.translate("AuditTexts", "Name"),
        "role": QCoreApplication.translate("AuditTexts", "Role"),
        "active": QCoreApplication.translate("AuditTexts", "Active"),
        "os_user": QCoreApplication.translate("AuditTexts", "Computer login"),
        "failed_attempts": QCoreApplication.translate("AuditTexts", "Failed sign-ins"),
        "locked_until": QCoreApplication.translate("AuditTexts", "Locked until"),
        "value": QCoreApplication.translate("AuditTexts", "Value"),
        "format": QCoreApplication.translate("AuditTexts", "Format"),
        "rows": QCoreApplication.translate("AuditTexts", "Rows"),
        "from": QCoreApplication.translate("AuditTexts", "From"),
        "filter": QCoreApplication.translate("AuditTexts", "Filter"),
        "who": QCoreApplication.translate("AuditTexts", "Who"),
        "action": QCoreApplication.translate("AuditTexts", "Action"),
        "customer": QCoreApplication.translate("AuditTexts", "Customer"),
        "number": QCoreApplication.translate("AuditTexts", "Number"),
        "services": QCoreApplication.translate("AuditTexts", "Services"),
        "bill_to": QCoreApplication.translate("AuditTexts", "Billed to"),
        "source": QCoreApplication.translate("AuditTexts", "File"),
        "customers": QCoreApplication.translate("AuditTexts", "Customers"),
        "contacts": QCoreApplication.translate("AuditTexts", "Contacts"),
        "cards": QCoreApplication.translate("AuditTexts", "Cards"),
        "orders": QCoreApplication.translate("AuditTexts", "Orders"),
        "prices": QCoreApplication.translate("AuditTexts", "Prices"),
        "fingerprint": QCoreApplication.translate("AuditTexts", "Key fingerprint"),
        "smtp": QCoreApplication.translate("AuditTexts", "SMTP server"),
        "language": QCoreApplication.translate("AuditTexts", "Language"),
        "ref": QCoreApplication.translate("AuditTexts", "Reference"),
        "email": QCoreApplication.translate("AuditTexts", "E-mail"),
        "phone": QCoreApplication.translate("AuditTexts", "Phone"),
        "company": QCoreApplication.translate("AuditTexts", "Company"),
        "address": QCoreApplication.translate("AuditTexts", "Address"),
        "tax_id": QCoreApplication.translate("AuditTexts", "Tax ID"),
        "method": QCoreApplication.translate("AuditTexts", "Paid by"),
        "paid_on": QCoreApplication.translate("AuditTexts", "Paid on"),
        "reference": QCoreApplication.translate("AuditTexts", "Payment reference"),
        "left_out": QCoreApplication.translate("AuditTexts", "Left out"),
        "proforma": QCoreApplication.translate("AuditTexts", "Proforma"),
        "series": QCoreApplication.translate("AuditTexts", "Series"),
        "cycles_ended": QCoreApplication.translate("AuditTexts", "Renewals ended"),
        "brand": QCoreApplication.translate("AuditTexts", "Brand"),
        "expiry": QCoreApplication.translate("AuditTexts", "Expiry"),
        "holder": QCoreApplication.translate("AuditTexts", "Card holder"),
    }


def field(key: str, value: object = None) -> str:
    """The name of a field of an entry's before and after; "to" is a recipient or the end of a range
    of days, by its value."""
    if key == "to" and isinstance(value, str) and "@" not in value:
        return QCoreApplication.translate("AuditTexts", "Until")
    return _field_texts().get(key, key)


@_per_language
def _reason_texts() -> dict[str, str]:
    return {
        "staff_switched_off": QCoreApplication.translate("AuditTexts", "switched off by staff"),
        "no_card": QCoreApplication.translate("AuditTexts", "no card"),
        "card_expires_before_charge": QCoreApplication.translate(
            "AuditTexts", "the card expires before the charge"
        ),
        "card_verification_declined": QCoreApplication.translate("AuditTexts", "the card check was declined"),
        "charge_declined": QCoreApplication.translate("AuditTexts", "the charge was declined"),
        # The gateway's own reason for a card payment declined (payment.declined).
        "card_declined": QCoreApplication.translate("AuditTexts", "the card issuer declined it"),
        "charge_failed": QCoreApplication.translate("AuditTexts", "the charge failed"),
        "no_price": QCoreApplication.translate("AuditTexts", "no price for this renewal"),
        "no_live_cycle": QCoreApplication.translate("AuditTexts", "no renewal was under way"),
        "charge_date_missed": QCoreApplication.translate("AuditTexts", "the charge date was missed"),
        "notice_not_sent": QCoreApplication.translate("AuditTexts", "the charge's notice was never sent"),
        "no_longer_due": QCoreApplication.translate("AuditTexts", "no longer due"),
        "card_removed": QCoreApplication.translate("AuditTexts", "the card was removed"),
        "renewed_by_payment": QCoreApplication.translate("AuditTexts", "renewed by a proforma's payment"),
        # Why an e-mail was withdrawn (WithdrawnReason)
        "notice_replaced": QCoreApplication.translate("AuditTexts", "an updated notice replaced it"),
        "renewal_stopped": QCoreApplication.translate("AuditTexts", "the renewal it announced stopped"),
        "proforma_cancelled": QCoreApplication.translate("AuditTexts", "the proforma was cancelled"),
        "auto_renew_on_again": QCoreApplication.translate(
            "AuditTexts", "auto-renew was switched on again before it was sent"
        ),
    }


def reason(code: str) -> str:
    """Why a renewal stopped, failed or was left to staff."""
    return _reason_texts().get(code, code)


@_per_language
def _mail_state_texts() -> dict[str, str]:
    return {
        "queued": QCoreApplication.translate("AuditTexts", "queued"),
        "sent": QCoreApplication.translate("AuditTexts", "sent"),
        "failing": QCoreApplication.translate("AuditTexts", "failing"),
        "given_up": QCoreApplication.translate("AuditTexts", "given up"),
        "withdrawn": QCoreApplication.translate("AuditTexts", "withdrawn"),
    }


def mail_state(code: str) -> str:
    return _mail_state_texts().get(code, code)


@_per_language
def _language_texts() -> dict[str, str]:
    return {
        "en": QCoreApplication.translate("AuditTexts", "English"),
        "he": QCoreApplication.translate("AuditTexts", "Hebrew"),
        "es": QCoreApplication.translate("AuditTexts", "Spanish"),
    }


def language(code: str) -> str:
    return _language_texts().get(code, code)


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("AuditTexts", "yes")
        if value
        else QCoreApplication.translate("AuditTexts", "no")
    )


def on_off(value: bool) -> str:
    return (
        QCoreApplication.translate("AuditTexts", "on")
        if value
        else QCoreApplication.translate("AuditTexts", "off")
    )


def months(count: int) -> str:
    return AuditTexts.tr("%n month(s)", "", count)


@_per_language
def _mail_kind_texts() -> dict[str, str]:
    return {
        "precharge_notice": QCoreApplication.translate("AuditTexts", "pre-charge notice"),
        "notice_updated": QCoreApplication.translate("AuditTexts", "updated pre-charge notice"),
        "card_check_failed": QCoreApplication.translate("AuditTexts", "card check failed"),
        "charge_receipt": QCoreApplication.translate("AuditTexts", "charge receipt"),
        "charge_failed": QCoreApplication.translate("AuditTexts", "charge failed"),
        "stopped_by_staff": QCoreApplication.translate("AuditTexts", "auto-renew switched off"),
        "proforma_document": QCoreApplication.translate("AuditTexts", "proforma with its PDF"),
        "invoice_document": QCoreApplication.translate("AuditTexts", "tax invoice with its PDF"),
    }


def mail_kind(code: str) -> str:
    return _mail_kind_texts().get(code, code)


@_per_language
def _cycle_status_texts() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("AuditTexts", "waiting for its check"),
        "checked": QCoreApplication.translate("AuditTexts", "card checked"),
        "charging": QCoreApplication.translate("AuditTexts", "charging"),
        "charged": QCoreApplication.translate("AuditTexts", "charged"),
        "failed": QCoreApplication.translate("AuditTexts", "charge failed"),
        "stopped": QCoreApplication.translate("AuditTexts", "stopped at the card check"),
        "needs_attention": QCoreApplication.translate("AuditTexts", "needs attention"),
        "cancelled": QCoreApplication.translate("AuditTexts", "no longer due"),
    }


def _proforma_status_texts() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("AuditTexts", "open"),
        "paid": QCoreApplication.translate("AuditTexts", "paid"),
        "cancelled": QCoreApplication.translate("AuditTexts", "cancelled"),
        "expired": QCoreApplication.translate("AuditTexts", "expired"),
    }


def _payment_status_texts() -> dict[str, str]:
    return {
        "pending": QCoreApplication.translate("AuditTexts", "charge under way"),
        "unknown": QCoreApplication.translate("AuditTexts", "answer not known"),
        "succeeded": QCoreApplication.translate("AuditTexts", "charged"),
        "declined": QCoreApplication.translate("AuditTexts", "declined"),
        "not_sent": QCoreApplication.translate("AuditTexts", "not sent"),
        "unapplied": QCoreApplication.translate("AuditTexts", "received, not applied"),
        "refunded": QCoreApplication.translate("AuditTexts", "refunded"),
    }


def status(about: str, code: str) -> str:
    """A status in words by what it is the status of: a renewal cycle's, a proforma's or a card
    payment's (entries about a proforma's payment keep the payment's)."""
    texts = {"proforma": _proforma_status_texts, "payment": _payment_status_texts}.get(
        about, _cycle_status_texts
    )
    return texts().get(code, code)


def gone(ref: str, number: int) -> str:
    """Something an entry points at that no longer exists, and whose name the entry did not keep."""
    texts = {
        "service": QCoreApplication.translate("AuditTexts", "Service #{id} (deleted)"),
        "cycle": QCoreApplication.translate("AuditTexts", "Renewal cycle #{id} (deleted)"),
        "card": QCoreApplication.translate("AuditTexts", "Card #{id} (deleted)"),
        "contact": QCoreApplication.translate("AuditTexts", "Contact #{id} (deleted)"),
        "staff": QCoreApplication.translate("AuditTexts", "Staff member #{id} (deleted)"),
        "outbox": QCoreApplication.translate("AuditTexts", "E-mail #{id} (deleted)"),
        "customer": QCoreApplication.translate("AuditTexts", "Customer #{id} (deleted)"),
    }
    return texts.get(ref, "{ref} #{id}").format(id=number, ref=ref)


def deleted(name: str) -> str:
    """A thing no longer there, by the name the entry kept of it."""
    return QCoreApplication.translate("AuditTexts", "{name} (deleted)").format(name=name)


def labelled(what: str, name: str) -> str:
    """ "Service: levi.co.il"."""
    return QCoreApplication.translate("AuditTexts", "{what}: {name}").format(what=what, name=name)
