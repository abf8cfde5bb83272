"""R28-R30 after staff change a service's auto-renew (switched on or off, its card or billing contact
replaced): in the same transaction, the services' cycles follow the change. A stopped cycle is open
again, an announced one takes the new terms with an updated notice. A new period the price list has
no price for is refused, and then nothing changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.app.actor import Actor
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.jobs.renew_changes import CyclesFollowed, TermsUnpriced, auto_renew_changed


def follow_cycles(
    ctx: AppContext,
    actor: Actor,
    session: Session,
    service_ids: Sequence[int],
    *,
    now: datetime | None = None,
) -> CyclesFollowed:
    """`now` the moment of the change (the clock's now when not given)."""
    if not service_ids:
        return CyclesFollowed()
    session.flush()
    try:
        return auto_renew_changed(
            session,
            list(service_ids),
            today=ctx.today(),
            settings=ctx.settings,
            now=now or ctx.clock.now(),
            actor=actor.name,
        )
    except TermsUnpriced as exc:
        raise UseCaseError(ErrorCode.NO_PRICE, services=[exc.service], period=exc.period_months) from None
