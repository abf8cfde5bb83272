"""A child process that sends the outbox once, as a workstation's background checks do, for the
concurrency tests of the outbox (R17, R31):

    python -m tests.jobs.outbox_child URL --today YYYY-MM-DD [--lease-seconds N]

`--today` moves this process's clock (as `python main.py --today` does); `--lease-seconds` shortens the
lease on outbox rows so that a test can outlive it in seconds. Prints one JSON object: what was sent."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

from desktop.bootstrap import build_context
from desktop.jobs import leases, outbox_sender
from desktop.secrets import KeyringSecretStore


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    parser.add_argument("--lease-seconds", type=int)
    args = parser.parse_args()
    if args.lease_seconds is not None:
        outbox_sender.LEASE_SECONDS = args.lease_seconds
        leases.LEASE = timedelta(seconds=args.lease_seconds)  # what the sender used before R31
    ctx = build_context(args.url, args.today, secrets=KeyringSecretStore())
    try:
        result = outbox_sender.send_outbox(ctx)
    finally:
        ctx.close()
    print(json.dumps({"sent": result.sent, "failed": result.failed, "errors": result.errors}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
