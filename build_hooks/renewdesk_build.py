"""Packaging RenewDesk (R42): the build backend and the build step that put the program's resources
inside the package.

A wheel carries, in desktop/packaged/: the help pages, icons and e-mail templates copied from the
checkout's resources/, and the translations compiled from i18n/*.ts with Qt's lrelease (from PySide6,
which a wheel build therefore requires). desktop/resources.py reads them from there when installed.

An editable install (`pip install -e .`, what .ci/setup does) copies nothing: the program then reads
the checkout's own folders, and .ci/setup compiles the translations with i18n/build.py. So only a wheel
build asks for PySide6 in its build environment (get_requires_for_build_wheel below)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the rest of the backend is setuptools' own)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]


def _program_qt() -> str:
    """The program's own PySide6 requirement (pyproject.toml, the one place it is pinned), so the
    .qm files are compiled by the Qt the program runs on."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    return next(item for item in dependencies if item.startswith("PySide6-Essentials"))


QT_FOR_TRANSLATIONS = _program_qt()
COPIED = ("help", "icons", "mail")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), QT_FOR_TRANSLATIONS]


def _lrelease() -> Path:
    import PySide6  # only in a wheel's build environment, or the checkout's venv

    folder = Path(PySide6.__file__).resolve().parent
    tool = folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not tool.exists():
        raise RuntimeError(f"Qt's lrelease is not in {folder}: the translations cannot be compiled")
    return tool


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Compiles every i18n/renewdesk_*.ts into `target`; refuses a build that would ship none."""
    tool = _lrelease()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(sources.glob("renewdesk_*.ts")):
        compiled = target / source.with_suffix(".qm").name
        subprocess.run(
            [os.fspath(tool), "-silent", os.fspath(source), "-qm", os.fspath(compiled)],
            check=True,
        )
        written.append(compiled)
    if not written:
        raise RuntimeError(f"no translations (renewdesk_*.ts) in {sources}")
    return written


def fill_packaged(packaged: Path, root: Path = ROOT) -> None:
    """Makes `packaged` (desktop/packaged of a build) what desktop/resources.py reads when installed."""
    if packaged.exists():
        shutil.rmtree(packaged)  # a resource removed from the sources must not stay behind
    for name in COPIED:
        shutil.copytree(root / "resources" / name, packaged / name)
    compile_translations(root / "i18n", packaged / "i18n")


class BuildWithResources(build_py):
    """build_py, then the resources and compiled translations into desktop/packaged/ of the build."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's own folders are read (desktop/resources.py)
        fill_packaged(Path(self.build_lib) / "desktop" / "packaged")
