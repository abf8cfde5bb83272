"""R45: a database that is not RenewDesk's, is damaged, or has a newer schema is refused before it is
migrated or read, with a message saying which (exit 1 on the command line), and is left as it was.
Before, a foreign SQLite file was migrated over and answered `upcoming` with an empty table and exit
0, and a damaged one answered with the rows SQLite happened to reach."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.app.actor import Actor, Role
from desktop.app.interchange.demo import load_demo
from desktop.bootstrap import build_context
from desktop.secrets import KeyringSecretStore
from desktop.store.recognition import DatabaseRefused
from tests.conftest import Cli

# An admin may load demo data; what is tested here is refused before any role matters.
TEST_ADMIN = Actor("test-admin", Role.ADMIN)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(url: str) -> None:
    build_context(url, secrets=KeyringSecretStore()).close()


def _sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


@pytest.fixture
def demo_file(sqlite_url: str) -> Path:
    """A RenewDesk SQLite file with a few hundred rows, closed."""
    ctx = build_context(sqlite_url, secrets=KeyringSecretStore(), sandbox_seed=3)
    try:
        load_demo(ctx, TEST_ADMIN, customers=40, services_per_customer=3)
    finally:
        ctx.close()
    return _sqlite_path(sqlite_url)


def _damage_table(path: Path, table: str) -> None:
    """Overwrites the first byte (the b-tree page type) of a table's root page, as a torn write or a
    bad sector would leave it."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x42" * 64)


def _refused(url: str, *phrases: str) -> str:
    with pytest.raises(DatabaseRefused) as refused:
        _open(url)
    message = str(refused.value)
    for phrase in phrases:
        assert phrase in message
    return message


def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    before = _digest(path)
    _refused(f"sqlite:///{path}", "is not a RenewDesk database", "notes", "nothing was changed")
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists(), "the file was switched to WAL mode: it was changed"


def test_a_foreign_program_using_alembic_is_not_taken_for_a_newer_renewdesk(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('abc123')")
        connection.execute("CREATE TABLE invoices_of_someone_else (id INTEGER)")
    _refused(f"sqlite:///{path}", "is not a RenewDesk database")


@pytest.mark.parametrize(
    "content",
    [b"not a database at all\n" * 50, bytes(range(256)) * 40, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "random bytes", "a forged header"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "renewdesk.sqlite3"
    path.write_bytes(content)
    _refused(f"sqlite:///{path}", "is not a SQLite database or is damaged", "nothing was")
    assert path.read_bytes() == content


def test_a_damaged_database_is_refused_not_answered_with_what_could_be_read(demo_file: Path) -> None:
    _damage_table(demo_file, "customers")
    before = _digest(demo_file)
    message = _refused(f"sqlite:///{demo_file}", "damaged", "restore it from a backup")
    assert _digest(demo_file) == before
    assert "Dana" not in message


def test_a_truncated_database_is_refused(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 2])
    _refused(f"sqlite:///{demo_file}", "nothing was")


def test_a_schema_newer_than_the_program_is_refused_never_migrated(db_url: str) -> None:
    _open(db_url)  # a RenewDesk database at this program's head
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
        _refused(db_url, "newer schema", "0099_from_the_future", "update RenewDesk")
        with engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == "0099_from_the_future"
    finally:
        engine.dispose()


def test_a_database_of_another_program_is_refused_on_either_backend(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE wiki_pages (id INTEGER PRIMARY KEY, title VARCHAR(50))"))
        _refused(db_url, "is not a RenewDesk database", "wiki_pages")
        with engine.connect() as connection:
            tables = connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    if db_url.startswith("sqlite")
                    else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                )
            ).scalars()
            assert set(tables) == {"wiki_pages"}, "the migrations ran over it"
    finally:
        engine.dispose()


def test_an_empty_file_and_a_missing_one_are_set_up_as_new(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    _open(f"sqlite:///{empty}")
    _open(f"sqlite:///{tmp_path / 'new' / 'renewdesk.sqlite3'}")
    for path in (empty, tmp_path / "new" / "renewdesk.sqlite3"):
        with sqlite3.connect(path) as connection:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"customers", "services", "alembic_version"} <= names


def test_the_command_line_says_so_with_exit_1_and_prints_no_table(sqlite_cli: Cli) -> None:
    path = _sqlite_path(sqlite_cli.db)
    load = sqlite_cli("demo", "--customers", "30")
    assert load.returncode == 0, load.stderr
    _damage_table(path, "customers")
    for args in (["upcoming"], ["upcoming", "--format", "json"], ["export"], ["due-run", "--json"]):
        result = sqlite_cli(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert "is damaged" in result.stderr


def test_the_command_line_refuses_a_foreign_file_with_exit_1(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    before = _digest(path)
    result = Cli(db=f"sqlite:///{path}", keyring_file=sqlite_cli.keyring_file)("upcoming")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "is not a RenewDesk database" in result.stderr and "Traceback" not in result.stderr
    assert _digest(path) == before
