"""Why an e-mail of the outbox is failing, as a code the windows can put into words (R32).

The sender keeps its reason as English text (`outbox.last_error`, written by
desktop/jobs/outbox_sender.py); this reads back the kind of failure from the sentence the sender
writes, and keeps the server's or the operating system's own words as `detail`, which the windows
show isolated inside a translated sentence, never on their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class MailFailure(StrEnum):
    SERVER_UNREACHABLE = "server_unreachable"  # no connection: refused, timed out, no such host
    SERVER_REFUSED = "server_refused"  # the server answered the session with an error (login, TLS)
    RECIPIENT_REFUSED = "recipient_refused"
    SENDER_REFUSED = "sender_refused"
    MESSAGE_REFUSED = "message_refused"
    UNSENDABLE = "unsendable"  # the message cannot be built or would break its headers
    NO_SIGNING_KEY = "no_signing_key"  # R33: no usable link-signing key on the workstation that sent
    KEYRING = "keyring"  # the workstation's keyring could not be read
    OTHER = "other"


class ConnectionCause(StrEnum):
    """Why no connection was made, when the system's words say it plainly: the windows put it in
    the person's language instead of the system's English."""

    REFUSED = "refused"  # nothing listens on that port
    TIMED_OUT = "timed_out"
    NO_SUCH_HOST = "no_such_host"
    UNREACHABLE = "unreachable"  # no route, network down
    CLOSED = "closed"  # the server hung up


@dataclass(frozen=True)
class FailureReason:
    kind: MailFailure
    detail: str  # the server's or the system's own words (English), shown isolated
    server: str = ""  # host:port, for the server failures
    cause: ConnectionCause | None = None  # a connection's failure the windows can name


# The operating system's and smtplib's words (Linux, macOS, Windows) for the common causes.
_CAUSES: tuple[tuple[re.Pattern[str], ConnectionCause], ...] = (
    (re.compile(r"connection refused|errno 111\]|winerror 10061|errno 61\]", re.I), ConnectionCause.REFUSED),
    (re.compile(r"timed out|errno 110\]|winerror 10060", re.I), ConnectionCause.TIMED_OUT),
    (
        re.compile(
            r"name or service not known|nodename nor servname|getaddrinfo failed|"
            r"name resolution|no address associated|errno -[235]\]",
            re.I,
        ),
        ConnectionCause.NO_SUCH_HOST,
    ),
    (
        re.compile(r"network is unreachable|no route to host|errno 10[13]\]|errno 113\]", re.I),
        ConnectionCause.UNREACHABLE,
    ),
    (re.compile(r"connection (reset|unexpectedly closed|aborted)|broken pipe", re.I), ConnectionCause.CLOSED),
)


def connection_cause(detail: str) -> ConnectionCause | None:
    for pattern, cause in _CAUSES:
        if pattern.search(detail):
            return cause
    return None


# "SMTP host:port: detail" (the connection), written by the sender for OSError and SMTPException.
_SERVER = re.compile(r"^SMTP (?P<server>\S+?:\d+): (?P<detail>.*)$", re.DOTALL)
# smtplib's errors of a session print as "(535, b'5.7.8 ...')": the server did answer.
_ANSWERED = re.compile(r"^\(\d{3},")
_PREFIXES: tuple[tuple[str, MailFailure], ...] = (
    ("recipient refused: ", MailFailure.RECIPIENT_REFUSED),
    ("sender refused: ", MailFailure.SENDER_REFUSED),
    ("message refused: ", MailFailure.MESSAGE_REFUSED),
    ("cannot be sent as it is: ", MailFailure.UNSENDABLE),
    ("cannot be built: ", MailFailure.UNSENDABLE),
    ("no usable link-signing key on this workstation ", MailFailure.NO_SIGNING_KEY),
    ("the link-signing key cannot be read: ", MailFailure.KEYRING),
)


def failure_reason(last_error: str) -> FailureReason:
    text = last_error.strip()
    server = _SERVER.match(text)
    if server is not None:
        detail = server.group("detail")
        if _ANSWERED.match(detail):
            return FailureReason(MailFailure.SERVER_REFUSED, detail, server.group("server"))
        return FailureReason(
            MailFailure.SERVER_UNREACHABLE, detail, server.group("server"), connection_cause(detail)
        )
    for prefix, kind in _PREFIXES:
        if text.startswith(prefix):
            return FailureReason(kind, text[len(prefix) :].strip("() "))
    if "keyring" in text.lower():
        return FailureReason(MailFailure.KEYRING, text)
    return FailureReason(MailFailure.OTHER, text)
