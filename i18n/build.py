"""Translations: `--update` refreshes i18n/renewdesk_{he,es}.ts from the sources (keeping what is
translated), `--release` (the default) compiles them to .qm for the program to load.

pyside6-lupdate finds nothing when given a folder, so every source file is listed."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGUAGES = ("he", "es")
# English needs only its plural forms ("1 customer", "2 customers"): the sources are the rest.
PLURAL_ONLY = ("en",)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def update() -> None:
    for language in (*LANGUAGES, *PLURAL_ONLY):
        extra = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                *extra,
                "-ts",
                str(I18N / f"renewdesk_{language}.ts"),
            ],
            check=True,
            cwd=ROOT,
        )


def release() -> None:
    for language in (*LANGUAGES, *PLURAL_ONLY):
        source = I18N / f"renewdesk_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources")
    options = parser.parse_args()
    if options.update:
        update()
    release()


if __name__ == "__main__":
    main()
