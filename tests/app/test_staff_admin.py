"""Staff management by an admin (R22, R23, R26): the list, a role changed, a password reset (which lifts a
lockout), a member disabled and enabled. Only an admin may; the database always keeps an active admin;
nobody disables themselves; every change is audited without a password or a hash, and every refusal
changes nothing."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.app.actor import Actor, Role
from desktop.app.auth import LOCK_TIME, MAX_FAILURES, sign_in
from desktop.app.customers import find_customers
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.finance import upcoming_charges
from desktop.app.staff import (
    StaffMember,
    add_staff,
    change_role,
    list_staff,
    reset_password,
    set_active,
)
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.store.models import AuditEntry, Staff
from tests.app.helpers import ADMIN, FINANCE, SALES, audit_rows
from tests.support.actors import TEST_ADMIN

PASSWORD = "correct-horse-42"
NEW_PASSWORD = "battery-staple-77"

StaffRow = tuple[int, str, str, bool, int, Any, str]


@pytest.fixture
def team(ctx: AppContext) -> dict[str, int]:
    """adam (admin, the ADMIN actor of the helpers), sara (sales) and fina (finance)."""
    ids = {}
    for name, role in (("adam", "admin"), ("sara", "sales"), ("fina", "finance")):
        ids[name] = add_staff(ctx, TEST_ADMIN, name, role, PASSWORD).id
    return ids


def staff_rows(ctx: AppContext) -> list[StaffRow]:
    with ctx.db.reading() as session:
        return [
            (
                row.id,
                row.name,
                row.role,
                row.active,
                row.failed_attempts,
                row.locked_until,
                row.password_hash,
            )
            for row in session.scalars(select(Staff).order_by(Staff.id))
        ]


def audit_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def refused(code: str, action: Callable[[], object]) -> UseCaseError:
    with pytest.raises(UseCaseError) as caught:
        action()
    assert caught.value.code == code, caught.value
    return caught.value


def lock_out(ctx: AppContext, name: str) -> None:
    for _ in range(MAX_FAILURES):
        refused("sign_in_failed", lambda: sign_in(ctx, name, "wrong-password"))
    refused("account_locked", lambda: sign_in(ctx, name, PASSWORD))


def by_name(members: list[StaffMember]) -> dict[str, StaffMember]:
    return {member.name: member for member in members}


# -- the list ---------------------------------------------------------------------------------------


def test_the_list_shows_every_member_by_name_with_role_state_and_lockout(
    ctx: AppContext, clock: ManualClock, team: dict[str, int]
) -> None:
    add_staff(ctx, ADMIN, "Bella", "sales", PASSWORD)
    set_active(ctx, ADMIN, team["fina"], False)
    lock_out(ctx, "sara")

    members = list_staff(ctx, ADMIN)

    assert [m.name for m in members] == ["adam", "Bella", "fina", "sara"]  # by name, whatever the case
    shown = by_name(members)
    assert (shown["adam"].role, shown["adam"].active, shown["adam"].locked) == (Role.ADMIN, True, False)
    assert (shown["fina"].role, shown["fina"].active) == (Role.FINANCE, False)
    assert shown["sara"].locked and shown["sara"].locked_until == clock.now() + LOCK_TIME
    assert shown["Bella"].created_at == clock.now()

    clock.advance(LOCK_TIME + timedelta(seconds=1))
    assert not by_name(list_staff(ctx, ADMIN))["sara"].locked  # the lock has run out


# -- changing a role --------------------------------------------------------------------------------


def test_a_role_is_changed_audited_and_in_force_at_the_next_sign_in(
    ctx: AppContext, clock: ManualClock, team: dict[str, int]
) -> None:
    changed = change_role(ctx, ADMIN, team["sara"], "finance")

    assert (changed.name, changed.role) == ("sara", Role.FINANCE)
    assert by_name(list_staff(ctx, ADMIN))["sara"].role is Role.FINANCE
    assert sign_in(ctx, "sara", PASSWORD).actor == Actor("sara", Role.FINANCE)
    [row] = audit_rows(ctx, "staff.role_changed")
    assert (row.actor, row.entity, row.entity_id, row.at) == ("adam", "staff", str(team["sara"]), clock.now())
    assert row.before == {"name": "sara", "role": "sales"}
    assert row.after == {"name": "sara", "role": "finance"}


def test_the_same_role_changes_nothing_and_writes_no_audit_row(ctx: AppContext, team: dict[str, int]) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    assert change_role(ctx, ADMIN, team["sara"], "sales").role is Role.SALES

    assert staff_rows(ctx) == rows
    assert audit_count(ctx) == audits


def test_an_admin_may_be_demoted_while_another_active_admin_remains(
    ctx: AppContext, team: dict[str, int]
) -> None:
    bob = add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)

    assert change_role(ctx, ADMIN, bob.id, "sales").role is Role.SALES
    # adam is now the only admin: an os: login (an admin who is not a staff member) may not demote him
    rows, audits = staff_rows(ctx), audit_count(ctx)
    error = refused("last_admin", lambda: change_role(ctx, TEST_ADMIN, team["adam"], "finance"))
    assert error.params == {"name": "adam"}
    assert staff_rows(ctx) == rows and audit_count(ctx) == audits


def test_a_disabled_admin_does_not_count_as_the_admin_that_remains(
    ctx: AppContext, team: dict[str, int]
) -> None:
    bob = add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)
    set_active(ctx, ADMIN, bob.id, False)
    rows, audits = staff_rows(ctx), audit_count(ctx)

    refused("last_admin", lambda: change_role(ctx, ADMIN, team["adam"], "sales"))

    assert staff_rows(ctx) == rows and audit_count(ctx) == audits
    # a disabled admin may itself be demoted: no active admin is lost
    assert change_role(ctx, ADMIN, bob.id, "sales").role is Role.SALES


def test_an_unknown_role_is_refused(ctx: AppContext, team: dict[str, int]) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)
    for role in ("boss", "system", ""):
        refused("role_invalid", lambda role=role: change_role(ctx, ADMIN, team["sara"], role))  # type: ignore[misc]
    assert staff_rows(ctx) == rows and audit_count(ctx) == audits


# -- resetting a password ---------------------------------------------------------------------------


def test_a_password_reset_lifts_the_lockout_and_the_new_password_signs_in(
    ctx: AppContext, clock: ManualClock, team: dict[str, int]
) -> None:
    lock_out(ctx, "sara")
    locked_until = clock.now() + LOCK_TIME
    refused("sign_in_failed", lambda: sign_in(ctx, "fina", "wrong-password"))
    fina_before = [row for row in staff_rows(ctx) if row[1] == "fina"]

    member = reset_password(ctx, ADMIN, team["sara"], NEW_PASSWORD)

    assert (member.locked, member.locked_until, member.failed_attempts) == (False, None, 0)
    assert sign_in(ctx, "sara", NEW_PASSWORD).actor == Actor("sara", Role.SALES)  # at once, no waiting
    refused("sign_in_failed", lambda: sign_in(ctx, "sara", PASSWORD))  # the old one no longer does
    assert [row for row in staff_rows(ctx) if row[1] == "fina"] == fina_before  # only sara changed
    [row] = audit_rows(ctx, "staff.password_reset")
    assert (row.actor, row.entity_id) == ("adam", str(team["sara"]))
    assert row.before == {"name": "sara", "failed_attempts": 0, "locked_until": locked_until.isoformat()}
    assert row.after == {"name": "sara", "failed_attempts": 0, "locked_until": None}


def test_a_password_reset_clears_failed_attempts_short_of_a_lock(
    ctx: AppContext, team: dict[str, int]
) -> None:
    for _ in range(MAX_FAILURES - 1):
        refused("sign_in_failed", lambda: sign_in(ctx, "sara", "wrong-password"))

    reset_password(ctx, ADMIN, team["sara"], NEW_PASSWORD)

    # the count starts again: one more failure does not lock
    refused("sign_in_failed", lambda: sign_in(ctx, "sara", "wrong-password"))
    assert sign_in(ctx, "sara", NEW_PASSWORD).actor.name == "sara"


def test_a_short_new_password_is_refused(ctx: AppContext, team: dict[str, int]) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    error = refused("password_too_short", lambda: reset_password(ctx, ADMIN, team["sara"], "short"))

    assert error.params == {"minimum": 8}
    assert staff_rows(ctx) == rows and audit_count(ctx) == audits
    assert sign_in(ctx, "sara", PASSWORD).actor.name == "sara"


# -- disabling and enabling -------------------------------------------------------------------------


def test_a_disabled_member_cannot_sign_in_until_enabled(ctx: AppContext, team: dict[str, int]) -> None:
    disabled = set_active(ctx, ADMIN, team["sara"], False)

    assert not disabled.active
    assert not by_name(list_staff(ctx, ADMIN))["sara"].active
    refused("sign_in_failed", lambda: sign_in(ctx, "sara", PASSWORD))
    [row] = audit_rows(ctx, "staff.disabled")
    assert (row.actor, row.entity_id) == ("adam", str(team["sara"]))
    assert (row.before, row.after) == ({"name": "sara", "active": True}, {"name": "sara", "active": False})

    assert set_active(ctx, ADMIN, team["sara"], True).active
    assert sign_in(ctx, "sara", PASSWORD).actor.name == "sara"
    [row] = audit_rows(ctx, "staff.enabled")
    assert (row.before, row.after) == ({"name": "sara", "active": False}, {"name": "sara", "active": True})


def test_the_same_state_changes_nothing_and_writes_no_audit_row(
    ctx: AppContext, team: dict[str, int]
) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    assert set_active(ctx, ADMIN, team["sara"], True).active

    assert staff_rows(ctx) == rows and audit_count(ctx) == audits
    set_active(ctx, ADMIN, team["sara"], False)
    audits = audit_count(ctx)
    assert not set_active(ctx, ADMIN, team["sara"], False).active
    assert audit_count(ctx) == audits


def test_an_admin_may_not_disable_themselves(ctx: AppContext, team: dict[str, int]) -> None:
    add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)  # another admin exists: still refused
    rows, audits = staff_rows(ctx), audit_count(ctx)

    refused("cannot_disable_self", lambda: set_active(ctx, ADMIN, team["adam"], False))
    refused("cannot_disable_self", lambda: set_active(ctx, Actor("ADAM", Role.ADMIN), team["adam"], False))

    assert staff_rows(ctx) == rows and audit_count(ctx) == audits


def test_the_last_active_admin_cannot_be_disabled(ctx: AppContext, team: dict[str, int]) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    refused("last_admin", lambda: set_active(ctx, TEST_ADMIN, team["adam"], False))

    assert staff_rows(ctx) == rows and audit_count(ctx) == audits
    bob = add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)
    assert not set_active(ctx, TEST_ADMIN, team["adam"], False).active  # with bob there, adam may go
    refused("last_admin", lambda: set_active(ctx, TEST_ADMIN, bob.id, False))


def test_two_admins_demoted_at_once_leave_one_active_admin(ctx: AppContext, team: dict[str, int]) -> None:
    """Two workstations, each demoting a different admin of two at the same moment: one must lose."""
    bob = add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def demote(staff_id: int, label: str) -> None:
        start.wait()
        try:
            change_role(ctx, TEST_ADMIN, staff_id, "sales")
            outcomes[label] = "done"
        except UseCaseError as error:
            outcomes[label] = error.code

    threads = [
        threading.Thread(target=demote, args=(team["adam"], "adam")),
        threading.Thread(target=demote, args=(bob.id, "bob")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert sorted(outcomes.values()) == ["done", "last_admin"]
    admins = [m.name for m in list_staff(ctx, ADMIN) if m.role is Role.ADMIN and m.active]
    assert len(admins) == 1
    assert len(audit_rows(ctx, "staff.role_changed")) == 1


# -- refusals common to every change ----------------------------------------------------------------

ACTIONS: dict[str, Callable[[AppContext, Actor, int], object]] = {
    "list": lambda ctx, actor, _: list_staff(ctx, actor),
    "add": lambda ctx, actor, _: add_staff(ctx, actor, "newbie", "sales", PASSWORD),
    "change_role": lambda ctx, actor, staff_id: change_role(ctx, actor, staff_id, "admin"),
    "reset_password": lambda ctx, actor, staff_id: reset_password(ctx, actor, staff_id, NEW_PASSWORD),
    "disable": lambda ctx, actor, staff_id: set_active(ctx, actor, staff_id, False),
}


@pytest.mark.parametrize("actor", [SALES, FINANCE], ids=["sales", "finance"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_only_an_admin_manages_staff(
    ctx: AppContext, team: dict[str, int], actor: Actor, action: str
) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    error = refused("forbidden", lambda: ACTIONS[action](ctx, actor, team["fina"]))

    assert error.params["permission"] == "manage_staff"
    assert staff_rows(ctx) == rows and audit_count(ctx) == audits


@pytest.mark.parametrize("action", ["change_role", "reset_password", "disable"])
def test_an_unknown_member_is_refused(ctx: AppContext, team: dict[str, int], action: str) -> None:
    rows, audits = staff_rows(ctx), audit_count(ctx)

    error = refused("staff_unknown", lambda: ACTIONS[action](ctx, ADMIN, 999_999))

    assert error.params == {"staff_id": 999_999}
    assert staff_rows(ctx) == rows and audit_count(ctx) == audits


def test_no_audit_row_holds_a_password_or_a_hash(ctx: AppContext, team: dict[str, int]) -> None:
    lock_out(ctx, "fina")
    change_role(ctx, ADMIN, team["sara"], "finance")
    reset_password(ctx, ADMIN, team["fina"], NEW_PASSWORD)
    set_active(ctx, ADMIN, team["sara"], False)
    set_active(ctx, ADMIN, team["sara"], True)

    rows = [row for row in audit_rows(ctx) if row.action.startswith("staff.")]
    assert {row.action for row in rows} >= {
        "staff.added",
        "staff.role_changed",
        "staff.password_reset",
        "staff.disabled",
        "staff.enabled",
    }
    hashes = [row[6] for row in staff_rows(ctx)]
    for row in rows:
        text = json.dumps([row.before, row.after])
        assert PASSWORD not in text and NEW_PASSWORD not in text
        assert "argon2" not in text and not any(h in text for h in hashes)


# -- through the desk ------------------------------------------------------------------------------


def _signed_in(ctx: AppContext, name: str) -> Desk:
    desk = Desk(ctx)
    desk.adopt(desk.make(sign_in, name, PASSWORD).actor)
    return desk


def test_the_desk_acts_as_the_signed_in_admin(ctx: AppContext, team: dict[str, int]) -> None:
    desk = _signed_in(ctx, "adam")

    added = desk.call(add_staff, "nora", "finance", PASSWORD)
    desk.call(change_role, added.id, "sales")
    desk.call(reset_password, added.id, NEW_PASSWORD)
    desk.call(set_active, added.id, False)

    assert by_name(desk.call(list_staff))["nora"] == StaffMember(
        id=added.id,
        name="nora",
        role=Role.SALES,
        active=False,
        created_at=added.created_at,
    )
    assert [row.actor for row in audit_rows(ctx) if row.entity_id == str(added.id)] == ["adam"] * 4


def test_an_admin_who_steps_down_works_on_with_the_new_role(ctx: AppContext, team: dict[str, int]) -> None:
    add_staff(ctx, ADMIN, "bob", "admin", PASSWORD)
    desk = _signed_in(ctx, "adam")

    desk.call(change_role, team["adam"], "finance")
    desk.adopt(desk.current_actor())  # what the window does on its own thread after the staff dialog

    assert desk.actor == Actor("adam", Role.FINANCE)
    refused("forbidden", lambda: desk.call(list_staff))


# -- a session under way ----------------------------------------------------------------------------


def test_a_member_disabled_while_signed_in_is_refused_at_the_next_step(
    ctx: AppContext, team: dict[str, int]
) -> None:
    sara = _signed_in(ctx, "sara")
    assert sara.call(find_customers, "") == []
    Desk(ctx, ADMIN).call(set_active, team["sara"], False)
    refused("staff_disabled", lambda: sara.call(find_customers, ""))


def test_a_role_changed_while_signed_in_holds_at_the_next_step(ctx: AppContext, team: dict[str, int]) -> None:
    fina = _signed_in(ctx, "fina")
    fina.call(upcoming_charges)
    Desk(ctx, ADMIN).call(change_role, team["fina"], "sales")
    refused("forbidden", lambda: fina.call(upcoming_charges))
    # What the staff table says now; the window adopts it on its own thread, never the worker.
    assert fina.current_actor().role is Role.SALES
    assert fina.actor is not None and fina.actor.role is Role.FINANCE
