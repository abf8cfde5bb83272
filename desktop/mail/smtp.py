"""Sends rendered e-mails through SMTP, with STARTTLS and login when configured."""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
import threading
from dataclasses import dataclass
from email.header import Header
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from desktop.core.addresses import AddressError, header_text_problem, mail_address
from desktop.mail.render import RenderedMail

# Every step of a session (connect, greeting, STARTTLS, login, each command and message) is given
# this long: a server that accepts the connection and never answers holds a due run 10 s, not more.
TIMEOUT_SECONDS = 10
# How often a session under way looks whether it was asked to stop (a window quitting).
_CANCEL_POLL_SECONDS = 0.1
# A test e-mail or a "Retry now" is waited for by a person: a server that never answers is named
# within seconds.
TEST_TIMEOUT_SECONDS = 8


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    user: str
    password: str | None
    starttls: bool
    sender: str
    sender_name: str


class UnsendableMessage(ValueError):
    """A message that must not be handed to the server as it is (a header would break or carry
    another header, an address is not one plain address); `reason` says why, in English."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def stable_message_id(outbox_id: int, dedupe_key: str, sender: str) -> str:
    """The Message-ID of an outbox row, the same on every try (R31, R17): a message sent again after
    a crash that followed the server's acceptance is recognisable as the same message."""
    digest = hashlib.sha256(dedupe_key.encode("utf-8")).hexdigest()[:12]
    domain = sender.rpartition("@")[2] or "renewdesk.invalid"
    return f"<rd-{outbox_id}-{digest}@{domain}>"


def _checked_headers(mail: RenderedMail, config: SmtpConfig, to_address: str) -> tuple[str, str, str]:
    """(sender, recipient, From name): the addresses in their ASCII form. Raises UnsendableMessage."""
    try:
        sender = mail_address(config.sender)
    except AddressError as exc:
        raise UnsendableMessage(f"the sender (mail.from) {exc}") from None
    try:
        recipient = mail_address(to_address)
    except AddressError as exc:
        raise UnsendableMessage(f"the recipient {exc}") from None
    for what, text in (
        ("the sender's name (company.name)", config.sender_name),
        ("the subject", mail.subject),
    ):
        problem = header_text_problem(text)
        if problem is not None:
            raise UnsendableMessage(f"{what} {problem}")
    return sender, recipient, config.sender_name


def build_message(
    mail: RenderedMail, config: SmtpConfig, to_address: str, message_id: str | None = None
) -> EmailMessage:
    """Raises UnsendableMessage for a message whose headers could be broken or added to (R31)."""
    sender, recipient, sender_name = _checked_headers(mail, config, to_address)
    message = EmailMessage()
    # The subject is encoded (RFC 2047) and folded here and stored as is: the default policy's own
    # folding of encoded words loses or moves spaces at a fold in CPython 3.11 (cf. python/cpython
    # #144156), e.g. "la renovación automática" arrived as "la  renovaciónautomática".
    message.set_raw("Subject", Header(mail.subject, header_name="Subject").encode())
    message["From"] = formataddr((sender_name, sender))
    message["To"] = recipient
    message["Message-ID"] = message_id or make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(mail.text, charset="utf-8")
    message.add_alternative(mail.html, subtype="html", charset="utf-8")
    # After the content: set_content() clears every Content-* header already on the message.
    message["Content-Language"] = mail.language
    return message


class SendingCancelled(OSError):
    """The session was cut short because it was asked to stop: nothing more is sent."""


class SmtpConnection:
    """One SMTP session for a batch of messages. With `cancel`, setting it cuts the session short
    within a fraction of a second, even while the server keeps a step waiting: its socket is shut,
    and the step under way raises (an OSError)."""

    def __init__(
        self, config: SmtpConfig, timeout: float = TIMEOUT_SECONDS, cancel: threading.Event | None = None
    ) -> None:
        self._config, self._timeout, self._cancel = config, timeout, cancel
        self._smtp: smtplib.SMTP | None = None
        self._done = threading.Event()

    def _watch(self, smtp: smtplib.SMTP, cancel: threading.Event) -> None:
        while not self._done.wait(_CANCEL_POLL_SECONDS):
            if cancel.is_set():
                sock = smtp.sock
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)  # wakes a recv() blocked in another thread
                    except OSError:
                        pass  # not connected yet, or closed already: looked at again
                    else:
                        return

    def _check_cancelled(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise SendingCancelled("sending was stopped")

    def __enter__(self) -> SmtpConnection:
        self._check_cancelled()
        smtp = smtplib.SMTP(timeout=self._timeout)
        if self._cancel is not None:
            threading.Thread(target=self._watch, args=(smtp, self._cancel), daemon=True).start()
        try:
            code, reply = smtp.connect(self._config.host, self._config.port)
            if code != 220:
                raise smtplib.SMTPConnectError(code, reply)
            if self._config.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self._config.user:
                try:
                    smtp.login(self._config.user, self._config.password or "")
                except UnicodeEncodeError:
                    # smtplib sends the login as ASCII only; an SMTPException keeps the mail queued.
                    raise smtplib.SMTPException(
                        "the SMTP user name and password can only be ASCII characters"
                    ) from None
        except BaseException:
            self._done.set()
            smtp.close()
            raise
        self._smtp = smtp
        return self

    def send(self, message: EmailMessage) -> None:
        assert self._smtp is not None
        self._check_cancelled()
        self._smtp.send_message(message)

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except smtplib.SMTPException:
                self._smtp.close()
            except OSError:
                self._smtp.close()
