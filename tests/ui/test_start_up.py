"""The window's start (R43, issue 13): the sign-in dialog is on screen before the database is opened
(the worker is held by a gate here), takes typing meanwhile, and offers Sign in when the desk is
ready; a database that cannot be opened is said in the dialog with Retry and another connection; a
database with no staff goes on to the first-run dialog; the first start asks where the data is."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import workstation
from desktop.app.actor import Role
from desktop.app.connection import Chosen, sqlite_url_here
from desktop.app.staff import add_staff
from desktop.bootstrap import AppContext
from desktop.store import migrate
from desktop.store.engine import make_engine
from desktop.ui import start_up
from desktop.ui.dialogs.connection_dialog import ConnectionDialog
from desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from desktop.ui.start_up import FIRST_RUN, StartUp, needs_connection
from tests.conftest import ROOT
from tests.support.actors import TEST_ADMIN
from tests.support.audit_events import heard, opened_files

PASSWORD = "correct horse battery"


@pytest.fixture
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's configuration and data folders: the remembered connection is its own."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the worker's opening of the database until the test sets the event."""
    opened = threading.Event()
    original: Callable[[str | None, date | None, Chosen | None], object] = start_up._open

    def held(db_arg: str | None, today: date | None, chosen: Chosen | None = None) -> object:
        assert opened.wait(30), "the test never let the database open"
        return original(db_arg, today, chosen)

    monkeypatch.setattr(start_up, "_open", held)
    return opened


def test_the_first_frame_loads_no_database_layer() -> None:
    """The command line, the window's command and its start-up module import Qt and the sign-in
    dialog only: no database layer, settings, use cases, nor Babel's locale data."""
    script = (
        "import sys, json\n"
        "import desktop.cli, desktop.cli.window_commands, desktop.ui.start_up\n"
        "heavy = ('sqlalchemy', 'pydantic', 'alembic', 'babel', 'desktop.bootstrap', 'desktop.app.desk',"
        " 'desktop.store', 'desktop.ui.main_window', 'desktop.ui.messages')\n"
        "print(json.dumps(sorted(name for name in heavy if name in sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    )
    assert json.loads(done.stdout) == []


def test_sign_in_is_shown_before_the_desk_and_offered_when_it_is_ready(
    qtbot: QtBot, sctx: AppContext, sqlite_url: str, gate: threading.Event
) -> None:
    add_staff(sctx, TEST_ADMIN, "sara", "sales", PASSWORD)
    start = StartUp(sqlite_url, None, "en")
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    assert dialog.isVisible() and not dialog.ready
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.sign_in_button.text() == "Connecting…"
    assert dialog.connecting.isVisible() and not dialog.retry_button.isVisible()
    dialog.name.setText("sara")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, PASSWORD)  # type: ignore[no-untyped-call]  # while connecting

    gate.set()
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.sign_in_button.isEnabled() and dialog.sign_in_button.text() == "Sign in"
    assert not dialog.connecting.isVisible()
    assert (dialog.name.text(), dialog.password.text()) == ("sara", PASSWORD)
    assert start.opened is not None and start.opened.staff == 1

    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    actor = start.opened.desk.actor
    assert actor is not None and (actor.name, actor.role) == ("sara", Role.SALES)
    start.tasks.wait()
    start.opened.desk.make(lambda ctx: ctx.close())


def test_a_database_that_cannot_be_opened_is_said_with_retry(qtbot: QtBot, tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices_of_another_program (id INTEGER)")
    start = StartUp(str(foreign), None, "en")
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible())
    verdict, detail = dialog.error.text(), dialog.detail.text()
    assert dialog.detail.isVisible()
    assert verdict == "This is not a RenewDesk database (another program's, or damaged): it cannot be used."
    assert "invoices_of_another_program" in detail  # the test's own line, for support
    assert dialog.choose_button.isVisible() and dialog.choose_button.text() == "Choose another connection…"
    assert not dialog.sign_in_button.isEnabled() and not dialog.connecting.isVisible()
    assert dialog.sign_in_button.text() == "Sign in"  # no longer connecting

    foreign.unlink()  # mended meanwhile: an empty file now, made and set up by Retry
    dialog.retry_button.click()
    assert dialog.error.text() == "" and dialog.connecting.isVisible() and not dialog.detail.isVisible()
    qtbot.waitUntil(lambda: dialog.result() == FIRST_RUN)  # no staff: the first-run dialog is next
    assert start.opened is not None and start.opened.staff == 0
    start.tasks.wait()
    start.opened.desk.make(lambda ctx: ctx.close())


def test_the_failure_is_said_again_in_another_language(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "a folder, not a file"
    folder.mkdir()
    start = StartUp(str(folder), None, "en")
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible())
    english = dialog.error.text()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.waitUntil(lambda: dialog.error.text() != english)
    assert dialog.retry_button.text() == "Reintentar"
    assert dialog.error.text() == "Esta conexión no se puede usar."
    assert str(folder.name) in dialog.detail.text()


def test_the_first_start_asks_and_a_remembered_or_given_connection_does_not(
    own_folders: Path,
) -> None:
    assert needs_connection(None)
    assert not needs_connection("sqlite:///elsewhere.sqlite3")  # --db: this run only, nothing asked
    workstation.save(workstation.Remembered("sqlite:////tmp/x.sqlite3", "front-desk"))
    assert not needs_connection(None)
    workstation.file_path().write_text("{ not json", encoding="utf-8")
    assert needs_connection(None)  # a damaged file is asked again rather than guessed


