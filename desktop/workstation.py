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
from enum import StrEnum
from pathlib import Path

from desktop import this_computer

FILE_NAME = "workstation.json"
MAX_NAME = 40


class WorkstationFileError(ValueError):
    """The remembered file cannot be read or written; the message names the file and what is wrong.
    `readable`: what could be read all the same (a valid URL beside a name that cannot be one), so
    that the window can show it rather than start from nothing; `unreadable_name`: that name."""

    def __init__(
        self, message: str, *, readable: Remembered | None = None, unreadable_name: str | None = None
    ) -> None:
        super().__init__(message)
        self.readable, self.unreadable_name = readable, unreadable_name


def file_path() -> Path:
    return this_computer.config_dir() / FILE_NAME


@dataclass(frozen=True)
class Remembered:
    """What a workstation remembers. `url` has no password; None means none chosen yet.
    `password_kept`: for a server, whether its password was kept in the keyring when it was chosen
    (False: it needs none, and the keyring is never asked); None for a file, and for a server
    remembered by a RenewDesk that did not write it down (the keyring is asked, as it was then)."""

    url: str | None
    name: str | None = None
    password_kept: bool | None = None

    @property
    def workstation(self) -> str:
        return self.name or default_name()


def default_name() -> str:
    host = this_computer.host_name()
    return host if name_problem(host) is None else host_safe(host)


def host_safe(text: str) -> str:
    kept = "".join(ch for ch in text if ch.isprintable() and ch not in ":@").strip()
    return kept[:MAX_NAME] or "workstation"


class NameProblem(StrEnum):
    """Why a name cannot be a workstation's: the window says it in its language, the command line in
    English (name_problem_text)."""

    EMPTY = "empty"
    SPACES_AROUND = "spaces_around"
    TOO_LONG = "too_long"
    COLON = "colon"
    INVISIBLE = "invisible"


_PROBLEM_TEXTS = {
    NameProblem.EMPTY: "the workstation name is empty",
    NameProblem.SPACES_AROUND: "the workstation name starts or ends with spaces",
    NameProblem.TOO_LONG: f"the workstation name is longer than {MAX_NAME} characters",
    NameProblem.COLON: "the workstation name contains a colon (:)",
    NameProblem.INVISIBLE: "the workstation name contains an invisible character ({character})",
}


def name_problem(name: str) -> NameProblem | None:
    """Why `name` cannot be a workstation's name, or None. The name goes into lease owners
    (`host:pid:token:name`) and the audit log, so no colon, no control or invisible character."""
    if not name.strip():
        return NameProblem.EMPTY
    if name != name.strip():
        return NameProblem.SPACES_AROUND
    if len(name) > MAX_NAME:
        return NameProblem.TOO_LONG
    if ":" in name:
        return NameProblem.COLON
    if invisible_character(name):
        return NameProblem.INVISIBLE
    return None


def invisible_character(name: str) -> str:
    """The first control or invisible character of `name` as U+XXXX, or "" when there is none."""
    for ch in name:
        if not ch.isprintable() or unicodedata.category(ch) in ("Cf", "Zl", "Zp"):
            return f"U+{ord(ch):04X}"
    return ""


def name_problem_text(problem: NameProblem | str, character: str = "") -> str:
    """The problem in English, for the command line and the remembered file's messages (a text that
    names no problem is given back as it is)."""
    known = {item.value: item for item in NameProblem}
    if problem not in known:
        return str(problem)
    return _PROBLEM_TEXTS[known[problem]].format(character=character)


def _problem_said(name: str) -> str | None:
    problem = name_problem(name)
    return None if problem is None else name_problem_text(problem, invisible_character(name))


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
    kept = data.get("password_kept") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or not isinstance(url, str | None)
        or not isinstance(name, str | None)
        or not isinstance(kept, bool | None)
    ):
        raise WorkstationFileError(f"{where} is not a RenewDesk workstation file (unexpected content)")
    if name is not None and (problem := _problem_said(name)) is not None:
        raise WorkstationFileError(
            f"{where}: {problem}", readable=Remembered(url or None, None), unreadable_name=name
        )
    return Remembered(url or None, name or None, kept if url else None)


def save(remembered: Remembered, path: Path | None = None) -> Path:
    """Writes the file whole (a temporary file renamed over it), readable by the user only."""
    where = path or file_path()
    if remembered.name is not None and (problem := _problem_said(remembered.name)) is not None:
        raise WorkstationFileError(problem)
    facts: dict[str, object] = {"url": remembered.url, "name": remembered.name}
    if remembered.password_kept is not None:
        facts["password_kept"] = remembered.password_kept
    body = json.dumps(facts, ensure_ascii=False, indent=1)
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".workstation-", dir=where.parent)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(body + "\n")
        os.replace(temporary, where)
    except OSError as exc:
        raise WorkstationFileError(f"cannot write {where}: {exc.strerror}") from None
    return where
