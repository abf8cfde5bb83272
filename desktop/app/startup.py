"""What the window needs before anyone signs in, built off the GUI thread while the sign-in dialog is
already on screen: the connection this workstation uses, the program's context on it, the desk, and
whether the database has staff yet (none: the first-run dialog makes the first admin).

Everything heavy (SQLAlchemy, the migrations, the settings) is loaded by this module, so the window
imports it only from its worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import DBAPIError

from desktop.app.connection import chosen_connection, open_context
from desktop.app.desk import Desk
from desktop.app.staff import staff_count
from desktop.secrets import SecretsUnavailable
from desktop.store.engine import DatabaseUrlError
from desktop.store.recognition import DatabaseRefused
from desktop.workstation import WorkstationFileError


class StartFailed(Exception):
    """The database could not be opened: `detail` says why in one line, never with a password."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True)
class Opened:
    desk: Desk
    staff: int  # 0: the first-run dialog makes the first admin
    workstation: str


def _one_line(error: BaseException) -> str:
    if isinstance(error, DBAPIError):
        original = error.orig
        diag = getattr(original, "diag", None)
        primary = getattr(diag, "message_primary", None) if diag is not None else None
        first = primary or (str(original).splitlines() or [""])[0]
        return " ".join(first.split()) or type(original).__name__
    return " ".join(str(error).split()) or type(error).__name__


def open_desk(db_arg: str | None, today: date | None = None) -> Opened:
    """Opens this workstation's database (`--db` wins over the remembered one) and counts its staff.
    Raises StartFailed with the reason when it cannot be opened; the context is closed again then."""
    try:
        chosen = chosen_connection(db_arg).or_default()
        ctx = open_context(chosen, today)
    except (
        DatabaseUrlError,
        DatabaseRefused,
        DBAPIError,
        SecretsUnavailable,
        WorkstationFileError,
        OSError,
    ) as exc:
        raise StartFailed(_one_line(exc)) from exc
    try:
        count = staff_count(ctx)
    except DBAPIError as exc:
        ctx.close()
        raise StartFailed(_one_line(exc)) from exc
    return Opened(Desk(ctx), count, ctx.workstation)
