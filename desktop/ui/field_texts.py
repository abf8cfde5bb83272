"""Words for the sales desk's fields and what is wrong with them (desktop.core.fields): the dialogs
show them under the field where it was typed, and a refusal of a use case names the field alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.fields import Field, FieldError, FieldProblem


def field_name(field: Field) -> str:
    names = {
        Field.REF: QCoreApplication.translate("Fields", "Reference"),
        Field.NAME: QCoreApplication.translate("Fields", "Name"),
        Field.COMPANY: QCoreApplication.translate("Fields", "Company"),
        Field.EMAIL: QCoreApplication.translate("Fields", "E-mail"),
        Field.PHONE: QCoreApplication.translate("Fields", "Phone"),
        Field.LANGUAGE: QCoreApplication.translate("Fields", "Language"),
        Field.CURRENCY: QCoreApplication.translate("Fields", "Currency"),
        Field.ADDRESS: QCoreApplication.translate("Fields", "Address"),
        Field.TAX_ID: QCoreApplication.translate("Fields", "Tax ID"),
        Field.CARD_NUMBER: QCoreApplication.translate("Fields", "Card number"),
        Field.CARD_HOLDER: QCoreApplication.translate("Fields", "Card holder"),
        Field.CARD_EXPIRY: QCoreApplication.translate("Fields", "Expiry"),
        Field.PAYMENT_DATE: QCoreApplication.translate("Fields", "Payment date"),
        Field.PAYMENT_REFERENCE: QCoreApplication.translate("Fields", "Reference of the payment"),
        Field.PAYMENT_AMOUNT: QCoreApplication.translate("Fields", "Amount"),
    }
    return names[field]


def problem_text(problem: FieldProblem, detail: str = "") -> str:
    texts = {
        FieldProblem.EMPTY: QCoreApplication.translate("Fields", "Fill this in."),
        FieldProblem.TOO_LONG: QCoreApplication.translate("Fields", "Too long: at most {detail} characters."),
        FieldProblem.CHARACTER: QCoreApplication.translate(
            "Fields", "Contains a character that cannot be kept ({detail})."
        ),
        FieldProblem.FORM: QCoreApplication.translate("Fields", "Not written as expected ({detail})."),
        FieldProblem.UNKNOWN: QCoreApplication.translate("Fields", "Not one of: {detail}."),
        FieldProblem.LUHN: QCoreApplication.translate(
            "Fields", "This is not a valid card number: a digit is probably mistyped."
        ),
        FieldProblem.EXPIRED: QCoreApplication.translate("Fields", "This expiry is in the past."),
        FieldProblem.FUTURE: QCoreApplication.translate("Fields", "A payment cannot be dated after today."),
        FieldProblem.BEFORE_ISSUE: QCoreApplication.translate(
            "Fields", "A payment cannot be dated before the proforma was issued ({detail})."
        ),
        FieldProblem.DIFFERS: QCoreApplication.translate(
            "Fields", "The amount must be the proforma's: {detail}."
        ),
    }
    return texts[problem].format(detail=detail)


def describe(error: FieldError) -> str:
    """'E-mail: Not written as expected (...)': the field and what is wrong, for a message box."""
    return QCoreApplication.translate("Fields", "{field}: {problem}").format(
        field=field_name(error.field), problem=problem_text(error.problem, error.detail)
    )
