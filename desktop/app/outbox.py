"""The outbox as staff see it (R32): every e-mail is queued, sent (when), failing (tries, last error,
next try), given up, or withdrawn (why: what it said no longer held). Admins may retry a failing or
given-up message now; sales may send a message again, as a new outbox row that points at the one it
repeats, unless what it says no longer holds (desktop.jobs.mail_withdrawal, the rule the sender asks
too). A retry and a copy go to the customer's address of the moment (desktop.jobs.mail_recipient).
Every change is audited (R22)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import ErrorCode, MailState, WithdrawnReason
from desktop.core.command_bounds import MAX_OUTBOX_LIST
from desktop.core.plain_text import shown
from desktop.jobs.mail_recipient import TYPED_ADDRESS, Addressed, recipients
from desktop.jobs.mail_withdrawal import MailSubject, subject_of, withdrawn
from desktop.jobs.outbox_sender import send_outbox
from desktop.mail.smtp import TEST_TIMEOUT_SECONDS
from desktop.store.models import Customer, OutboxAttachment, OutboxMessage, Service

MAX_LIST = MAX_OUTBOX_LIST
# Only these can be sent again: a queued or failing message is still on its way.
RESENDABLE = frozenset({MailState.SENT, MailState.GIVEN_UP})
RETRYABLE = frozenset({MailState.FAILING, MailState.GIVEN_UP})


@dataclass(frozen=True)
class OutboxEntry:
    """One e-mail of the outbox. `next_attempt_at` is set only while it waits (queued, failing)."""

    id: int
    kind: str
    state: MailState
    to: str
    customer_ref: str
    customer_name: str
    service_name: str | None
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    failing_since: datetime | None
    message_id: str | None
    resend_of: int | None
    created_at: datetime
    # Why it was withdrawn, or why a sent or given-up one may not go again: what it says no longer
    # holds. None while it does.
    no_longer_holds: WithdrawnReason | None = None
    # Where a copy sent again would go (the customer's address of the moment): not always `to`, the
    # address a sent message went to.
    resend_to: str | None = None

    @property
    def retryable(self) -> bool:
        """An admin may try it again now (R32); one that no longer holds is withdrawn when tried."""
        return self.state in RETRYABLE and self.no_longer_holds is None

    @property
    def resendable(self) -> bool:
        """Sales may send it again, as a new message (R32), while what it says holds."""
        return self.state in RESENDABLE and self.no_longer_holds is None


def _state(status: str) -> MailState:
    # Rows of a database older than 0004 said "pending" for a message not sent yet.
    return MailState.QUEUED if status == "pending" else MailState(status)


def _query() -> Select[Any]:
    return (
        select(OutboxMessage, Customer.ref, Customer.name, Service.name)
        .join(Customer, Customer.id == OutboxMessage.customer_id)
        .outerjoin(Service, Service.id == OutboxMessage.service_id)
        .order_by(OutboxMessage.id.desc())
    )


def _subject(row: OutboxMessage) -> MailSubject:
    return subject_of(row)


def _withdrawn_reason(row: OutboxMessage) -> WithdrawnReason | None:
    try:
        return WithdrawnReason(row.last_error or "")
    except ValueError:
        return None


def _shown_address(going_to: str | None, stored: str) -> str:
    if going_to is None or going_to == stored:
        return stored
    try:
        return mail_address(going_to)
    except AddressError:
        return stored  # the sender keeps the stored one too


def _entries(session: Session, query: Select[Any]) -> list[OutboxEntry]:
    found = list(session.execute(query).tuples())
    stale = withdrawn(
        session, [_subject(row) for row, *_ in found if _state(row.status) is not MailState.WITHDRAWN]
    )
    # A message still to go shows where it will go, a copy of one sent where the copy would go: the
    # customer's address of the moment.
    going_to = recipients(
        session,
        [
            Addressed(row.id, row.kind, row.customer_id, row.to_address, dict(row.context or {}))
            for row, *_ in found
            if _state(row.status) is not MailState.WITHDRAWN
        ],
    )
    entries = []
    for row, customer_ref, customer_name, service_name in found:
        current = _state(row.status)
        waiting = current in (MailState.QUEUED, MailState.FAILING)
        now_at = _shown_address(going_to.get(row.id), row.to_address)
        entries.append(
            OutboxEntry(
                id=row.id,
                kind=row.kind,
                state=current,
                to=now_at if waiting else row.to_address,
                customer_ref=customer_ref,
                customer_name=customer_name,
                service_name=service_name,
                attempts=row.attempts,
                last_error=row.last_error,
                next_attempt_at=row.next_attempt_at if waiting else None,
                sent_at=row.sent_at,
                failing_since=row.failing_since,
                message_id=row.message_id,
                resend_of=row.resend_of,
                created_at=row.created_at,
                resend_to=now_at if current in RESENDABLE else None,
                no_longer_holds=_withdrawn_reason(row)
                if current is MailState.WITHDRAWN
                else stale.get(row.id),
            )
        )
    return entries


def list_outbox(
    ctx: AppContext, actor: Actor, state: MailState | None = None, limit: int = 500
) -> list[OutboxEntry]:
    """The newest `limit` messages first, of one state or of all."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if not 1 <= limit <= MAX_LIST:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=limit, most=MAX_LIST)
    query = _query().limit(limit)
    if state is not None:
        query = query.where(OutboxMessage.status == MailState(state).value)
    with ctx.db.reading() as session:
        return _entries(session, query)


