"""The background-checks panel: the recent runs of the due checks on every workstation with what each
did and where the e-mails it queued are now (R32), the events of the chosen run with each e-mail's
delivery, "Run now" for an admin, and the E-mails tab (retry, send again). Everything reloads when a
run ends or the outbox changes, here or on another window (R34)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import background, operations
from desktop.app.actor import Permission
from desktop.app.background import BackgroundChecks
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.operations import RunEventView, RunView
from desktop.core.codes import MailState
from desktop.ui import colours, formatting, messages
from desktop.ui.admin import run_texts
from desktop.ui.changes import watch
from desktop.ui.data_table import short_table
from desktop.ui.finance.past_results_model import reason_text
from desktop.ui.mail import texts as mail_texts
from desktop.ui.mail.outbox_view import OutboxView
from desktop.ui.table_model import ROW_ROLE, KeyedRows, KeyedTableModel
from desktop.ui.tasks import TaskRunner

_TROUBLE = (MailState.FAILING, MailState.GIVEN_UP)


def run_rows(runs: list[RunView]) -> KeyedRows:
    texts = [
        (
            formatting.moment(run.started_at),
            run.workstation,
            formatting.day(run.run_for),
            run_texts.outcome(run.outcome),
            run_texts.summary(run.counts),
            run_texts.mail_counts(run.mail),
            run_texts.run_error(run.error) if run.error else "",
        )
        for run in runs
    ]
    keys = [
        (
            run.started_at,
            run.workstation,
            run.run_for,
            run.outcome,
            sum(run.counts.values()),
            run.mail.total,
            run.error or "",
        )
        for run in runs
    ]
    return KeyedRows(runs, texts, keys)


def event_rows(events: list[RunEventView]) -> KeyedRows:
    texts = [
        (
            run_texts.event_type(event.type),
            formatting.name(event.customer_shown),
            formatting.domain(event.service),
            formatting.day(event.due),
            formatting.money(event.amount_minor, event.currency) if event.currency else "",
            reason_text(event.reason),
            mail_texts.delivery(event.mail) if event.mail is not None else "",
        )
        for event in events
    ]
    keys = [
        (
            event.type,
            event.customer_shown.casefold(),
            event.service,
            event.due,
            event.amount_minor or 0,
            event.reason or "",
            "",
        )
        for event in events
    ]
    return KeyedRows(events, texts, keys)


RUN_DID = 4  # the runs' column saying what each run did


class RunsModel(KeyedTableModel):
    columns = 7

    def header(self, section: int) -> str:
        return (
            self.tr("Started"),
            self.tr("Workstation"),
            self.tr("Day checked"),
            self.tr("Outcome"),
            self.tr("What it did"),
            self.tr("E-mails now"),
            self.tr("Problems"),
        )[section]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if not isinstance(row, RunView):
            return None
        trouble = {3: row.outcome == "failed" or bool(row.error), 5: row.mail.failing + row.mail.given_up > 0}
        if role == Qt.ItemDataRole.ForegroundRole and trouble.get(column):
            return colours.risk_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and row.error:
            return run_texts.run_error(row.error)
        return None


class EventsModel(KeyedTableModel):
    columns = 7

    def header(self, section: int) -> str:
        return (
            self.tr("Event"),
            self.tr("Customer"),
            self.tr("Service"),
            self.tr("Due"),
            self.tr("Amount"),
            self.tr("Reason"),
            self.tr("E-mail"),
        )[section]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if not isinstance(row, RunEventView):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return formatting.ltr(row.customer)  # the ref, for looking the customer up
        if row.mail is None or column != 6:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.mail.state in _TROUBLE:
            return colours.risk_color()
        if role == Qt.ItemDataRole.ToolTipRole:
            return mail_texts.delivery(row.mail)
        return None


class OperationsDialog(QDialog):
    def __init__(
        self,
        workspace: Desk,
        tasks: TaskRunner,
        checks: BackgroundChecks | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Background checks"))
        self.resize(1100, 640)
        self._workspace, self._tasks, self._checks = workspace, tasks, checks
        self.runs_model = RunsModel(self)
        self.events_model = EventsModel(self)
        self.runs = short_table(self.runs_model, self)
        # What a run did is its longest text by far: it takes what the other columns leave (its
        # tooltip holds it whole), so the table never scrolls sideways and the last titles stay whole
        # (in Spanish "Estado de los correos" was cut behind a scroll bar).
        runs_header = self.runs.horizontalHeader()
        runs_header.setSectionResizeMode(RUN_DID, QHeaderView.ResizeMode.Stretch)
        runs_header.setStretchLastSection(False)
        self.events = short_table(self.events_model, self)
        self._run_selection = self.runs.selectionModel()  # kept: PySide6 would drop it otherwise
        self._run_selection.selectionChanged.connect(self._run_chosen)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.runs)
        splitter.addWidget(self.events)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        runs_tab = QWidget(self)
        runs_layout = QVBoxLayout(runs_tab)
        runs_layout.addWidget(splitter, 1)
        runs_layout.addWidget(self.note)
        self.emails = OutboxView(workspace, tasks, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(runs_tab, self.tr("Runs"))
        self.tabs.addTab(self.emails, self.tr("E-mails"))
        self.run_now = QPushButton(self.tr("Run now"), self)
        may_run = workspace.may(Permission.RUN_DUE_CHECKS)
        self.run_now.setEnabled(checks is not None and may_run)
        if not may_run:
            self.run_now.setToolTip(messages.unavailable("role"))
        elif checks is None:
            self.run_now.setToolTip(self.tr("The checks do not run in this window."))
        self.run_now.clicked.connect(self._run_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.run_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        watch(self, workspace, {Change.CHARGES, Change.MAIL}, self.refresh)
        self.refresh()

    def show_emails(self) -> None:
        self.tabs.setCurrentWidget(self.emails)

    def refresh(self) -> None:
        workspace = self._workspace
        self._tasks.run(
            lambda: run_rows(workspace.call(operations.recent_runs)),
            self._show_runs,
            self._failed,
            owner=self,
        )

    def _show_runs(self, rows: KeyedRows) -> None:
        chosen = self._chosen_run()
        self.runs_model.set_rows(rows)
        runs: list[RunView] = self.runs_model.shown_rows()
        self.note.setText(self.tr("%n run(s), newest first.", "", len(runs)))
        if runs:
            ids = [run.id for run in runs]
            # Not selectRow: right to left it can miss when the columns do not fill the width.
            index = self.runs_model.index(ids.index(chosen) if chosen in ids else 0, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self._run_selection.setCurrentIndex(index, flags)  # its events load on the change
        else:
            self.events_model.set_rows(KeyedRows((), (), ()))

    def _chosen_run(self) -> int | None:
        rows = self._run_selection.selectedRows()
        run = rows[0].data(ROW_ROLE) if rows else None
        return run.id if isinstance(run, RunView) else None

    def _run_chosen(self, *_: QItemSelection) -> None:
        self._load_events()

    def _load_events(self) -> None:
        run_id = self._chosen_run()
        if run_id is None:
            self.events_model.set_rows(KeyedRows((), (), ()))
            return
        workspace = self._workspace
        self._tasks.run(
            lambda: event_rows(workspace.call(operations.run_events, run_id)),
            self.events_model.set_rows,
            self._failed,
            owner=self,
        )

    def _run_now(self) -> None:
        if self._checks is None:
            return
        checks, workspace = self._checks, self._workspace
        self._tasks.run(
            lambda: workspace.call(background.run_checks_now, checks),
            lambda _: self.note.setText(self.tr("The checks start now; this list refreshes when they end.")),
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.note.setText(messages.error(error))
