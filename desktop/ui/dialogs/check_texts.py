"""A workstation's checks (R44) in the window's language, for Help → About: the name of each check,
what it found, and its outcome. A server's or driver's own words (English) go in isolated; a common
cause of a failed connection is said in the person's language instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.app.doctor import Check
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome
from desktop.core.mail_failure import connection_cause
from desktop.ui import formatting
from desktop.ui.mail import texts as mail_texts
from desktop.ui.plural_context import PluralContext


class CheckTexts(PluralContext, QObject):
    """The translation context "CheckTexts" of these texts: lupdate takes plural texts only from tr()."""


def kind(value: CheckKind) -> str:
    texts = {
        CheckKind.DATABASE: QCoreApplication.translate("CheckTexts", "Database"),
        CheckKind.SCHEMA: QCoreApplication.translate("CheckTexts", "Schema version"),
        CheckKind.KEYRING: QCoreApplication.translate("CheckTexts", "Keyring"),
        CheckKind.SIGNING_KEY: QCoreApplication.translate("CheckTexts", "Link-signing key"),
        CheckKind.SMTP: QCoreApplication.translate("CheckTexts", "Mail server"),
        CheckKind.GATEWAY: QCoreApplication.translate("CheckTexts", "Payment gateway"),
        CheckKind.CLOCK: QCoreApplication.translate("CheckTexts", "Time zone and clock"),
    }
    return texts[value]


def outcome(value: CheckOutcome) -> str:
    texts = {
        CheckOutcome.PASSED: QCoreApplication.translate("CheckTexts", "passed"),
        CheckOutcome.FAILED: QCoreApplication.translate("CheckTexts", "did not pass"),
        CheckOutcome.NOT_RUN: QCoreApplication.translate("CheckTexts", "not checked"),
    }
    return texts[value]


def _detail(text: str) -> str:
    """A connection's common cause in the person's words, other words isolated as they are."""
    cause = connection_cause(text)
    return mail_texts.cause(cause) if cause is not None else formatting.ltr(text)


def _not_run(because: str) -> str:
    texts = {
        CheckKind.DATABASE.value: QCoreApplication.translate(
            "CheckTexts", "Not checked: the database could not be checked"
        ),
        CheckKind.SCHEMA.value: QCoreApplication.translate(
            "CheckTexts", "Not checked: the database is not at this program's version"
        ),
        CheckKind.KEYRING.value: QCoreApplication.translate(
            "CheckTexts", "Not checked: the keyring cannot be read"
        ),
    }
    return texts.get(because, QCoreApplication.translate("CheckTexts", "Not checked"))


def finding(check: Check) -> str:
    """What the check found, as one sentence."""
    p = check.params
    f = CheckFinding
    value = check.finding
    if value is f.NOT_RUN:
        return _not_run(p.get("because", ""))
    if value is f.CLOCK_OFF:
        off = int(p["seconds"])
        text = CheckTexts.tr(
            "{zone}; this computer's clock is %n second(s) off the database server's", "", off
        )
        return text.format(zone=formatting.ltr(p["zone"]))
    if value is f.NO_ANSWER_IN_TIME:
        waited = round(float(p["seconds"]))
        return CheckTexts.tr("No answer within %n second(s)", "", waited)
    texts = {
        f.DATABASE_REACHABLE: QCoreApplication.translate("CheckTexts", "Reachable: {url}"),
        f.DATABASE_URL_REFUSED: QCoreApplication.translate(
            "CheckTexts", "This connection cannot be used ({detail})"
        ),
        f.DATABASE_NO_FILE: QCoreApplication.translate("CheckTexts", "There is no database file {path}"),
        f.DATABASE_FILE_GONE: QCoreApplication.translate(
            "CheckTexts",
            "The database file {path}, remembered for this workstation, is not there; nothing was made in "
            "its place: connect its drive, or choose the connection again (Tools → Connection…)",
        ),
        f.DATABASE_UNREACHABLE: QCoreApplication.translate("CheckTexts", "Cannot connect ({detail})"),
        f.DATABASE_REFUSED: QCoreApplication.translate(
            "CheckTexts", "Not a RenewDesk database, or a damaged one ({detail})"
        ),
        f.SCHEMA_CURRENT: QCoreApplication.translate("CheckTexts", "Version {version}, this program's"),
        f.SCHEMA_OLDER: QCoreApplication.translate(
            "CheckTexts",
            "Version {version}, older than this program's {head}: it is brought up to date at the next start",
        ),
        f.SCHEMA_NEWER: QCoreApplication.translate(
            "CheckTexts",
            "Version {version}, newer than this program's {head}: update RenewDesk on this workstation",
        ),
        f.SCHEMA_EMPTY: QCoreApplication.translate(
            "CheckTexts", "The database is empty: it is set up at the next start"
        ),
        f.KEYRING_USABLE: QCoreApplication.translate("CheckTexts", "Usable ({backend})"),
        f.KEYRING_UNUSABLE: QCoreApplication.translate(
            "CheckTexts", "No usable keyring: secrets cannot be kept or read on this computer"
        ),
        f.SIGNING_KEY_MATCHES: QCoreApplication.translate("CheckTexts", "Present, and the database's key"),
        f.SIGNING_KEY_NOT_CREATED: QCoreApplication.translate(
            "CheckTexts", "Not made yet: an admin makes it once, in Settings"
        ),
        f.SIGNING_KEY_MISSING_HERE: QCoreApplication.translate(
            "CheckTexts", "Missing on this workstation: an admin puts the database's key here, in Settings"
        ),
        f.SIGNING_KEY_MISMATCH: QCoreApplication.translate(
            "CheckTexts",
            "This workstation's key is not the database's: an admin puts the database's key here, "
            "in Settings",
        ),
        f.SMTP_GREETS: QCoreApplication.translate("CheckTexts", "{server} answers; nothing was sent"),
        f.SMTP_UNREACHABLE: QCoreApplication.translate("CheckTexts", "{server} did not answer ({detail})"),
        f.SMTP_REFUSED: QCoreApplication.translate(
            "CheckTexts", "{server} answered with an error ({detail})"
        ),
        f.SMTP_NO_PASSWORD: QCoreApplication.translate(
            "CheckTexts", "No password for the mail server's user {user} on this workstation"
        ),
        f.SMTP_NOT_SET_UP: QCoreApplication.translate(
            "CheckTexts", "E-mail is not set up: {keys} not set; an admin sets them in Settings"
        ),
        f.GATEWAY_ANSWERS: QCoreApplication.translate("CheckTexts", "The sandbox gateway answers"),
        f.GATEWAY_FAILS: QCoreApplication.translate(
            "CheckTexts", "The sandbox gateway cannot be reached ({detail})"
        ),
        f.CLOCK_AGREES: QCoreApplication.translate(
            "CheckTexts", "{zone}; this computer's clock agrees with the database server's"
        ),
        f.CLOCK_SAME_MACHINE: QCoreApplication.translate(
            "CheckTexts", "{zone}; the database is on this computer, with its clock"
        ),
        f.TIMEZONE_UNKNOWN: QCoreApplication.translate(
            "CheckTexts", "The time zone {zone} is not known on this computer"
        ),
        f.FAILED_UNEXPECTEDLY: QCoreApplication.translate("CheckTexts", "The check failed ({detail})"),
    }
    words = {key: formatting.ltr(text) for key, text in p.items()}
    if "detail" in p:
        words["detail"] = _detail(p["detail"])
    return texts[value].format_map(_Blank(words))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def summary(checks: tuple[Check, ...]) -> str:
    failing = sum(1 for check in checks if check.outcome is CheckOutcome.FAILED)
    not_run = sum(1 for check in checks if check.outcome is CheckOutcome.NOT_RUN)
    if failing and not_run:
        return QCoreApplication.translate("CheckTexts", "{failed}, {not_run}").format(
            failed=CheckTexts.tr("%n check(s) did not pass", "", failing),
            not_run=CheckTexts.tr("%n not checked", "", not_run),
        )
    if failing:
        return CheckTexts.tr("%n check(s) did not pass", "", failing)
    if not_run:
        return CheckTexts.tr("%n not checked", "", not_run)
    return QCoreApplication.translate("CheckTexts", "Every check passed")
