"""The window's start (R43, issue 13): the sign-in dialog is painted first, then the database layer is
loaded and the database opened on the worker while the person types. On a workstation that has never
chosen where its data is (no --db, nothing remembered), the connection dialog asks first.

Nothing here imports SQLAlchemy, the settings or the use cases at its top: they are loaded by the
worker (desktop.app.startup), and the main window's modules with them, so that they are ready when
the person signs in."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QProcess, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop import workstation
from desktop.app.connection_choice import Chosen, Source, chosen_connection
from desktop.ui.application import application, install_language, saved_language
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.app.startup import Opened

FIRST_RUN = 2  # the sign-in dialog's result when the database has no staff yet


def needs_connection(db_arg: str | None) -> bool:
    """Whether the first start asks where the data is (connection.chosen_connection says nothing is
    chosen yet; a remembered file that cannot be read is asked again rather than guessed)."""
    return _usable_choice(db_arg) is None


def _usable_choice(db_arg: str | None) -> Chosen | None:
    """The connection chosen for this run, or None when the start must ask (nothing chosen yet, or a
    remembered file that cannot be read)."""
    try:
        chosen = chosen_connection(db_arg)
    except workstation.WorkstationFileError:
        return None
    return None if chosen.source is Source.NONE_YET else chosen


def _open(db_arg: str | None, today: date | None, chosen: Chosen | None = None) -> Opened:
    """On the worker: the database layer, the desk, and the main window's modules. `chosen`: as the
    start read it (None: read again, after a Retry or another connection chosen)."""
    from desktop.app.startup import open_desk

    opened = open_desk(db_arg, today, chosen)
    import desktop.ui.main_window  # noqa: F401  (loaded here, not on the GUI thread after sign-in)

    return opened


class _AfterFirstPaint(QObject):
    """Calls `then` once, as soon as `widget` has painted its first frame (or after `latest` ms, for a
    platform that paints nothing): the worker's imports would otherwise hold the interpreter while the
    first frame is being made."""

    def __init__(self, widget: QObject, then: Callable[[], None], latest: int = 500) -> None:
        super().__init__(widget)
        self._then, self._done = then, False
        widget.installEventFilter(self)
        QTimer.singleShot(latest, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if not self._done:
            self._done = True
            self._then()


class StartUp(QObject):
    """Drives the dialogs of the start until someone is signed in (or the person gives up)."""

    def __init__(self, db_arg: str | None, today: date | None, language: str) -> None:
        super().__init__()
        self.db_arg, self.today, self.language = db_arg, today, language
        self.tasks = TaskRunner(self)
        self.opened: Opened | None = None
        self.sign_in: SignInDialog | None = None
        # The remembered file as the start read it to decide whether to ask: the first opening takes
        # it (the file read once); a Retry or another connection reads it again.
        self._chosen: Chosen | None = None

    def ask_connection(self, parent: QDialog | None = None) -> bool:
        """The first start's question (no parent), or another connection after a failure."""
        from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose

        purpose = Purpose.FIRST_START if parent is None else Purpose.ANOTHER
        dialog = ConnectionDialog(self.tasks, purpose, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.db_arg = None  # the connection just chosen, not the --db of this run
        self._chosen = None
        return True

    def show_sign_in(self) -> SignInDialog:
        dialog = SignInDialog(None, self.tasks, self.language)
        dialog.retry_wanted.connect(self.open_database)
        dialog.connection_wanted.connect(self._choose_another)
        self.sign_in = dialog
        dialog.show()
        return dialog

    def open_database(self) -> None:
        """Opens the database on the worker; the sign-in dialog hears when it is ready or why not."""
        dialog = self.sign_in
        assert dialog is not None
        dialog.connecting_again()
        db_arg, today, chosen = self.db_arg, self.today, self._chosen
        self._chosen = None
        # Abandonable: closing the sign-in dialog quits at once, never waiting for a server's timeout
        # (a migration under way is one transaction: ended, it leaves the database as it was).
        self.tasks.run(
            lambda: _open(db_arg, today, chosen), self._opened, self._failed, owner=dialog, abandonable=True
        )

    def _opened(self, opened: Opened) -> None:
        self.opened = opened
        assert self.sign_in is not None
        if opened.staff == 0:
            self.sign_in.done(FIRST_RUN)
            return
        self.sign_in.set_desk(opened.desk)

    def _failed(self, error: BaseException) -> None:
        from desktop.app.startup import StartFailed

        assert self.sign_in is not None
        if isinstance(error, StartFailed):
            self.sign_in.connection_failed(error.verdict, error.detail, missing_file=error.missing_file)
        else:  # not foreseen: said as it came rather than lost
            self.sign_in.connection_failed(None, " ".join(str(error).split()) or type(error).__name__)

    def _choose_another(self) -> None:
        if self.ask_connection(self.sign_in):
            self.open_database()

    def run(self) -> int:
        """Returns 0 when the person gave up before signing in; otherwise the main window's exit."""
        app = application()
        self._chosen = _usable_choice(self.db_arg)
        if self._chosen is None and not self.ask_connection():
            return 0
        dialog = self.show_sign_in()
        _AfterFirstPaint(dialog, self.open_database)
        result = dialog.exec()
        self.language = dialog.chosen_language()  # in force already: the next dialog speaks it
        if result == FIRST_RUN:
            assert self.opened is not None
            if not self._first_run(self.opened):
                return 0
        elif result != QDialog.DialogCode.Accepted or self.opened is None:
            return 0
        return self._main_window(app)

    def _first_run(self, opened: Opened) -> bool:
        from desktop.ui.dialogs.sign_in import FirstRunDialog

        first = FirstRunDialog(opened.desk, self.tasks, language=self.language)
        return first.exec() == QDialog.DialogCode.Accepted

    def _main_window(self, app: QApplication) -> int:
        from desktop.app.actor import Permission
        from desktop.ui.gui_gc import freeze_what_started
        from desktop.ui.main_window import MainWindow

        assert self.opened is not None
        desk = self.opened.desk
        window = MainWindow(desk, background_checks=True)
        window.show()
        freeze_what_started()
        if desk.may(Permission.VIEW_FINANCE) and not desk.may(Permission.MANAGE_RECURRING):
            window.open_finance()  # finance's day starts with the charges to come
        return int(app.exec())


def restart_without_db() -> None:
    """Starts this program again on the connection just remembered (the --db of this run dropped),
    then quits this one: every part of it was built on the old connection."""
    program, arguments = restart_command(sys.argv, sys.executable, bool(getattr(sys, "frozen", False)))
    QProcess.startDetached(program, arguments)
    app = QApplication.instance()
    if app is not None:
        app.quit()


def restart_command(argv: list[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """How this run was started, without its --db: a bundle is its own executable, main.py runs
    under this Python, and an installed `renewdesk` command is run as it is (a script, or the
    launcher program that pip made on Windows)."""
    arguments = _without_db(argv[1:])
    if frozen:
        return executable, arguments
    if argv[0].endswith(".py"):
        return executable, [argv[0], *arguments]
    return argv[0], arguments


def _without_db(arguments: list[str]) -> list[str]:
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--db":
            skip = True
        elif not argument.startswith("--db="):
            kept.append(argument)
    return kept


def run_window(db_arg: str | None, today: date | None) -> int:
    app = application()
    language = saved_language()
    install_language(app, language)
    return StartUp(db_arg, today, language).run()
