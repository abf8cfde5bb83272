"""Remembering the connection a workstation chose (R43): tested first, then the password (the one
typed, or written in the URL) in the keyring as db.password and the URL without it, the workstation's
name and whether a password was kept in the user's configuration folder (desktop/workstation.py).
All or nothing: a refusal at any step leaves the keyring, the remembered file and the disk as they
were (a new SQLite file made for the choice is removed again)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import workstation
from desktop.app.connection_choice import database_url
from desktop.app.connection_urls import password_dropped, rendered
from desktop.app.connection_verdicts import ConnectionCheck, Verdict, check_connection
from desktop.workstation import Remembered

if TYPE_CHECKING:
    from desktop.app.errors import UseCaseError
    from desktop.secrets import SecretStore

DB_PASSWORD = "db.password"


def remember_connection(
    url: str,
    password: str | None,
    name: str | None = None,
    *,
    secrets: SecretStore | None = None,
) -> tuple[Remembered, ConnectionCheck]:
    """Tests the connection, then keeps it: the password (the argument, or the one written in the URL)
    in the keyring as db.password, the URL without it and the workstation's name in the remembered
    file. `name` None keeps the name remembered before (or the host's). Refuses, changing nothing, a
    connection whose test does not pass, a name that cannot be one, and a keyring that cannot keep
    the password (UseCaseError). A server remembered without a password never needs the keyring."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.store.engine import DatabaseUrlError, parse_url

    if (refusal := name_refusal(name)) is not None:
        raise refusal
    try:
        parsed = parse_url(database_url(url))
    except DatabaseUrlError as exc:
        raise UseCaseError(
            ErrorCode.CONNECTION_UNUSABLE, verdict=Verdict.NOT_USABLE.value, detail=str(exc)
        ) from None
    password = password or parsed.password or None
    bare = rendered(password_dropped(parsed))
    check = check_connection(bare, password)
    if not check.usable:
        raise UseCaseError(ErrorCode.CONNECTION_UNUSABLE, verdict=check.verdict.value, detail=check.detail)
    # The remembered file is known to take the connection before anything is made or kept.
    if (unwritable := _file_problem(workstation.file_path())) is not None:
        raise UseCaseError(ErrorCode.WORKSTATION_FILE_UNWRITABLE, detail=unwritable)
    server = parsed.get_backend_name() == "postgresql"
    new_file = parsed.get_backend_name() == "sqlite" and check.verdict is Verdict.EMPTY
    with _new_file_set_up(bare) if new_file else contextlib.nullcontext():
        remembered = _kept(bare, name, password if server else None, server, secrets)
    return remembered, check


def _new_file_set_up(url: str) -> contextlib.AbstractContextManager[None]:
    from desktop.app.new_sqlite_file import set_up_or_removed

    return set_up_or_removed(url)


def _kept(
    bare: str, name: str | None, password: str | None, server: bool, secrets: SecretStore | None
) -> Remembered:
    """The password in the keyring, then the file; a file that cannot be saved puts the keyring back
    (the server remembered before keeps working with its own password)."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    store = secrets or KeyringSecretStore()
    kept_before: str | None = None
    if password:
        try:
            kept_before = store.get(DB_PASSWORD)
            store.set(DB_PASSWORD, password)
        except SecretsUnavailable as exc:
            raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None
    try:
        before = workstation.load()
    except workstation.WorkstationFileError:
        before = Remembered(None)  # a damaged file is mended by choosing again: what it says names it
    remembered = Remembered(
        bare, name if name is not None else before.name, password_kept=bool(password) if server else None
    )
    try:
        workstation.save(remembered)
    except workstation.WorkstationFileError as exc:
        if password and (store.get(DB_PASSWORD) or None) != (kept_before or None):
            # The keyring keeps no "absent" apart from empty: "" is what every reader takes for none.
            store.set(DB_PASSWORD, kept_before or "")
        raise UseCaseError(ErrorCode.WORKSTATION_FILE_UNWRITABLE, detail=str(exc)) from None
    if server and not password:
        _forget_kept_password(store)
    return remembered


def _forget_kept_password(store: SecretStore) -> None:
    """A server reached without a password must not be sent the one kept for the server before: the
    remembered file says none is kept, so it never is; the keyring's copy is emptied too when the
    keyring answers (a keyring that does not is no reason to refuse a server that needs none)."""
    from desktop.secrets import SecretsUnavailable

    with contextlib.suppress(SecretsUnavailable):
        if store.get(DB_PASSWORD):
            store.set(DB_PASSWORD, "")


def name_refusal(name: str | None) -> UseCaseError | None:
    """The refusal of a workstation name that cannot be one (None: the name is fine, or none given):
    remembering refuses it, and the connection dialog's Test says it before "ready to use"."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    if name is None or (problem := workstation.name_problem(name)) is None:
        return None
    return UseCaseError(
        ErrorCode.WORKSTATION_NAME_INVALID,
        name=name,
        problem=problem.value,
        character=workstation.invisible_character(name),
    )


def _file_problem(path: Path) -> str | None:
    """Why the remembered file cannot be written, or None: its folder must take a new file (the save
    renames one over it) and the file itself must not refuse changes (chattr +i stops root too)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        probe, name = tempfile.mkstemp(prefix=".workstation-probe-", dir=path.parent)
        os.close(probe)
        os.unlink(name)
        if path.exists():
            os.close(os.open(path, os.O_WRONLY))
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror}"
    return None


def password_kept(secrets: SecretStore | None = None) -> bool | None:
    """Whether the keyring keeps a database password; None when there is no usable keyring. A
    remembered server that was kept without one says so without asking the keyring."""
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    with contextlib.suppress(workstation.WorkstationFileError):
        if workstation.load().password_kept is False:
            return False
    try:
        return bool((secrets or KeyringSecretStore()).get(DB_PASSWORD))
    except SecretsUnavailable:
        return None
