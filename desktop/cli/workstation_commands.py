"""`workstation connect URL [--name NAME]` and `workstation show [--json]` (R43): the window's first
start done headless, for IT staff preparing many computers. The rules are desktop/app/connection.py's."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from desktop import workstation as remembered_file
from desktop.app.connection import (
    DB_PASSWORD,
    Verdict,
    chosen_connection,
    database_url,
    missing_sqlite_file,
    password_kept,
    remember_connection,
    without_password,
)
from desktop.app.errors import UseCaseError
from desktop.cli.messages import describe
from desktop.core.codes import ErrorCode
from desktop.store.engine import DatabaseUrlError, parse_url


def workstation(args: argparse.Namespace) -> int:
    try:
        if args.workstation_command == "connect":
            return _connect(args)
        return _show(args)
    except remembered_file.WorkstationFileError as exc:
        print(f"renewdesk: {exc}", file=sys.stderr)
        return 1


def _read_password(url: str) -> str | None:
    """The server's password from standard input when the URL has none: a terminal asks without
    echo; a pipe gives its first line. An empty line means the server asks for none."""
    try:
        parsed = parse_url(url)
    except DatabaseUrlError:
        return None  # the test says why the URL cannot be used
    if parsed.get_backend_name() != "postgresql" or parsed.password is not None:
        return None
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        typed = getpass.getpass(
            f"password of {parsed.username or 'the user'} on {parsed.host} (empty: none): "
        )
    else:
        typed = sys.stdin.readline()
    return typed.rstrip("\r\n") or None


def _connect(args: argparse.Namespace) -> int:
    if args.db is not None:
        raise UseCaseError(
            ErrorCode.ARGUMENT_INVALID,
            detail="workstation connect takes the database as its URL, not --db",
        )
    url = database_url(args.url)
    password = _read_password(url)
    try:
        remembered, check = remember_connection(url, password, args.name)
    except UseCaseError as exc:
        if exc.params.get("verdict") not in (Verdict.UNREACHABLE.value, Verdict.NEWER.value):
            raise
        # A server that cannot be reached, or a database newer than this program (every other
        # command refuses it with 1 too), is the program unable to do its work (1), not bad input.
        print(f"renewdesk: {describe(exc)}", file=sys.stderr)
        return 1
    kept = password_kept()
    parsed = parse_url(remembered.url or "")
    if check.verdict is Verdict.EMPTY and parsed.get_backend_name() == "sqlite":
        # The test said it would be made; remembering has made it by now: say what happened.
        print(f"made: the SQLite file {parsed.database} was made and set up")
    else:
        print(f"tested: {check.detail}")
    print(f"remembered: {remembered.url} in {remembered_file.file_path()}")
    print(f"workstation: {remembered.workstation}")
    if kept and parsed.get_backend_name() == "postgresql":  # a file needs none: a stale one is not its
        print(f"the database password is kept in the keyring as {DB_PASSWORD}")
    return 0


def _show(args: argparse.Namespace) -> int:
    chosen = chosen_connection(args.db).or_default()
    url = chosen.url or ""
    try:
        shown = without_password(url)
    except DatabaseUrlError:
        shown = url
    use = _password_use(url)
    kept = password_kept() if use is None else None
    facts = {
        "url": shown,
        "source": chosen.source.value,
        "workstation": chosen.workstation,
        "config_file": str(remembered_file.file_path()),
        "password_kept": bool(kept) if use is not None else kept,
    }
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=1))
        return 0
    sources = {
        "argument": "--db, for this run only",
        "remembered": "remembered on this workstation",
        "default": "nothing chosen yet: this computer's own file",
    }
    print(f"database:     {shown}")
    if (missing := missing_sqlite_file(url)) is not None:
        # Shown, never made: it opens no database (a mistyped --db is seen here before any command).
        print(f"              the file {missing} does not exist (nothing was made)")
    print(f"from:         {sources.get(chosen.source.value, chosen.source.value)}")
    print(f"workstation:  {chosen.workstation}")
    print(f"config file:  {facts['config_file']}")
    print(f"password:     {use or _kept_words(kept)}")
    return 0


def _password_use(url: str) -> str | None:
    """What is said of the password when the keyring has no part in it: a SQLite file uses none (a
    password the keyring still keeps for a server chosen before is not this connection's), and a
    password written in --db's URL is this run's only. None: the keyring's db.password is the one."""
    try:
        parsed = parse_url(url)
    except DatabaseUrlError:
        return None
    if parsed.get_backend_name() == "sqlite":
        return "not used (a SQLite file has none)"
    if parsed.password:
        return "given in the URL, for this run only (not kept)"
    return None


def _kept_words(kept: bool | None) -> str:
    if kept is None:
        return "no usable keyring here (a server's password cannot be kept)"
    return f"kept in the keyring as {DB_PASSWORD}" if kept else "none kept"
