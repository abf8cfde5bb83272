"""The schema versions of this program, written out from its migrations by
`python -m desktop.store.schema_revisions_writer` (after adding a migration: tests/cli/test_quick_start.py
fails until it is run). Every start compares a database's version with these without loading Alembic,
which is imported only when a migration is due."""

HEAD = "0007"
KNOWN = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
