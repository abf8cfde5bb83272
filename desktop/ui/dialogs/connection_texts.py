"""The connection dialog's words for what a test found and why a choice was refused: the window says
them in its language, the test's own English line stands under them for support. One translation
context ("ConnectionDialog") for every word of the dialog, whichever file says it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.app.connection_urls import SslMode
from desktop.app.connection_verdicts import Verdict


class Purpose(Enum):
    """Why the dialog is shown: its title, its words and its Cancel follow."""

    FIRST_START = "first_start"  # nothing chosen yet: Cancel quits the program
    ANOTHER = "another"  # the database could not be opened at sign-in: choose another
    CHANGE = "change"  # Tools → Connection…: the window restarts on the new one


def intro_text(purpose: Purpose) -> str:
    texts = {
        Purpose.FIRST_START: QCoreApplication.translate(
            "ConnectionDialog",
            "Choose where this computer keeps RenewDesk's data. Several computers share the data only on the company's server.",  # noqa: E501
        ),
        Purpose.ANOTHER: QCoreApplication.translate(
            "ConnectionDialog",
            "Choose where this computer's RenewDesk data is. The connection chosen here is remembered.",
        ),
        Purpose.CHANGE: QCoreApplication.translate(
            "ConnectionDialog",
            "Change where this computer's RenewDesk data is. RenewDesk restarts to use the new connection.",
        ),
    }
    return texts[purpose]


def no_keyring_text() -> str:
    """A password that cannot be kept: the window's own sentence (the keyring's advice goes under it)."""
    return QCoreApplication.translate(
        "ConnectionDialog",
        "This computer has no usable keyring, so the database password cannot be kept. Start and unlock the system's keyring (for example GNOME Keyring or KWallet), then try again, or ask the administrator.",  # noqa: E501
    )


def unwritable_text() -> str:
    """The remembered file could not be written: the window's own sentence (the English line with the
    file's path and the system's reason goes under it, left to right)."""
    return QCoreApplication.translate(
        "ConnectionDialog",
        "The connection could not be remembered: this computer's RenewDesk settings file cannot be written. Nothing was kept. Free some space or ask the administrator, then try again.",  # noqa: E501
    )


def damaged_text(name_only: bool) -> str:
    """The remembered file could not be read (`name_only`: only its workstation name)."""
    if name_only:
        return QCoreApplication.translate(
            "ConnectionDialog",
            "The workstation name remembered on this computer cannot be used: correct it below. The connection is filled in as it was remembered.",  # noqa: E501
        )
    return QCoreApplication.translate(
        "ConnectionDialog", "The connection remembered on this computer could not be read: choose it again."
    )


def own_sentence(error: BaseException) -> str | None:
    """The dialog's own sentence for a refusal whose English detail is said under it (a keyring that
    cannot keep the password, a settings file that cannot be written); None for the others."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    if not isinstance(error, UseCaseError):
        return None
    if error.code == ErrorCode.KEYRING_UNAVAILABLE:
        return no_keyring_text()
    if error.code == ErrorCode.WORKSTATION_FILE_UNWRITABLE:
        return unwritable_text()
    return None


def refused_verdict(error: BaseException) -> Verdict | None:
    """The verdict of a connection that remember_connection refused, when that was the reason."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    if not isinstance(error, UseCaseError) or error.code != ErrorCode.CONNECTION_UNUSABLE:
        return None
    refused: UseCaseError = error
    value = refused.params.get("verdict")
    return Verdict(value) if value in set(Verdict) else Verdict.NOT_USABLE


def verdict_text(verdict: Verdict) -> str:
    texts = {
        Verdict.READY: QCoreApplication.translate(
            "ConnectionDialog", "Connected: a RenewDesk database, ready to use."
        ),
        Verdict.EMPTY: QCoreApplication.translate(
            "ConnectionDialog", "Connected: the database is empty, RenewDesk will set it up."
        ),
        Verdict.OLDER: QCoreApplication.translate(
            "ConnectionDialog",
            "Connected: a RenewDesk database of an older version. It is brought up to date when it is opened.",  # noqa: E501
        ),
        Verdict.NEWER: QCoreApplication.translate(
            "ConnectionDialog",
            "This database was made by a newer version of RenewDesk: update RenewDesk on this computer first.",  # noqa: E501
        ),
        Verdict.FOREIGN: QCoreApplication.translate(
            "ConnectionDialog",
            "This is not a RenewDesk database (another program's, or damaged): it cannot be used.",
        ),
        Verdict.NETWORK_SHARE: QCoreApplication.translate(
            "ConnectionDialog",
            "A database file on a network share can be damaged when several computers use it: put the data on the company's server instead.",  # noqa: E501
        ),
        Verdict.UNREACHABLE: QCoreApplication.translate(
            "ConnectionDialog",
            "The server does not answer: check the host and the port, and that the server is running.",
        ),
        Verdict.ENCRYPTION_REFUSED: QCoreApplication.translate(
            "ConnectionDialog",
            "The server does not offer encrypted connections: choose another encryption setting or ask the administrator.",  # noqa: E501
        ),
        Verdict.LOGIN_REFUSED: QCoreApplication.translate(
            "ConnectionDialog", "The server refused the user or the password."
        ),
        Verdict.NO_SUCH_DATABASE: QCoreApplication.translate(
            "ConnectionDialog",
            "The server has no database of this name: ask for it to be created (empty) first.",
        ),
        Verdict.NOT_USABLE: QCoreApplication.translate("ConnectionDialog", "This connection cannot be used."),
    }
    return texts[verdict]


def ssl_text(mode: SslMode) -> str:
    texts = {
        SslMode.DISABLE: QCoreApplication.translate("ConnectionDialog", "Off"),
        SslMode.PREFER: QCoreApplication.translate("ConnectionDialog", "When the server offers it"),
        SslMode.REQUIRE: QCoreApplication.translate("ConnectionDialog", "Required"),
        SslMode.VERIFY_FULL: QCoreApplication.translate(
            "ConnectionDialog", "Required, with the server's certificate checked"
        ),
    }
    return texts[mode]
