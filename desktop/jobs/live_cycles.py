"""Every active auto-renew is accounted for (R29, R30): an enabled service whose card check day has
come has a live cycle for its current expiry (open, checked or being charged), or one that staff were
told about (needs_attention). Switching auto-renew on opens the service's stopped cycle again; state
that arrives late gets its cycle at once, however old its charge date; what is left over is found by
the sweep that ends every due run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Date, Table, and_, bindparam, exists, select, update
from sqlalchemy.orm import Session, aliased

from desktop.core.codes import CycleStatus
from desktop.core.due_dates import charge_date, latest_expiry_due
from desktop.store import audit_repo
from desktop.store.id_sets import among
from desktop.store.models import AutoRenew, Cycle, Service
from desktop.store.named_rows import columns
from desktop.store.upserts import insert_ignore

LIVE = (CycleStatus.OPEN, CycleStatus.CHECKED, CycleStatus.CHARGING)
# Ended without a charge: opened again when auto-renew is switched on again.
ENDED = (CycleStatus.STOPPED, CycleStatus.FAILED, CycleStatus.CANCELLED, CycleStatus.NEEDS_ATTENTION)
# A cycle in one of these states accounts for its service: it will be worked on, it was charged, or
# staff were told.
ACCOUNTED = (*LIVE, CycleStatus.CHARGED, CycleStatus.NEEDS_ATTENTION)
CHUNK = 500
_CYCLES: Table = Cycle.__table__  # type: ignore[assignment]


def chunks(values: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def new_cycle(
    service_id: int, expires_on: date, lead: int, now: datetime, status: CycleStatus = CycleStatus.OPEN
) -> dict[str, Any]:
    return {
        "service_id": service_id,
        "charge_on": charge_date(expires_on, lead),
        "expires_on": expires_on,
        "status": status,
        "notice_queued": False,
        "created_at": now,
        "updated_at": now,
    }


class ServiceExpiry(NamedTuple):
    """An enabled service's current expiry, which has no cycle yet."""

    service_id: int
    expires_on: date


SERVICE_EXPIRY = columns(ServiceExpiry._fields, service_id=Service.id, expires_on=Service.expires_on)


def new_cycles(services: Iterable[ServiceExpiry], lead: int, now: datetime) -> list[dict[str, Any]]:
    return [new_cycle(service.service_id, service.expires_on, lead, now) for service in services]


class EndedCycle(NamedTuple):
    """A cycle for its service's current expiry that ended without a charge."""

    cycle_id: int
    status: str
    reason: str | None
    charge_on: date
    service_id: int
    customer_id: int
    service_name: str


@dataclass(frozen=True)
class Reopened:
    reopened: int
    created: int


def reopen(
    session: Session,
    service_ids: Sequence[int],
    *,
    today: date,
    charge_lead_days: int,
    check_days_before: int,
    now: datetime,
    actor: str,
) -> Reopened:
    """For the enabled ones of `service_ids`: a cycle for the current expiry that ended (stopped,
    failed, cancelled, needs_attention) is open again, to be checked, notified and charged by the next
    run like any other (R18 catches up what it missed); one that has none while its check day has
    come gets one now, whatever the age of its charge date (R30). What it announced stays announced."""
    if not service_ids:
        return Reopened(reopened=0, created=0)
    high = latest_expiry_due(today, charge_lead_days, check_days_before)
    # All of them in each statement (Recurring All on 50,000 domains: a few statements, not hundreds).
    ended_rows = session.execute(
        select(
            *columns(
                EndedCycle._fields,
                cycle_id=Cycle.id,
                status=Cycle.status,
                reason=Cycle.reason,
                charge_on=Cycle.charge_on,
                service_id=Service.id,
                customer_id=Service.customer_id,
                service_name=Service.name,
            )
        )
        .join(Service, Service.id == Cycle.service_id)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(
            among(session, Cycle.service_id, service_ids),
            Cycle.expires_on == Service.expires_on,
            AutoRenew.enabled.is_(True),
            Cycle.status.in_(ENDED),
        )
    )
    ended = list(map(EndedCycle._make, ended_rows))
    if ended:
        session.execute(
            update(Cycle)
            .where(among(session, Cycle.id, [row.cycle_id for row in ended]), Cycle.status.in_(ENDED))
            .values(status=CycleStatus.OPEN, reason=None, reopened=Cycle.reopened + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    for row in ended:
        audit_repo.add(
            session,
            actor,
            now,
            "cycle.reopened",
            "cycle",
            row.cycle_id,
            customer_id=row.customer_id,
            before={"status": row.status, "reason": row.reason},
            after={
                "status": CycleStatus.OPEN,
                "service": row.service_name,
                "due": row.charge_on.isoformat(),
                "service_id": row.service_id,
            },
        )
    missing_rows = session.execute(
        select(*SERVICE_EXPIRY)
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .where(
            among(session, Service.id, service_ids),
            AutoRenew.enabled.is_(True),
            Service.expires_on <= high,
            ~exists().where(Cycle.service_id == Service.id, Cycle.expires_on == Service.expires_on),
        )
    )
    missing = list(map(ServiceExpiry._make, missing_rows))
    insert_ignore(session, _CYCLES, new_cycles(missing, charge_lead_days, now), ["service_id", "charge_on"])
    return Reopened(reopened=len(ended), created=len(missing))


class Unaccounted(NamedTuple):
    """An enabled auto-renew whose current expiry no cycle accounts for, with the cycle it has, if any."""

    service_id: int
    expires_on: date
    cycle_id: int | None
    status: str | None
    reason: str | None


def _unaccounted_query() -> Any:
    other = aliased(Cycle)
    accounted = exists().where(
        other.service_id == Service.id, other.expires_on == Service.expires_on, other.status.in_(ACCOUNTED)
    )
    return (
        select(
            *columns(
                Unaccounted._fields,
                service_id=Service.id,
                expires_on=Service.expires_on,
                cycle_id=Cycle.id,
                status=Cycle.status,
                reason=Cycle.reason,
            )
        )
        .join(AutoRenew, AutoRenew.service_id == Service.id)
        .outerjoin(Cycle, and_(Cycle.service_id == Service.id, Cycle.expires_on == Service.expires_on))
        .where(
            AutoRenew.enabled.is_(True),
            Service.expires_on >= bindparam("low", type_=Date),
            Service.expires_on <= bindparam("high", type_=Date),
            ~accounted,
        )
        .order_by(Service.expires_on, Service.id)
    )


# Built once: the sweep ends every run, and building the statement cost more than running it.
_UNACCOUNTED = _unaccounted_query()


def unaccounted(session: Session, low: date | None, high: date) -> list[Unaccounted]:
    """Enabled auto-renews expiring within [low, high] (their check day has come) whose current
    expiry has no cycle that accounts for it: an index range on the expiry date."""
    rows = session.execute(_UNACCOUNTED, {"low": low or date.min, "high": high})
    return list(map(Unaccounted._make, rows))
