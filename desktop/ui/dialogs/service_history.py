"""A service's history on its page: orders, cycles, charges, e-mails and changes, newest first. Each
e-mail says where it is (R32), queued, sent (when), failing (why, tries, next try) or given up, and
the chosen one can be retried (admin) or sent again (sales) here. It reloads whenever the service's
data, its charges or the outbox change (R34)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.app import history
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.history import HistoryEntry
from desktop.core.codes import MailState
from desktop.ui import colours, formatting, messages
from desktop.ui.changes import watch
from desktop.ui.data_table import short_table
from desktop.ui.mail import texts as mail_texts
from desktop.ui.mail.actions import MailActions
from desktop.ui.table_model import ROW_ROLE, KeyedRows, KeyedTableModel
from desktop.ui.tasks import TaskRunner

_TROUBLE = (MailState.FAILING, MailState.GIVEN_UP)


def _what(entry: HistoryEntry) -> str:
    if entry.mail is not None:
        what = mail_texts.kind(entry.mail.kind)
    elif entry.kind == "cycle" and entry.what == "checked":
        # The notice of a checked cycle is an entry of its own, with its delivery: not "sent" here.
        what = QCoreApplication.translate("ServiceHistory", "card checked")
    else:
        what = messages.history_what(entry.what)
    return f"{messages.history_kind(entry.kind)}: {what}"


def _details(entry: HistoryEntry) -> str:
    if entry.mail is not None:
        return f"{mail_texts.delivery(entry.mail)} · {formatting.email(entry.mail.to)}"
    details = entry.details
    parts = []
    if "amount_minor" in details and details.get("currency"):
        parts.append(formatting.money(int(details["amount_minor"]), str(details["currency"])))
    if details.get("charge_on"):
        parts.append(formatting.day(date.fromisoformat(str(details["charge_on"]))))
    if details.get("reason"):
        parts.append(messages.stop_reason(str(details["reason"])))
    if details.get("actor"):
        parts.append(formatting.ltr(str(details["actor"])))
    return "  ".join(parts)


def history_rows(entries: list[HistoryEntry]) -> KeyedRows:
    text_rows = [
        (
            formatting.day(entry.at.date()) if entry.kind == "order" else formatting.moment(entry.at),
            _what(entry),
            _details(entry),
        )
        for entry in entries
    ]
    keys = [(entry.at, entry.kind, entry.what) for entry in entries]
    return KeyedRows(entries, text_rows, keys)


class HistoryModel(KeyedTableModel):
    columns = 3

    def header(self, section: int) -> str:
        return (self.tr("When"), self.tr("What"), self.tr("Details"))[section]

    def decorate(self, row: Any, column: int, role: int) -> Any:
        mail = row.mail if isinstance(row, HistoryEntry) else None
        if mail is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and mail.state in _TROUBLE:
            return colours.risk_color()
        if role == Qt.ItemDataRole.ToolTipRole:
            return mail_texts.delivery(mail)
        return None


class ServiceHistory(QWidget):
    def __init__(
        self, workspace: Desk, tasks: TaskRunner, service_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks, self._service_id = workspace, tasks, service_id
        self.model = HistoryModel(self)
        self.table = short_table(self.model, self)
        self._selection = self.table.selectionModel()  # kept: PySide6 would drop it otherwise
        self._selection.selectionChanged.connect(self._chosen_changed)
        self.mail_actions = MailActions(workspace, tasks, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mail_actions.note, 1)
        buttons.addWidget(self.mail_actions.retry)
        buttons.addWidget(self.mail_actions.resend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        watch(self, workspace, {Change.ACCOUNTS, Change.CHARGES, Change.MAIL}, self.reload)
        self.reload()

    def reload(self) -> None:
        workspace, service_id = self._workspace, self._service_id
        self._tasks.run(
            lambda: history_rows(workspace.call(history.service_history, service_id)), self._show, owner=self
        )

    def entries(self) -> list[HistoryEntry]:
        return list(self.model.shown_rows())

    def _show(self, rows: KeyedRows) -> None:
        chosen = self.mail_actions.entry.id if self.mail_actions.entry is not None else None
        self.model.set_rows(rows)
        for row, entry in enumerate(self.entries()):
            if chosen is not None and entry.mail is not None and entry.mail.id == chosen:
                self.table.selectRow(row)
                return
        self.mail_actions.choose(None)

    def _chosen_changed(self, *_: QItemSelection) -> None:
        rows = self._selection.selectedRows()
        entry = rows[0].data(ROW_ROLE) if rows else None
        self.mail_actions.choose(entry.mail if isinstance(entry, HistoryEntry) else None)
