"""Signing in (R26): argon2id hashes, five failed attempts lock the account for 15 minutes."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desktop.app import audit
from desktop.app.actor import Actor, Role
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.store.models import Staff

MAX_FAILURES = 5
LOCK_TIME = timedelta(minutes=15)
_HASHER = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the name is unknown, so that the answer takes as long as for a real name;
    made when first needed rather than at every start of every command (120-200 ms)."""
    return _HASHER.hash("renewdesk-no-such-user")


@dataclass(frozen=True)
class Session:
    actor: Actor
    staff_id: int
    language: str | None


def sign_in(ctx: AppContext, name: str, password: str) -> Session:
    """The signed-in staff member, or UseCaseError(SIGN_IN_FAILED or ACCOUNT_LOCKED)."""
    now = ctx.clock.now()
    refused: UseCaseError | None = None
    with ctx.db.transaction() as session:
        # The member's row stays locked until the failure is counted: concurrent attempts on one
        # account are judged one after another, so no more than MAX_FAILURES wrong passwords are
        # ever tried before the lock (R26, R35). SQLite holds its write lock from BEGIN already.
        member = session.scalar(
            select(Staff).where(func.lower(Staff.name) == name.strip().lower()).with_for_update()
        )
        if member is None or not member.active:
            _verify(_dummy_hash(), password)
            raise UseCaseError(ErrorCode.SIGN_IN_FAILED)
        if member.locked_until is not None and member.locked_until > now:
            raise UseCaseError(ErrorCode.ACCOUNT_LOCKED, until=member.locked_until.isoformat())
        actor = Actor(member.name, Role(member.role))
        if not _verify(member.password_hash, password):
            # The failure is counted (and committed) although the sign-in is refused.
            member.failed_attempts += 1
            if member.failed_attempts >= MAX_FAILURES:
                member.failed_attempts = 0
                member.locked_until = now + LOCK_TIME
                audit.record(
                    session,
                    actor,
                    now,
                    "staff.locked",
                    "staff",
                    member.id,
                    after={"locked_until": member.locked_until.isoformat()},
                )
            else:
                audit.record(session, actor, now, "staff.sign_in_failed", "staff", member.id)
            refused = UseCaseError(ErrorCode.SIGN_IN_FAILED)
        else:
            member.failed_attempts, member.locked_until = 0, None
            if _HASHER.check_needs_rehash(member.password_hash):
                member.password_hash = _HASHER.hash(password)
            audit.record(session, actor, now, "staff.signed_in", "staff", member.id)
            signed_in = Session(actor=actor, staff_id=member.id, language=member.language)
    if refused is not None:
        raise refused
    return signed_in


def _verify(password_hash: str, password: str) -> bool:
    try:
        return bool(_HASHER.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def current_actor(ctx: AppContext, actor: Actor) -> Actor:
    """The signed-in member as the database has them now: a member disabled or given another role
    by an admin is held to it at their next step, not at their next sign-in."""
    with ctx.db.reading() as session:
        row = session.execute(select(Staff.role, Staff.active).where(Staff.name == actor.name)).first()
    if row is None or not row.active:
        raise UseCaseError(ErrorCode.STAFF_DISABLED, name=actor.name)
    return actor if row.role == actor.role.value else Actor(actor.name, Role(row.role))
