"""An e-mail's delivery in words (R32), the one place for them: its state, why it fails (the server's
or the system's own words kept isolated inside a translated sentence), and what e-mail still needs
before it can go out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from desktop.app.mail_status import SetupTask
from desktop.app.outbox import OutboxEntry
from desktop.core.codes import MailState, WithdrawnReason
from desktop.core.mail_failure import ConnectionCause, FailureReason, MailFailure, failure_reason
from desktop.ui import formatting
from desktop.ui.plural_context import PluralContext


class MailTexts(PluralContext, QObject):
    """The translation context "MailTexts" of these texts: lupdate takes plural texts only from tr()."""


def state(value: MailState) -> str:
    texts = {
        MailState.QUEUED: QCoreApplication.translate("MailTexts", "queued"),
        MailState.SENT: QCoreApplication.translate("MailTexts", "sent"),
        MailState.FAILING: QCoreApplication.translate("MailTexts", "failing"),
        MailState.GIVEN_UP: QCoreApplication.translate("MailTexts", "given up"),
        MailState.WITHDRAWN: QCoreApplication.translate("MailTexts", "withdrawn"),
    }
    return texts[MailState(value)]


def no_longer_holds(reason: WithdrawnReason) -> str:
    """Why an e-mail is not sent (again): what it says no longer holds."""
    texts = {
        WithdrawnReason.NOTICE_REPLACED: QCoreApplication.translate(
            "MailTexts", "an updated notice replaced its terms"
        ),
        WithdrawnReason.RENEWAL_STOPPED: QCoreApplication.translate(
            "MailTexts", "the renewal it announces will not be charged (auto-renew stopped)"
        ),
        WithdrawnReason.PROFORMA_CANCELLED: QCoreApplication.translate(
            "MailTexts", "the proforma was cancelled"
        ),
        WithdrawnReason.AUTO_RENEW_ON_AGAIN: QCoreApplication.translate(
            "MailTexts", "auto-renew was switched on again"
        ),
    }
    return texts[reason]


def kind(code: str) -> str:
    texts = {
        "precharge_notice": QCoreApplication.translate("MailTexts", "pre-charge notice"),
        "notice_updated": QCoreApplication.translate("MailTexts", "updated pre-charge notice"),
        "card_check_failed": QCoreApplication.translate("MailTexts", "card check failed"),
        "charge_receipt": QCoreApplication.translate("MailTexts", "charge receipt"),
        "charge_failed": QCoreApplication.translate("MailTexts", "charge failed"),
        "stopped_by_staff": QCoreApplication.translate("MailTexts", "auto-renew switched off"),
        "renew_link": QCoreApplication.translate("MailTexts", "renew link"),
        "proforma_document": QCoreApplication.translate("MailTexts", "proforma with its PDF"),
        "invoice_document": QCoreApplication.translate("MailTexts", "tax invoice with its PDF"),
    }
    return texts.get(code, code)


def cause(value: ConnectionCause) -> str:
    texts = {
        ConnectionCause.REFUSED: QCoreApplication.translate("MailTexts", "the connection was refused"),
        ConnectionCause.TIMED_OUT: QCoreApplication.translate("MailTexts", "no answer in time"),
        ConnectionCause.NO_SUCH_HOST: QCoreApplication.translate("MailTexts", "no such server name"),
        ConnectionCause.UNREACHABLE: QCoreApplication.translate("MailTexts", "the network cannot reach it"),
        ConnectionCause.CLOSED: QCoreApplication.translate("MailTexts", "it closed the connection"),
    }
    return texts[value]


def failure(reason: FailureReason) -> str:
    """A translated sentence. A common cause of a failed connection is named in the person's
    language; other raw words go in isolated, since they are English in any language."""
    detail = cause(reason.cause) if reason.cause is not None else formatting.ltr(reason.detail)
    if reason.kind is MailFailure.NO_SIGNING_KEY:
        detail = signing_key_why(reason.detail)
    server = formatting.ltr(reason.server)
    texts = {
        MailFailure.SERVER_UNREACHABLE: QCoreApplication.translate(
            "MailTexts", "The mail server {server} did not answer ({detail})"
        ),
        MailFailure.SERVER_REFUSED: QCoreApplication.translate(
            "MailTexts", "The mail server {server} refused the connection ({detail})"
        ),
        MailFailure.RECIPIENT_REFUSED: QCoreApplication.translate(
            "MailTexts", "The mail server refused the recipient's address ({detail})"
        ),
        MailFailure.SENDER_REFUSED: QCoreApplication.translate(
            "MailTexts", "The mail server refused the sender's address ({detail})"
        ),
        MailFailure.MESSAGE_REFUSED: QCoreApplication.translate(
            "MailTexts", "The mail server refused the message ({detail})"
        ),
        MailFailure.UNSENDABLE: QCoreApplication.translate(
            "MailTexts", "The message cannot be sent as it is ({detail})"
        ),
        MailFailure.NO_SIGNING_KEY: QCoreApplication.translate(
            "MailTexts", "No link-signing key on the workstation that sent it ({detail})"
        ),
        MailFailure.KEYRING: QCoreApplication.translate(
            "MailTexts", "The keyring of the workstation that sent it could not be read ({detail})"
        ),
        MailFailure.OTHER: QCoreApplication.translate("MailTexts", "Not sent ({detail})"),
    }
    return texts[reason.kind].format(server=server, detail=detail)


def signing_key_why(status: str) -> str:
    """Why the sending workstation had no key, in words (the status is a code: SigningKeyStatus)."""
    texts = {
        "not_created": QCoreApplication.translate("MailTexts", "nobody has made this database's key yet"),
        "missing_here": QCoreApplication.translate("MailTexts", "the key is not in its keyring"),
        "mismatch": QCoreApplication.translate("MailTexts", "its key is not this database's"),
    }
    return texts.get(status, formatting.ltr(status))


def error_text(last_error: str | None) -> str:
    return failure(failure_reason(last_error)) if last_error else ""


def when(value: datetime | None) -> str:
    return formatting.moment(value)


def delivery(entry: OutboxEntry) -> str:
    """One line: "sent Nov 30, 2026 16:08", "queued", "failing: <why> · 3 tries, next try 16:20",
    "given up after 5 tries: <why>"."""
    if entry.state is MailState.SENT:
        return QCoreApplication.translate("MailTexts", "sent {when}").format(when=when(entry.sent_at))
    if entry.state in (MailState.QUEUED, MailState.FAILING) and entry.no_longer_holds is not None:
        # Still queued: the next run of the checks withdraws it rather than send it.
        return QCoreApplication.translate("MailTexts", "not to be sent: {why}").format(
            why=no_longer_holds(entry.no_longer_holds)
        )
    if entry.state is MailState.QUEUED:
        return QCoreApplication.translate("MailTexts", "queued, not sent yet")
    if entry.state is MailState.WITHDRAWN:
        why = no_longer_holds(entry.no_longer_holds) if entry.no_longer_holds else ""
        return QCoreApplication.translate("MailTexts", "withdrawn, never sent: {why}").format(why=why)
    why = error_text(entry.last_error)
    if entry.state is MailState.FAILING:
        attempts = entry.attempts
        tries = MailTexts.tr("%n try(ies)", "", attempts)
        return QCoreApplication.translate("MailTexts", "failing: {why} · {tries}, next try {next}").format(
            why=why, tries=tries, next=when(entry.next_attempt_at)
        )
    attempts = entry.attempts
    return MailTexts.tr("given up after %n try(ies): {why}", "", attempts).format(why=why)


def setup_task(task: SetupTask) -> str:
    texts = {
        SetupTask.MAIL_SERVER: QCoreApplication.translate(
            "MailTexts", "Choose the mail server and the sender's address."
        ),
        SetupTask.SIGNING_KEY: QCoreApplication.translate(
            "MailTexts", "Make the link-signing key of this database."
        ),
        SetupTask.SIGNING_KEY_HERE: QCoreApplication.translate(
            "MailTexts", "Enter this database's link-signing key on this workstation."
        ),
        SetupTask.SIGNING_KEY_MISMATCH: QCoreApplication.translate(
            "MailTexts", "This workstation's link-signing key is not this database's: enter the right one."
        ),
        SetupTask.KEYRING: QCoreApplication.translate(
            "MailTexts", "This workstation's keyring cannot be read: set up a keyring."
        ),
    }
    return texts[task]


def action_refused(entry: OutboxEntry, *, retry: bool, allowed: bool) -> str:
    """Why "Retry now" or "Send again" is not offered for this message (a disabled action's tooltip)."""
    if not allowed:
        if retry:
            return QCoreApplication.translate("MailTexts", "Only an administrator can retry an e-mail.")
        return QCoreApplication.translate("MailTexts", "Your role may not send e-mails again.")
    if entry.state is MailState.WITHDRAWN and entry.no_longer_holds is not None:
        return QCoreApplication.translate("MailTexts", "This e-mail was withdrawn: {why}.").format(
            why=no_longer_holds(entry.no_longer_holds)
        )
    if entry.no_longer_holds is not None:
        return QCoreApplication.translate(
            "MailTexts", "What this e-mail says no longer holds: {why}. It is not sent again."
        ).format(why=no_longer_holds(entry.no_longer_holds))
    if retry:
        if entry.state is MailState.SENT:
            return QCoreApplication.translate("MailTexts", "This e-mail was sent: use Send again.")
        return QCoreApplication.translate(
            "MailTexts", "This e-mail is queued: it goes out at the next run of the checks."
        )
    if entry.state is MailState.QUEUED:
        return QCoreApplication.translate(
            "MailTexts", "This e-mail is still queued: it has not been sent yet."
        )
    return QCoreApplication.translate(
        "MailTexts", "This e-mail is still being tried: retry it, or wait until it is sent or given up."
    )
