"""Installed like a desktop program (R42): the program finds its resources both from the checkout and
from a built package's layout, the package declares its commands, and `install-desktop-entry` puts a
valid freedesktop entry and the icon into the user's folders and takes them away again.

Building a wheel and installing it into a fresh venv is too slow for the suite: .ci/package-check does
that (and the PyInstaller bundle) before the tests."""

from __future__ import annotations

import argparse
import ast
import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from desktop import resources, this_computer
from desktop.cli import main
from desktop.cli.desktop_entry_commands import MARK, entry_text, exec_argument, install_desktop_entry
from desktop.mail.render import DOCUMENT_KINDS, KINDS, STAFF_KINDS
from desktop.ui.help import TOPICS as HELP_TOPICS

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "he", "es")


def _build_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "renewdesk_build", ROOT / "build_hooks" / "renewdesk_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _icon_names_in_windows() -> set[str]:
    """Every icon the windows ask for by name: icon("x") and the main window's _action(..., "x")."""
    names = set()
    for source in (ROOT / "desktop" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = {"icon": 0, "_action": 3}.get(called)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    names.add(argument.value)
    return names


def _assert_every_resource_found() -> None:
    for language in LANGUAGES:
        for topic in HELP_TOPICS:
            assert (resources.help_dir() / language / f"{topic}.html").is_file(), (language, topic)
        mail = resources.mail_dir() / language
        for folder, kinds in (("", KINDS), ("staff", STAFF_KINDS), ("documents", DOCUMENT_KINDS)):
            for kind in kinds:
                for suffix in (".subject.txt", ".txt", ".html"):
                    assert (mail / folder / f"{kind}{suffix}").is_file(), (language, kind, suffix)
        translator = QTranslator()
        assert translator.load(f"renewdesk_{language}", str(resources.translations_dir())), language
    icons = _icon_names_in_windows()
    assert {"log-out", "refresh-cw", "pencil"} <= icons  # the scan itself sees the icons it should
    for name in icons:
        assert (resources.icons_dir() / f"{name}.svg").is_file(), name
    assert resources.app_icon_file().read_bytes().startswith(b"<svg")


def test_from_the_checkout_every_resource_is_found_in_the_source_folders() -> None:
    assert not resources.is_packaged()
    assert resources.help_dir() == ROOT / "resources" / "help"
    assert resources.translations_dir() == ROOT / "i18n"
    _assert_every_resource_found()


@pytest.fixture
def packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """desktop/packaged as the build step makes it for a wheel, put where an installed program has it."""
    folder = tmp_path / "packaged"
    _build_hook().fill_packaged(folder)
    monkeypatch.setattr(resources, "PACKAGED", folder)
    yield folder


def test_a_built_package_carries_every_resource_and_compiled_translations(packaged: Path) -> None:
    assert resources.is_packaged()
    assert resources.help_dir() == packaged / "help"
    assert resources.mail_dir() == packaged / "mail"
    assert sorted(path.name for path in resources.translations_dir().iterdir()) == [
        "renewdesk_en.qm",
        "renewdesk_es.qm",
        "renewdesk_he.qm",
    ]
    _assert_every_resource_found()
    # nothing of the checkout is read any more
    assert ROOT / "resources" not in resources.help_dir().parents


def test_the_build_step_copies_every_folder_of_resources() -> None:
    """A folder added to resources/ without the build step knowing would be missing when installed."""
    source_folders = {path.name for path in (ROOT / "resources").iterdir() if path.is_dir()}
    assert set(_build_hook().COPIED) == source_folders


def test_the_package_declares_the_window_and_console_commands() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"renewdesk": "desktop.cli:main"}
    assert project["scripts"] == {"renewdesk-cli": "desktop.cli:main"}
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    assert "graft resources" in manifest and "include i18n/*.ts" in manifest


