"""`gateway ledger [--json]`: the sandbox gateway's own ledger, one line per call."""

from __future__ import annotations

import argparse
import json

from desktop.app.identity import headless_actor
from desktop.app.ledger import gateway_ledger
from desktop.bootstrap import AppContext
from desktop.cli.tables import print_table

_COLUMNS = (
    "at",
    "kind",
    "outcome",
    "answer",
    "amount",
    "currency",
    "installments",
    "last4",
    "service",
    "due",
    "key",
)


def gateway(ctx: AppContext, args: argparse.Namespace) -> int:
    entries = gateway_ledger(ctx, headless_actor(ctx, "gateway ledger"))
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=1))
        return 0
    print_table(entries, _COLUMNS)
    print(f"{len(entries)} gateway calls")
    return 0
