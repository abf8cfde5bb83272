"""The audit log browser (R22): who did what and when, to which customer, in people's words (names,
"Visa •••• 4242", translated fields) with a before/after table of the chosen entry; filtered by who,
what, customer and days, newest first a page at a time, and exported to CSV with progress and cancel.
Every read and the export run on the task worker; the window never waits for the database. It
watches every change (each one writes the log) and shows the new entries above, keeping the person's
filters, selection and place (R34)."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import audit_log
from desktop.app.actor import Permission
from desktop.app.audit_log import CSV_COLUMNS, AuditFilter, AuditPage, AuditRow
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.ui import colours, formatting, messages
from desktop.ui.admin import audit_texts, audit_words
from desktop.ui.admin.audit_model import AuditModel, ChangeColumn, ChangeModel, Column, joined, keyed_rows
from desktop.ui.changes import watch
from desktop.ui.table_model import KeyedRows
from desktop.ui.tasks import TaskRunner

DEFAULT_DAYS = 30
PAGE = 500
RELOAD_AFTER_MS = 300  # typing in the customer box or a date waits this long before it loads


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _loaded(page: AuditPage) -> tuple[AuditPage, KeyedRows]:
    """On the worker: the page, with every text of its rows made."""
    return page, keyed_rows(page.rows)


def csv_headers() -> list[str]:
    """The CSV's column names in the interface's language, one per column of CSV_COLUMNS."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "at": QCoreApplication.translate("AuditDialog", "When (UTC)"),
        "actor": QCoreApplication.translate("AuditDialog", "Who"),
        "action": QCoreApplication.translate("AuditDialog", "Action"),
        "entity": QCoreApplication.translate("AuditDialog", "Concerning"),
        "entity_id": QCoreApplication.translate("AuditDialog", "Concerning (id)"),
        "customer_ref": QCoreApplication.translate("AuditDialog", "Customer reference"),
        "customer_name": QCoreApplication.translate("AuditDialog", "Customer name"),
        "before": QCoreApplication.translate("AuditDialog", "Before (JSON)"),
        "after": QCoreApplication.translate("AuditDialog", "After (JSON)"),
        "workstation": QCoreApplication.translate("AuditDialog", "Workstation"),
    }
    return [texts[column] for column in CSV_COLUMNS]