def test_a_restart_drops_the_db_of_this_run_and_starts_the_program_as_it_was() -> None:
    kept = start_up._without_db(["--db", "sqlite:///a", "gui", "--today", "2026-01-02", "--db=x"])
    assert kept == ["gui", "--today", "2026-01-02"]
    python = "/venv/bin/python"
    source = start_up.restart_command(["/src/main.py", "--db", "a.sqlite3"], python, frozen=False)
    assert source == (python, ["/src/main.py"])
    installed = start_up.restart_command(["/venv/bin/renewdesk", "--db=a"], python, frozen=False)
    assert installed == ("/venv/bin/renewdesk", [])
    bundled = start_up.restart_command(
        ["renewdesk", "gui", "--db", "a"], "/opt/renewdesk/renewdesk", frozen=True
    )
    assert bundled == ("/opt/renewdesk/renewdesk", ["gui"])


def test_a_server_that_does_not_answer_is_said_in_words(qtbot: QtBot) -> None:
    start = StartUp("postgresql+psycopg://sales@127.0.0.1:1/renewdesk", None, "en")
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=15000)
    verdict, detail = dialog.error.text(), dialog.detail.text()
    assert verdict.startswith("The server does not answer: check the host and the port")
    assert "127.0.0.1:1" in detail
    assert start.opened is None


def test_the_first_start_asks_remembers_and_goes_on_to_the_first_admin(
    qtbot: QtBot, own_folders: Path, gate: threading.Event
) -> None:
    """The whole start: where the data is (this computer only), then sign-in while the new file is
    made (Spanish chosen there meanwhile), then the first-run dialog on it (no staff yet), in Spanish;
    cancelled there, the program ends."""
    seen: list[str] = []
    first_run: list[str] = []
    start = StartUp(None, None, "en")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectionDialog) and "connection" not in seen:
            seen.append("connection")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        elif start.sign_in is not None and start.sign_in.isVisible() and "sign-in" not in seen:
            seen.append("sign-in")  # shown before exec(), so not the modal widget Qt names
            start.sign_in.language.setCurrentIndex(start.sign_in.language.findData("es"))
            gate.set()
        elif isinstance(dialog, FirstRunDialog) and "first run" not in seen:
            seen.append("first run")
            first_run.extend([dialog.chosen_language(), dialog.windowTitle()])
            dialog.reject()

    watcher = QTimer()
    watcher.timeout.connect(answer)
    watcher.start(20)
    try:
        assert start.run() == 0
    finally:
        watcher.stop()
    assert seen == ["connection", "sign-in", "first run"]
    assert first_run == ["es", "Le damos la bienvenida a RenewDesk"]
    assert isinstance(start.sign_in, SignInDialog) and start.sign_in.result() == FIRST_RUN
    assert workstation.load().url == sqlite_url_here()
    assert Path(sqlite_url_here().removeprefix("sqlite:///")).is_file()  # made and set up
    assert start.opened is not None and start.opened.staff == 0
    start.tasks.wait()
    start.opened.desk.make(lambda ctx: ctx.close())


def test_quitting_the_first_start_remembers_nothing(qtbot: QtBot, own_folders: Path) -> None:
    def quit_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectionDialog):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    watcher = QTimer()
    watcher.timeout.connect(quit_it)
    watcher.start(20)
    try:
        assert StartUp(None, None, "en").run() == 0
    finally:
        watcher.stop()
    assert workstation.load().url is None
    assert not Path(sqlite_url_here().removeprefix("sqlite:///")).exists()


def test_enter_pressed_while_connecting_signs_in_when_the_database_is_open(
    qtbot: QtBot, sctx: AppContext, sqlite_url: str, gate: threading.Event
) -> None:
    add_staff(sctx, TEST_ADMIN, "sara", "sales", PASSWORD)
    start = StartUp(sqlite_url, None, "en")
    dialog = start.show_sign_in()
    qtbot.addWidget(dialog)
    start.open_database()
    dialog.name.setText("sara")
    dialog.password.setText(PASSWORD)
    dialog.password.returnPressed.emit()  # Enter, while Sign in is not there yet
    assert dialog.connecting.text() == (
        "Connecting to the database… You are signed in as soon as it is open."
    )
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    gate.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert start.opened is not None and start.opened.desk.actor is not None
    assert start.opened.desk.actor.name == "sara"
    start.tasks.wait()
    start.opened.desk.make(lambda ctx: ctx.close())


def test_the_start_reads_the_remembered_file_once(qtbot: QtBot, own_folders: Path) -> None:
    """Read to decide whether to ask where the data is, and the same reading opens the database."""
    url = f"sqlite:///{own_folders / 'rd.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    workstation.save(workstation.Remembered(url, "front-desk"))
    start = StartUp(None, None, "en")

    def leave_at_the_first_admin() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstRunDialog):
            dialog.reject()

    watcher = QTimer()
    watcher.timeout.connect(leave_at_the_first_admin)
    watcher.start(20)
    try:
        with heard() as events:
            assert start.run() == 0
            start.tasks.wait()
    finally:
        watcher.stop()
    assert len(opened_files(events, "workstation.json")) == 1
    assert start.opened is not None and start.opened.workstation == "front-desk"
    start.opened.desk.make(lambda ctx: ctx.close())
