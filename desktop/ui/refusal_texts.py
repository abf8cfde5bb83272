"""Words for the refusals that no window's own texts cover: mostly codes of the command line and of
records that changed under a window (another workstation deleted them). Every ErrorCode has a text
somewhere in desktop/ui; tests/ui/test_error_texts.py holds the windows to it, so that no code ever
reaches a person as "Refused: code"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.codes import ErrorCode
from desktop.workstation import MAX_NAME, NameProblem


def errors() -> dict[str, str]:
    return {
        ErrorCode.CARD_NOT_IN_ACCOUNT: QCoreApplication.translate(
            "Messages", "This card is no longer on the account. Nothing was changed."
        ),
        ErrorCode.CONTACT_NOT_IN_ACCOUNT: QCoreApplication.translate(
            "Messages", "This billing contact is no longer on the account. Nothing was changed."
        ),
        ErrorCode.SERVICE_NOT_IN_ACCOUNT: QCoreApplication.translate(
            "Messages", "Some of these services are no longer on the account. Nothing was changed."
        ),
        ErrorCode.SERVICE_NOT_FOUND: QCoreApplication.translate(
            "Messages", "This service no longer exists. Nothing was changed."
        ),
        ErrorCode.CHANGED_MEANWHILE: QCoreApplication.translate(
            "Messages",
            "{services}: changed meanwhile by someone else. Nothing was saved; it is shown again as it is now.",  # noqa: E501
        ),
        ErrorCode.CUSTOMER_NOT_FOUND: QCoreApplication.translate(
            "Messages", "This customer no longer exists. Nothing was changed."
        ),
        ErrorCode.CUSTOMER_REF_UNKNOWN: QCoreApplication.translate(
            "Messages", "There is no customer with the reference {ref}."
        ),
        ErrorCode.SERVICE_NAME_UNKNOWN: QCoreApplication.translate(
            "Messages", "The customer {customer} has no service named {names}."
        ),
        ErrorCode.CARD_REF_UNKNOWN: QCoreApplication.translate(
            "Messages", "The customer {customer} has no card with the reference {ref}."
        ),
        ErrorCode.CONTACT_REF_UNKNOWN: QCoreApplication.translate(
            "Messages", "The customer {customer} has no billing contact with the reference {ref}."
        ),
        ErrorCode.SEARCH_TOO_LONG: QCoreApplication.translate(
            "Messages", "The search text is too long: at most {most} characters are searched."
        ),
        ErrorCode.LIMIT_INVALID: QCoreApplication.translate("Messages", "Choose a number from 1 to {most}."),
        ErrorCode.DEMO_SIZE: QCoreApplication.translate("Messages", "Choose a number from 1 to {most}."),
        ErrorCode.EXPORT_TARGET_IS_FOLDER: QCoreApplication.translate(
            "Messages", "{path} is a folder: choose a file name. Nothing was written."
        ),
        ErrorCode.IMPORT_CONFLICT: QCoreApplication.translate(
            "Messages", "Another workstation added the same data meanwhile. Nothing was imported; try again."
        ),
        ErrorCode.OUTBOX_NOT_FOUND: QCoreApplication.translate(
            "Messages", "This e-mail is no longer in the outbox."
        ),
        ErrorCode.OUTBOX_NOT_RETRYABLE: QCoreApplication.translate(
            "Messages",
            "Only an e-mail that is failing or was given up can be tried again. Nothing was changed.",
        ),
        ErrorCode.OUTBOX_NOT_RESENDABLE: QCoreApplication.translate(
            "Messages", "Only an e-mail that was sent or given up can be sent again. Nothing was changed."
        ),
        ErrorCode.OUTBOX_WITHDRAWN: QCoreApplication.translate(
            "Messages",
            "What this e-mail says no longer holds, so it is not sent again (Tools → E-mails… says why). "
            "Nothing was changed.",
        ),
        ErrorCode.FIRST_ADMIN_EXISTS: QCoreApplication.translate(
            "Messages", "This database already has its first admin."
        ),
        ErrorCode.FIRST_STAFF_ADMIN: QCoreApplication.translate(
            "Messages", "This database has no staff yet: its first member must be an admin."
        ),
        ErrorCode.NO_STAFF_YET: QCoreApplication.translate(
            "Messages",
            "This database has no staff yet. Create its first admin on the command line: "
            "renewdesk staff add NAME --role admin",
        ),
        ErrorCode.OS_LOGIN_UNLINKED: QCoreApplication.translate(
            "Messages",
            "The login {login} is not linked to a staff member. An admin links it on the command line: "
            "renewdesk staff link NAME --os-user {login}",
        ),
        ErrorCode.OS_LOGIN_DISABLED: QCoreApplication.translate(
            "Messages", "The login {login} belongs to {name}, who is disabled."
        ),
        ErrorCode.OS_LOGIN_INVALID: QCoreApplication.translate(
            "Messages", "This is not a login name: no spaces or control characters, at most 120 characters."
        ),
        ErrorCode.OS_LOGIN_TAKEN: QCoreApplication.translate(
            "Messages", "The login {login} is already linked to {name}."
        ),
        ErrorCode.STAFF_UNKNOWN_NAME: QCoreApplication.translate(
            "Messages", "There is no staff member named {name}."
        ),
        ErrorCode.CONNECTION_UNUSABLE: QCoreApplication.translate(
            "Messages", "This connection cannot be used: {detail}. Nothing was remembered."
        ),
        ErrorCode.WORKSTATION_NAME_INVALID: QCoreApplication.translate(
            "Messages", "This cannot be the workstation's name: {problem}. Nothing was remembered."
        ),
        ErrorCode.WORKSTATION_FILE_UNWRITABLE: QCoreApplication.translate(
            "Messages", "The connection could not be remembered: {detail}."
        ),
    }


def workstation_name_problem(problem: str, character: str) -> str:
    """Why a name cannot be the workstation's, in the window's language (workstation.NameProblem)."""
    texts = {
        NameProblem.EMPTY: QCoreApplication.translate("Messages", "it is empty"),
        NameProblem.SPACES_AROUND: QCoreApplication.translate("Messages", "it starts or ends with spaces"),
        NameProblem.TOO_LONG: QCoreApplication.translate(
            "Messages", "it is longer than {most} characters"
        ).format(most=MAX_NAME),
        NameProblem.COLON: QCoreApplication.translate("Messages", "it contains a colon (:)"),
        NameProblem.INVISIBLE: QCoreApplication.translate(
            "Messages", "it contains an invisible character ({character})"
        ).format(character=character),
    }
    known = {item.value: item for item in NameProblem}
    return texts[known[problem]] if problem in known else problem
