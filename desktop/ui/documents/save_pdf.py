"""Save as PDF… of the windows that show documents as they print (one proforma or invoice, R40; the
proformas the Renew dialog just issued): the file asked for, written whole or not at all, and why in
view when it cannot be. Also their outcome line, green when done and red when not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from desktop.app.errors import UseCaseError
from desktop.app.export_files import checked_target, whole_file
from desktop.ui import formatting, messages
from desktop.ui.colours import error_style, success_color


def say(outcome: QLabel, text: str, *, failed: bool = False) -> None:
    outcome.setText(text)
    outcome.setStyleSheet(error_style() if failed else f"color: {success_color().name()};")


def write_pdf(path: str, data: bytes) -> None:
    """Raises UseCaseError (or OSError) when the file could not be written; the file is written whole
    or not at all."""
    with whole_file(checked_target(path)) as partial:
        partial.write_bytes(data)


def ask_and_save_pdf(parent: QWidget, outcome: QLabel, stem: str, save: Callable[[str], None]) -> str | None:
    """Asks where to save `stem`.pdf and saves it there with `save(path)`. Returns the file's name (kept
    whole in right-to-left text) for the caller to say it was saved; None when no file was chosen or it
    could not be written, and then `outcome` says why."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("SavePdf", "Save as PDF"), f"{stem}.pdf", "PDF (*.pdf)"
    )
    if not path:
        return None
    file = formatting.ltr(Path(path).name)
    try:
        save(path)
    except (UseCaseError, OSError) as exc:
        # Why, in view (not only in a tooltip): a missing folder, a place that takes no file.
        why = messages.error(exc) if isinstance(exc, UseCaseError) else f"{path}: {exc.strerror or exc}"
        failed = QCoreApplication.translate("SavePdf", "The PDF could not be saved as {file}.").format(
            file=file
        )
        say(outcome, f"{failed}\n{why}", failed=True)
        outcome.setToolTip(why)
        return None
    outcome.setToolTip("")
    return file
