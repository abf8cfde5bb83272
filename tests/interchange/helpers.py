"""Shared pieces of the import/export tests: the SPEC example, a database snapshot, raw bytes."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from sqlalchemy import func, select

from desktop.app.interchange.export import export_chunks
from desktop.bootstrap import AppContext
from desktop.gateway.sandbox import ledger
from desktop.store.models import AuditEntry, every_table
from tests.conftest import ROOT
from tests.support.actors import TEST_ADMIN

SPEC_EXAMPLE = ROOT / "tests/support/spec_example.json"


@cache
def _spec_text() -> str:
    return SPEC_EXAMPLE.read_text(encoding="utf-8")


def spec_document() -> dict[str, Any]:
    """A fresh deep copy of the SPEC's example document, to mutate freely."""
    document: dict[str, Any] = json.loads(_spec_text())
    return copy.deepcopy(document)


def spec_bytes() -> bytes:
    return SPEC_EXAMPLE.read_bytes()


def fresh_document() -> dict[str, Any]:
    """The SPEC example with another customer ref, other names and other domains, so that it imports
    cleanly into a database that already holds the SPEC example itself."""
    document = spec_document()
    customer = document["customers"][0]
    customer.update(ref="cust-2", name="Noa Cohen", email="noa@example.com")
    customer["services"][0]["name"] = "cohen.co.il"
    customer["services"][1]["name"] = "cohen-site"
    return document


def extra_customer(index: int) -> dict[str, Any]:
    """Another valid customer of the SPEC example's shape, with its own ref and domain."""
    customer: dict[str, Any] = copy.deepcopy(fresh_document()["customers"][0])
    customer.update(ref=f"cust-extra-{index}", name=f"Extra Customer {index}", email=f"x{index}@example.com")
    customer["services"][0]["name"] = f"extra{index}.co.il"
    customer["services"][1]["name"] = f"extra-site-{index}"
    return customer


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def export_text(ctx: AppContext) -> str:
    return "".join(export_chunks(ctx, TEST_ADMIN))


def table_rows(ctx: AppContext) -> dict[str, list[str]]:
    """Every row of every table of the program (and of the sandbox gateway's ledger), as text."""
    tables = [*every_table().sorted_tables, ledger]
    rows: dict[str, list[str]] = {}
    with ctx.db.reading() as session:
        for table in tables:
            rows[table.name] = sorted(repr(tuple(row)) for row in session.execute(select(table)))
    return rows


def row_counts(ctx: AppContext) -> dict[str, int]:
    return {name: len(rows) for name, rows in table_rows(ctx).items()}


def audit_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def snapshot(ctx: AppContext) -> dict[str, Any]:
    """What must not change when an import is refused: the export, every row, the audit log."""
    return {
        "export": export_text(ctx),
        "rows": table_rows(ctx),
        "counts": row_counts(ctx),
        "audit": audit_count(ctx),
    }
