"""What Help → About tells (R44): the program's version, the database it works on (never a password)
and this workstation's name."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from sqlalchemy.engine import URL

from desktop.bootstrap import AppContext

PROGRAM = "RenewDesk"


@dataclass(frozen=True)
class About:
    program: str
    version: str
    database: str
    workstation: str


def _version() -> str:
    try:
        return metadata.version("renewdesk")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "development"


def about(ctx: AppContext) -> About:
    url = ctx.db.engine.url
    # URL.set(password=None) keeps the password; a URL made without one has none to hide.
    shown = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return About(PROGRAM, _version(), shown.render_as_string(hide_password=False), ctx.workstation)


def about_connection(url: str, workstation: str) -> About:
    """The same facts for a database that is not opened (`doctor` checks it without opening it)."""
    from desktop.app.connection import without_password

    try:
        shown = without_password(url)
    except ValueError:  # not a database URL: the database check says why
        shown = "(not a database URL)"
    return About(PROGRAM, _version(), shown, workstation)
