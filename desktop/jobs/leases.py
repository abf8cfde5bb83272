"""Who is working on what: leases taken with conditional UPDATEs (SPEC 2b). A lease that ran out is
taken over; so is one whose owner was a process on this machine that no longer exists (killed or
crashed), so that the next run settles its work at once instead of waiting for the lease to end."""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from desktop import this_computer

LEASE = timedelta(minutes=5)
HOST = this_computer.host_name()
# An owner is `host:pid:token:workstation` and fits the 100 characters of the narrowest column that
# keeps one (payment_attempts.sent_by): a host name is at most 64 characters, a workstation's name 40.
_HOST_PART = 40
THIS_HOST = HOST[:_HOST_PART]


def new_owner(workstation: str | None = None) -> str:
    """A fresh owner for this process. The host half stays the machine's real name, because the check
    whether the owner's process is alive trusts only this machine's; the workstation's name (R43) is
    the last part, for people: which workstation ran a due run or holds a lease."""
    owner = f"{THIS_HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return f"{owner}:{workstation}" if workstation else owner


def on_this_host(owner: str) -> bool:
    host = owner.partition(":")[0]
    return host in (THIS_HOST, HOST)  # HOST: an owner written before the host half was bounded


def workstation_of(owner: str) -> str:
    """The workstation an owner names; an owner written before workstations had names (three parts)
    names its host."""
    parts = owner.split(":", 3)
    return parts[3] if len(parts) == 4 and parts[3] else parts[0]


def _alive(owner: str) -> bool:
    pid_text = owner.partition(":")[2].partition(":")[0]
    if not on_this_host(owner) or not pid_text.isdigit():
        return True  # another machine's worker: only its lease's end tells
    return this_computer.process_exists(int(pid_text))


def is_alive(owner: str) -> bool:
    """False only for an owner that was a process on this machine that no longer exists."""
    return _alive(owner)


def dead_owners(session: Session, model: Any, now: datetime) -> list[str]:
    owners = session.scalars(
        select(model.lease_owner).where(model.lease_owner.is_not(None), model.lease_until >= now).distinct()
    )
    return [owner for owner in owners if owner and not _alive(owner)]


def claim(
    session: Session,
    model: Any,
    ids: Sequence[int],
    owner: str,
    now: datetime,
    dead: Sequence[str],
    *extra: Any,
) -> list[int]:
    """Takes the lease of those of `ids` that are free, and returns them. PostgreSQL skips rows another
    transaction is claiming right now rather than waiting on them."""
    if not ids:
        return []
    conditions = [model.lease_owner.is_(None), model.lease_until < now, model.lease_owner == owner]
    if dead:
        conditions.append(model.lease_owner.in_(list(dead)))
    free = or_(*conditions)
    claimable = (
        select(model.id).where(and_(model.id.in_(list(ids)), free, *extra)).with_for_update(skip_locked=True)
    )
    session.execute(
        update(model)
        .where(model.id.in_(claimable))
        .values(lease_owner=owner, lease_until=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    return list(session.scalars(select(model.id).where(model.id.in_(list(ids)), model.lease_owner == owner)))


def release(session: Session, model: Any, ids: Sequence[int], owner: str) -> None:
    if ids:
        session.execute(
            update(model)
            .where(model.id.in_(list(ids)), model.lease_owner == owner)
            .values(lease_owner=None, lease_until=None)
            .execution_options(synchronize_session=False)
        )