def _date_format() -> str:
    """The interface language's short date, with a four-digit year."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


class AuditDialog(QDialog):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1180, 720)
        self.loading = False
        self.exporting = False
        self.page: AuditPage | None = None  # the last page loaded
        self._shown_filter: AuditFilter | None = None  # what the rows shown were chosen by
        self._generation = 0  # a load started later makes the results of earlier ones stale
        self._selected_id: int | None = None  # kept across reloads
        self._cancel_export: threading.Event | None = None
        self.progress: QProgressDialog | None = None

        self.who = QComboBox(self)
        self.who.addItem(self.tr("Everyone"), "")
        self.what = QComboBox(self)
        self.what.addItem(self.tr("All actions"), "")
        for combo in (self.who, self.what):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("Reference or name"))
        self.customer.setClearButtonEnabled(True)
        today = workspace.today()
        self.first_day = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.last_day = QDateEdit(_qdate(today), self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            # Numeric dates read left to right in Hebrew too: a right-to-left date edit reverses the
            # sections of its format (24.11.2026 would show as 2026.11.24); direction before format.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat(_date_format())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Who"), self.who),
            (self.tr("What"), self.what),
            (self.tr("Customer"), self.customer),
            (self.tr("From"), self.first_day),
            (self.tr("To"), self.last_day),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.customer else 0)
        filters.addWidget(self.refresh_button)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.WHEN, 140),
            (Column.WHO, 130),
            (Column.WORKSTATION, 110),
            (Column.WHAT, 190),
            (Column.ENTITY, 240),
            (Column.CUSTOMER, 200),
        ):
            self.table.setColumnWidth(column, width)
        # The chosen entry: a heading in words, and its fields as "Field | Before | After".
        self.heading = QLabel(self.tr("Choose an entry to see what it changed."), self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = ChangeModel(self)
        self.change_table = QTableView(self)
        self.change_table.setModel(self.changes)
        self.change_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.change_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.change_table.setWordWrap(True)
        self.change_table.verticalHeader().hide()
        change_header = self.change_table.horizontalHeader()
        change_header.setSectionResizeMode(ChangeColumn.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        change_header.setSectionResizeMode(ChangeColumn.BEFORE, QHeaderView.ResizeMode.Stretch)
        change_header.setSectionResizeMode(ChangeColumn.AFTER, QHeaderView.ResizeMode.Stretch)
        self.details = QWidget(self)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.heading)
        details_layout.addWidget(self.change_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.load_more_button = QPushButton(self.tr("Load more"), self)
        self.load_more_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setEnabled(workspace.may(Permission.EXPORT_DATA))
        if not workspace.may(Permission.EXPORT_DATA):
            self.export_button.setToolTip(messages.unavailable("role"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.load_more_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_AFTER_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self.who.currentIndexChanged.connect(lambda _: self.refresh())
        self.what.currentIndexChanged.connect(lambda _: self.refresh())
        self.customer.textChanged.connect(lambda _: self._reload_timer.start())
        self.customer.returnPressed.connect(self.refresh)
        self.first_day.dateChanged.connect(lambda _: self._reload_timer.start())
        self.last_day.dateChanged.connect(lambda _: self._reload_timer.start())
        self.refresh_button.clicked.connect(self.reload_all)
        self.load_more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.ask_export)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Every change writes the log: whatever any window or the background checks change, the new
        # entries appear here.
        watch(self, workspace, set(Change), self.show_new_entries)
        self.reload_all()

    # -- filters and pages -------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            who=str(self.who.currentData() or ""),
            action=str(self.what.currentData() or ""),
            customer=self.customer.text().strip(),
            first_day=_pydate(self.first_day.date()),
            last_day=_pydate(self.last_day.date()),
        )

    def reload_all(self) -> None:
        """The filters' choices afresh, then the rows."""
        self._load_choices()
        self.refresh()

    def _load_choices(self) -> None:
        workspace = self._workspace
        self._tasks.run(
            lambda: workspace.call(audit_log.audit_choices), self._show_choices, self._failed, owner=self
        )

    def _show_choices(self, choices: tuple[list[str], list[str]]) -> None:
        actors, actions = choices
        for combo in (self.who, self.what):
            combo.blockSignals(True)
        try:
            chosen_who, chosen_what = self.who.currentData(), self.what.currentData()
            while self.who.count() > 1:
                self.who.removeItem(1)
            while self.what.count() > 1:
                self.what.removeItem(1)
            for name in actors:
                self.who.addItem(audit_words.actor(name), name)
            groups: dict[str, list[str]] = {}
            for code in actions:
                prefix = code.split(".", 1)[0] + "." if "." in code else ""
                groups.setdefault(prefix, []).append(code)
            for prefix, codes in sorted(groups.items()):
                indent = ""
                if prefix and len(codes) > 1:
                    self.what.addItem(audit_texts.action_group(prefix), prefix)
                    indent = "    "
                for code in codes:
                    self.what.addItem(indent + audit_texts.action(code), code)
                    self.what.setItemData(self.what.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
            # A choice no longer in the log stays chosen: its rows are simply none.
            for combo, chosen in ((self.who, chosen_who), (self.what, chosen_what)):
                index = combo.findData(chosen)
                if index < 0 and chosen:
                    combo.addItem(str(chosen), chosen)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(0, index))
        finally:
            for combo in (self.who, self.what):
                combo.blockSignals(False)

    def refresh(self) -> None:
        """The first page of what the filters choose."""
        self._reload_timer.stop()
        audit_filter = self.current_filter()
        self._start_load(audit_filter, None)

    def load_more(self) -> None:
        if self.page is None or self._shown_filter is None or self.page.next_before_id is None:
            return
        self._start_load(self._shown_filter, self.page.next_before_id)

    def _start_load(self, audit_filter: AuditFilter, before_id: int | None) -> None:
        self._generation += 1
        generation, workspace = self._generation, self._workspace
        self.loading = True
        self.load_more_button.setEnabled(False)
        self._tasks.run(
            lambda: _loaded(workspace.call(audit_log.browse_audit, audit_filter, PAGE, before_id)),
            lambda loaded: self._show_page(generation, audit_filter, before_id, *loaded),
            lambda error: self._load_failed(generation, error),
            owner=self,
        )

    def _show_page(
        self,
        generation: int,
        audit_filter: AuditFilter,
        before_id: int | None,
        page: AuditPage,
        table: KeyedRows,
    ) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if before_id is None:
            self.page, self._shown_filter = page, audit_filter
            self._replace_rows(table, added_above=0)
            self._fit_columns(table)
        else:
            # The older entries go below; "more" is theirs, the newest id stays the first page's.
            self.page = AuditPage(rows=page.rows, more=page.more)
            self._replace_rows(joined(self.model.table, table), added_above=0)
        self.load_more_button.setEnabled(page.more)
        self._say(self._count_text())

    def _fit_columns(self, table: KeyedRows) -> None:
        """Who, Workstation and What as wide as their longest words (Spanish runs long), within
        reason; the workstation's column no narrower than its title."""
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        for column, narrowest, widest in (
            (Column.WHO, 110, 180),
            (Column.WORKSTATION, 60, 140),
            (Column.WHAT, 150, 240),
        ):
            texts = {row[column] for row in table.texts}
            if column == Column.WORKSTATION:
                texts.add(self.model.header(column))
            needed = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            self.table.setColumnWidth(column, max(narrowest, min(widest, needed)))

    # -- new entries while the window is open ------------------------------------------------------

    def show_new_entries(self) -> None:
        """What was written since the newest entry shown, above it; the filters, the chosen entry and
        the place in the table stay as they were."""
        self._load_choices()
        newest = self._newest_id()
        if self._shown_filter is None or newest is None or self.loading:
            self.refresh()
            return
        generation, audit_filter, workspace = self._generation, self._shown_filter, self._workspace
        self._tasks.run(
            lambda: _loaded(workspace.call(audit_log.browse_audit, audit_filter, PAGE, None, newest)),
            lambda loaded: self._show_new(generation, *loaded),
            lambda error: self._load_failed(generation, error),
            owner=self,
        )

    def _newest_id(self) -> int | None:
        rows = self.model.table.rows
        return rows[0].id if rows else None

    def _show_new(self, generation: int, page: AuditPage, table: KeyedRows) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile: that load shows the new entries too
        if page.more:  # more than a page was written: start again from the newest
            self.refresh()
            return
        newest = self._newest_id() or 0
        fresh = [
            i for i, row in enumerate(table.rows) if row.id > newest
        ]  # another fetch may have shown some
        if not fresh:
            return
        added = KeyedRows(
            [table.rows[i] for i in fresh], [table.texts[i] for i in fresh], [table.keys[i] for i in fresh]
        )
        self._replace_rows(joined(added, self.model.table), added_above=len(fresh))
        self._say(self._count_text())

    def _replace_rows(self, table: KeyedRows, added_above: int) -> None:
        """New rows for the table, keeping the chosen entry and the rows in view where they were; the
        newest entry is chosen when nothing was (or the chosen one is gone)."""
        top_row = self.table.rowAt(0)
        keep_place = added_above > 0 and top_row > 0
        top_id = self.model.table.rows[top_row].id if keep_place else None
        chosen = self._selected_id
        self.model.set_rows(table)
        position = {row.id: index for index, row in enumerate(table.rows)}
        at = position.get(chosen) if chosen is not None else None
        if at is None and table.rows:
            at = 0
        if at is None:
            self._selected_id = None
            self._show_details(None)
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(at, Column.WHEN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        if top_id is not None and top_id in position:
            self.table.scrollTo(
                self.model.index(position[top_id], 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        elif not keep_place and added_above:
            self.table.scrollToTop()

    def _count_text(self) -> str:
        count = len(self.model.table.rows)
        if self.page is not None and self.page.more:
            return self.tr("%n entry(ies) shown, newest first; older ones follow with Load more.", "", count)
        return self.tr("%n entry(ies), newest first.", "", count)

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self._say(messages.error(error), failed=True)

    def _say(self, text: str, failed: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(colours.error_style() if failed else "")

    # -- details -----------------------------------------------------------------------------------

    def selected_row(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row if isinstance(row, AuditRow) else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is not None:
            self._selected_id = row.id
        self._show_details(row)

    def _show_details(self, row: AuditRow | None) -> None:
        self.changes.show_entry(row)
        self.change_table.setColumnHidden(ChangeColumn.BEFORE, row is not None and row.before is None)
        if row is None:
            self.heading.setText(self.tr("Choose an entry to see what it changed."))
        else:
            self.heading.setText(self.details_heading(row))

    def details_heading(self, row: AuditRow) -> str:
        # Each value of either direction is isolated: a Hebrew date inside an English line (or the
        # reverse) stays whole.
        lines = [
            self.tr("{what}, {when}, by {who}").format(
                what=formatting.name(audit_texts.action(row.action)),
                when=formatting.name(formatting.moment(row.at)),
                who=audit_words.actor(row.actor),
            ),
            self.tr("Concerning: {entity}").format(entity=audit_words.concerning(row)),
        ]
        customer = audit_words.customer(row)
        if customer:
            lines.append(self.tr("Customer: {customer}").format(customer=customer))
        if not row.before and not row.after:
            lines.append(self.tr("Nothing else was recorded."))
        return "\n".join(lines)

    # -- export ------------------------------------------------------------------------------------

    def ask_export(self) -> None:
        suggested = f"audit-log-{self._workspace.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path if Path(path).suffix else f"{path}.csv")

    def export_to(self, path: str) -> None:
        """Every entry the filters choose (not only the pages shown) to `path`, with progress."""
        if self.exporting:
            return
        audit_filter, workspace = self.current_filter(), self._workspace
        self.exporting = True
        self.export_button.setEnabled(False)
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setLabelText(self.tr("Writing the audit log to {file}…").format(file=Path(path).name))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_export)
        progress.show()
        self.progress = progress
        self._say(self.tr("Exporting…"))
        headers = csv_headers()
        self._cancel_export = self._tasks.run(
            lambda report, cancel: workspace.call(
                audit_log.export_audit_csv,
                audit_filter,
                path,
                progress=report,
                cancel=cancel,
                headers=headers,
            ),
            lambda rows: self._export_done(rows, path),
            self._export_failed,
            self._export_progress,
            owner=self,
        )

    def cancel_export(self) -> None:
        if self._cancel_export is not None and self.exporting:
            self._cancel_export.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _export_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not (self._cancel_export and self._cancel_export.is_set()):
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(min(done, max(1, total)))

    def _export_done(self, rows: int, path: str) -> None:
        self._export_ended()
        self._say(self.tr("%n entry(ies) written to {file}.", "", rows).format(file=formatting.ltr(path)))
        self.show_new_entries()  # the export wrote its own entry

    def _export_failed(self, error: BaseException) -> None:
        self._export_ended()
        self._failed(error)

    def _export_ended(self) -> None:
        self.exporting = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_export)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(self._workspace.may(Permission.EXPORT_DATA))

    # -- closing -----------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing cancels an export under way (it leaves no file); the task runner drops the results
        still to come (owner=self)."""
        self._reload_timer.stop()
        if self._cancel_export is not None and self.exporting:
            self._cancel_export.set()
            self.exporting = False
            if self.progress is not None:
                self.progress.close()
        super().done(result)
