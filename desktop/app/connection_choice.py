"""Which connection a run uses (R43): `--db`, else the one remembered on this workstation, else the
default SQLite file in the user's data folder (a command) or the window's question (nothing chosen).

The window asks `chosen_connection` before its first paint, so the top imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from desktop import this_computer, workstation
from desktop.workstation import Remembered


class Source(StrEnum):
    """Where the connection of this run came from."""

    FROM_ARGUMENT = "argument"  # --db, for this run only
    REMEMBERED = "remembered"  # chosen once on this workstation (the window or `workstation connect`)
    DEFAULT = "default"  # nothing chosen: a command works on the SQLite file in the data folder
    NONE_YET = "none_yet"  # nothing chosen: the window asks before anything else


@dataclass(frozen=True)
class Chosen:
    """The connection of this run. `url` is None only with NONE_YET (see `or_default`).
    `remembered`: the workstation's file as it was read to choose, so that whoever opens the
    connection asks it again (the kept password's server) without reading the file a second time."""

    url: str | None
    workstation: str
    source: Source
    remembered: Remembered | None = field(default=None, compare=False, repr=False)

    def or_default(self) -> Chosen:
        """What a command uses: nothing chosen means the SQLite file in the user's data folder."""
        if self.url is not None:
            return self
        return Chosen(sqlite_url_here(), self.workstation, Source.DEFAULT, self.remembered)


def database_url(value: str) -> str:
    """A --db value as a URL: a plain path is a SQLite file (made absolute). A network share path
    stays as written, so that //server/share is refused as a share and not read as /server/share."""
    if "://" in value or "\x00" in value:
        return value
    if value.startswith(("//", "\\\\")):
        return f"sqlite:///{value}"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def chosen_connection(db_arg: str | None) -> Chosen:
    """`--db` wins for this run, then the remembered connection; NONE_YET when neither (a command then
    takes `or_default()`, the window asks). The workstation's name is the remembered one or the host's.
    Raises workstation.WorkstationFileError for a damaged remembered file, which says how to mend it."""
    remembered = workstation.load()
    if db_arg is not None:
        return Chosen(database_url(db_arg), remembered.workstation, Source.FROM_ARGUMENT, remembered)
    if remembered.url is not None:
        return Chosen(remembered.url, remembered.workstation, Source.REMEMBERED, remembered)
    return Chosen(None, remembered.workstation, Source.NONE_YET, remembered)


def sqlite_url_here() -> str:
    """ "This computer only": the SQLite file in the user's data folder."""
    return this_computer.default_database_url()
