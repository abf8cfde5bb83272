"""What a use case changes, announced so that every open view can show the new state (R34).

A use case that changes data is marked `@announces(Change.X, ...)`; the desk that calls it tells its
listeners once the change is committed. The background checks announce what a due run may change."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar


class Change(StrEnum):
    ACCOUNTS = "accounts"  # customers, contacts, cards, services, proformas, invoices
    CHARGES = "charges"  # cycles, attempts, due runs, their results
    MAIL = "mail"  # the outbox: queued, sent, failing, given up
    STAFF = "staff"
    SETTINGS = "settings"


# A due run settles cycles, stops auto-renews and queues and sends e-mail.
DUE_RUN_CHANGES = frozenset({Change.ACCOUNTS, Change.CHARGES, Change.MAIL})

F = TypeVar("F", bound=Callable[..., Any])

_ATTRIBUTE = "__announces__"


def announces(*changes: Change) -> Callable[[F], F]:
    def mark(function: F) -> F:
        setattr(function, _ATTRIBUTE, frozenset(changes))
        return function

    return mark


def announced_by(function: Callable[..., Any]) -> frozenset[Change]:
    found: object = getattr(function, _ATTRIBUTE, None)
    return (
        frozenset(change for change in found if isinstance(change, Change))
        if isinstance(found, frozenset)
        else frozenset()
    )
