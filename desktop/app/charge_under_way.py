"""Auto-renew is not switched off under a charge that is being made (R17, R27, R34). A due run (or a
proforma's card payment) that leased a service's cycle has read auto-renew on and may already have
asked the gateway: switching off then would say "off" and e-mail "renew now" while the card is
charged and the service renewed anyway. Such a switch-off is refused, and nothing changes, until the
work is done (the lease released) or its outcome settled (a charge left `charging` by a process that
died is settled by the next run, by its key)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app.errors import UseCaseError
from desktop.core.codes import CycleStatus, ErrorCode
from desktop.jobs import leases
from desktop.jobs.live_cycles import LIVE
from desktop.store.id_sets import among
from desktop.store.models import Cycle, Service


def refuse_while_charging(session: Session, service_ids: Sequence[int], now: datetime) -> None:
    """Inside the switching-off transaction: raises CHARGE_UNDER_WAY_NOT_SWITCHED_OFF naming the
    services whose current cycle is being charged, awaits a charge's outcome, or is leased by a live
    worker. The cycles' rows stay locked until the commit (PostgreSQL; SQLite's write lock already
    holds them), so a run cannot lease one between this look and the switch-off: it skips the
    locked rows, and its next look finds auto-renew off."""
    if not service_ids:
        return
    rows = session.execute(
        select(Service.name, Cycle.status, Cycle.lease_owner, Cycle.lease_until)
        .join(Service, Service.id == Cycle.service_id)
        .where(
            among(session, Cycle.service_id, list(service_ids)),
            Cycle.expires_on == Service.expires_on,
            Cycle.status.in_(LIVE),
        )
        .with_for_update(of=Cycle)
    ).all()
    leased = {row.name: row.lease_owner for row in rows if _leased(row.lease_owner, row.lease_until, now)}
    dead = set(leases.dead_owners(session, Cycle, now)) if leased else set()
    busy = {row.name for row in rows if row.status == CycleStatus.CHARGING}
    busy.update(name for name, owner in leased.items() if owner not in dead)
    if busy:
        raise UseCaseError(ErrorCode.CHARGE_UNDER_WAY_NOT_SWITCHED_OFF, services=sorted(busy))


def _leased(owner: str | None, until: datetime | None, now: datetime) -> bool:
    return bool(owner) and until is not None and until >= now
