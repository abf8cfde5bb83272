"""This workstation's remembered connection and name (R43), kept in the user's configuration folder
as a small JSON file: where the data is (a database URL, never with its password: that is in the
keyring as db.password) and the workstation's name (default: the host's name), used in the window
title, as lease and run owner and in the audit log.

Read at every start before anything heavy is loaded, so plain json and no third-party import."""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop import this_computer

FILE_NAME = "workstation.json"
MAX_NAME = 40


class WorkstationFileError(ValueError):
    """The remembered file cannot be read or written; the message names the file and what is wrong."""


def file_path() -> Path:
    return this_computer.config_dir() / FILE_NAME


@dataclass(frozen=True)
class Remembered:
    """What a workstation remembers. `url` has no password; None means none chosen yet."""

    url: str | None
    name: str | None = None

    @property
    def workstation(self) -> str:
        return self.name or default_name()


def default_name() -> str:
    host = this_computer.host_name()
    return host if name_problem(host) is None else host_safe(host)


def host_safe(text: str) -> str:
    kept = "".join(ch for ch in text if ch.isprintable() and ch not in ":@").strip()
    return kept[:MAX_NAME] or "workstation"


def name_problem(name: str) -> str | None:
    """Why `name` cannot be a workstation's name, or None. The name goes into lease owners
    (`host:pid:token:name`) and the audit log, so no colon, no control or invisible character."""
    if not name.strip():
        return "the workstation name is empty"
    if name != name.strip():
        return "the workstation name starts or ends with spaces"
    if len(name) > MAX_NAME:
        return f"the workstation name is longer than {MAX_NAME} characters"
    for ch in name:
        if ch == ":":
            return "the workstation name contains a colon (:)"
        if not ch.isprintable() or unicodedata.category(ch) in ("Cf", "Zl", "Zp"):
            return f"the workstation name contains an invisible character (U+{ord(ch):04X})"
    return None


def load(path: Path | None = None) -> Remembered:
    """The remembered choice; Remembered(None) when nothing was ever chosen on this workstation."""
    where = path or file_path()
    try:
        raw = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Remembered(None)
    except OSError as exc:
        raise WorkstationFileError(f"cannot read {where}: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise WorkstationFileError(
            f"{where} is not a RenewDesk workstation file (not JSON); choose the connection again "
            "(`workstation connect URL` or the window's first start)"
        ) from None
    url = data.get("url") if isinstance(data, dict) else None
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(url, str | None) or not isinstance(name, str | None):
        raise WorkstationFileError(f"{where} is not a RenewDesk workstation file (unexpected content)")
    if name is not None and name_problem(name) is not None:
        raise WorkstationFileError(f"{where}: {name_problem(name)}")
    return Remembered(url or None, name or None)


def save(remembered: Remembered, path: Path | None = None) -> Path:
    """Writes the file whole (a temporary file renamed over it), readable by the user only."""
    where = path or file_path()
    if remembered.name is not None and (problem := name_problem(remembered.name)) is not None:
        raise WorkstationFileError(problem)
    body = json.dumps({"url": remembered.url, "name": remembered.name}, ensure_ascii=False, indent=1)
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".workstation-", dir=where.parent)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(body + "\n")
        os.replace(temporary, where)
    except OSError as exc:
        raise WorkstationFileError(f"cannot write {where}: {exc.strerror}") from None
    return where
