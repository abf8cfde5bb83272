"""What a send of the outbox did (desktop/jobs/outbox_sender.py). Apart from the sender so that a run
with nothing to send can say so without loading it (issue 13)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    given_up: int = 0
    withdrawn: int = 0  # never sent: what they said no longer held (desktop.jobs.mail_withdrawal)
    errors: list[str] = field(default_factory=list)