def outbox_entries(ctx: AppContext, actor: Actor, ids: list[int]) -> list[OutboxEntry]:
    """These messages as they stand now, newest first: a window following the e-mails it queued."""
    require(actor, Permission.VIEW_CUSTOMERS)
    if len(ids) > MAX_LIST:
        raise UseCaseError(ErrorCode.LIMIT_INVALID, limit=len(ids), most=MAX_LIST)
    with ctx.db.reading() as session:
        return entries_where(session, OutboxMessage.id.in_(ids))


def entries_where(session: Session, *where: ColumnElement[bool]) -> list[OutboxEntry]:
    """The messages that match, newest first: for the use cases that show e-mails among other things
    (a service's history, a run's events)."""
    return _entries(session, _query().where(*where))


def _entry(session: Session, outbox_id: int) -> OutboxEntry:
    found = _entries(session, _query().where(OutboxMessage.id == outbox_id))
    if not found:
        raise UseCaseError(ErrorCode.OUTBOX_NOT_FOUND, id=outbox_id)
    return found[0]


def _row(session: Session, outbox_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, outbox_id, with_for_update=True)
    if row is None:
        raise UseCaseError(ErrorCode.OUTBOX_NOT_FOUND, id=outbox_id)
    return row


@announces(Change.MAIL)
def retry_now(ctx: AppContext, actor: Actor, outbox_id: int) -> OutboxEntry:
    """A failing message is tried at the next send; a given-up one is failing again, counting its
    days anew from now (R31), and tried at the next send."""
    require(actor, Permission.MANAGE_OUTBOX)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        row = _row(session, outbox_id)
        state = _state(row.status)
        if state not in RETRYABLE:
            raise UseCaseError(ErrorCode.OUTBOX_NOT_RETRYABLE, id=outbox_id, state=state.value)
        before = {"state": state.value, "next_attempt_at": row.next_attempt_at.isoformat()}
        if state is MailState.GIVEN_UP:
            row.failing_since = now
        row.status = MailState.FAILING.value
        row.next_attempt_at = now
        audit.record(
            session,
            actor,
            now,
            "email.retry_now",
            "outbox",
            row.id,
            customer_id=row.customer_id,
            before=before,
            after={"state": MailState.FAILING.value, "next_attempt_at": now.isoformat()},
        )
        session.flush()
        return _entry(session, outbox_id)


@dataclass(frozen=True)
class RetryOutcome:
    """The message after "Retry now"; `tried` is False when the background checks held it (they are
    sending it right now), so its state is theirs to tell, not an answer to this retry."""

    entry: OutboxEntry
    tried: bool


@announces(Change.MAIL)
def retry_and_send(ctx: AppContext, actor: Actor, outbox_id: int) -> RetryOutcome:
    """ "Retry now" as it says: the message is made due and sent at once, that one message only, the
    server given the short time-out of a test e-mail; the lease keeps a background run from sending
    it twice. Returns the message as it stands afterwards: sent, or failing with the server's new
    answer."""
    retry_now(ctx, actor, outbox_id)
    result = send_outbox(ctx, actor=actor.label, only=outbox_id, timeout=TEST_TIMEOUT_SECONDS)
    with ctx.db.transaction() as session:
        return RetryOutcome(
            _entry(session, outbox_id), tried=result.sent + result.failed + result.withdrawn > 0
        )


@announces(Change.MAIL)
def resend(ctx: AppContext, actor: Actor, outbox_id: int, to_address: str | None = None) -> OutboxEntry:
    """Queues a sent (or given-up) message again as a new message, to the customer's address of
    the moment (the address it went to, for a message that follows no customer's) or to
    `to_address`, which the copy keeps; the new row points at the one it repeats. Refused with
    OUTBOX_WITHDRAWN when what it says no longer holds. Returns the new message."""
    require(actor, Permission.RESEND_EMAIL)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        original = _row(session, outbox_id)
        state = _state(original.status)
        if state not in RESENDABLE:
            raise UseCaseError(ErrorCode.OUTBOX_NOT_RESENDABLE, id=outbox_id, state=state.value)
        reason = withdrawn(session, [_subject(original)]).get(original.id)
        if reason is not None:
            raise UseCaseError(ErrorCode.OUTBOX_WITHDRAWN, id=outbox_id, reason=reason.value)
        context = dict(original.context or {})
        if to_address is None:
            now_at = recipients(
                session,
                [Addressed(original.id, original.kind, original.customer_id, original.to_address, context)],
            )
            written = now_at.get(original.id, original.to_address)
        else:
            written = to_address
            context[TYPED_ADDRESS] = True
        try:
            address = mail_address(written)
        except AddressError as exc:
            raise UseCaseError(ErrorCode.EMAIL_INVALID, address=shown(exc.text), detail=exc.reason) from None
        copy = OutboxMessage(
            dedupe_key=f"resend:{original.id}:{uuid.uuid4().hex}",
            kind=original.kind,
            customer_id=original.customer_id,
            service_id=original.service_id,
            cycle_id=original.cycle_id,
            language=original.language,
            to_address=address,
            context=context,
            status=MailState.QUEUED.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            resend_of=original.id,
        )
        session.add(copy)
        session.flush()
        new_id = copy.id
        # A document's PDF goes again with it (R40): the same file the customer was first sent.
        for attached in session.scalars(
            select(OutboxAttachment)
            .where(OutboxAttachment.message_id == original.id)
            .order_by(OutboxAttachment.id)
        ):
            session.add(
                OutboxAttachment(
                    message_id=new_id,
                    filename=attached.filename,
                    content_type=attached.content_type,
                    content=attached.content,
                )
            )
        audit.record(
            session,
            actor,
            now,
            "email.resend",
            "outbox",
            new_id,
            customer_id=original.customer_id,
            after={"resend_of": original.id, "kind": original.kind, "to": address},
        )
        session.flush()
        return _entry(session, new_id)
