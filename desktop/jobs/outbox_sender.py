"""Sends the outbox (SPEC 2b, R31, R32): claims its rows with a lease timed by the database's clock,
renders each e-mail in the customer's language with freshly signed links (R25), renews the row's
lease just before sending it, and records what happened to each message:

- `sent` (when) once the server accepted it, with a Message-ID derived from the row, the same on
  every try, so that a message sent again after a crash is recognisable as the same one;
- `failing` (tries, last error, next try, since when) when it could not be built, the server refused
  it, or the server was down; it is tried again later, waiting longer each time;
- `given_up` once it has been failing for `mail.give_up_days` days by the program's clock;
- `withdrawn` (why) when what it says no longer holds (desktop.jobs.mail_withdrawal), asked just
  before it is sent: such a message is never sent.

A message to a customer goes to the customer's address of the moment (desktop.jobs.mail_recipient):
the row is readdressed when it is sent, so it shows where it went.

One bad message never stops the others: only a server that is down makes the rest of the batch wait.
"""

from __future__ import annotations

import contextlib
import dataclasses
import smtplib
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import MailState, WithdrawnReason
from desktop.jobs import leases
from desktop.jobs.mail_recipient import Addressed, recipients
from desktop.jobs.mail_withdrawal import NOTICE_KINDS, WITHDRAWABLE_KINDS, subject_of, withdrawn
from desktop.jobs.outbox_result import SendResult
from desktop.jobs.signing_key import signing_key as database_signing_key
from desktop.mail.links import SigningKeyProblem, signed_url
from desktop.mail.render import render
from desktop.mail.smtp import (
    TIMEOUT_SECONDS,
    SmtpConfig,
    SmtpConnection,
    UnsendableMessage,
    build_message,
    stable_message_id,
)
from desktop.secrets import SecretsUnavailable
from desktop.settings import Settings
from desktop.store import audit_repo, outbox_repo
from desktop.store.models import OutboxAttachment, OutboxMessage

# Seconds to wait before the next try, by the number of failed tries so far: the first retry is at
# the next run, then longer and longer, never more than six hours apart.
BACKOFF_SECONDS = (0, 60, 300, 900, 3600, 6 * 3600)
BATCH = 200
# How long a claim on a row lasts without renewal, by the database's clock. Each row's lease is
# renewed just before it is sent, so only a single message taking this long could be sent twice.
LEASE_SECONDS = 300

# What the server said about one message: that message fails, the connection carries on.
_MESSAGE_REFUSED = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
    smtplib.SMTPNotSupportedError,
    UnicodeError,
)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts - 1, len(BACKOFF_SECONDS) - 1)])


def signing_key(ctx: AppContext) -> str:
    """The HMAC key of the links: the database's key from this workstation's keyring, or
    SigningKeyProblem saying why there is none here (R33). Never made here."""
    return database_signing_key(ctx)


def _smtp_config(ctx: AppContext) -> SmtpConfig:
    settings = ctx.settings
    return smtp_config_for(settings, ctx.secrets.get("smtp.password") if settings.smtp_user else None)


def smtp_config_for(settings: Settings, password: str | None) -> SmtpConfig:
    """How to reach the SMTP server with these settings (saved ones, or a dialog's unsaved ones)."""
    return SmtpConfig(
        host=settings.smtp_host,
        port=settings.smtp_port,
        user=settings.smtp_user,
        password=password,
        starttls=settings.smtp_starttls,
        sender=settings.mail_from,
        sender_name=settings.company_name,
    )


def _refusal(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{address}: {code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}"
            for address, (code, reply) in exc.recipients.items()
        )
        return f"recipient refused: {refused}"
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = (
            exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        )
        what = "sender refused" if isinstance(exc, smtplib.SMTPSenderRefused) else "message refused"
        return f"{what}: {exc.smtp_code} {reply}"
    return f"message refused: {exc}"


def _charged_now(kind: str, context: dict[str, Any], today: date) -> bool:
    """A notice sent once its charge date has passed (a charge caught up, a notice updated or sent
    late) says that the renewal is made now, in its subject and body: never "will be renewed on" a
    day gone by."""
    if kind not in NOTICE_KINDS or context.get("charge_now"):
        return bool(context.get("charge_now"))
    try:
        return date.fromisoformat(str(context.get("charge_date"))) < today
    except ValueError:
        return False


