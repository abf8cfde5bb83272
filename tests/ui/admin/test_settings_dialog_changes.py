"""The settings dialog shows a save made meanwhile (R34) without losing what was typed in it; it names
a value of only spaces or with an invisible character next to its field (nothing is saved); its
tooltips give the bounds and default the Settings model declares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.app import config
from desktop.app.actor import Actor
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.settings import SPEC_BY_KEY
from desktop.ui.admin import settings_texts
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN
from tests.ui.admin.test_settings_dialog import WAIT_MS, Opener, line, stored


@pytest.fixture
def open_dialog(qtbot: QtBot, sctx: AppContext) -> Iterator[Opener]:
    """Opens the dialog as the main window would, and waits until its settings are loaded."""
    tasks = TaskRunner()

    def open_as(actor: Actor) -> SettingsDialog:
        dialog = SettingsDialog(Desk(sctx, actor), tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        return dialog

    yield open_as
    tasks.wait(WAIT_MS)


def test_a_save_made_meanwhile_shows_in_the_open_dialog(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    dialog = open_dialog(ADMIN)
    assert line(dialog, "company.name").text() == "RenewDesk Hosting"

    dialog._workspace.call(config.save_settings, {"company.name": "Levi Hosting"})

    qtbot.waitUntil(lambda: line(dialog, "company.name").text() == "Levi Hosting", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.status.text() == "Another admin saved the settings meanwhile; their values are shown."
    assert dialog.isVisible()


def test_what_was_typed_here_is_kept_and_named_when_another_save_changes_it(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    dialog = open_dialog(ADMIN)
    line(dialog, "smtp.host").setText("mine.example.com")

    dialog._workspace.call(
        config.save_settings, {"smtp.host": "theirs.example.com", "company.name": "Levi Hosting"}
    )

    qtbot.waitUntil(lambda: line(dialog, "company.name").text() == "Levi Hosting", timeout=WAIT_MS)
    assert line(dialog, "smtp.host").text() == "mine.example.com"
    assert "SMTP server" in dialog.status.text()
    assert "Saving replaces theirs" in dialog.status.text()

    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert stored(sctx)["smtp.host"] == "mine.example.com"
    assert stored(sctx)["company.name"] == "Levi Hosting"  # theirs, shown and saved again unchanged


def test_only_spaces_are_named_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    dialog = open_dialog(ADMIN)
    line(dialog, "smtp.user").setText("   ")  # may be empty (no login), but not only spaces
    line(dialog, "company.name").setText("   ")  # needs a value

    dialog.save_button.click()
    problem = dialog.rows["smtp.user"].problem
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=WAIT_MS)

    assert problem.text() == "Only spaces were typed: leave the field empty or type a value."
    assert dialog.rows["company.name"].problem.text() == "This setting needs a value."
    assert dialog.status.text() == "Nothing was saved. Check these settings: SMTP user name, Company name"
    assert stored(sctx) == {}


def test_an_invisible_character_in_a_name_is_named_next_to_the_field(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    dialog = open_dialog(ADMIN)
    line(dialog, "company.name").setText("Levi\u200bHosting")
    line(dialog, "smtp.host").setText("mail\x07.example.com")

    dialog.save_button.click()
    problem = dialog.rows["company.name"].problem
    qtbot.waitUntil(lambda: not problem.isHidden(), timeout=WAIT_MS)

    assert "U+200B" in problem.text()
    assert "U+0007" in dialog.rows["smtp.host"].problem.text()
    assert dialog.status.text() == "Nothing was saved. Check these settings: SMTP server, Company name"
    assert stored(sctx) == {}


def test_the_tooltips_give_the_declared_bounds_and_default(open_dialog: Opener) -> None:
    dialog = open_dialog(ADMIN)
    for key in ("check_days_before", "smtp.port", "sandbox.latency_ms"):
        spec = SPEC_BY_KEY[key]
        tip = dialog.rows[key].editor.toolTip()
        assert f"From {spec.low} to {spec.high}." in tip
        assert f"Default: {spec.default}" in tip
    labels = [
        label for label in dialog.findChildren(QLabel) if label.text() == settings_texts.label("smtp.port")
    ]
    assert labels and "From 1 to 65535." in labels[0].toolTip()
