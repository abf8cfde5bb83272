"""Prepares a database and a keyring file the way a working installation has them, for tests that
run `python main.py` in a child process: a first admin linked to the login running the tests (R35),
and, when asked, the database's link-signing key in the keyring file the child reads (R33). Done in
this process, through the use cases, which is much cheaper than running commands for it."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.app.actor import Actor, Role
from desktop.app.identity import os_login
from desktop.app.signing_key import init_signing_key
from desktop.app.staff import create_first_admin_for_login
from desktop.bootstrap import build_context
from desktop.secrets import SERVICE

CLI_ADMIN = "cli-admin"
CLI_PASSWORD = "cli-admin-password"


class FileSecretStore:
    """The secret store of a child process whose keyring is tests.support.keyrings.TestFileKeyring."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get(self, key: str) -> str | None:
        return self._load().get(f"{SERVICE}/{key}")

    def set(self, key: str, value: str) -> None:
        values = self._load()
        values[f"{SERVICE}/{key}"] = value
        self.path.write_text(json.dumps(values))


def cli_actor() -> str:
    """Who the audit log shows for the prepared admin's commands."""
    return Actor(CLI_ADMIN, Role.ADMIN, login=os_login()).label


def prepare(db_url: str, keyring_file: Path, *, signing_key: bool = False) -> None:
    ctx = build_context(db_url, secrets=FileSecretStore(keyring_file))
    try:
        create_first_admin_for_login(ctx, os_login(), CLI_ADMIN, CLI_PASSWORD)
        if signing_key:
            init_signing_key(ctx, Actor(CLI_ADMIN, Role.ADMIN, login=os_login()))
    finally:
        ctx.close()
