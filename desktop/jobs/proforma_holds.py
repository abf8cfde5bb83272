"""Periods a proforma's card payment may already have paid (R17, R39, SPEC 2b): a card charge of an
open proforma whose answer was never written (timed out, its try stopped dead) may have renewed the
proforma's services. Until it is settled by its key (`proforma settle`, the follow-up list), the due
run leaves those services' cycles uncharged: charging them could take the same period twice."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.codes import AttemptStatus, ProformaStatus

# A proforma card charge sent (or about to be) that no payment records yet.
_UNSETTLED = (AttemptStatus.PENDING.value, AttemptStatus.UNKNOWN.value)


def unsettled_card_payments(session: Session, service_ids: Collection[int]) -> dict[int, int]:
    """Of `service_ids`, those on a line of an open proforma whose card payment is not settled, each
    with that proforma's number (the lowest, should there be several)."""
    if not service_ids:
        return {}
    # Named here, not at import: a quiet due run (nothing to charge) loads no billing model (issue 13).
    from desktop.store.models import PaymentAttempt, Proforma, ProformaLine

    rows = session.execute(
        select(ProformaLine.service_id, Proforma.number)
        .join(Proforma, Proforma.id == ProformaLine.proforma_id)
        .join(PaymentAttempt, PaymentAttempt.proforma_id == Proforma.id)
        .where(
            ProformaLine.service_id.in_(list(service_ids)),
            Proforma.status == ProformaStatus.OPEN.value,
            PaymentAttempt.status.in_(_UNSETTLED),
        )
        .order_by(Proforma.number.desc())
    ).tuples()
    return {service_id: number for service_id, number in rows if service_id is not None}
