"""The E-mails view (R32): every e-mail of the outbox, newest first, with where it is (queued, sent
when, failing with why, its tries and next try, given up), filtered by state; "Retry now" and "Send
again" for the chosen one. It reloads whenever the outbox changes, here or in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.app import outbox
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.outbox import OutboxEntry
from desktop.core.codes import MailState
from desktop.ui import colours, formatting
from desktop.ui.changes import watch
from desktop.ui.data_table import short_table
from desktop.ui.mail import texts
from desktop.ui.mail.actions import MailActions
from desktop.ui.table_model import ROW_ROLE, KeyedRows, KeyedTableModel, SortingProxy
from desktop.ui.tasks import TaskRunner

LIMIT = 500
_TROUBLE = (MailState.FAILING, MailState.GIVEN_UP)


def outbox_rows(entries: list[OutboxEntry]) -> KeyedRows:
    text_rows, keys = [], []
    for entry in entries:
        text_rows.append(
            (
                formatting.moment(entry.created_at),
                formatting.name(entry.customer_name),
                formatting.domain(entry.service_name or ""),
                texts.kind(entry.kind),
                formatting.email(entry.to),
                texts.delivery(entry),
            )
        )
        keys.append(
            (
                entry.created_at,
                entry.customer_name.casefold(),
                entry.service_name or "",
                entry.kind,
                entry.to,
                (entry.state.value, entry.next_attempt_at or entry.sent_at or entry.created_at),
            )
        )
    return KeyedRows(entries, text_rows, keys)


class OutboxModel(KeyedTableModel):
    columns = 6

    def header(self, section: int) -> str:
        return (
            self.tr("Queued at"),
            self.tr("Customer"),
            self.tr("Service"),
            self.tr("E-mail"),
            self.tr("To"),
            self.tr("Delivery"),
        )[section]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if not isinstance(row, OutboxEntry):
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.state in _TROUBLE:
            return colours.risk_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return texts.delivery(row)
        return None


class OutboxView(QWidget):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.state = QComboBox(self)
        self.state.addItem(self.tr("All e-mails"), None)
        for state in (
            MailState.FAILING,
            MailState.GIVEN_UP,
            MailState.QUEUED,
            MailState.SENT,
            MailState.WITHDRAWN,
        ):
            self.state.addItem(texts.state(state), state.value)
        self.state.currentIndexChanged.connect(lambda _: self.reload())
        self.model = OutboxModel(self)
        proxy = SortingProxy(self)
        proxy.setSourceModel(self.model)
        self.table = short_table(proxy, self)
        self.table.setSortingEnabled(True)
        self._selection = self.table.selectionModel()  # kept: PySide6 would drop it otherwise
        self._selection.selectionChanged.connect(self._chosen_changed)
        self.count = QLabel(self)
        self.mail_actions = MailActions(workspace, tasks, self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mail_actions.note, 1)
        bottom.addWidget(self.mail_actions.retry)
        bottom.addWidget(self.mail_actions.resend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        watch(self, workspace, {Change.MAIL}, self.reload)
        self.reload()

    def reload(self) -> None:
        workspace, wanted = self._workspace, self.state.currentData()
        state = MailState(wanted) if wanted else None
        self._tasks.run(
            lambda: outbox_rows(workspace.call(outbox.list_outbox, state, LIMIT)), self._show, owner=self
        )

    def _show(self, rows: KeyedRows) -> None:
        chosen = self.mail_actions.entry.id if self.mail_actions.entry is not None else None
        self.model.set_rows(rows)
        shown = len(rows.rows)
        if shown >= LIMIT:
            self.count.setText(self.tr("The newest %n e-mail(s) are shown.", "", shown))
        else:
            self.count.setText(self.tr("%n e-mail(s)", "", shown))
        entries: list[OutboxEntry] = self.model.shown_rows()
        ids = [entry.id for entry in entries]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        else:
            self.mail_actions.choose(None)

    def _chosen_changed(self, *_: QItemSelection) -> None:
        rows = self._selection.selectedRows()
        entry = rows[0].data(ROW_ROLE) if rows else None
        self.mail_actions.choose(entry if isinstance(entry, OutboxEntry) else None)
