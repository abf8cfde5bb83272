"""The e-mail telling a customer that staff stopped a service's auto-renew (R27): switched off by hand
(desktop/app/recurring.py) or its card removed (desktop/app/cards.py). One template, "stopped_by_staff",
whose words follow the reason kept in its context."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from desktop.core.codes import StopReason
from desktop.store.models import Customer
from desktop.store.outbox_repo import QueuedMail

STOPPED_BY_STAFF = "stopped_by_staff"


class StoppedService(Protocol):
    """What the e-mail says of the service: a stored one, or a row of a bulk switch-off."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def expires_on(self) -> date: ...


def stopped_by_staff_mail(
    customer: Customer, service: StoppedService, now: datetime, reason: StopReason, *, key: str | None = None
) -> QueuedMail:
    """The e-mail, in the customer's language, to queue in the same transaction as the stop. `key` ends
    its dedupe key (the reason when not given): one e-mail per service and moment of stopping."""
    return QueuedMail(
        dedupe_key=f"{service.id}:stop:{now.isoformat()}:{key or reason.value}",
        kind=STOPPED_BY_STAFF,
        customer_id=customer.id,
        service_id=service.id,
        cycle_id=None,
        language=customer.language,
        to_address=customer.email,
        context={
            "service_id": service.id,
            "customer_name": customer.name,
            "service_name": service.name,
            "service_kind": service.kind,
            "expires_on": service.expires_on.isoformat(),
            "reason": reason.value,
        },
    )
