"""Staff accounts (R23, R26): argon2id hashes only, never the password. An admin adds staff, changes
their role, resets their password (which also lifts a lockout) and disables or enables them; the
database is never left without an active admin, and nobody disables themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import STAFF_ROLES, Actor, Permission, Role, require
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.store.models import Staff

MIN_PASSWORD_LENGTH = 8
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: Role
    active: bool
    created_at: datetime
    failed_attempts: int = 0
    # As kept; `locked` says whether it still holds at the moment the member was read.
    locked_until: datetime | None = None
    locked: bool = False


def _member(row: Staff, now: datetime) -> StaffMember:
    return StaffMember(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        active=row.active,
        created_at=row.created_at,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
        locked=row.locked_until is not None and row.locked_until > now,
    )


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 120 or any(ch.isspace() and ch != " " for ch in cleaned):
        raise UseCaseError("staff_name_invalid", name=name)
    if cleaned.startswith(("os:", "system:")):
        raise UseCaseError("staff_name_reserved", name=name)
    return cleaned


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UseCaseError("password_too_short", minimum=MIN_PASSWORD_LENGTH)


def _check_role(role: str) -> Role:
    try:
        parsed = Role(role)
    except ValueError:
        parsed = None
    if parsed not in STAFF_ROLES:
        raise UseCaseError("role_invalid", role=role, known=", ".join(r.value for r in STAFF_ROLES))
    assert parsed is not None
    return parsed


def add_staff(ctx: AppContext, actor: Actor, name: str, role: str, password: str) -> StaffMember:
    require(actor, Permission.MANAGE_STAFF)
    return _create(ctx, actor, name, role, password)


def staff_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Staff)) or 0)


def create_first_admin(ctx: AppContext, actor: Actor, name: str, password: str) -> StaffMember:
    """R26: on an empty database the first start creates the first admin; refused once staff exist."""
    if staff_count(ctx) > 0:
        raise UseCaseError("first_admin_exists")
    return _create(ctx, actor, name, Role.ADMIN.value, password)


def _create(ctx: AppContext, actor: Actor, name: str, role: str, password: str) -> StaffMember:
    cleaned = _check_name(name)
    parsed_role = _check_role(role)
    _check_password(password)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        taken = session.scalar(select(Staff.id).where(func.lower(Staff.name) == cleaned.lower()))
        if taken is not None:
            raise UseCaseError("staff_name_taken", name=cleaned)
        member = Staff(
            name=cleaned,
            role=parsed_role.value,
            password_hash=_HASHER.hash(password),
            active=True,
            failed_attempts=0,
            created_at=now,
        )
        session.add(member)
        session.flush()
        audit.record(
            session,
            actor,
            now,
            "staff.added",
            "staff",
            member.id,
            after={"name": cleaned, "role": parsed_role.value, "active": True},
        )
        return _member(member, now)


def list_staff(ctx: AppContext, actor: Actor) -> list[StaffMember]:
    """Every staff member, active or not, by name."""
    require(actor, Permission.MANAGE_STAFF)
    now = ctx.clock.now()
    with ctx.db.reading() as session:
        rows = session.scalars(select(Staff)).all()
        return sorted((_member(row, now) for row in rows), key=lambda m: (m.name.casefold(), m.id))


def change_role(ctx: AppContext, actor: Actor, staff_id: int, role: str) -> StaffMember:
    """The same role changes nothing and writes no audit row; the last active admin keeps theirs."""
    require(actor, Permission.MANAGE_STAFF)
    parsed_role = _check_role(role)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        member, admins = _load(session, staff_id)
        if member.role == parsed_role.value:
            return _member(member, now)
        if member.active and member.role == Role.ADMIN.value:
            _keep_an_admin(member, admins)
        before = member.role
        member.role = parsed_role.value
        audit.record(
            session,
            actor,
            now,
            "staff.role_changed",
            "staff",
            member.id,
            before={"name": member.name, "role": before},
            after={"name": member.name, "role": parsed_role.value},
        )
        return _member(member, now)


def reset_password(ctx: AppContext, actor: Actor, staff_id: int, new_password: str) -> StaffMember:
    """A new hash, and the failed attempts and any lockout cleared, so the member can sign in at once."""
    require(actor, Permission.MANAGE_STAFF)
    _check_password(new_password)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        member, _ = _load(session, staff_id)
        before = {
            "name": member.name,
            "failed_attempts": member.failed_attempts,
            "locked_until": None if member.locked_until is None else member.locked_until.isoformat(),
        }
        member.password_hash = _HASHER.hash(new_password)
        member.failed_attempts, member.locked_until = 0, None
        audit.record(
            session,
            actor,
            now,
            "staff.password_reset",
            "staff",
            member.id,
            before=before,
            after={"name": member.name, "failed_attempts": 0, "locked_until": None},
        )
        return _member(member, now)


def set_active(ctx: AppContext, actor: Actor, staff_id: int, active: bool) -> StaffMember:
    """Disables (a disabled member cannot sign in) or enables a member; the same state changes nothing
    and writes no audit row. Nobody disables themselves, nor the last active admin."""
    require(actor, Permission.MANAGE_STAFF)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        member, admins = _load(session, staff_id)
        if member.active == active:
            return _member(member, now)
        if not active:
            if member.name.casefold() == actor.name.casefold():
                raise UseCaseError("cannot_disable_self", name=member.name)
            if member.role == Role.ADMIN.value:
                _keep_an_admin(member, admins)
        member.active = active
        audit.record(
            session,
            actor,
            now,
            "staff.enabled" if active else "staff.disabled",
            "staff",
            member.id,
            before={"name": member.name, "active": not active},
            after={"name": member.name, "active": active},
        )
        return _member(member, now)


def _load(session: Session, staff_id: int) -> tuple[Staff, list[int]]:
    """The member and the ids of the active admins, all locked for this transaction: the admins first,
    in id order, then the member, the same order in every change so that two at once never deadlock,
    and two workstations demoting two different admins at once cannot both pass (on PostgreSQL; SQLite
    takes its write lock when the transaction begins)."""
    admins = list(
        session.scalars(
            select(Staff.id)
            .where(Staff.role == Role.ADMIN.value, Staff.active.is_(True))
            .order_by(Staff.id)
            .with_for_update()
        )
    )
    member = session.get(Staff, staff_id, with_for_update=True)
    if member is None:
        raise UseCaseError("staff_unknown", staff_id=staff_id)
    return member, admins


def _keep_an_admin(member: Staff, admins: list[int]) -> None:
    """Refuses when `member` is the last active admin."""
    if not [admin for admin in admins if admin != member.id]:
        raise UseCaseError("last_admin", name=member.name)
