"""A command loads only what it uses (issue 13): `--help`, a refused argument and every command's own
`--help` are answered without the database layer, the settings model or Qt; every registered handler
is where its entry says; a run on a database at the newest schema does not load Alembic; and the
schema versions written out for that (desktop/store/schema_revisions.py) are Alembic's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.areas import lazy_entries
from desktop.store import migrate, schema_revisions, schema_revisions_writer

ROOT = Path(__file__).resolve().parents[2]
# What a command that needs no database must never load: each costs tenths of a second.
HEAVY = ("sqlalchemy", "alembic", "pydantic", "PySide6", "argon2", "jinja2", "keyring", "desktop.bootstrap")


def _loaded(*arguments: str, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """The exit code of `python main.py ARGUMENTS` in a new interpreter, and every module it imported
    (python -X importtime names each on standard error)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(ROOT / "main.py"), *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env or dict(os.environ),
        timeout=60,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert modules, done.stderr[-500:]
    return done.returncode, modules


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if any(name == h or name.startswith(h + ".") for h in HEAVY))


def test_help_loads_nothing_heavy() -> None:
    code, modules = _loaded("--help")
    assert code == 0
    assert _heavy(modules) == []
    assert "desktop.cli.parser" in modules  # the listing really was read


@pytest.mark.parametrize(
    "arguments",
    [
        ["demo", "--customers", "0"],
        ["due-run", "--no-such-option"],
        ["outbox", "list", "--state", "lost"],
        ["--today", "2024-02-30", "upcoming"],
        ["no-such-command"],
    ],
    ids=["out of range", "unknown option", "unknown choice", "impossible day", "unknown command"],
)
def test_a_refused_argument_loads_nothing_heavy(arguments: list[str]) -> None:
    code, modules = _loaded(*arguments)
    assert code == 2
    assert _heavy(modules) == []


def test_every_command_s_own_help_loads_nothing_heavy() -> None:
    """One interpreter asks every command for its `--help` (argparse exits after printing it)."""
    program = (
        "import sys\n"
        "from desktop.cli.parser import build_parser\n"
        "from desktop.cli.areas import lazy_entries\n"
        "for name in lazy_entries():\n"
        "    try:\n"
        "        build_parser().parse_args([name, '--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    modules = set(done.stdout.splitlines()[-1].split())
    assert _heavy(modules) == []
    assert "desktop.cli.document_arguments" in modules


def test_every_entry_names_a_handler_that_exists() -> None:
    entries = lazy_entries()
    assert {"due-run", "customer", "proforma", "import", "config", "screenshot"} <= entries.keys()
    for name, entry in entries.items():
        assert callable(entry.handler()), name


def test_a_run_on_a_database_at_the_newest_schema_does_not_load_alembic(tmp_path: Path) -> None:
    database = tmp_path / "quick.sqlite3"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    first, loaded_first = _loaded("--db", str(database), "due-run", env=env)
    assert first == 0
    assert "alembic" in loaded_first  # a new database: the migrations ran
    again, loaded_again = _loaded("--db", str(database), "due-run", env=env)
    assert again == 0
    # Nothing to migrate, to e-mail (no template rendered), no secret asked, no password, no window.
    unused = {"alembic", "jinja2", "keyring", "argon2", "PySide6"}
    assert not [name for name in loaded_again if name.split(".")[0] in unused]
    # A quiet day (issue 13): no address checked, no amount shown, an empty outbox found with one
    # query instead of loading the sender (SMTP, signed links).
    quiet_day_unused = {"email_validator", "idna", "babel", "smtplib"}
    assert not [name for name in loaded_again if name.split(".")[0] in quiet_day_unused]
    assert not [
        name for name in loaded_again if name.startswith(("desktop.mail", "desktop.jobs.outbox_sender"))
    ]
    # The settings are checked by the program's own rules (desktop/settings.py): no validation library
    # (pydantic cost every start ~60 ms; the import's file schema still uses it).
    assert not [
        name
        for name in loaded_again
        if name.split(".")[0] in {"pydantic", "pydantic_core", "annotated_types"}
    ]
    # Nothing charged, nothing invoiced: the billing documents' models are neither loaded nor
    # configured (desktop/store/models/__init__.py loads them when first named).
    assert "desktop.store.models.billing" not in loaded_again
    # PostgreSQL's part of SQLAlchemy only for a PostgreSQL database.
    assert not [name for name in loaded_again if name.startswith("sqlalchemy.dialects.postgresql")]


def test_the_written_schema_versions_are_alembic_s() -> None:
    """After adding a migration: `.venv/bin/python -m desktop.store.schema_revisions_writer`."""
    scripts = migrate.alembic_scripts()
    assert scripts.get_current_head() == schema_revisions.HEAD
    assert set(schema_revisions.KNOWN) == {script.revision for script in scripts.walk_revisions()}
    assert schema_revisions_writer.TARGET.read_text(encoding="utf-8") == schema_revisions_writer.text()


def test_the_billing_models_are_there_when_named_and_in_every_table() -> None:
    """Loaded when first named, the billing models are the same classes and tables as ever."""
    program = (
        "import sys\n"
        "from desktop.store import models\n"
        "before = 'desktop.store.models.billing' in sys.modules\n"
        "tables = set(models.every_table().tables)\n"
        "from desktop.store.models import Invoice, Proforma\n"
        "from desktop.store.models.billing import Invoice as Declared\n"
        "print(before, Invoice is Declared, Proforma.__tablename__, len(tables))\n"
        "print(' '.join(sorted(tables)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    facts, tables = done.stdout.splitlines()
    before, same, proformas, count = facts.split()
    assert (before, same, proformas) == ("False", "True", "proformas")
    assert {"proformas", "invoices", "invoice_lines", "payments", "customers", "cycles"} <= set(
        tables.split()
    )
    assert int(count) == len(tables.split())
