"""Who a headless command acts as (R35), decided here and nowhere else. Like PostgreSQL's peer
authentication: the operating-system login that runs the command is the staff member linked to it
(`staff link NAME --os-user LOGIN`) and has that member's role. The login comes from the process's
real user id, never from environment variables (USER, LOGNAME) that anyone can set."""

from __future__ import annotations

from sqlalchemy import select

from desktop import this_computer
from desktop.app.actor import SCHEDULER, Actor, Role
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.store.models import Staff

# What an unlinked login may still run: the due checks act as the scheduler whoever starts them (the
# same work the windows do in the background), and `doctor` only looks.
ANYONE_MAY_RUN: dict[str, Actor] = {"due-run": SCHEDULER, "doctor": SCHEDULER}
FIRST_ADMIN_COMMAND = "staff add"


def os_login() -> str:
    return this_computer.login_name()


def headless_actor(ctx: AppContext, command: str, login: str | None = None) -> Actor:
    """The actor of `command` (as typed: "import", "config set", ...) run by `login` (default: this
    process's). Raises UseCaseError: "os_login_unlinked" when the login is linked to nobody,
    "os_login_disabled" when its member is disabled, "no_staff_yet" on a database without staff
    (where only `staff add NAME --role admin` may run: see create_first_admin_for_login)."""
    who = os_login() if login is None else login
    if command in ANYONE_MAY_RUN:
        return ANYONE_MAY_RUN[command]
    with ctx.db.reading() as session:
        member = session.execute(
            select(Staff.name, Staff.role, Staff.active).where(Staff.os_user == who)
        ).first()
        anybody = member is not None or session.scalar(select(Staff.id).limit(1)) is not None
    if member is None:
        if not anybody:
            raise UseCaseError(ErrorCode.NO_STAFF_YET, login=who, command=command)
        raise UseCaseError(ErrorCode.OS_LOGIN_UNLINKED, login=who, command=command)
    if not member.active:
        raise UseCaseError(ErrorCode.OS_LOGIN_DISABLED, login=who, name=member.name, command=command)
    return Actor(member.name, Role(member.role), login=who)


def may_create_first_admin(ctx: AppContext) -> bool:
    """Whether `staff add` from this login makes the first admin: the database has no staff at all.
    The use case checks again in its own transaction, so that two at once make one."""
    with ctx.db.reading() as session:
        return session.scalar(select(Staff.id).limit(1)) is None
