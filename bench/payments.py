"""Payments speed (issue 12, R39/R40), figures printed, never a timed test: 1,000 customers with two
domains each; a proforma issued for each customer's two domains, then 1,000 payments recorded one after
the other as staff would (each its own transaction: the proforma paid, its invoice numbered from the
gap-free sequence, two services renewed, orders, cycles followed, audit), part by transfer and part by
a saved card charged through the sandbox gateway (the attempt committed before the call). Prints the
time of the issues and of the payments, per payment, and checks the invoice numbers have no gap.

    .venv/bin/python bench/payments.py [--payments 1000] [--card-every 4] [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.common import NoSecrets, build_domains  # noqa: E402
from desktop.app.actor import Actor, Role  # noqa: E402
from desktop.app.payments import PaymentRequest, record_payment  # noqa: E402
from desktop.app.proformas import issue_proformas  # noqa: E402
from desktop.bootstrap import build_context  # noqa: E402
from desktop.core.codes import PaymentMethod  # noqa: E402
from desktop.store.models import Invoice  # noqa: E402

PER_CUSTOMER = 2
SALES = Actor("bench", Role.SALES)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--payments", type=int, default=1000)
    parser.add_argument("--card-every", type=int, default=4, help="every Nth payment charges the saved card")
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'payments.db'}"
        started = time.perf_counter()
        build_domains(
            url,
            args.payments * PER_CUSTOMER,
            lambda i: date(2027, 6, 1) + timedelta(days=i % 200),
            per_customer=PER_CUSTOMER,
        )
        print(
            f"built {args.payments} customers, {args.payments * PER_CUSTOMER} domains: "
            f"{time.perf_counter() - started:.1f} s"
        )
        ctx = build_context(url, secrets=NoSecrets())
        try:
            started = time.perf_counter()
            numbers = [
                issue_proformas(ctx, SALES, customer)[0].number for customer in range(1, args.payments + 1)
            ]
            issued = time.perf_counter() - started
            print(
                f"issued {len(numbers)} proformas: {issued:.1f} s "
                f"({issued / len(numbers) * 1000:.1f} ms each)"
            )

            each: list[float] = []
            started = time.perf_counter()
            for index, number in enumerate(numbers):
                by_card = args.card_every > 0 and index % args.card_every == 0
                request = (
                    PaymentRequest(PaymentMethod.CARD, card_id=index + 1)
                    if by_card
                    else PaymentRequest(PaymentMethod.TRANSFER, reference=f"BANK-{index}")
                )
                one = time.perf_counter()
                record_payment(ctx, SALES, number, request)
                each.append(time.perf_counter() - one)
            paid = time.perf_counter() - started
            cards = sum(
                1 for index in range(len(numbers)) if args.card_every and index % args.card_every == 0
            )
            print(
                f"recorded {len(numbers)} payments ({cards} by card) and issued their invoices: "
                f"{paid:.1f} s, {len(numbers) / paid:.0f} a second; per payment median "
                f"{statistics.median(each) * 1000:.1f} ms, "
                f"95th percentile {sorted(each)[int(len(each) * 0.95)] * 1000:.1f} ms"
            )
            with ctx.db.reading() as session:
                invoices = sorted(session.scalars(select(Invoice.number)))
            assert invoices == list(range(invoices[0], invoices[0] + len(numbers))), "a gap or a duplicate"
            print(f"invoice numbers {invoices[0]}-{invoices[-1]}: no gap, no duplicate")
        finally:
            ctx.close()


if __name__ == "__main__":
    main()
