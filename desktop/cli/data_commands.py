"""`import FILE`, `export [--out FILE]` and `demo`: the renewdesk/1 format in and out, and demo data
loaded through the same import (SPEC section 3)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.app.export_files import checked_target, whole_file
from desktop.app.identity import headless_actor
from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.export import export_chunks
from desktop.app.interchange.load import ImportSummary, import_document
from desktop.app.interchange.problems import ImportRefused, Problem
from desktop.bootstrap import AppContext
from desktop.core.command_bounds import MAX_IMPORT_BYTES


def _summary(summary: ImportSummary) -> str:
    return (
        f"imported {summary.customers} customers, {summary.contacts} contacts, {summary.cards} cards, "
        f"{summary.services} services, {summary.orders} orders, {summary.prices} prices"
    )


def _read_import_file(name: str) -> bytes:
    """One byte more than an import may have, at most: /dev/zero or a runaway pipe would otherwise
    fill the memory."""
    if name == "-":
        return sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1)
    with open(name, "rb") as stream:
        return stream.read(MAX_IMPORT_BYTES + 1)


def import_file(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "import")
    source = "-" if args.file == "-" else str(Path(args.file))
    try:
        raw = _read_import_file(args.file)
    except OSError as exc:
        print(f"renewdesk: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused([Problem("$", "file_too_large", {"most": MAX_IMPORT_BYTES})])
    print(_summary(import_document(ctx, actor, raw, source)))
    return 0


def export(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "export")
    if args.out:
        # A cut-off export never stands in for a whole one, and a refused one leaves no file.
        with whole_file(checked_target(args.out)) as partial, partial.open("w", encoding="utf-8") as handle:
            for chunk in export_chunks(ctx, actor):
                handle.write(chunk)
        return 0
    for chunk in export_chunks(ctx, actor):
        sys.stdout.write(chunk)
    return 0


def demo(ctx: AppContext, args: argparse.Namespace) -> int:
    summary = load_demo(
        ctx,
        headless_actor(ctx, "demo"),
        customers=args.customers,
        services_per_customer=args.services_per_customer,
        seed=args.seed,
    )
    print(_summary(summary).replace("imported", "demo data:", 1))
    return 0
