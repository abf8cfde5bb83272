"""R45 with a start that costs the same whatever the file's size (issue 13): every start looks at a
SQLite file cheaply (its length against its pages, each table's first page); damage deeper in a table
is met by the query that reads it, which fails loudly, never answering with the rows it could reach;
SQLite's whole-file check (before a migration, and for doctor) finds it too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DatabaseError

from desktop.app.actor import Actor, Role
from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.export import export_chunks
from desktop.bootstrap import build_context
from desktop.secrets import KeyringSecretStore
from desktop.store import recognition
from desktop.store.recognition import DatabaseRefused

TEST_ADMIN = Actor("test-admin", Role.ADMIN)


def _demo_file(path: Path) -> Path:
    """A SQLite file with demo data over more than one page of each big table."""
    ctx = build_context(f"sqlite:///{path}", secrets=KeyringSecretStore(), sandbox_seed=3)
    try:
        load_demo(ctx, TEST_ADMIN, customers=60, services_per_customer=4)
    finally:
        ctx.close()
    return path


def _damage_a_leaf_of(path: Path, table: str) -> None:
    """Overwrites the header of one of the table's leaf pages that is not its root page."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        leaves = [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            )
            if page != root
        ]
    assert leaves, f"{table} fits on one page: the test needs more rows"
    with path.open("r+b") as handle:
        handle.seek((leaves[-1] - 1) * page_size)
        handle.write(b"\x42" * 64)


def test_damage_past_a_table_s_first_page_fails_the_query_that_reads_it(tmp_path: Path) -> None:
    path = _demo_file(tmp_path / "deep.sqlite3")
    url = f"sqlite:///{path}"
    _damage_a_leaf_of(path, "services")

    ctx = build_context(url, secrets=KeyringSecretStore())  # the every-start look passes
    try:
        with pytest.raises(DatabaseError, match="malformed"):
            "".join(export_chunks(ctx, TEST_ADMIN))
    finally:
        ctx.close()

    engine = create_engine(url)
    try:
        with pytest.raises(DatabaseRefused, match="damaged"):
            recognition.check_whole(engine)
    finally:
        engine.dispose()


def test_a_file_shorter_than_its_pages_is_refused_at_start(tmp_path: Path) -> None:
    """Cut off at a page boundary past every table's first page."""
    path = _demo_file(tmp_path / "cut.sqlite3")
    url = f"sqlite:///{path}"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            row[0] for row in connection.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 0")
        ]
    pages = path.stat().st_size // page_size
    assert max(roots) < pages
    with path.open("r+b") as handle:
        handle.truncate((pages - 1) * page_size)
    with pytest.raises(DatabaseRefused, match=r"damaged.*nothing was"):
        build_context(url, secrets=KeyringSecretStore())
