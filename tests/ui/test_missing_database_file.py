"""A remembered database file that is not there (moved, deleted, a drive not connected) is said at
sign-in in the window's own words, with the path whole and left to right, and never sends the person
to a command line; the English line stays under it for support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.ui.application import install_language
from desktop.ui.start_up import StartUp

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_a_missing_remembered_file_is_said_in_the_windows_words(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    install_language(qapp, language)
    missing = tmp_path / "usb drive" / "renewdesk.sqlite3"
    workstation.save(workstation.Remembered(f"sqlite:///{missing}", "front-desk"))
    start = StartUp(None, None, language)
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=15000)
    said = dialog.error.text()
    assert str(missing) in said  # whole
    if language == "he":
        assert f"{LRI}{missing}{PDI}" in said  # and left to right inside Hebrew
    for english in (
        "remembered as this workstation",
        "workstation connect",
        "Tools →",
        "could not be opened",
    ):
        assert english not in said
    if language == "en":
        assert said.startswith("The database file of this computer is not there")
    assert dialog.detail.isVisible() and "is not there" in dialog.detail.text()
    assert dialog.choose_button.isVisible()
    assert not missing.exists()  # nothing made in its place
