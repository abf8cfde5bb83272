"""R26 and R35: five wrong passwords lock an account, however many sign-ins arrive at once. On
PostgreSQL twelve concurrent wrong sign-ins were each read before any was counted, and the account
locked only after 60 guesses in five rounds; now the member's row is locked while one attempt is judged."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import func, select

from desktop.app.auth import LOCK_TIME, MAX_FAILURES, sign_in
from desktop.app.errors import UseCaseError
from desktop.app.staff import add_staff
from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from desktop.store.models import AuditEntry, Staff
from tests.support.actors import TEST_ADMIN

PASSWORD = "correct-horse-42"
AT_ONCE = 12
ROUNDS = 2


def _guesses_evaluated(ctx: AppContext) -> int:
    """Every wrong password that was checked leaves one audit row: a failure or the lock it caused."""
    with ctx.db.reading() as session:
        actions = ("staff.sign_in_failed", "staff.locked")
        return int(session.scalar(select(func.count()).where(AuditEntry.action.in_(actions))) or 0)


def _round(ctx: AppContext) -> list[str]:
    """AT_ONCE wrong sign-ins released together; the code each was refused with."""
    barrier = threading.Barrier(AT_ONCE)
    codes: list[str] = []

    def guess(index: int) -> None:
        barrier.wait()
        try:
            sign_in(ctx, "sara", f"wrong guess {index}")
        except UseCaseError as exc:
            codes.append(exc.code)
        else:
            codes.append("signed_in")

    threads = [threading.Thread(target=guess, args=(index,)) for index in range(AT_ONCE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


def test_concurrent_wrong_sign_ins_are_judged_one_at_a_time(ctx: AppContext, clock: ManualClock) -> None:
    add_staff(ctx, TEST_ADMIN, "sara", "sales", PASSWORD)

    for done in range(1, ROUNDS + 1):
        codes = _round(ctx)

        assert _guesses_evaluated(ctx) == MAX_FAILURES * done  # never more, whatever the concurrency
        assert (
            sorted(codes) == ["account_locked"] * (AT_ONCE - MAX_FAILURES) + ["sign_in_failed"] * MAX_FAILURES
        )
        with ctx.db.reading() as session:
            member = session.scalar(select(Staff).where(Staff.name == "sara"))
            assert member is not None
            assert member.locked_until == clock.now() + LOCK_TIME
        clock.advance(LOCK_TIME + timedelta(seconds=1))  # the lock ends: the next round guesses again

    assert sign_in(ctx, "sara", PASSWORD).actor.name == "sara"
