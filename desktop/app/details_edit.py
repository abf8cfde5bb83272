"""What editing a customer's or a contact's details shares: the form checked field by field, refused
as the use cases refuse, and only the fields that change written to the audit log, in one entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.app import audit
from desktop.app.actor import Actor
from desktop.app.errors import field_refusal
from desktop.core.fields import FieldError

Form = TypeVar("Form")
Clean = TypeVar("Clean")


def checked(clean: Callable[[Form], Clean], form: Form) -> Clean:
    """`clean(form)`; the first field its rule refuses is the use case's refusal (nothing written)."""
    try:
        return clean(form)
    except FieldError as exc:
        raise field_refusal(exc) from None


def audit_changes(
    session: Session,
    actor: Actor,
    now: datetime,
    action: str,
    entity: str,
    entity_id: int,
    *,
    customer_id: int,
    before: dict[str, str | None],
    after: dict[str, str | None],
) -> list[str]:
    """The fields whose value changes, recorded as one audit entry with each one's value before and
    after; none changed: no entry."""
    changed = [key for key in after if after[key] != before[key]]
    if changed:
        audit.record(
            session,
            actor,
            now,
            action,
            entity,
            entity_id,
            customer_id=customer_id,
            before={key: before[key] for key in changed},
            after={key: after[key] for key in changed},
        )
    return changed
