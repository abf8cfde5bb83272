"""Whether an e-mail still says what is true, the one rule the sender asks just before it sends a
message and "Send again" asks before it queues a copy: a pre-charge notice whose terms an updated
notice replaced, a notice of a renewal that will not be charged (auto-renew stopped, the charge
failed, the cycle needs a person), an e-mail saying auto-renew stopped for a service whose
auto-renew is on again, or a proforma cancelled since, is withdrawn, never sent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.codes import CycleStatus, ProformaStatus, WithdrawnReason
from desktop.jobs.cycle_terms import NOTICE_UPDATED, PRECHARGE_NOTICE
from desktop.jobs.stop_mails_after_switch_on import STOP_KINDS
from desktop.store.models import AutoRenew, Cycle, OutboxMessage

NOTICE_KINDS = frozenset({PRECHARGE_NOTICE, NOTICE_UPDATED})
PROFORMA_KIND = "proforma_document"
# The kinds whose words may stop holding; every other e-mail always holds.
WITHDRAWABLE_KINDS = frozenset({*NOTICE_KINDS, *STOP_KINDS, PROFORMA_KIND})
# A cycle in these will not be charged on what its notice said (a reopened one is open again and
# its notice holds once more).
_NOT_CHARGED = frozenset(
    {CycleStatus.FAILED, CycleStatus.STOPPED, CycleStatus.NEEDS_ATTENTION, CycleStatus.CANCELLED}
)


@dataclass(frozen=True)
class MailSubject:
    """What of an outbox row the rule needs."""

    id: int
    kind: str
    cycle_id: int | None
    context: dict[str, Any]
    service_id: int | None = None


def subject_of(row: OutboxMessage) -> MailSubject:
    return MailSubject(row.id, row.kind, row.cycle_id, dict(row.context or {}), row.service_id)


def _notice_version(subject: MailSubject) -> int:
    # A notice queued before versions were written into its context was the cycle's first.
    return int(subject.context.get("notice_version") or 1)


def withdrawn(session: Session, subjects: Iterable[MailSubject]) -> dict[int, WithdrawnReason]:
    """The rows among `subjects` that must not be sent, and why."""
    subjects = list(subjects)
    reasons: dict[int, WithdrawnReason] = {}
    notices = [s for s in subjects if s.kind in NOTICE_KINDS and s.cycle_id is not None]
    if notices:
        # Auto-renew switched off stops the renewal at once, before the cycle itself is closed.
        cycles = {
            cycle_id: (status, version, bool(enabled))
            for cycle_id, status, version, enabled in session.execute(
                select(Cycle.id, Cycle.status, Cycle.notice_version, AutoRenew.enabled)
                .outerjoin(AutoRenew, AutoRenew.service_id == Cycle.service_id)
                .where(Cycle.id.in_({s.cycle_id for s in notices}))
            )
        }
        for subject in notices:
            found = cycles.get(subject.cycle_id)
            if found is None:
                continue  # the cycle is gone with its service: nothing tells otherwise
            status, version, enabled = found
            if status in _NOT_CHARGED or (not enabled and status != CycleStatus.CHARGED):
                reasons[subject.id] = WithdrawnReason.RENEWAL_STOPPED
            elif _notice_version(subject) < version:
                reasons[subject.id] = WithdrawnReason.NOTICE_REPLACED
    stops = [s for s in subjects if s.kind in STOP_KINDS and s.service_id is not None]
    if stops:
        on_again = set(
            session.scalars(
                select(AutoRenew.service_id).where(
                    AutoRenew.service_id.in_({s.service_id for s in stops}), AutoRenew.enabled.is_(True)
                )
            )
        )
        for subject in stops:
            if subject.service_id in on_again:
                reasons[subject.id] = WithdrawnReason.AUTO_RENEW_ON_AGAIN
    proformas = [
        s for s in subjects if s.kind == PROFORMA_KIND and str(s.context.get("number", "")).isdigit()
    ]
    if proformas:
        # Named only here: a run with no proforma to send never loads the billing models.
        from desktop.store.models import Proforma

        cancelled = set(
            session.scalars(
                select(Proforma.number).where(
                    Proforma.number.in_({int(s.context["number"]) for s in proformas}),
                    Proforma.status == ProformaStatus.CANCELLED.value,
                )
            )
        )
        for subject in proformas:
            if int(subject.context["number"]) in cancelled:
                reasons[subject.id] = WithdrawnReason.PROFORMA_CANCELLED
    return reasons
