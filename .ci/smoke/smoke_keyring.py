"""A keyring for .ci/smoke-test only: the secrets in a JSON file of the test's temporary folder
($SMOKE_KEYRING_FILE), so that the separate commands of the test share them on a machine with no
Secret Service. Never for real use: RenewDesk keeps secrets only in the system's keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class SmokeFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["SMOKE_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            kept: dict[str, str] = json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return kept

    def _save(self, kept: dict[str, str]) -> None:
        self._path().write_text(json.dumps(kept), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._load()
        kept[f"{service}\n{username}"] = password
        self._save(kept)

    def delete_password(self, service: str, username: str) -> None:
        kept = self._load()
        if kept.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(kept)
