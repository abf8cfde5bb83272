"""A new SQLite file made and set up as a connection is chosen (so that the remembered file exists from
then on: one missing later was moved, or is on a drive not there), and taken away again when the
choice fails after all: choosing is all or nothing, and a file this attempt made is no file of the
person's. Only what the attempt made is removed: never a file or folder that was there before."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# What SQLite and the migration's lock make beside a database file.
_BESIDE = ("-wal", "-shm", "-journal", ".migrate-lock")


@dataclass(frozen=True)
class MadeHere:
    """What setting up a new file made: the files beside it that were not there, the folders made."""

    files: tuple[Path, ...]
    folders: tuple[Path, ...]  # the deepest first

    def remove(self) -> None:
        for path in self.files:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        for folder in self.folders:
            with contextlib.suppress(OSError):  # not empty: something else was put there meanwhile
                folder.rmdir()


@contextlib.contextmanager
def set_up_or_removed(url: str) -> Iterator[None]:
    """Makes and sets up the SQLite file `url` names; if the set-up or what follows inside the `with`
    fails, everything it made is removed again and the failure passes on."""
    path = Path(_database_of(url))
    made = _not_there_yet(path)
    try:
        _set_up(url)
        yield
    except BaseException:
        made.remove()
        raise


def _database_of(url: str) -> str:
    from desktop.store.engine import parse_url

    return parse_url(url).database or ""


def _not_there_yet(path: Path) -> MadeHere:
    files = tuple(
        candidate
        for candidate in (path, *(path.with_name(path.name + suffix) for suffix in _BESIDE))
        if not candidate.exists()
    )
    folders: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folders.append(folder)
        folder = folder.parent
    return MadeHere(files, tuple(folders))


def _set_up(url: str) -> None:
    from desktop.app.connection_verdicts import Verdict
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    try:
        engine = make_engine(url)
    except ValueError as exc:  # DatabaseUrlError: the folder cannot be made
        raise UseCaseError(
            ErrorCode.CONNECTION_UNUSABLE, verdict=Verdict.NOT_USABLE.value, detail=str(exc)
        ) from None
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
