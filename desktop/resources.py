"""Where the program's files that are not Python are found (R42): the help pages, the icons, the
e-mail templates and the compiled translations (.qm).

Their sources stay in the checkout's top-level resources/ and i18n/ folders. Building the package
(build_hooks/renewdesk_build.py) copies them, with the translations compiled, into the package's
`packaged/` folder, and the PyInstaller bundle carries that folder too; so an installed program reads
them from beside its own code and a program run from the checkout reads the sources. Every part of the
program asks here; none computes a path of its own."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Present only in a built package (wheel, pipx, the bundle): see build_hooks/renewdesk_build.py.
PACKAGED = PACKAGE / "packaged"
CHECKOUT = PACKAGE.parent


def is_packaged() -> bool:
    """True when this program runs from a built package rather than from its source folder."""
    return PACKAGED.is_dir()


def _resource(name: str) -> Path:
    return PACKAGED / name if is_packaged() else CHECKOUT / "resources" / name


def help_dir() -> Path:
    """The F1 guides: one folder per language (en, he, es) of HTML pages."""
    return _resource("help")


def icons_dir() -> Path:
    """The action icons (SVG) and the program's own icon, renewdesk.svg."""
    return _resource("icons")


def app_icon_file() -> Path:
    return icons_dir() / "renewdesk.svg"


def mail_dir() -> Path:
    """The e-mail templates: one folder per language (en, he, es) and _shared."""
    return _resource("mail")


def translations_dir() -> Path:
    """The compiled translations renewdesk_{en,he,es}.qm: built at packaging time for a package,
    by i18n/build.py (run by .ci/setup) beside their .ts sources in a checkout."""
    return PACKAGED / "i18n" if is_packaged() else CHECKOUT / "i18n"
