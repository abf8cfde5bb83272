"""Everything that differs between Linux, Windows and macOS, in one place (R42): the folders of the
user's data, configuration and logs (platformdirs), the host's name, and whether there is a display
to open a window on. The rest of the program asks here and stays the same on every system."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import platformdirs

APP_NAME = "RenewDesk"


def data_dir() -> Path:
    """Where this computer's own database lives (R43: "this computer only")."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where the workstation's remembered connection and name are kept (never a password)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'renewdesk.sqlite3'}"


def host_name() -> str:
    """The machine's name: the default workstation name, and the half of a lease owner that says on
    which machine its process runs."""
    return socket.gethostname() or "localhost"


def has_display() -> bool:
    """Whether a window can be opened: Windows and macOS always have a desktop; on Linux a session
    says so by DISPLAY or WAYLAND_DISPLAY (or a Qt platform chosen by hand, such as offscreen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def desktop_kind() -> str:
    """How programs are added to this system's menus: "windows" and "macos" have their own ways (a
    shortcut, the Applications folder); elsewhere (Linux, the BSDs) a freedesktop desktop entry."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "freedesktop"


def desktop_entry_folders() -> tuple[Path, Path]:
    """Where a freedesktop desktop entry and its scalable icon go for this user:
    $XDG_DATA_HOME/applications and $XDG_DATA_HOME/icons/hicolor/scalable/apps. A relative
    XDG_DATA_HOME is ignored, as the XDG Base Directory spec says (it would write beside the cwd)."""
    data_home = Path(platformdirs.user_data_dir())
    if not data_home.is_absolute():
        data_home = Path.home() / ".local" / "share"
    return data_home / "applications", data_home / "icons" / "hicolor" / "scalable" / "apps"


def program_command() -> list[str]:
    """The command that starts this program as it is installed here, absolute: the bundle's own
    executable, the `renewdesk` script beside the interpreter (pip, pipx, a venv), or failing those
    this interpreter running the checkout's main.py."""
    folder = Path(sys.executable).parent
    # the window's own program (renewdesk-cli, beside it in the bundle and in a venv, is for consoles)
    for name in ("renewdesk.exe", "renewdesk") if sys.platform == "win32" else ("renewdesk",):
        if (folder / name).is_file():
            return [str(folder / name)]
    if getattr(sys, "frozen", False):
        return [sys.executable]
    main = Path(__file__).resolve().parents[1] / "main.py"
    return [sys.executable, str(main)]


def login_name() -> str:
    """The login of the process's real user id (POSIX: the password database, not environment
    variables anyone can set), or the account Windows says runs it."""
    try:
        import pwd
    except ImportError:  # Windows: no pwd; getpass asks the operating system for the account
        import getpass

        return getpass.getuser()
    return pwd.getpwuid(os.getuid()).pw_name


def process_exists(pid: int) -> bool:
    """Whether a process of this machine with this id still exists (one of another user counts).
    psutil, not os.kill(pid, 0): on Windows that call would interrupt the process instead of asking."""
    import psutil

    return bool(psutil.pid_exists(pid))


class FileLockUnavailable(Exception):
    """The lock file cannot be made (a folder that cannot be written, /proc, a read-only system) or
    the lock was not free within the wait: the message names the file and says which."""


# A migration holds the lock for seconds; a wait this long means a process that hangs, not a queue.
LOCK_WAIT_SECONDS = 120.0


@contextmanager
def exclusive_file_lock(path: Path, timeout: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Holds an exclusive lock on the file `path` (made when missing) against every other process of
    this machine: flock on POSIX, the Windows locking call there (the filelock library). Never waits
    forever: filelock retries a lock file it cannot open (ENOENT in /proc, a read-only folder) as if
    the lock were busy, so the file is opened here first and a failure is FileLockUnavailable at
    once; a lock held longer than `timeout` seconds is FileLockUnavailable too. The lock file is
    removed while still held: this filelock checks, once it has the lock, that the file it locked is
    still linked and starts again otherwise, so a process waiting on the removed file cannot share
    the lock with one that made a new file (unlinking before the release is the safe order)."""
    from filelock import FileLock, Timeout

    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o644))
    except OSError as exc:
        raise FileLockUnavailable(
            f"the lock file {path.name} cannot be made in the folder {path.parent} ({exc.strerror})"
        ) from None
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise FileLockUnavailable(
            f"the lock file {path} was held by another process for over {timeout:g} seconds"
        ) from None
    except OSError as exc:
        raise FileLockUnavailable(f"the lock file {path} cannot be locked ({exc.strerror})") from None
    try:
        yield
    finally:
        with suppress(OSError):  # left behind, it is only reused by the next start
            path.unlink(missing_ok=True)
        lock.release()


def filesystem_type(path: Path) -> str | None:
    """The type of the file system holding `path` ("nfs", "cifs", "ext4", ...) or None when unknown.
    On Linux read straight from /proc/self/mounts (every start of a SQLite database asks, and psutil
    would add its import); elsewhere from psutil's list of mounted file systems."""
    target = str(path)
    if sys.platform.startswith("linux"):
        try:
            lines = Path("/proc/self/mounts").read_text().splitlines()
        except OSError:
            return None
        mounts = [
            (parts[1].replace("\\040", " "), parts[2])
            for parts in (line.split() for line in lines)
            if len(parts) >= 3
        ]
    else:
        import psutil

        mounts = [(part.mountpoint, part.fstype) for part in psutil.disk_partitions(all=True)]
    best: tuple[int, str] | None = None
    for mount_point, fstype in mounts:
        inside = target == mount_point or target.startswith(mount_point.rstrip("/\\") + os.sep)
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fstype)
    return best[1] if best else None
