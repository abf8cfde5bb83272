"""Words for the error codes of this area's use cases, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def errors() -> dict[str, str]:
    return {
        "_placeholder": QCoreApplication.translate("Messages", "Refused: {code}"),
    }
