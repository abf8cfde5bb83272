"""What the window needs before anyone signs in, built off the GUI thread while the sign-in dialog is
already on screen: the connection this workstation uses, the program's context on it, the desk, and
whether the database has staff yet (none: the first-run dialog makes the first admin).

Everything heavy (SQLAlchemy, the migrations, the settings) is loaded by this module, so the window
imports it only from its worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import DBAPIError

from desktop.app.connection import (
    Verdict,
    check_connection,
    chosen_connection,
    open_context,
    remembered_file_missing,
)
from desktop.app.desk import Desk
from desktop.app.staff import staff_count
from desktop.bootstrap import kept_password_for
from desktop.secrets import KeyringSecretStore, SecretsUnavailable
from desktop.store.engine import DatabaseUrlError, driver_first_line
from desktop.store.recognition import DatabaseRefused
from desktop.workstation import WorkstationFileError


class StartFailed(Exception):
    """The database could not be opened: `verdict` is what a test of the connection found (None when
    the test passed and the opening failed all the same), `detail` says why in one English line,
    never with a password. `missing_file`: the remembered SQLite file that is not there (the window
    says so in its own words, the path whole)."""

    def __init__(self, detail: str, verdict: Verdict | None = None, missing_file: str | None = None) -> None:
        super().__init__(detail)
        self.detail, self.verdict, self.missing_file = detail, verdict, missing_file


@dataclass(frozen=True)
class Opened:
    desk: Desk
    staff: int  # 0: the first-run dialog makes the first admin
    workstation: str


def _one_line(error: BaseException) -> str:
    if isinstance(error, DBAPIError):
        return " ".join(driver_first_line(error).split()) or type(error.orig).__name__
    return " ".join(str(error).split()) or type(error).__name__


def _kept_password(url: str) -> str | None:
    """The keyring's db.password for a URL without one, as the context will use it (bootstrap)."""
    return kept_password_for(url, KeyringSecretStore())


def _missing_file(url: str | None) -> str | None:
    """The remembered SQLite file's path when that is why it could not be opened."""
    if url is None or remembered_file_missing(url) is None:
        return None
    from sqlalchemy.engine import make_url

    return make_url(url).database


def open_desk(db_arg: str | None, today: date | None = None) -> Opened:
    """Opens this workstation's database (`--db` wins over the remembered one) and counts its staff.
    The connection is tested first (within connection.CONNECT_TIMEOUT for a server that does not
    answer, and with its verdict in the refusal); raises StartFailed with the reason when it cannot
    be opened, the context closed again then."""
    url: str | None = None
    try:
        chosen = chosen_connection(db_arg).or_default()
        url = chosen.url
        assert chosen.url is not None
        check = check_connection(chosen.url, _kept_password(chosen.url))
        if not check.usable:
            raise StartFailed(check.detail, check.verdict)
        ctx = open_context(chosen, today)
    except (
        DatabaseUrlError,
        DatabaseRefused,
        DBAPIError,
        SecretsUnavailable,
        WorkstationFileError,
        OSError,
    ) as exc:
        missing = _missing_file(url) if isinstance(exc, DatabaseRefused) else None
        raise StartFailed(_one_line(exc), missing_file=missing) from exc
    try:
        count = staff_count(ctx)
    except DBAPIError as exc:
        ctx.close()
        raise StartFailed(_one_line(exc)) from exc
    return Opened(Desk(ctx), count, ctx.workstation)
