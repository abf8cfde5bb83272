"""`install-desktop-entry` (R42): the program in the user's application menu on Linux, following the
freedesktop conventions: renewdesk.desktop in $XDG_DATA_HOME/applications, starting the installed
command by its absolute path, and the icon in the user's hicolor theme. Running it again rewrites
nothing that is already right; `--remove` takes both away. Windows and macOS have their own ways,
which it names instead.

The file name and StartupWMClass match what the window announces (desktop/ui/application.py:
setDesktopFileName("renewdesk"), application name "RenewDesk"), so the menu entry and the running
window are one in a task bar.

Every entry it writes carries MARK: a renewdesk.desktop without it is someone's own (a hand-made
entry, another packaging) and is neither replaced nor removed unless `--force` says so."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from desktop import resources, this_computer

FILE_NAME = "renewdesk.desktop"
ICON_NAME = "renewdesk"
WINDOW_CLASS = "RenewDesk"
MARK = "X-RenewDesk-Installed-By=renewdesk"
# The Exec key's reserved characters: an argument with one of them is quoted (Desktop Entry spec 1.4).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')

_ELSEWHERE = {
    "windows": (
        "Windows has no desktop entries: in the bundle's folder, right-click renewdesk.exe and choose "
        "'Pin to Start' (or 'Create shortcut' and move the shortcut to the desktop); installed with "
        "pipx, make a shortcut to the `renewdesk` program that `pipx list` shows"
    ),
    "macos": (
        "macOS has no desktop entries: put the bundle's folder in Applications and drag its renewdesk "
        "program to the Dock; installed with pipx, start `renewdesk` from a terminal"
    ),
}


def exec_argument(argument: str) -> str:
    """One argument of the Exec key: quoted when it holds a reserved character, % doubled, and the
    whole written as a desktop-entry string value (a backslash doubled once more)."""
    argument = argument.replace("%", "%%")
    if any(ch in _RESERVED for ch in argument):
        inner = "".join(f"\\{ch}" if ch in _ESCAPED_IN_QUOTES else ch for ch in argument)
        argument = f'"{inner}"'
    return string_value(argument)


def string_value(text: str) -> str:
    """A desktop entry's string value: a backslash and a line break written as escapes."""
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def entry_text(command: list[str]) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=RenewDesk",
        "GenericName=Renewals and card payments",
        "GenericName[he]=חידושים ותשלומים בכרטיס אשראי",
        "GenericName[es]=Renovaciones y pagos con tarjeta",
        "Comment=Renewals and automatic card payments of a web-hosting company",
        "Comment[he]=חידושים ותשלומים אוטומטיים בכרטיס אשראי של חברת אחסון אתרים",
        "Comment[es]=Renovaciones y pagos automáticos con tarjeta de una empresa de alojamiento web",
        f"Exec={' '.join(exec_argument(part) for part in command)}",
        f"TryExec={string_value(command[0])}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Office;Finance;",
        "Keywords=renewals;domains;hosting;invoices;proformas;",
        f"StartupWMClass={WINDOW_CLASS}",
        "StartupNotify=true",
        MARK,
    ]
    return "\n".join(lines) + "\n"


def _write(path: Path, content: bytes) -> bool:
    """Writes `path` whole (a temporary file renamed over it); False when it already held `content`."""
    try:
        if path.read_bytes() == content:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def written_by_us(entry: Path) -> bool | None:
    """None when there is no entry; otherwise whether it carries this command's mark."""
    try:
        text = entry.read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError):
        return None
    return MARK in text.splitlines()


def _install(entry: Path, icon: Path) -> None:
    command = this_computer.program_command()
    for path, content, what in (
        (entry, entry_text(command).encode(), "the menu entry"),
        (icon, resources.app_icon_file().read_bytes(), "the icon"),
    ):
        changed = _write(path, content)
        print(f"{'installed' if changed else 'already installed'} {what}: {path}")
    print(f"the menu entry starts: {' '.join(command)}")


def _remove(entry: Path, icon: Path) -> None:
    for path, what in ((entry, "the menu entry"), (icon, "the icon")):
        if path.exists():
            path.unlink()
            print(f"removed {what}: {path}")
        else:
            print(f"{what} was not installed: {path}")


def install_desktop_entry(args: argparse.Namespace) -> int:
    force = bool(getattr(args, "force", False))
    kind = this_computer.desktop_kind()
    if kind in _ELSEWHERE:
        print(f"renewdesk: nothing was changed. {_ELSEWHERE[kind]}.", file=sys.stderr)
        return 2
    applications, icons = this_computer.desktop_entry_folders()
    entry, icon = applications / FILE_NAME, icons / f"{ICON_NAME}.svg"
    if written_by_us(entry) is False and not force:
        doing = "remove" if args.remove else "replace"
        print(
            f"renewdesk: nothing was changed. {entry} was not written by install-desktop-entry "
            f"(it has no {MARK.split('=')[0]} line): it may be your own. Move it away, or run "
            f"again with --force to {doing} it.",
            file=sys.stderr,
        )
        return 2
    try:
        (_remove if args.remove else _install)(entry, icon)
    except OSError as exc:
        print(f"renewdesk: cannot change {exc.filename or entry}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0
