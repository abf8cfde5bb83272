"""A card or contact of an account named by its ref, as the commands take them: found case aside by
desktop.core.refs's one rule, and an unknown ref refused with the refs the account has."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.core.refs import Item, find_by_ref


def named_by_ref(items: Sequence[Item], ref: str, *, code: ErrorCode, customer: str) -> Item:
    """The item of `items` (the account `customer`'s cards or contacts) that `ref` names; refused with
    `code` (CARD_REF_UNKNOWN, CONTACT_REF_UNKNOWN) naming the known refs when none is."""
    found = find_by_ref(items, ref)
    if found is None:
        raise UseCaseError(
            code, customer=customer, ref=ref, known=", ".join(item.ref for item in items) or "none"
        )
    return found
