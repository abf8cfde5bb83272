"""The operations panel: the recent runs of the due checks on every workstation, the events of the
chosen run, and "run now" for an admin."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.actor import Permission
from desktop.app.background import BackgroundChecks
from desktop.app.operations import RunEventView, RunView
from desktop.app.workspace import Workspace
from desktop.ui import formatting, messages
from desktop.ui.finance.past_results_model import reason_text
from desktop.ui.tasks import TaskRunner

RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(text: str, align_end: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_end:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


class OperationsDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        checks: BackgroundChecks | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Background checks"))
        self.resize(1000, 620)
        self._workspace, self._tasks, self._checks = workspace, tasks, checks
        self.runs = QTableWidget(0, 6, self)
        self.runs.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Workstation"),
                self.tr("For the day"),
                self.tr("Outcome"),
                self.tr("What it did"),
                self.tr("Problems"),
            ]
        )
        self.events = QTableWidget(0, 6, self)
        self.events.setHorizontalHeaderLabels(
            [
                self.tr("Event"),
                self.tr("Customer"),
                self.tr("Service"),
                self.tr("Due"),
                self.tr("Amount"),
                self.tr("Reason"),
            ]
        )
        for table in (self.runs, self.events):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.runs.itemSelectionChanged.connect(self._load_events)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.runs)
        splitter.addWidget(self.events)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.run_now = QPushButton(self.tr("Run now"), self)
        self.run_now.setEnabled(checks is not None and workspace.may(Permission.RUN_DUE_CHECKS))
        if not workspace.may(Permission.RUN_DUE_CHECKS):
            self.run_now.setToolTip(messages.unavailable("role"))
        self.run_now.clicked.connect(self._run_now)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.run_now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._tasks.run(lambda: self._workspace.recent_runs(), self._show_runs, self._failed)

    def _show_runs(self, runs: list[RunView]) -> None:
        chosen = self._chosen_run()
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            started = _item(formatting.moment(run.started_at))
            started.setData(RUN_ID_ROLE, run.id)
            self.runs.setItem(row, 0, started)
            self.runs.setItem(row, 1, _item(run.workstation))
            self.runs.setItem(row, 2, _item(formatting.day(run.run_for)))
            outcome = _item(messages.run_outcome(run.outcome))
            if run.outcome == "failed" or run.error:
                outcome.setForeground(Qt.GlobalColor.red)
            self.runs.setItem(row, 3, outcome)
            self.runs.setItem(row, 4, _item(messages.run_summary(run.counts)))
            problem = _item(run.error or "")
            problem.setToolTip(run.error or "")
            self.runs.setItem(row, 5, problem)
        self.note.setText(self.tr("%n run(s), newest first.", "", len(runs)))
        if runs:
            ids = [run.id for run in runs]
            # Not selectRow: right to left it can miss when the columns do not fill the width.
            index = self.runs.model().index(ids.index(chosen) if chosen in ids else 0, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.runs.selectionModel().setCurrentIndex(index, flags)

    def _chosen_run(self) -> int | None:
        row = self.runs.currentRow()
        item = self.runs.item(row, 0) if row >= 0 else None
        value = item.data(RUN_ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def _load_events(self) -> None:
        run_id = self._chosen_run()
        if run_id is None:
            self.events.setRowCount(0)
            return
        self._tasks.run(lambda: self._workspace.run_events(run_id), self._show_events, self._failed)

    def _show_events(self, events: list[RunEventView]) -> None:
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            self.events.setItem(row, 0, _item(messages.event_type(event.type)))
            self.events.setItem(row, 1, _item(event.customer))
            self.events.setItem(row, 2, _item(formatting.ltr(event.service)))
            self.events.setItem(row, 3, _item(formatting.day(event.due)))
            amount = formatting.money(event.amount_minor, event.currency) if event.currency else ""
            self.events.setItem(row, 4, _item(amount, align_end=True))
            self.events.setItem(row, 5, _item(reason_text(event.reason)))

    def _run_now(self) -> None:
        if self._checks is None:
            return
        checks = self._checks
        self._tasks.run(
            lambda: self._workspace.run_checks_now(checks),
            lambda _: self.note.setText(self.tr("The checks start now; this list refreshes when they end.")),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.note.setText(messages.error(error))
