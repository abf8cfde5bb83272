"""Staff accounts (R23, R26): argon2id hashes only, never the password. An admin adds staff, changes
their role, resets their password (which also lifts a lockout) and disables or enables them; the
database is never left without an active admin, and nobody disables themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import STAFF_ROLES, Actor, Permission, Role, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.store.models import Customer, DatabaseFact, Staff

MIN_PASSWORD_LENGTH = 8
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Claimed by the transaction that makes the first admin, so that two first starts make one.
FIRST_ADMIN_FACT = "staff.first_admin"


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
    os_user: str | None = None  # the login whose headless commands act as this member (R35)


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
        os_user=row.os_user,
    )


def _check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 120 or any(ch.isspace() and ch != " " for ch in cleaned):
        raise UseCaseError(ErrorCode.STAFF_NAME_INVALID, name=name)
    if cleaned.startswith(("os:", "system:")):
        raise UseCaseError(ErrorCode.STAFF_NAME_RESERVED, name=name)
    return cleaned


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UseCaseError(ErrorCode.PASSWORD_TOO_SHORT, minimum=MIN_PASSWORD_LENGTH)


def _check_role(role: str) -> Role:
    try:
        parsed = Role(role)
    except ValueError:
        parsed = None
    if parsed not in STAFF_ROLES:
        raise UseCaseError(ErrorCode.ROLE_INVALID, role=role, known=", ".join(r.value for r in STAFF_ROLES))
    assert parsed is not None
    return parsed


@announces(Change.STAFF)
def add_staff(ctx: AppContext, actor: Actor, name: str, role: str, password: str) -> StaffMember:
    require(actor, Permission.MANAGE_STAFF)
    cleaned, parsed_role, password_hash = _checked_new(name, role, password)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        return _insert(session, actor, now, cleaned, parsed_role, password_hash)


def staff_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Staff)) or 0)


@announces(Change.STAFF)
def create_first_admin(ctx: AppContext, actor: Actor, name: str, password: str) -> StaffMember:
    """R26: the window's first start creates the first admin on an EMPTY database only. A database
    with customers but no staff is not a new one: whoever opens a window on it would become its admin
    (an admin made on the command line, `staff add NAME --role admin`, is linked to a login)."""
    cleaned, parsed_role, password_hash = _checked_new(name, Role.ADMIN.value, password)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        if session.scalar(select(Customer.id).limit(1)) is not None and _no_staff(session):
            raise UseCaseError(ErrorCode.DATABASE_NOT_EMPTY)
        _claim_first_admin(session, actor, now, cleaned)
        return _insert(session, actor, now, cleaned, parsed_role, password_hash)


def create_first_admin_for_login(ctx: AppContext, login: str, name: str, password: str) -> StaffMember:
    """R35: `staff add NAME --role admin` on a database with no staff makes the first admin, linked to
    the operating-system login that ran it; the audit log shows that login as who did it."""
    actor = Actor(f"os:{login}", Role.ADMIN)
    cleaned, parsed_role, password_hash = _checked_new(name, Role.ADMIN.value, password)
    linked = _check_login(login)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        _claim_first_admin(session, actor, now, cleaned)
        return _insert(session, actor, now, cleaned, parsed_role, password_hash, os_user=linked)


def _no_staff(session: Session) -> bool:
    return session.scalar(select(Staff.id).limit(1)) is None


def _claim_first_admin(session: Session, actor: Actor, now: datetime, name: str) -> None:
    """Two first starts at once make one admin: each claims the same database fact, and the one
    that comes second fails on its key (PostgreSQL waits for the first to commit; SQLite holds its
    write lock from the start of the transaction)."""
    if not _no_staff(session):
        raise UseCaseError(ErrorCode.FIRST_ADMIN_EXISTS)
    session.add(DatabaseFact(key=FIRST_ADMIN_FACT, value=name, set_at=now, set_by=actor.label))
    try:
        session.flush()
    except IntegrityError:
        raise UseCaseError(ErrorCode.FIRST_ADMIN_EXISTS) from None


def _checked_new(name: str, role: str, password: str) -> tuple[str, Role, str]:
    """The checked name and role and the password's hash, made before any transaction begins (it
    takes a while, on purpose, and must not hold the database's write lock meanwhile)."""
    cleaned = _check_name(name)
    parsed_role = _check_role(role)
    _check_password(password)
    return cleaned, parsed_role, _HASHER.hash(password)


