"""Opening the chosen connection (R43, R45): the program's context on it, migrated when older, named
after this workstation. A remembered SQLite file that is missing is refused, never made again empty
in its place; a command that only reads makes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from desktop import workstation
from desktop.app.connection_choice import Chosen, Source
from desktop.app.sqlite_file_checks import missing_sqlite_file
from desktop.workstation import Remembered

if TYPE_CHECKING:
    from desktop.bootstrap import AppContext
    from desktop.core.clock import Clock
    from desktop.secrets import SecretStore


def open_context(
    chosen: Chosen,
    today: date | None = None,
    *,
    secrets: SecretStore | None = None,
    clock: Clock | None = None,
    sandbox_seed: int | None = None,
    makes_database: bool = True,
    connect_timeout: int | None = None,
) -> AppContext:
    """The context on the chosen connection (migrated when older), named after this workstation. The
    store's and bootstrap's errors pass through (DatabaseUrlError, DatabaseRefused, OperationalError);
    a remembered SQLite file that is missing is DatabaseRefused, not made again empty. Without
    `makes_database` (a command that only reads) a SQLite file that does not exist is refused too,
    before any folder or file is made: DatabaseUrlError for one named by --db (a mistyped path: bad
    input), DatabaseRefused for this computer's own file not made yet. `connect_timeout`: how long a
    server that does not answer is waited for (None: the store's own). A keyring that cannot be read
    is SecretsUnavailable for the remembered server that keeps its password there; for one remembered
    by an earlier RenewDesk (it did not say) the server is tried without one first."""
    from desktop.app.kept_password import kept_or_needless
    from desktop.bootstrap import build_context
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable
    from desktop.store.engine import CONNECT_TIMEOUT_S

    if chosen.source is Source.REMEMBERED and chosen.url is not None:
        _remembered_file_is_there(chosen.url)
    elif not makes_database:
        refuse_missing_file_to_read(chosen.or_default())

    def opened(remembered: Remembered | None) -> AppContext:
        return build_context(
            chosen.or_default().url,
            today,
            secrets=secrets,
            clock=clock,
            sandbox_seed=sandbox_seed,
            workstation=chosen.workstation,
            remembered=remembered,
            connect_timeout=connect_timeout or CONNECT_TIMEOUT_S,
        )

    try:
        return opened(chosen.remembered)
    except SecretsUnavailable:
        remembered = _remembered_of(chosen)
        if remembered is None or remembered.password_kept is not None:
            raise
        # Remembered by a RenewDesk that did not write down whether a password was kept: a server
        # that takes the connection without one needs none (kept_or_needless, else the keyring).
        kept_or_needless(chosen.or_default().url or "", secrets or KeyringSecretStore())
        return opened(replace(remembered, password_kept=False))


def _remembered_of(chosen: Chosen) -> Remembered | None:
    if chosen.remembered is not None:
        return chosen.remembered
    try:
        return workstation.load()
    except workstation.WorkstationFileError:
        return None


def refuse_missing_file_to_read(chosen: Chosen) -> None:
    """For a command that only reads: a SQLite file that does not exist is refused, making nothing
    (DatabaseUrlError for one named by --db, DatabaseRefused for this computer's own)."""
    from desktop.store.engine import DatabaseUrlError
    from desktop.store.recognition import DatabaseRefused

    missing = missing_sqlite_file(chosen.url or "")
    if missing is None:
        return
    said = (
        f"the database file {missing} does not exist; this command only reads, so nothing was made "
        "(a database is made by `demo`, `import`, `staff add`, `workstation connect` or the window)"
    )
    raise DatabaseUrlError(said) if chosen.source is Source.FROM_ARGUMENT else DatabaseRefused(said)


def remembered_file_missing(url: str) -> str | None:
    """Why the workstation's remembered SQLite file at `url` cannot be opened (it is not there), or
    None: what every start says and doctor repeats, the one place of its words."""
    database = missing_sqlite_file(url)
    if database is None:
        return None
    return (
        f"the database file {database}, remembered as this workstation's, is not there (moved, "
        "deleted, or on a drive that is not connected); nothing was made in its place: connect "
        "the drive, or choose the connection again (`workstation connect URL` or Tools → Connection…)"
    )


def _remembered_file_is_there(url: str) -> None:
    """A remembered SQLite file that is missing is refused, never made again empty in its place: it
    was moved, deleted, or is on a drive that is not there now, and an empty database would show
    the workstation's data as gone (R45)."""
    from desktop.store.recognition import DatabaseRefused

    if (missing := remembered_file_missing(url)) is not None:
        raise DatabaseRefused(missing)
