"""`upcoming [--days N] [--format table|csv|json|xlsx] [--out FILE]`: the automatic charges that will
be attempted, with their risks (the finance forecast)."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys

from desktop.app import finance_export
from desktop.app.export_files import checked_target, whole_file
from desktop.app.finance import upcoming_charges
from desktop.app.identity import headless_actor
from desktop.bootstrap import AppContext
from desktop.cli.tables import print_table

_COLUMNS = (
    "charge_date",
    "customer",
    "service",
    "amount",
    "currency",
    "installments",
    "card_last4",
    "card_expiry",
    "billing_contact",
    "risks",
)


def upcoming(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.format == "xlsx" and not args.out:
        print("renewdesk: --format xlsx writes a file: give it with --out FILE.xlsx", file=sys.stderr)
        return 2
    target = checked_target(args.out) if args.out else None  # refused before the work, not after
    forecast = upcoming_charges(ctx, headless_actor(ctx, "upcoming"), ctx.today(), args.days)
    if args.format == "xlsx":
        assert target is not None
        with whole_file(target) as partial:
            finance_export.write_xlsx(forecast, str(partial))
        return 0
    if args.format == "json":
        text = json.dumps(finance_export.as_json(forecast), ensure_ascii=False, indent=1) + "\n"
    elif args.format == "csv":
        buffer = io.StringIO()
        finance_export.write_csv(forecast, buffer)
        text = buffer.getvalue()
    else:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            rows = [
                {**record, "risks": ",".join(record["risks"])} for record in finance_export.records(forecast)
            ]
            print_table(rows, _COLUMNS)
            for total in finance_export.totals(forecast):
                print(f"{total['date']}  {total['currency']}  {total['amount']}  at risk {total['at_risk']}")
        text = buffer.getvalue()
    if target is not None:
        # UTF-8 with a BOM for CSV, so that spreadsheet programs read Hebrew names right.
        with whole_file(target) as partial:
            partial.write_text(text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
    else:
        sys.stdout.write(text)
    return 0