def _insert(
    session: Session,
    actor: Actor,
    now: datetime,
    name: str,
    role: Role,
    password_hash: str,
    *,
    os_user: str | None = None,
) -> StaffMember:
    taken = session.scalar(select(Staff.id).where(func.lower(Staff.name) == name.lower()))
    if taken is not None:
        raise UseCaseError(ErrorCode.STAFF_NAME_TAKEN, name=name)
    member = Staff(
        name=name,
        role=role.value,
        password_hash=password_hash,
        active=True,
        failed_attempts=0,
        os_user=os_user,
        created_at=now,
    )
    session.add(member)
    session.flush()
    after: dict[str, object] = {"name": name, "role": role.value, "active": True}
    if os_user is not None:
        after["os_user"] = os_user
    audit.record(session, actor, now, "staff.added", "staff", member.id, after=after)
    return _member(member, now)


def _check_login(login: str) -> str:
    cleaned = login.strip()
    if (
        not cleaned
        or len(cleaned) > 120
        or any(ch.isspace() or not ch.isprintable() for ch in cleaned)
        or cleaned != login
    ):
        raise UseCaseError(ErrorCode.OS_LOGIN_INVALID, login=login)
    return cleaned


@announces(Change.STAFF)
def link_os_user(ctx: AppContext, actor: Actor, name: str, login: str) -> StaffMember:
    """R35: the member whose role the headless commands of `login` have (peer authentication). A
    login is linked to one member at most, and a member to one login; an empty login unlinks. The
    same link again changes nothing and writes no audit row."""
    require(actor, Permission.MANAGE_STAFF)
    linked = _check_login(login) if login != "" else None
    now = ctx.clock.now()
    try:
        with ctx.db.transaction() as session:
            member = session.scalar(
                select(Staff).where(func.lower(Staff.name) == name.strip().lower()).with_for_update()
            )
            if member is None:
                raise UseCaseError(ErrorCode.STAFF_UNKNOWN_NAME, name=name)
            if member.os_user == linked:
                return _member(member, now)
            if linked is not None:
                holder = session.scalar(select(Staff.name).where(Staff.os_user == linked))
                if holder is not None:
                    raise UseCaseError(ErrorCode.OS_LOGIN_TAKEN, login=linked, name=holder)
            before = member.os_user
            member.os_user = linked
            session.flush()
            audit.record(
                session,
                actor,
                now,
                "staff.os_user_linked" if linked is not None else "staff.os_user_unlinked",
                "staff",
                member.id,
                before={"name": member.name, "os_user": before},
                after={"name": member.name, "os_user": linked},
            )
            return _member(member, now)
    except IntegrityError:
        # Another admin linked the same login to someone else meanwhile.
        raise UseCaseError(ErrorCode.OS_LOGIN_TAKEN, login=linked, name="another member") from None


def list_staff(ctx: AppContext, actor: Actor) -> list[StaffMember]:
    """Every staff member, active or not, by name."""
    require(actor, Permission.MANAGE_STAFF)
    now = ctx.clock.now()
    with ctx.db.reading() as session:
        rows = session.scalars(select(Staff)).all()
        return sorted((_member(row, now) for row in rows), key=lambda m: (m.name.casefold(), m.id))


@announces(Change.STAFF)
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


@announces(Change.STAFF)
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


@announces(Change.STAFF)
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
                raise UseCaseError(ErrorCode.CANNOT_DISABLE_SELF, name=member.name)
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
        raise UseCaseError(ErrorCode.STAFF_UNKNOWN, staff_id=staff_id)
    return member, admins


def _keep_an_admin(member: Staff, admins: list[int]) -> None:
    """Refuses when `member` is the last active admin."""
    if not [admin for admin in admins if admin != member.id]:
        raise UseCaseError(ErrorCode.LAST_ADMIN, name=member.name)
