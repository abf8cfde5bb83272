"""Sends the outbox (SPEC 2b): claims its rows with a lease, renders each e-mail in the customer's
language with freshly signed links (R25), sends through SMTP and marks it sent. A failed send stays
in the outbox and is tried again on later runs, waiting longer each time; nothing is dropped."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.bootstrap import AppContext
from desktop.core.codes import MailState
from desktop.jobs import leases
from desktop.jobs.signing_key import signing_key as database_signing_key
from desktop.mail.links import signed_url
from desktop.mail.render import render
from desktop.mail.smtp import SmtpConfig, SmtpConnection, build_message
from desktop.secrets import SecretsUnavailable
from desktop.settings import Settings
from desktop.store import audit_repo
from desktop.store.models import OutboxMessage

# Seconds to wait before the next try, by the number of failed tries so far: the first retry is at
# the next run, then longer and longer, never more than six hours apart.
BACKOFF_SECONDS = (0, 60, 300, 900, 3600, 6 * 3600)
BATCH = 200
_WAITING = (MailState.QUEUED.value, MailState.FAILING.value)


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


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


class _Sender:
    def __init__(self, ctx: AppContext, actor: str, owner: str) -> None:
        self.ctx, self.actor, self.owner = ctx, actor, owner
        self.result = SendResult()

    def _failed(self, message_id: int, error: str, now: datetime) -> None:
        with self.ctx.db.transaction() as session:
            row = session.get(OutboxMessage, message_id)
            if row is None or row.lease_owner != self.owner:
                return
            row.attempts += 1
            row.last_error = error[:1000]
            row.next_attempt_at = now + _backoff(row.attempts)
            row.lease_owner = row.lease_until = None
        self.result.failed += 1

    def _sent(self, message_id: int, header_id: str, now: datetime) -> None:
        with self.ctx.db.transaction() as session:
            row = session.get(OutboxMessage, message_id)
            assert row is not None
            row.status, row.sent_at, row.message_id, row.attempts = "sent", now, header_id, row.attempts + 1
            row.lease_owner = row.lease_until = None
            audit_repo.add(
                session,
                self.actor,
                now,
                "email.sent",
                "outbox",
                row.id,
                customer_id=row.customer_id,
                after={"kind": row.kind, "to": row.to_address, "service_id": row.service_id},
            )
        self.result.sent += 1

    def run(self, tried: set[int]) -> SendResult:
        """One batch; `tried` are rows this call already tried: they wait for a later run."""
        now = self.ctx.clock.now()
        with self.ctx.db.transaction() as session:
            dead = leases.dead_owners(session, OutboxMessage, now)
            ids = list(
                session.scalars(
                    select(OutboxMessage.id)
                    .where(
                        OutboxMessage.status.in_(_WAITING),
                        OutboxMessage.next_attempt_at <= now,
                        OutboxMessage.id.not_in(sorted(tried)),
                    )
                    .order_by(OutboxMessage.id)
                    .limit(BATCH)
                )
            )
            mine = leases.claim(
                session,
                OutboxMessage,
                ids,
                self.owner,
                now,
                dead,
                OutboxMessage.status.in_(_WAITING),
            )
        if not mine:
            return self.result
        tried.update(mine)
        try:
            self._send(mine)
        finally:
            with self.ctx.db.transaction() as session:
                leases.release(session, OutboxMessage, mine, self.owner)
        return self.result

    def _send(self, mine: list[int]) -> None:
        with self.ctx.db.reading() as session:
            rows = list(
                session.scalars(
                    select(OutboxMessage).where(OutboxMessage.id.in_(mine)).order_by(OutboxMessage.id)
                )
            )
        now = self.ctx.clock.now()
        try:
            key = signing_key(self.ctx)
            config = _smtp_config(self.ctx)
        except SecretsUnavailable as exc:
            for row in rows:
                self._failed(row.id, str(exc), now)
            self.result.errors.append(str(exc))
            return
        settings = self.ctx.settings
        try:
            with SmtpConnection(config) as connection:
                for row in rows:
                    context = dict(row.context)
                    service_id = int(context.get("service_id") or 0)
                    links = {
                        "renew_url": signed_url(
                            settings.portal_renew_url,
                            key,
                            service_id=service_id,
                            purpose="renew",
                            now=now,
                            valid_days=settings.links_valid_days,
                        ),
                        "settings_url": signed_url(
                            settings.portal_settings_url,
                            key,
                            service_id=service_id,
                            purpose="settings",
                            now=now,
                            valid_days=settings.links_valid_days,
                        ),
                    }
                    mail = render(
                        row.kind, row.language, {**context, **links, "company_name": settings.company_name}
                    )
                    message = build_message(mail, config, row.to_address)
                    try:
                        connection.send(message)
                    except smtplib.SMTPRecipientsRefused as exc:
                        self._failed(row.id, f"recipient refused: {exc.recipients}", now)
                        continue
                    except smtplib.SMTPDataError as exc:
                        self._failed(row.id, f"message refused: {exc.smtp_code} {exc.smtp_error!r}", now)
                        continue
                    self._sent(row.id, str(message["Message-ID"]), now)
        except (OSError, smtplib.SMTPException) as exc:
            # The server is down or dropped the connection: every message not sent waits for a later run.
            error = f"SMTP {settings.smtp_host}:{settings.smtp_port}: {exc}"
            self.result.errors.append(error)
            with self.ctx.db.reading() as session:
                unsent = list(
                    session.scalars(
                        select(OutboxMessage.id).where(
                            OutboxMessage.id.in_(mine),
                            OutboxMessage.status.in_(_WAITING),
                            OutboxMessage.lease_owner == self.owner,
                        )
                    )
                )
            for message_id in unsent:
                self._failed(message_id, error, now)


def send_outbox(ctx: AppContext, *, actor: str = "system:scheduler", owner: str | None = None) -> SendResult:
    """Sends what is due in the outbox, a batch at a time, until nothing claimable is left."""
    total = SendResult()
    owner = owner or leases.new_owner()
    tried: set[int] = set()
    while True:
        result = _Sender(ctx, actor, owner).run(tried)
        total.sent += result.sent
        total.failed += result.failed
        total.errors.extend(result.errors)
        if result.sent + result.failed == 0 or result.errors:
            return total


__all__ = ["SendResult", "send_outbox", "signing_key"]
