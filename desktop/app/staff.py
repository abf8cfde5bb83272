"""Staff accounts (R23, R26): argon2id hashes only, never the password."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import func, select

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
        return StaffMember(id=member.id, name=cleaned, role=parsed_role, active=True)
