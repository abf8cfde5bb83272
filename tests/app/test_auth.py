"""Signing in (R26): argon2id hashes, five failed attempts lock the account for 15 minutes; every
failure, lock and success is audited (R22); roles come from the staff row (R23)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desktop.app.actor import Actor, Role
from desktop.app.auth import MAX_FAILURES, sign_in
from desktop.app.errors import UseCaseError
from desktop.app.staff import add_staff, create_first_admin
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.store.models import Staff
from tests.app.helpers import audit_rows
from tests.support.actors import TEST_ADMIN

PASSWORD = "correct-horse-42"
ADMIN_PASSWORD = "admin-password-1"


@pytest.fixture
def sales_id(ctx: AppContext) -> int:
    admin = create_first_admin(ctx, TEST_ADMIN, "root-admin", ADMIN_PASSWORD)
    member = add_staff(ctx, Actor(admin.name, Role.ADMIN), "Sara", "sales", PASSWORD)
    return member.id


def _staff(ctx: AppContext, staff_id: int) -> Staff:
    with ctx.db.reading() as session:
        member = session.get(Staff, staff_id)
        assert member is not None
        return member


def _refused(ctx: AppContext, name: str, password: str) -> str:
    with pytest.raises(UseCaseError) as caught:
        sign_in(ctx, name, password)
    return caught.value.code


def _fail_until_locked(ctx: AppContext) -> None:
    for _ in range(MAX_FAILURES):
        assert _refused(ctx, "Sara", "wrong-password") == "sign_in_failed"


def test_the_right_password_signs_in_with_the_staff_role(ctx: AppContext, sales_id: int) -> None:
    session = sign_in(ctx, "Sara", PASSWORD)

    assert session.actor == Actor("Sara", Role.SALES)
    assert session.staff_id == sales_id
    # The name is found whatever its case and surrounding spaces.
    assert sign_in(ctx, "  sara ", PASSWORD).actor == Actor("Sara", Role.SALES)


def test_a_first_admin_signs_in_as_admin(ctx: AppContext, sales_id: int) -> None:
    assert sign_in(ctx, "root-admin", ADMIN_PASSWORD).actor.role is Role.ADMIN


def test_a_wrong_password_is_refused_and_counted(ctx: AppContext, sales_id: int) -> None:
    assert _refused(ctx, "Sara", PASSWORD + "x") == "sign_in_failed"
    assert _refused(ctx, "Sara", "") == "sign_in_failed"

    member = _staff(ctx, sales_id)
    assert member.failed_attempts == 2
    assert member.locked_until is None


def test_an_unknown_name_gets_the_same_answer_as_a_wrong_password(ctx: AppContext, sales_id: int) -> None:
    unknown = _refused(ctx, "nobody", PASSWORD)
    wrong = _refused(ctx, "Sara", "not-the-password")

    assert unknown == wrong == "sign_in_failed"
    assert _staff(ctx, sales_id).failed_attempts == 1


def test_five_failures_lock_the_account_for_fifteen_minutes(
    ctx: AppContext, clock: ManualClock, sales_id: int
) -> None:
    start = clock.now()
    _fail_until_locked(ctx)

    assert _staff(ctx, sales_id).locked_until == start + timedelta(minutes=15)
    # Locked: even the right password is refused, and it says why.
    assert _refused(ctx, "Sara", PASSWORD) == "account_locked"
    clock.advance(timedelta(minutes=14, seconds=59))
    assert _refused(ctx, "Sara", PASSWORD) == "account_locked"
    assert _refused(ctx, "Sara", "wrong-password") == "account_locked"

    clock.advance(timedelta(seconds=1))
    session = sign_in(ctx, "Sara", PASSWORD)

    assert session.staff_id == sales_id
    member = _staff(ctx, sales_id)
    assert (member.failed_attempts, member.locked_until) == (0, None)


def test_four_failures_do_not_lock_and_a_success_starts_the_count_again(
    ctx: AppContext, sales_id: int
) -> None:
    for _ in range(MAX_FAILURES - 1):
        assert _refused(ctx, "Sara", "wrong-password") == "sign_in_failed"
    sign_in(ctx, "Sara", PASSWORD)
    assert _staff(ctx, sales_id).failed_attempts == 0

    for _ in range(MAX_FAILURES - 1):
        assert _refused(ctx, "Sara", "wrong-password") == "sign_in_failed"

    assert sign_in(ctx, "Sara", PASSWORD).actor.name == "Sara"
    assert _staff(ctx, sales_id).locked_until is None


def test_after_the_lock_runs_out_five_new_failures_are_needed(
    ctx: AppContext, clock: ManualClock, sales_id: int
) -> None:
    _fail_until_locked(ctx)
    clock.advance(timedelta(minutes=15))

    assert _refused(ctx, "Sara", "wrong-password") == "sign_in_failed"
    assert sign_in(ctx, "Sara", PASSWORD).staff_id == sales_id


def test_failures_lock_and_success_are_audited(ctx: AppContext, clock: ManualClock, sales_id: int) -> None:
    start = clock.now()
    _refused(ctx, "nobody", PASSWORD)
    _fail_until_locked(ctx)
    clock.advance(timedelta(minutes=15))
    sign_in(ctx, "Sara", PASSWORD)

    rows = [row for row in audit_rows(ctx) if row.action.startswith("staff.") and row.action != "staff.added"]
    assert [row.action for row in rows] == ["staff.sign_in_failed"] * 4 + ["staff.locked", "staff.signed_in"]
    assert {(row.actor, row.entity, row.entity_id) for row in rows} == {("Sara", "staff", str(sales_id))}
    locked = rows[4]
    assert locked.after == {"locked_until": (start + timedelta(minutes=15)).isoformat()}
    assert rows[-1].at == start + timedelta(minutes=15)
    assert all(PASSWORD not in repr((row.before, row.after)) for row in audit_rows(ctx))


def test_the_password_is_kept_as_an_argon2id_hash_only(ctx: AppContext, sales_id: int) -> None:
    member = _staff(ctx, sales_id)

    assert member.password_hash.startswith("$argon2id$")
    assert PASSWORD not in member.password_hash
    with ctx.db.reading() as session:
        hashes = list(session.scalars(select(Staff.password_hash)))
    assert len(hashes) == 2 and all(value.startswith("$argon2id$") for value in hashes)


def test_a_disabled_staff_member_cannot_sign_in(ctx: AppContext, sales_id: int) -> None:
    assert sign_in(ctx, "Sara", PASSWORD).staff_id == sales_id
    with ctx.db.transaction() as session:
        session.execute(update(Staff).where(Staff.id == sales_id).values(active=False))

    assert _refused(ctx, "Sara", PASSWORD) == "sign_in_failed"
    # The answer is the same as for an unknown name, and the other staff member is not affected.
    assert sign_in(ctx, "root-admin", ADMIN_PASSWORD).actor.role is Role.ADMIN