@dataclass(frozen=True)
class _Attachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class _Row:
    id: int
    kind: str
    language: str
    to_address: str
    dedupe_key: str
    message_id: str | None
    context: dict[str, Any]
    cycle_id: int | None = None
    attachments: tuple[_Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class _Built:
    """A message ready to send, for its outbox row."""

    outbox_id: int
    message: EmailMessage


class _Links:
    """The signed links of a message; the key is asked for once per batch, and only when a message
    needs links. Without a usable key (R33) such messages are not sent."""

    def __init__(self, ctx: AppContext, now: datetime) -> None:
        self.ctx, self.now = ctx, now
        self._key: str | None = None
        self.problem: str | None = None

    def _signing_key(self) -> str | None:
        if self._key is None and self.problem is None:
            try:
                self._key = signing_key(self.ctx)
            except SigningKeyProblem as exc:
                self.problem = f"no usable link-signing key on this workstation ({exc.reason})"
            except SecretsUnavailable as exc:
                self.problem = f"the link-signing key cannot be read: {exc}"
        return self._key

    def for_service(self, service_id: int) -> dict[str, str] | None:
        key = self._signing_key()
        if key is None:
            return None
        settings = self.ctx.settings
        return {
            name: signed_url(
                base,
                key,
                service_id=service_id,
                purpose=purpose,
                now=self.now,
                valid_days=settings.links_valid_days,
            )
            for name, base, purpose in (
                ("renew_url", settings.portal_renew_url, "renew"),
                ("settings_url", settings.portal_settings_url, "settings"),
            )
        }


class _Sender:
    def __init__(
        self,
        ctx: AppContext,
        actor: str,
        owner: str,
        only: int | None = None,
        timeout: float | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.ctx, self.actor, self.owner = ctx, actor, owner
        self.only, self.timeout, self.cancel = only, timeout, cancel
        self.result = SendResult()

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    # -- what happened to one message -----------------------------------------------------------

    def _failed(self, outbox_id: int, error: str, now: datetime) -> None:
        give_up_after = timedelta(days=self.ctx.settings.mail_give_up_days)
        with self.ctx.db.transaction() as session:
            row = session.get(OutboxMessage, outbox_id)
            if row is None or row.lease_owner != self.owner or row.status not in outbox_repo.WAITING:
                return
            row.attempts += 1
            row.last_error = error[:1000]
            row.failing_since = row.failing_since or now
            row.lease_owner = row.lease_until = None
            if now - row.failing_since >= give_up_after:
                row.status = MailState.GIVEN_UP.value
                audit_repo.add(
                    session,
                    self.actor,
                    now,
                    "email.given_up",
                    "outbox",
                    row.id,
                    customer_id=row.customer_id,
                    before={"state": MailState.FAILING.value, "failing_since": row.failing_since.isoformat()},
                    after={
                        "state": MailState.GIVEN_UP.value,
                        "kind": row.kind,
                        "to": row.to_address,
                        "attempts": row.attempts,
                        "last_error": row.last_error,
                    },
                )
                self.result.given_up += 1
            else:
                row.status = MailState.FAILING.value
                row.next_attempt_at = now + _backoff(row.attempts)
        self.result.failed += 1

    def _sent(self, outbox_id: int, header_id: str, now: datetime) -> None:
        with self.ctx.db.transaction() as session:
            row = session.get(OutboxMessage, outbox_id)
            if row is None or row.status not in outbox_repo.WAITING:
                return  # another sender that took the row over has recorded it already
            row.status, row.sent_at, row.message_id = MailState.SENT.value, now, header_id
            row.attempts += 1
            row.last_error = row.failing_since = None
            row.lease_owner = row.lease_until = None
            audit_repo.add(
                session,
                self.actor,
                now,
                "email.sent",
                "outbox",
                row.id,
                customer_id=row.customer_id,
                after={
                    "kind": row.kind,
                    "to": row.to_address,
                    "service_id": row.service_id,
                    "message_id": header_id,
                },
            )
        self.result.sent += 1

    # -- a batch ----------------------------------------------------------------------------------

    def run(self, tried: set[int]) -> SendResult:
        """One batch; `tried` are rows this call already tried: they wait for a later run."""
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            dead = [owner for owner in outbox_repo.live_lease_owners(session) if not leases.is_alive(owner)]
            mine = outbox_repo.claim(
                session,
                self.owner,
                LEASE_SECONDS,
                due_by=now,
                limit=BATCH,
                skip=tried,
                dead=dead,
                only=self.only,
            )
        if not mine:
            return self.result
        tried.update(mine)
        try:
            self._send(mine)
        finally:
            with self.ctx.db.transaction() as session:
                outbox_repo.release(session, mine, self.owner)
        return self.result

    def _withdraw(self, session: Session, row: OutboxMessage, reason: WithdrawnReason, now: datetime) -> None:
        outbox_repo.withdraw(session, self.actor, now, row, reason)
        self.result.withdrawn += 1

    def _withdraw_or_readdress(self, session: Session, ids: list[int], now: datetime) -> dict[int, str]:
        """Inside the caller's transaction: of these rows still ours and waiting, withdraws those whose
        words no longer hold and readdresses the others to their recipients of the moment. Returns
        the addresses of the rows still to send."""
        stored = [
            row
            for row in session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids)))
            if row.lease_owner == self.owner and row.status in outbox_repo.WAITING
        ]
        reasons = withdrawn(session, [subject_of(row) for row in stored])
        kept = [row for row in stored if row.id not in reasons]
        now_at = recipients(
            session,
            [
                Addressed(row.id, row.kind, row.customer_id, row.to_address, dict(row.context or {}))
                for row in kept
            ],
        )
        for row in stored:
            if row.id in reasons:
                self._withdraw(session, row, reasons[row.id], now)
        for row in kept:
            if row.id in now_at:
                with contextlib.suppress(AddressError):  # unusable now: the queued one stands
                    row.to_address = mail_address(now_at[row.id])
        return {row.id: row.to_address for row in kept}

    def _rows(self, mine: list[int]) -> list[_Row]:
        with self.ctx.db.reading() as session:
            # A document's PDF (R40) goes with its message, sent as it was queued.
            attached: dict[int, list[_Attachment]] = {}
            for item in session.scalars(
                select(OutboxAttachment)
                .where(OutboxAttachment.message_id.in_(mine))
                .order_by(OutboxAttachment.id)
            ):
                attached.setdefault(item.message_id, []).append(
                    _Attachment(item.filename, item.content_type, bytes(item.content))
                )
            return [
                _Row(
                    id=row.id,
                    kind=row.kind,
                    language=row.language,
                    to_address=row.to_address,
                    dedupe_key=row.dedupe_key,
                    message_id=row.message_id,
                    context=dict(row.context or {}),
                    cycle_id=row.cycle_id,
                    attachments=tuple(attached.get(row.id, ())),
                )
                for row in session.scalars(
                    select(OutboxMessage).where(OutboxMessage.id.in_(mine)).order_by(OutboxMessage.id)
                )
            ]

    def _prepare(self, rows: list[_Row], now: datetime) -> list[_Row]:
        """Before anything is built: a withdrawn message is said so even while the mail server is
        down. Returns the rows to send, readdressed."""
        with self.ctx.db.transaction() as session:
            addresses = self._withdraw_or_readdress(session, [row.id for row in rows], now)
        return [dataclasses.replace(row, to_address=addresses[row.id]) for row in rows if row.id in addresses]

    def _build(self, row: _Row, config: SmtpConfig, links: _Links) -> EmailMessage | str:
        """The message ready to send, or why it cannot be built."""
        context = dict(row.context)
        service_id = context.get("service_id")
        if service_id is not None:
            urls = links.for_service(int(service_id))
            if urls is None:
                return str(links.problem)
            context.update(urls)
        if _charged_now(row.kind, context, self.ctx.today()):
            context["charge_now"] = True
        message_id = row.message_id or stable_message_id(row.id, row.dedupe_key, config.sender)
        try:
            mail = render(row.kind, row.language, {**context, "company_name": config.sender_name})
            message = build_message(mail, config, row.to_address, message_id)
            if row.attachments:
                language = message["Content-Language"]
                for item in row.attachments:
                    maintype, _, subtype = item.content_type.partition("/")
                    message.add_attachment(
                        item.content,
                        maintype=maintype,
                        subtype=subtype or "octet-stream",
                        filename=item.filename,
                    )
                # Making the message mixed moved its Content-* headers to the text part: the message's
                # language is said on the message again.
                if message["Content-Language"] is None:
                    message["Content-Language"] = language
            return message
        except UnsendableMessage as exc:
            return f"cannot be sent as it is: {exc.reason}"
        except Exception as exc:  # a template or a stored context that does not fit: this row only
            return f"cannot be built: {type(exc).__name__}: {exc}"

    def _send(self, mine: list[int]) -> None:
        now = self.ctx.clock.now()
        rows = self._prepare(self._rows(mine), now)
        if not rows:
            return
        try:
            config = _smtp_config(self.ctx)
        except SecretsUnavailable as exc:
            for row in rows:
                self._failed(row.id, str(exc), now)
            self.result.errors.append(str(exc))
            return
        links = _Links(self.ctx, now)
        ready: list[_Built] = []
        for row in rows:
            built = self._build(row, config, links)
            if isinstance(built, str):
                self._failed(row.id, built, now)
            else:
                ready.append(_Built(outbox_id=row.id, message=built))
        if links.problem is not None:
            self.result.errors.append(links.problem)
        if not ready:
            return
        try:
            with SmtpConnection(config, self.timeout or TIMEOUT_SECONDS, self.cancel) as connection:
                for item in ready:
                    if self.cancelled:
                        return  # the rest wait, unleased, for the next run: nothing was tried
                    header_id = str(item.message["Message-ID"])
                    with self.ctx.db.transaction() as session:
                        still_ours = outbox_repo.renew(
                            session, item.outbox_id, self.owner, LEASE_SECONDS, header_id
                        )
                        # Asked again at the last moment: a proforma cancelled while the batch
                        # was being built is not sent.
                        address = (
                            self._withdraw_or_readdress(session, [item.outbox_id], now).get(item.outbox_id)
                            if still_ours
                            else None
                        )
                    if address is None:
                        continue  # taken over by another sender after our lease ran out, or withdrawn
                    if address != item.message["To"]:
                        item.message.replace_header("To", address)
                    try:
                        connection.send(item.message)
                    except _MESSAGE_REFUSED as exc:
                        self._failed(item.outbox_id, _refusal(exc), now)
                        continue
                    self._sent(item.outbox_id, header_id, now)
        except (OSError, smtplib.SMTPException) as exc:
            if self.cancelled:
                # Cut short on purpose (the window is quitting): not a failure of the server. The
                # message under way may have reached it; its Message-ID is the same when it goes again.
                return
            # The server is down or dropped the connection: the message under way and the rest wait
            # (`_failed` passes over those already sent, refused or taken over).
            error = f"SMTP {config.host}:{config.port}: {exc}"
            self.result.errors.append(error)
            for item in ready:
                self._failed(item.outbox_id, error, now)


