"""Words for the error codes of this area's use cases, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def errors() -> dict[str, str]:
    return {
        "export_cancelled": QCoreApplication.translate(
            "Messages", "The export was cancelled; no file was written."
        ),
        "export_write_failed": QCoreApplication.translate(
            "Messages", "The file {path} could not be written: {detail}. No file was left behind."
        ),
        "export_folder_missing": QCoreApplication.translate(
            "Messages", "The folder {folder} does not exist. Choose another place for the file."
        ),
        "export_format_unknown": QCoreApplication.translate(
            "Messages", "Files of type {format} cannot be written; choose one of: {known}."
        ),
    }
