"""Cancel pressed while a use case works (R34): the use case looks at its `cancel` event at the points
where it can still stop (before a gateway call, before its transaction commits) and raises `Stopped`
there, so that the transaction is rolled back whole. A window that pressed Cancel closes on it; nothing
else ever sees it, so it is no refusal and has no text."""

from __future__ import annotations

import threading


class Stopped(Exception):
    """The work stopped at Cancel before anything was committed."""


def stop_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Stopped