def _parse_exec(value: str) -> list[str]:
    """The Exec key read as a launcher reads it (Desktop Entry Specification: the string value's
    escapes first, then quoting, then the %% field code)."""
    text = value.replace("\\\\", "\x00").replace("\\s", " ").replace("\\n", "\n").replace("\x00", "\\")
    arguments: list[str] = []
    current: list[str] | None = None
    quoted = False
    characters = iter(text)
    for ch in characters:
        if quoted:
            if ch == "\\":
                current = [*(current or []), next(characters)]
            elif ch == '"':
                quoted = False
            else:
                current = [*(current or []), ch]
        elif ch == '"':
            quoted, current = True, current or []
        elif ch == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
        else:
            current = [*(current or []), ch]
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def _read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def test_install_desktop_entry_writes_a_valid_entry_and_the_icon_then_remove_takes_them_away(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = data_home / "applications" / "renewdesk.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "renewdesk.svg"

    assert main(["install-desktop-entry"]) == 0
    fields = _read_entry(entry)
    assert fields["Type"] == "Application"
    assert fields["Name"] == "RenewDesk"
    assert fields["Terminal"] == "false"
    assert fields["Categories"] == "Office;Finance;"
    assert fields["Icon"] == "renewdesk"
    # the window says it is renewdesk (desktop file name) of class RenewDesk: one icon in a task bar
    assert fields["StartupWMClass"] == "RenewDesk"
    command = _parse_exec(fields["Exec"])
    assert command == this_computer.program_command()
    assert all(Path(part).is_absolute() for part in command)
    assert Path(fields["TryExec"]).is_file()
    assert icon.read_bytes() == resources.app_icon_file().read_bytes()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    first = capsys.readouterr().out
    assert f"installed the menu entry: {entry}" in first

    # again: nothing to change, and it says so
    written = entry.stat().st_mtime_ns
    assert main(["install-desktop-entry"]) == 0
    assert "already installed the menu entry" in capsys.readouterr().out
    assert entry.stat().st_mtime_ns == written

    assert main(["install-desktop-entry", "--remove"]) == 0
    assert not entry.exists() and not icon.exists()
    assert f"removed the menu entry: {entry}" in capsys.readouterr().out
    assert main(["install-desktop-entry", "--remove"]) == 0
    assert "was not installed" in capsys.readouterr().out


def test_a_damaged_entry_is_rewritten(data_home: Path) -> None:
    entry = data_home / "applications" / "renewdesk.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text(f"[Desktop Entry]\nExec=/gone/renewdesk\n{MARK}\n", encoding="utf-8")
    assert main(["install-desktop-entry"]) == 0
    assert _parse_exec(_read_entry(entry)["Exec"]) == this_computer.program_command()


@pytest.mark.parametrize("remove", [False, True])
def test_an_entry_it_did_not_write_is_neither_replaced_nor_removed_without_force(
    data_home: Path, remove: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = data_home / "applications" / "renewdesk.desktop"
    entry.parent.mkdir(parents=True)
    own = "[Desktop Entry]\nType=Application\nName=My RenewDesk\nExec=/home/ana/bin/rd --db x\n"
    entry.write_text(own, encoding="utf-8")
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "renewdesk.svg"
    flags = ["--remove"] if remove else []

    assert main(["install-desktop-entry", *flags]) == 2
    message = capsys.readouterr().err
    assert "nothing was changed" in message and "--force" in message and str(entry) in message
    assert entry.read_text(encoding="utf-8") == own
    assert not icon.exists()

    assert main(["install-desktop-entry", *flags, "--force"]) == 0
    if remove:
        assert not entry.exists()
    else:
        assert MARK in entry.read_text(encoding="utf-8").splitlines()
        assert main(["install-desktop-entry", "--remove"]) == 0  # now ours: removed without --force
        assert not entry.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["/opt/Renew Desk/renewdesk"],
        ["/home/ana/100% app/$HOME/renewdesk", "--db", 'sqlite:////tmp/"quoted" `x`.db'],
        ["C:\\Program Files\\RenewDesk\\renewdesk.exe"],
        ["/tmp/a;b|c&d(e)*?#~<>'/renewdesk"],
    ],
)
def test_the_exec_line_starts_exactly_the_program_whatever_its_path(command: list[str]) -> None:
    line = next(line for line in entry_text(command).splitlines() if line.startswith("Exec="))
    assert _parse_exec(line.removeprefix("Exec=")) == command
    assert "%" not in exec_argument("/plain/path") and exec_argument("/plain/path") == "/plain/path"


@pytest.mark.parametrize(("platform", "words"), [("win32", "Pin to Start"), ("darwin", "Applications")])
def test_on_windows_and_macos_it_says_what_to_do_instead_and_writes_nothing(
    platform: str,
    words: str,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert install_desktop_entry(argparse.Namespace(remove=False)) == 2
    message = capsys.readouterr().err
    assert "nothing was changed" in message and words in message
    assert not data_home.exists()


def test_an_unwritable_folder_is_said_with_its_path(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_home.mkdir()
    (data_home / "applications").write_text("a file where the folder should be", encoding="utf-8")
    assert main(["install-desktop-entry"]) == 1
    message = capsys.readouterr().err
    assert "cannot change" in message and str(data_home / "applications") in message
    assert not (data_home / "icons").exists()


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("/home/ana/.local/bin/renewdesk", "renewdesk"),
        ("/opt/renewdesk/renewdesk-cli", "renewdesk-cli"),
        ("renewdesk-cli.exe", "renewdesk-cli"),
        ("main.py", "python main.py"),
        ("/usr/bin/something-else", "python main.py"),
    ],
)
def test_the_usage_line_names_the_program_as_it_was_typed(
    typed: str, shown: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", [typed])
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: {shown} [-h]")


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.chdir(tmp_path)
    assert main(["install-desktop-entry"]) == 0
    assert (tmp_path / "home" / ".local" / "share" / "applications" / "renewdesk.desktop").is_file()
    assert not (tmp_path / "relative").exists()
