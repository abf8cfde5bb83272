"""Writes desktop/store/schema_revisions.py from the migrations as Alembic reads them:

.venv/bin/python -m desktop.store.schema_revisions_writer"""

from __future__ import annotations

from pathlib import Path

from desktop.store import migrate

TARGET = Path(__file__).with_name("schema_revisions.py")


def text() -> str:
    """The module's text for the migrations in the folder now."""
    scripts = migrate.alembic_scripts()
    known = sorted(script.revision for script in scripts.walk_revisions())
    head = scripts.get_current_head()
    header = TARGET.read_text(encoding="utf-8").split("\n\nHEAD = ", 1)[0]
    data = f"HEAD = {head!r}\nKNOWN = {tuple(known)!r}\n".replace("'", '"')
    return f"{header}\n\n{data}"


def main() -> None:
    TARGET.write_text(text(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
