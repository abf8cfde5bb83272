"""Follow-up list speed (R41, issue 12), figures printed, never a timed test: on 1,000,000 services whose
expiries are spread over a year and whose cards expire over five years (so about one active auto-renew
in ten has a card that expires before its next charge), with 2 % of auto-renews stopped, charges left
to staff, e-mails given up and open proformas past their validity. Target (floor): the list call (its
first page of 200 rows, most urgent first, with the exact count of every kind) and the count on the
main window's Follow-up action each under 1 s.

    .venv/bin/python bench/followup.py [--services 1000000] [--db FILE.sqlite3 (kept, built once)]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, update  # noqa: E402

from bench.common import NoSecrets, build_domains  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.followup import followup_count, followup_list  # noqa: E402
from desktop.bootstrap import build_context  # noqa: E402
from desktop.core.codes import CycleStatus, MailState, ProformaStatus, StopReason  # noqa: E402
from desktop.store.models import AutoRenew, Cycle, OutboxMessage, Proforma, ProformaLine  # noqa: E402

TODAY = date(2027, 1, 1)
FLOOR = 1.0  # seconds: the target of issue 12
PER_CUSTOMER = 10
T = TypeVar("T")


def _expiry(i: int) -> date:
    return TODAY + timedelta(days=i % 365)


def build(url: str, services: int) -> None:
    build_domains(
        url,
        services,
        _expiry,
        per_customer=PER_CUSTOMER,
        card_expiry=lambda i: (1 + i % 12, 2027 + i % 5),
    )
    ctx = build_context(url, secrets=NoSecrets())
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with ctx.db.transaction() as session:
        # 2 % stopped (a failed card check), every 50th service.
        session.execute(
            update(AutoRenew)
            .where(AutoRenew.service_id % 50 == 0)
            .values(enabled=False, stop_reason=StopReason.CARD_VERIFICATION_DECLINED.value, stopped_at=now)
        )
        # 0.2 % left to staff by the due checks.
        attention = [
            {
                "service_id": i,
                "charge_on": _expiry(i),
                "expires_on": _expiry(i),
                "status": CycleStatus.NEEDS_ATTENTION.value,
                "reason": "charge_date_passed",
                "created_at": now,
                "updated_at": now,
            }
            for i in range(7, services + 1, 500)
        ]
        session.execute(insert(Cycle), attention)
        # 1,000 e-mails given up among 50,000 sent.
        session.execute(
            insert(OutboxMessage),
            [
                {
                    "dedupe_key": f"bench:{i}",
                    "kind": "precharge_notice",
                    "customer_id": (i - 1) // PER_CUSTOMER + 1,
                    "service_id": i,
                    "language": "en",
                    "to_address": "c@example.com",
                    "context": {},
                    "status": (MailState.GIVEN_UP if i % 50 == 1 else MailState.SENT).value,
                    "attempts": 1,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for i in range(1, min(services, 50_000) + 1)
            ],
        )
        # 2,000 open proformas, half of them past their validity, two lines each.
        proformas = min(2_000, services // 2)
        session.execute(
            insert(Proforma),
            [
                {
                    "id": p,
                    "number": p,
                    "customer_id": p,
                    "bill_to_name": f"Customer {p}",
                    "currency": "USD",
                    "total_minor": 3000,
                    "status": ProformaStatus.OPEN.value,
                    "issued_at": now,
                    "issued_by": "bench",
                    "valid_until": TODAY - timedelta(days=1 + p % 2 * 60),
                }
                for p in range(1, proformas + 1)
            ],
        )
        session.execute(
            insert(ProformaLine),
            [
                {
                    "proforma_id": p,
                    "service_id": (p - 1) * PER_CUSTOMER + 1 + line,
                    "description": "renewal",
                    "period_months": 12,
                    "amount_minor": 1500,
                }
                for p in range(1, proformas + 1)
                for line in range(2)
            ],
        )
    # No ANALYZE: a database the program makes and imports into has no statistics, and the list must be
    # fast without them.
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=1_000_000)
    parser.add_argument("--db", help="a SQLite file kept between runs (built when missing)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(options.db) if options.db else Path(folder) / "followup.sqlite3"
        url = f"sqlite:///{path}"
        if not path.exists():
            started = time.perf_counter()
            build(url, options.services)
            print(f"built {options.services} services: {time.perf_counter() - started:.0f} s")
        ctx = build_context(url, secrets=NoSecrets())
        sales = Actor("bench", Role.SALES)
        followup_list(ctx, sales, TODAY)  # the first reading warms the file cache
        found, listed = best_of(3, lambda: followup_list(ctx, sales, TODAY))
        total, counted = best_of(3, lambda: followup_count(ctx, sales, TODAY))
        if total != found.total:
            raise SystemExit(f"the count {total} is not the list's total {found.total}")
        after, paged = best_of(3, lambda: followup_list(ctx, sales, TODAY, after=found.rows[-1]))
        counts = ", ".join(f"{kind.value} {count}" for kind, count in sorted(found.counts.items()))
        print(f"rows: {found.total} ({counts})")
        floor = f"(floor: under {FLOOR:.0f} s)"
        print(f"follow-up list, first {len(found.rows)} of {found.total}: {listed:.2f} s {floor}")
        print(f"the next {len(after.rows)}: {paged:.2f} s {floor}")
        print(f"the count on the Follow-up action, {total}: {counted:.2f} s {floor}")
        slow = [figure for figure in (listed, paged, counted) if figure >= FLOOR]
        ctx.close()
        if slow:
            raise SystemExit("slower than the floor")


def best_of(times: int, work: Callable[[], T]) -> tuple[T, float]:
    """What `work` gives and its best time of `times` runs (seconds)."""
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        result = work()
        timings.append(time.perf_counter() - started)
    return result, min(timings)


if __name__ == "__main__":
    main()
