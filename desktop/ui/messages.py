"""The one place where codes from the use cases become words, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.ui import desk_texts, field_texts, formatting, refusal_texts
from desktop.ui.admin import audit_texts, settings_texts, staff_texts
from desktop.ui.finance import texts as finance_texts
from desktop.ui.plural_context import PluralContext


class Messages(PluralContext, QObject):
    """The translation context "Messages" of these texts: lupdate takes plural texts only from tr()."""


def stop_reason(code: str | None) -> str:
    texts = {
        "staff_switched_off": QCoreApplication.translate("Messages", "Switched off by staff"),
        "no_card": QCoreApplication.translate("Messages", "Stopped: no card"),
        "card_expires_before_charge": QCoreApplication.translate(
            "Messages", "Stopped: card expires before the charge"
        ),
        "card_verification_declined": QCoreApplication.translate("Messages", "Stopped: card check declined"),
        "charge_declined": QCoreApplication.translate("Messages", "Stopped: charge declined"),
        "charge_failed": QCoreApplication.translate("Messages", "Stopped: charge failed"),
        "no_price": QCoreApplication.translate("Messages", "Stopped: no price"),
        "card_removed": QCoreApplication.translate("Messages", "Stopped: card removed"),
    }
    if code is None:
        return QCoreApplication.translate("Messages", "Off")
    return texts.get(code, code)


def risk(code: str) -> str:
    texts = {
        "card_expires_first": QCoreApplication.translate(
            "Messages",
            "The card expires before the charge date: the charge will fail, the service may be suspended and reactivation may cost extra",  # noqa: E501
        ),
        "card_invalid": QCoreApplication.translate("Messages", "The card was refused by the gateway"),
        "no_card": QCoreApplication.translate("Messages", "No card is set for automatic renewal"),
        "holder_mismatch": QCoreApplication.translate(
            "Messages", "The card holder matches neither the billing contact's name nor its company"
        ),
        "charge_date_passed": QCoreApplication.translate("Messages", "The charge date has passed"),
        "no_price": QCoreApplication.translate("Messages", "The price list has no price for this renewal"),
        "needs_attention": QCoreApplication.translate(
            "Messages", "The due checks left this charge to staff: it will not be made until someone acts"
        ),
    }
    return texts.get(code, code)


def risk_short(code: str) -> str:
    texts = {
        "card_expires_first": QCoreApplication.translate("Messages", "Card expires first"),
        "card_invalid": QCoreApplication.translate("Messages", "Card refused"),
        "no_card": QCoreApplication.translate("Messages", "No card"),
        "holder_mismatch": QCoreApplication.translate("Messages", "Holder is not the contact"),
        "charge_date_passed": QCoreApplication.translate("Messages", "Charge date passed"),
        "no_price": QCoreApplication.translate("Messages", "No price"),
        "needs_attention": QCoreApplication.translate("Messages", "Needs attention"),
    }
    return texts.get(code, code)


def history_kind(kind: str) -> str:
    texts = {
        "order": QCoreApplication.translate("Messages", "Order"),
        "cycle": QCoreApplication.translate("Messages", "Renewal cycle"),
        "charge": QCoreApplication.translate("Messages", "Charge"),
        "email": QCoreApplication.translate("Messages", "E-mail"),
        "audit": QCoreApplication.translate("Messages", "Change"),
    }
    return texts.get(kind, kind)


def history_what(code: str) -> str:
    texts = {
        "purchase": QCoreApplication.translate("Messages", "purchase"),
        "renewal": QCoreApplication.translate("Messages", "manual renewal"),
        "automatic": QCoreApplication.translate("Messages", "automatic renewal"),
        "open": QCoreApplication.translate("Messages", "waiting for its check"),
        "checked": QCoreApplication.translate("Messages", "card checked, notice sent"),
        "charging": QCoreApplication.translate("Messages", "charging"),
        "charged": QCoreApplication.translate("Messages", "charged"),
        "failed": QCoreApplication.translate("Messages", "charge failed"),
        "stopped": QCoreApplication.translate("Messages", "stopped at the card check"),
        "needs_attention": QCoreApplication.translate("Messages", "needs attention"),
        "cancelled": QCoreApplication.translate("Messages", "no longer due"),
        "pending": QCoreApplication.translate("Messages", "waiting"),
        "unknown": QCoreApplication.translate("Messages", "outcome unknown"),
        "succeeded": QCoreApplication.translate("Messages", "succeeded"),
        "declined": QCoreApplication.translate("Messages", "declined"),
        "not_sent": QCoreApplication.translate("Messages", "not sent to the gateway"),
        "unapplied": QCoreApplication.translate("Messages", "money received, not applied"),
        "refunded": QCoreApplication.translate("Messages", "refunded"),
        "precharge_notice": QCoreApplication.translate("Messages", "pre-charge notice"),
        "card_check_failed": QCoreApplication.translate("Messages", "card check failed"),
        "charge_receipt": QCoreApplication.translate("Messages", "charge receipt"),
        "charge_failed": QCoreApplication.translate("Messages", "charge failed, auto-renew stopped"),
        "stopped_by_staff": QCoreApplication.translate("Messages", "auto-renew switched off"),
        "proforma_document": QCoreApplication.translate("Messages", "proforma with its PDF"),
        "invoice_document": QCoreApplication.translate("Messages", "tax invoice with its PDF"),
        "auto_renew.enabled": QCoreApplication.translate("Messages", "auto-renew switched on"),
        "auto_renew.disabled": QCoreApplication.translate("Messages", "auto-renew switched off"),
        "auto_renew.changed": QCoreApplication.translate("Messages", "auto-renew settings changed"),
        "auto_renew.stopped": QCoreApplication.translate("Messages", "auto-renew stopped"),
        "card.replaced": QCoreApplication.translate("Messages", "card replaced"),
    }
    return texts.get(code, code)


def unavailable(code: str) -> str:
    texts = {
        "no_valid_card": QCoreApplication.translate(
            "Messages", "Recurring payment needs a saved, valid card on the account"
        ),
        "no_order": QCoreApplication.translate(
            "Messages", "Recurring payment needs at least one order on the account"
        ),
        "nothing_renewable": QCoreApplication.translate("Messages", "The account has no service to renew"),
        "role": QCoreApplication.translate("Messages", "Your role may not do this."),
    }
    return texts.get(code, code)


def error(exc: BaseException) -> str:
    if not isinstance(exc, UseCaseError):
        return QCoreApplication.translate("Messages", "Something went wrong: {detail}").format(
            detail=formatting.ltr(str(exc))
        )
    texts = {
        "forbidden": QCoreApplication.translate("Messages", "Your role may not do this."),
        "sign_in_failed": QCoreApplication.translate("Messages", "The name or the password is wrong."),
        "account_locked": QCoreApplication.translate(
            "Messages", "Too many failed attempts: this account is locked for 15 minutes."
        ),
        "card_required": QCoreApplication.translate("Messages", "Choose the card to charge."),
        "holder_mismatch_unacknowledged": QCoreApplication.translate(
            "Messages", "Confirm that the card holder may pay for this billing contact."
        ),
        "card_refused": QCoreApplication.translate(
            "Messages", "The card was refused ({reason}). Nothing was changed."
        ),
        "recurring_unavailable": QCoreApplication.translate(
            "Messages", "Recurring payment is not available for this account."
        ),
        "gateway_unavailable": QCoreApplication.translate(
            "Messages", "The payment gateway did not answer. Nothing was changed; try again."
        ),
        "no_service_chosen": QCoreApplication.translate("Messages", "Tick at least one service."),
        "no_price": QCoreApplication.translate("Messages", "The price list has no price for: {services}"),
        "period_not_allowed": QCoreApplication.translate(
            "Messages", "The period must be 3, 12, 24 or 36 months."
        ),
        "installments_not_allowed": QCoreApplication.translate(
            "Messages", "At most {most} installments are allowed for this period."
        ),
        "domain_no_choice": QCoreApplication.translate(
            "Messages", "A domain renews for its last period in one payment."
        ),
        "password_too_short": QCoreApplication.translate(
            "Messages", "The password must have at least {minimum} characters."
        ),
        "staff_name_taken": QCoreApplication.translate("Messages", "This name is taken."),
        "staff_name_invalid": QCoreApplication.translate("Messages", "This name cannot be used."),
        "database_not_empty": QCoreApplication.translate(
            "Messages",
            "This database has customers but no staff. Create its first admin on the command line: "
            "renewdesk staff add NAME --role admin",
        ),
        "signing_key_mismatch": QCoreApplication.translate(
            "Messages", "This is not the link-signing key of this database. Nothing was kept."
        ),
        "signing_key_too_short": QCoreApplication.translate(
            "Messages", "A link-signing key needs at least {minimum} characters."
        ),
        "signing_key_exists": QCoreApplication.translate(
            "Messages", "This database already has its link-signing key."
        ),
    }
    for more in (
        finance_texts.errors(),
        staff_texts.errors(),
        audit_texts.errors(),
        settings_texts.errors(),
        refusal_texts.errors(),
        desk_texts.errors(),
    ):
        texts.update(more)
    if exc.code == ErrorCode.FIELD_INVALID:
        try:
            refused = FieldError(
                Field(str(exc.params.get("field"))),
                FieldProblem(str(exc.params.get("problem"))),
                str(exc.params.get("detail", "")),
            )
        except ValueError:
            return QCoreApplication.translate("Messages", "A field was refused. Nothing was changed.")
        return field_texts.describe(refused)
    if exc.code == ErrorCode.IMPORT_REFUSED:
        problems = int(str(exc.params.get("count", 0)))
        return Messages.tr("The file was refused (%n problem(s)). Nothing was changed.", "", problems)
    text = texts.get(exc.code)
    if text is None:
        return QCoreApplication.translate("Messages", "Refused: {code}").format(code=exc.code)
    params = {
        key: ", ".join(map(str, value)) if isinstance(value, list) else value
        for key, value in exc.params.items()
    }
    if "detail" in params:
        # The system's or a library's words (English): one left-to-right run in a Hebrew sentence.
        params["detail"] = formatting.ltr(str(params["detail"]))
    if exc.code == ErrorCode.PROFORMA_NOT_OPEN and exc.params.get("invoice"):
        return desk_texts.paid_already(exc.params)
    if exc.code == ErrorCode.CARD_REFUSED:
        params["reason"] = card_refusal(str(exc.params.get("reason", "")))
    if exc.code == ErrorCode.PAYMENT_NOT_APPLIED and "amount_minor" in exc.params:
        # The money as the windows write it (₪59.00, 59,00 ILS), not as the command line does.
        params["amount"] = formatting.money(int(str(exc.params["amount_minor"])), str(exc.params["currency"]))
    if exc.code == ErrorCode.WORKSTATION_NAME_INVALID:
        params["problem"] = refusal_texts.workstation_name_problem(
            str(exc.params.get("problem", "")), str(exc.params.get("character", ""))
        )
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def card_refusal(code: str) -> str:
    texts = {
        "card_expired": QCoreApplication.translate("Messages", "the card has expired"),
        "card_declined": QCoreApplication.translate("Messages", "the card issuer declined it"),
        "card_rejected": QCoreApplication.translate("Messages", "the gateway does not accept this number"),
        "charge_declined": QCoreApplication.translate("Messages", "its charge was declined"),
        # Kept on the card by the due checks (R14) and by the migration that took numbers out of tokens.
        "card_verification_declined": QCoreApplication.translate("Messages", "its card check was declined"),
        "token_was_card_number": QCoreApplication.translate(
            "Messages", "it was saved wrongly and must be typed again"
        ),
    }
    return texts.get(code, code)


__all__ = [
    "card_refusal",
    "error",
    "history_kind",
    "history_what",
    "risk",
    "risk_short",
    "stop_reason",
    "unavailable",
]
