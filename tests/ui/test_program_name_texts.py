"""A window's text that tells the person what to type names the installed program, `renewdesk`: a
person at a window typed no `python main.py` (the command line's hints: in
tests/cli/test_program_name_hints.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.ui import messages


@pytest.mark.parametrize(
    ("code", "params"),
    [
        (ErrorCode.NO_STAFF_YET, {"login": "dana", "command": "gui"}),
        (ErrorCode.OS_LOGIN_UNLINKED, {"login": "dana", "command": "gui"}),
        (ErrorCode.DATABASE_NOT_EMPTY, {}),
    ],
)
def test_window_texts_name_the_installed_program(
    qapp: QCoreApplication, code: ErrorCode, params: dict[str, str]
) -> None:
    text = messages.error(UseCaseError(code, **params))
    assert "renewdesk staff" in text
    assert "python main.py" not in text