def _withdraw_given_up(ctx: AppContext, actor: str, now: datetime) -> int:
    """Given-up messages whose words no longer hold are withdrawn too: they never reached anybody and
    now never will, so the follow-up list no longer offers to send them again (R41: a row leaves
    the list when its cause is gone). Returns how many."""
    kinds = sorted(WITHDRAWABLE_KINDS)
    with ctx.db.transaction() as session:
        rows = session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == MailState.GIVEN_UP.value, OutboxMessage.kind.in_(kinds))
            .order_by(OutboxMessage.id)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        ).all()
        reasons = withdrawn(session, [subject_of(row) for row in rows])
        for row in rows:
            reason = reasons.get(row.id)
            if reason is None:
                continue
            outbox_repo.withdraw(session, actor, now, row, reason)
    return len(reasons)


def send_outbox(
    ctx: AppContext,
    *,
    actor: str = "system:scheduler",
    owner: str | None = None,
    only: int | None = None,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
) -> SendResult:
    """Sends what is due in the outbox, a batch at a time, until nothing claimable is left; with
    `only`, that one message if it is free (a person's "Retry now"), the server given `timeout` for
    each step. Setting `cancel` stops it within a fraction of a second, even in the middle of a step
    a silent server holds: what was not sent waits for the next run, not counted as a failed try."""
    total = SendResult()
    if only is None:
        total.withdrawn += _withdraw_given_up(ctx, actor, ctx.clock.now())
    owner = owner or leases.new_owner(ctx.workstation)
    tried: set[int] = set()
    while True:
        if cancel is not None and cancel.is_set():
            return total
        result = _Sender(ctx, actor, owner, only, timeout, cancel).run(tried)
        total.sent += result.sent
        total.failed += result.failed
        total.given_up += result.given_up
        total.withdrawn += result.withdrawn
        total.errors.extend(result.errors)
        if result.sent + result.failed + result.withdrawn == 0 or result.errors:
            return total


__all__ = ["LEASE_SECONDS", "SendResult", "send_outbox", "signing_key", "smtp_config_for"]
