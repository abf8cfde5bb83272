"""Audit log speed (issue 11), figures printed, never a timed test: on a log of 100,000 entries that
point at services, cards and contacts (some deleted since), a page of 500 as the audit window loads
it: the rows and the names of what they point at (one query each), newest first, deep in the log,
filtered by customer and by action, what was written since the newest shown, and the words of every
cell made on the worker thread.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/audit_log.py [--entries 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, event, insert  # noqa: E402

from bench.common import NoSecrets, build_domains  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.audit_log import AuditFilter, AuditPage, browse_audit  # noqa: E402
from desktop.bootstrap import AppContext, build_context  # noqa: E402
from desktop.store.models import AuditEntry, Contact, Service  # noqa: E402

SERVICES = 20_000
PER_CUSTOMER = 10
PAGE = 500
ACTIONS = ("auto_renew.enabled", "auto_renew.changed", "card.check_passed", "charge.succeeded", "email.sent")


def build(url: str, entries: int) -> None:
    build_domains(
        url, SERVICES, lambda i: date(2027, 1, 1) + timedelta(days=i % 365), per_customer=PER_CUSTOMER
    )
    ctx = build_context(url, secrets=NoSecrets())
    customers = SERVICES // PER_CUSTOMER
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with ctx.db.transaction() as session:
        session.execute(
            insert(Contact),
            [
                {"id": i, "customer_id": i, "ref": "b1", "name": f"Contact {i}", "company": f"Company {i}"}
                for i in range(1, customers + 1)
            ],
        )
        for first in range(0, entries, 20_000):
            rows: list[dict[str, Any]] = []
            for n in range(first, min(first + 20_000, entries)):
                service = n % SERVICES + 1
                customer = (service - 1) // PER_CUSTOMER + 1
                action = ACTIONS[n % len(ACTIONS)]
                before = {"enabled": True, "card_id": customer, "billing_contact_id": None, "installments": 1}
                after = {
                    "enabled": True,
                    "card_id": customer,
                    "billing_contact_id": customer,
                    "installments": 3,
                }
                rows.append(
                    {
                        "at": start + timedelta(minutes=n),
                        "actor": "system:scheduler" if n % 3 else f"staff{n % 7}",
                        "action": action,
                        "entity": "service",
                        "entity_id": str(service),
                        "customer_id": customer,
                        "before": before if action.startswith("auto_renew") else None,
                        "after": after
                        if action.startswith("auto_renew")
                        else {"service": f"site-{service}.com"},
                    }
                )
            session.execute(insert(AuditEntry), rows)
        # A tenth of the services are deleted since: their entries must still read.
        session.execute(delete(Service).where(Service.id % 10 == 0))
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    ctx.close()


def timed(label: str, repeat: int, work: Callable[[], AuditPage], ctx: AppContext) -> AuditPage:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    times, page = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        page = work()
        times.append(time.perf_counter() - started)
    event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert page is not None
    per_load = len(statements) // repeat
    print(
        f"{label}: {len(page.rows)} rows, median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms, {per_load} statements a load"
    )
    return page


def words_figures(page: AuditPage, repeat: int) -> None:
    """What the worker thread does with a page before the window shows it, in English and Hebrew."""
    from desktop.ui.admin.audit_model import keyed_rows
    from desktop.ui.application import application, install_language

    app = application()
    for language in ("en", "he"):
        install_language(app, language)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            keyed_rows(page.rows)
            times.append(time.perf_counter() - started)
        print(f"words of a page ({language}): median {statistics.median(times) * 1000:.0f} ms")
    install_language(app, "en")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'audit.sqlite3'}"
        started = time.perf_counter()
        build(url, options.entries)
        print(
            f"built {options.entries} entries on {SERVICES} services: {time.perf_counter() - started:.0f} s"
        )
        ctx = build_context(url, secrets=NoSecrets())
        admin = Actor("bench", Role.ADMIN)
        everything = AuditFilter()
        newest = timed("newest page", options.repeat, lambda: browse_audit(ctx, admin, everything, PAGE), ctx)
        middle = newest.rows[0].id // 2
        timed(
            "a page in the middle",
            options.repeat,
            lambda: browse_audit(ctx, admin, everything, PAGE, middle),
            ctx,
        )
        timed(
            "a customer's page",
            options.repeat,
            lambda: browse_audit(ctx, admin, AuditFilter(customer="Customer 1234"), PAGE),
            ctx,
        )
        timed(
            "an action's page",
            options.repeat,
            lambda: browse_audit(ctx, admin, AuditFilter(action="auto_renew."), PAGE),
            ctx,
        )
        since = newest.rows[20].id
        timed(
            "written since the newest shown",
            options.repeat,
            lambda: browse_audit(ctx, admin, everything, PAGE, None, since),
            ctx,
        )
        words_figures(newest, options.repeat)
        ctx.close()


if __name__ == "__main__":
    main()
