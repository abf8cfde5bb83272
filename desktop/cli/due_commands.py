"""`due-run [--json]`: the due checks of today (card checks and notices, charges, catch-up of missed
days), then the e-mails they queued; what was left for a later run on standard error."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.app.actor import Permission, require
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.app.identity import headless_actor
from desktop.bootstrap import AppContext
from desktop.cli.tables import print_table
from desktop.jobs.events import DueEvent


def due_run(ctx: AppContext, args: argparse.Namespace) -> int:
    # Any login may run the due checks as the scheduler, for the real today. Another day is an
    # admin's tool: a run dated ahead would charge early and leave today's cycles behind for good.
    actor = headless_actor(ctx, "due-run" if args.today is None else "due-run --today")
    if args.today is not None:
        require(actor, Permission.RUN_DUE_CHECKS)
    report = run_due_checks(ctx, actor, ctx.today())
    events = [_said(report, event) for event in report.due.events]
    if args.json:
        print(
            json.dumps(
                {"today": report.due.today.isoformat(), "events": events}, ensure_ascii=False, indent=1
            )
        )
    else:
        shown = [
            {**event, "type": f"precharge_notice_{event['notice']}"} if "notice" in event else event
            for event in events
        ]
        print_table(
            shown, ("type", "customer", "service", "due", "amount", "currency", "installments", "reason")
        )
        print(f"{len(events)} events for {report.due.today.isoformat()}; e-mails sent: {report.mail.sent}")
    for problem in [*report.due.problems, *report.held(), *report.mail.errors]:
        print(f"renewdesk: left for a later run: {problem}", file=sys.stderr)
    if report.mail.failed:
        print(
            f"renewdesk: {report.mail.failed} e-mails could not be sent yet; they are failing and are "
            "tried again later (see `outbox list --state failing`)",
            file=sys.stderr,
        )
    if report.mail.given_up:
        print(
            f"renewdesk: {report.mail.given_up} e-mails were given up after mail.give_up_days of failures "
            "(see `outbox list --state given_up`)",
            file=sys.stderr,
        )
    if report.mail.withdrawn:
        print(
            f"renewdesk: {report.mail.withdrawn} e-mails were withdrawn, never sent: what they said no "
            "longer held (see `outbox list --state withdrawn`)",
            file=sys.stderr,
        )
    return 0


def _said(report: DueRunReport, event: DueEvent) -> dict[str, Any]:
    """The event's JSON; a notice's says where the e-mail is after the run sent the outbox ("notice":
    "sent", "queued", "failing", ...). Its type keeps the name the command's contract gives it; the
    table says "precharge_notice_queued" of a notice only queued, never "sent" (R32)."""
    said = event.as_json()
    state = report.notice_state(event)
    if state is not None:
        said["notice"] = state
    return said
