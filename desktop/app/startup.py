"""What the window needs before anyone signs in, built off the GUI thread while the sign-in dialog is
already on screen: the connection this workstation uses, the program's context on it, the desk, and
whether the database has staff yet (none: the first-run dialog makes the first admin).

Everything heavy (SQLAlchemy, the migrations, the settings) is loaded by this module, so the window
imports it only from its worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import DBAPIError

from desktop.app.connection_choice import Chosen, Source, chosen_connection
from desktop.app.connection_opening import open_context, remembered_file_missing
from desktop.app.connection_verdicts import (
    CONNECT_TIMEOUT,
    Verdict,
    check_connection,
    opening_failure,
    refusal_before_opening,
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


def _missing_file(url: str | None) -> str | None:
    """The remembered SQLite file's path when that is why it could not be opened."""
    if url is None or remembered_file_missing(url) is None:
        return None
    from sqlalchemy.engine import make_url

    return make_url(url).database


def open_desk(db_arg: str | None, today: date | None = None, chosen: Chosen | None = None) -> Opened:
    """Opens this workstation's database (`--db` wins over the remembered one) and counts its staff.
    The remembered file is read once and the database opened once: what can be refused without
    opening (a URL that cannot be used, a file on a share or that cannot hold a database) is refused
    first, and an opening that fails is said with the verdict a test would have given (a server
    that does not answer or refuses the login, another program's or a newer database). Raises
    StartFailed with the reason when it cannot be opened, the context closed again then. `chosen`:
    the connection as the window's start read it (None: read here)."""
    url: str | None = None
    try:
        chosen = (chosen if chosen is not None else chosen_connection(db_arg)).or_default()
        url = chosen.url
        assert url is not None
        # A remembered file that is not there is said as such by the opening, before any other look.
        missing_here = chosen.source is Source.REMEMBERED and _missing_file(url) is not None
        if not missing_here and (refused := refusal_before_opening(url)) is not None:
            raise StartFailed(refused.detail, refused.verdict)
        # A server that does not answer is said as soon as a test would say it.
        ctx = open_context(chosen, today, connect_timeout=CONNECT_TIMEOUT)
    except (
        DatabaseUrlError,
        DatabaseRefused,
        DBAPIError,
        SecretsUnavailable,
        WorkstationFileError,
        OSError,
        ValueError,
    ) as exc:
        raise _start_failed(exc, chosen) from exc
    try:
        count = staff_count(ctx)
    except DBAPIError as exc:
        ctx.close()
        raise StartFailed(_one_line(exc)) from exc
    return Opened(Desk(ctx), count, ctx.workstation)


def _start_failed(error: BaseException, chosen: Chosen | None) -> StartFailed:
    url = chosen.url if chosen is not None else None
    if url is None or isinstance(error, SecretsUnavailable | WorkstationFileError):
        return StartFailed(_one_line(error))
    if isinstance(error, DatabaseRefused):
        if (missing := _missing_file(url)) is not None:
            return StartFailed(_one_line(error), missing_file=missing)
        # Another program's database or a newer one: the test (the file looked at again, or a server
        # that answered) tells which, in its words.
        assert chosen is not None
        check = check_connection(url, kept_password_for(url, KeyringSecretStore(), chosen.remembered))
        if check.usable:  # it changed meanwhile: said as the opening met it
            return StartFailed(_one_line(error))
        return StartFailed(check.detail, check.verdict)
    if (failure := opening_failure(error, url)) is not None:
        verdict, detail = failure
        return StartFailed(detail, verdict)
    return StartFailed(_one_line(error))
