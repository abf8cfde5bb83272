"""`followup [--json] [--limit N]` (R41, SPEC section 3): what needs a person, most urgent first, one line
per row or one JSON document: the first N rows (200 unless told) with the exact count of each kind and
of the whole list. The same list the window's Follow-up view shows."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.app.followup import FollowUp, FollowUpRow, followup_list
from desktop.app.identity import headless_actor
from desktop.bootstrap import AppContext
from desktop.core.codes import FollowUpKind
from desktop.core.money import format_amount

_COLUMNS = ("kind", "customer", "service", "days_left", "amount", "reason", "when", "action")


def as_json(row: FollowUpRow) -> dict[str, Any]:
    return {
        "kind": row.kind.value,
        "customer": row.customer_ref,
        "customer_name": row.customer_name,
        "service": row.service,
        "service_kind": row.service_kind,
        "expires_on": row.expires_on.isoformat() if row.expires_on else None,
        "days_left": row.days_left,
        "amount": None if row.amount_minor is None else format_amount(row.amount_minor, row.currency),
        "currency": row.currency,
        "reason": row.reason,
        "when": row.when.isoformat() if row.when else None,
        "actions": [action.value for action in row.actions],
        "outbox_id": row.outbox_id,
        "proforma": row.proforma_number,
        "more_services": row.more_services,
        "card_last4": row.card_last4,
    }


def document(found: FollowUp) -> dict[str, Any]:
    return {
        "today": found.today.isoformat(),
        "total": found.total,
        "counts": {kind.value: found.counts.get(kind, 0) for kind in FollowUpKind},
        "shown": len(found.rows),
        "rows": [as_json(row) for row in found.rows],
    }


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())[:60]


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    found = followup_list(ctx, headless_actor(ctx, "followup"), limit=args.limit)
    if args.json:
        print(json.dumps(document(found), ensure_ascii=False, indent=1))
        return 0
    rows: list[list[str]] = []
    for row in found.rows:
        record = as_json(row)
        service = record["service"]
        if row.more_services:
            service = f"{service} (+{row.more_services})"
        amount = f"{record['amount']} {row.currency}" if record["amount"] is not None else None
        rows.append(
            [
                _cell(value)
                for value in (
                    row.kind.value,
                    row.customer_ref,
                    service,
                    row.days_left,
                    amount,
                    row.reason,
                    record["when"],
                    row.action.value,
                )
            ]
        )
    widths = [max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(_COLUMNS)]
    print("  ".join(column.ljust(width) for column, width in zip(_COLUMNS, widths, strict=True)).rstrip())
    for cells in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())
    print(f"{len(found.rows)} of {found.total} to follow up")
    return 0
