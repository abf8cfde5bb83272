"""Whether a SQLite file can hold RenewDesk's database, looked at without opening it: a regular file
this program may read and write, or a folder where one can be made; and whether the file a URL names
is there. The one rule the connection's test, its opening and doctor ask."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def sqlite_file_problem(path: Path) -> str | None:
    """Why `path` cannot hold a SQLite database, or None: only a regular file this program may read
    and write can. A device (/dev/null), a FIFO, a folder or /proc's files read as an empty database,
    and could never be set up; a read-only file could never be written. A file not there yet needs a
    folder where files can be made (the database, its journal and the migration's lock file). The
    one rule the connection's test and doctor ask."""
    if not path.exists():
        return _folder_problem(path)
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        return f"{path} is a folder, not a SQLite file"
    if not stat.S_ISREG(mode):
        return f"{path} is not a file (it is {_kind_of(mode)}), so it cannot hold a SQLite database"
    if _size_is_false(path):
        return f"{path} is not a file (the system makes it up as it is read), so it cannot hold a database"
    if not os.access(path, os.R_OK | os.W_OK):
        return f"{path} is not a file this program can read and write"
    return None


def _size_is_false(path: Path) -> bool:
    """A file the system makes up as it is read (Linux's /proc): it says it is empty, yet it reads."""
    if path.stat().st_size != 0:
        return False
    with path.open("rb") as file:
        return bool(file.read(1))


def _kind_of(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _folder_problem(path: Path) -> str | None:
    """Why no file can be made for `path`: its folder (or the nearest one there, the rest made in it)
    is not a folder or refuses a new file. Tried by making one: root passes os.access everywhere,
    and /proc or a read-only system still refuse."""
    folder = _nearest_existing(path.parent)
    if not folder.is_dir():
        return f"the SQLite file {path} cannot be made: {folder} is not a folder"
    try:
        probe, name = tempfile.mkstemp(prefix=".renewdesk-probe-", dir=folder)
    except OSError as exc:
        return (
            f"the SQLite file {path} cannot be made: the folder {folder} cannot be written ({exc.strerror})"
        )
    os.close(probe)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return None


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def missing_sqlite_file(url: str) -> str | None:
    """The path of the SQLite file `url` names when that file does not exist; None otherwise (a URL
    that cannot be used at all is the engine's to refuse, saying why)."""
    from desktop.store.engine import DatabaseUrlError, parse_url

    try:
        parsed = parse_url(url)
    except DatabaseUrlError:
        return None
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    if parsed.query:
        return None  # not a URL to open at all: the engine refuses it, saying why
    return None if Path(database).exists() else database
