"""Words for the sales desk's fields and what is wrong with them (desktop.core.fields): the dialogs
show them under the field where it was typed, and a refusal of a use case names the field alike."""

from __future__ import annotations

from collections.abc import Iterable

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


def still_needed(fields: Iterable[Field]) -> str:
    """Why a dialog's button is disabled, fields not yet touched included (they say nothing under
    themselves until typed in): '' when nothing is missing."""
    names = [field_name(field) for field in fields]
    if not names:
        return ""
    return QCoreApplication.translate("Fields", "To continue, fill in correctly: {fields}.").format(
        fields=", ".join(names)
    )


def _form(field: Field | None) -> str | None:
    """What a field of the wrong form should look like, in the window's language (the English detail
    of desktop/core/fields is for the command line)."""
    texts = {
        Field.REF: QCoreApplication.translate("Fields", "Use letters, digits and . _ : - only."),
        Field.EMAIL: QCoreApplication.translate(
            "Fields", "This is not an e-mail address such as name@example.com."
        ),
        Field.PHONE: QCoreApplication.translate("Fields", "Use digits, spaces and + ( ) . / - only."),
        Field.CARD_HOLDER: QCoreApplication.translate("Fields", "Type the name on the card, not its number."),
        Field.CARD_EXPIRY: QCoreApplication.translate("Fields", "Write the expiry as MM/YYYY."),
        Field.PAYMENT_AMOUNT: QCoreApplication.translate("Fields", "This is not an amount."),
        Field.CURRENCY: QCoreApplication.translate(
            "Fields", "This is not a currency code such as ILS, EUR or USD."
        ),
        Field.LANGUAGE: QCoreApplication.translate("Fields", "Choose Hebrew, Spanish or English."),
    }
    return texts.get(field) if field is not None else None


def problem_text(problem: FieldProblem, detail: str = "", field: Field | None = None) -> str:
    if problem in (FieldProblem.FORM, FieldProblem.UNKNOWN):
        worded = _form(field)
        if worded is not None:
            return worded
    texts = {
        FieldProblem.EMPTY: QCoreApplication.translate("Fields", "Fill this in."),
        FieldProblem.TOO_LONG: QCoreApplication.translate("Fields", "Too long: at most {detail} characters."),
        FieldProblem.CHARACTER: QCoreApplication.translate(
            "Fields", "Contains an invisible or control character that cannot be kept."
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
        FieldProblem.CARD_NUMBER: QCoreApplication.translate(
            "Fields",
            "This holds a card number (ending {detail}). Card numbers are never kept in other fields: add the card on the Cards tab.",  # noqa: E501
        ),
        FieldProblem.DIFFERS: QCoreApplication.translate(
            "Fields", "The amount must be the amount due: {detail}."
        ),
    }
    return texts[problem].format(detail=detail)


def describe(error: FieldError) -> str:
    """'E-mail: Not written as expected (...)': the field and what is wrong, for a message box."""
    return QCoreApplication.translate("Fields", "{field}: {problem}").format(
        field=field_name(error.field), problem=problem_text(error.problem, error.detail, error.field)
    )
