"""`outbox list [--state ...] [--json]`: where every e-mail is (R32), as a table or one JSON document."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desktop.app.actor import Actor
from desktop.app.identity import headless_actor
from desktop.app.outbox import OutboxEntry, list_outbox
from desktop.bootstrap import AppContext
from desktop.core.codes import MailState

_COLUMNS = (
    "id",
    "state",
    "kind",
    "customer",
    "service",
    "to",
    "attempts",
    "next_attempt_at",
    "sent_at",
    "last_error",
)


def _moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="seconds")


def as_json(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "state": entry.state.value,
        "kind": entry.kind,
        "customer": entry.customer_ref,
        "service": entry.service_name,
        "to": entry.to,
        "attempts": entry.attempts,
        "last_error": entry.last_error,
        "next_attempt_at": _moment(entry.next_attempt_at),
        "failing_since": _moment(entry.failing_since),
        "sent_at": _moment(entry.sent_at),
        "message_id": entry.message_id,
        "resend_of": entry.resend_of,
        "created_at": _moment(entry.created_at),
    }


def _cell(value: object) -> str:
    # One line per message whatever an old row holds (an address or an error with a line break).
    return "" if value is None else " ".join(str(value).split())[:80]


def outbox(ctx: AppContext, args: argparse.Namespace) -> int:
    return run(ctx, headless_actor(ctx, f"outbox {args.outbox_command}"), args)


def run(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    state = MailState(args.state) if args.state else None
    entries = list_outbox(ctx, actor, state=state, limit=args.limit)
    records = [as_json(entry) for entry in entries]
    if args.json:
        print(json.dumps({"messages": records}, ensure_ascii=False, indent=1))
        return 0
    rows = [[_cell(record[column]) for column in _COLUMNS] for record in records]
    widths = [max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(_COLUMNS)]
    print("  ".join(column.ljust(width) for column, width in zip(_COLUMNS, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip())
    print(f"{len(records)} e-mails" + (f" {state.value}" if state else ""))
    return 0
