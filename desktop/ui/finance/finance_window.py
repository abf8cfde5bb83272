"""The finance window (R21, R23): upcoming automatic charges and their risks, with totals, a chart of
amounts per day; and past results of the due checks. Each tab exports what it shows. The use cases
refuse a role without finance rights; the window then shows the refusal and no data. It shows the
new state after any change to charges or accounts, made in another window or by the background
checks (R34)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop.app import customers, finance_files
from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.export_files import ExportCancelled
from desktop.app.finance import UpcomingCharge
from desktop.app.views import AccountView
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.colours import error_style
from desktop.ui.customers.invoices_tab import open_invoice
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.finance.export_job import ExportJob
from desktop.ui.finance.export_wording import wording
from desktop.ui.finance.invoices_panel import InvoicesPanel
from desktop.ui.finance.past_results_panel import PastResultsPanel
from desktop.ui.finance.upcoming_panel import UpcomingPanel
from desktop.ui.tasks import TaskRunner

# What the window shows changes with these: a charge made or failed, auto-renew on or off, a card.
SHOWN = (Change.CHARGES, Change.ACCOUNTS)


class FinanceWindow(QMainWindow):
    def __init__(self, workspace: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self)
        self.export_job: ExportJob | None = None
        self.service_page: ServicePage | None = None
        self.setObjectName("financeWindow")
        name = workspace.actor.name if workspace.actor else ""
        self.setWindowTitle(self.tr("RenewDesk finance — {name}").format(name=name))

        self.upcoming = UpcomingPanel(workspace, self.tasks, self)
        self.past = PastResultsPanel(workspace, self.tasks, self)
        self.invoices = InvoicesPanel(workspace, self.tasks, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.upcoming, self.tr("Upcoming charges"))
        self.tabs.addTab(self.past, self.tr("Past results"))
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.setCentralWidget(self.tabs)

        # What the last export wrote (or why it wrote nothing): stays until the next export.
        self.export_note = QLabel(self)
        self.export_note.setObjectName("exportNote")
        self.statusBar().addWidget(self.export_note, 1)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.tasks.busy_changed.connect(self.busy.setVisible)

        self.refresh_action = QAction(self.tr("Re&fresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.export_csv_action = QAction(self.tr("Export &CSV…"), self)
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_xlsx_action = QAction(self.tr("Export &XLSX…"), self)
        self.export_xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.export_csv_action)
        menu.addAction(self.export_xlsx_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        toolbar = QToolBar(self.tr("Finance"), self)
        toolbar.setObjectName("finance")
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_csv_action)
        toolbar.addAction(self.export_xlsx_action)
        self.addToolBar(toolbar)

        self.upcoming.shown_changed.connect(self.update_actions)
        self.past.shown_changed.connect(self.update_actions)
        self.invoices.shown_changed.connect(self.update_actions)
        self.tabs.currentChanged.connect(lambda _: self.update_actions())
        self.upcoming.load_failed.connect(self._load_failed)
        self.past.load_failed.connect(self._load_failed)
        self.invoices.load_failed.connect(self._load_failed)
        self.upcoming.charge_opened.connect(self.open_charge)
        self.invoices.invoice_opened.connect(
            lambda invoice: open_invoice(self.workspace, self.tasks, invoice, self)
        )
        self._refusal_shown = False
        # Changes come in bursts (a run settles many cycles; a save announces accounts and charges):
        # one reload for a burst.
        self._reload = QTimer(self, singleShot=True, interval=0)
        self._reload.timeout.connect(self.refresh)
        watch(self, workspace, SHOWN, self._reload.start)
        self._restore()
        self.update_actions()
        self.refresh()

    # -- state -----------------------------------------------------------------------------------

    @property
    def settled(self) -> bool:
        """Nothing is loading or being filtered: the window shows its data (or why there is none)."""
        return (
            self.upcoming.settled
            and self.past.settled
            and self.invoices.settled
            and not self.tasks.busy
            and not self._reload.isActive()
        )

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Runs the event loop until the data is shown (for screenshots and scripts; tests wait with
        qtbot.waitUntil(lambda: window.settled)). False when `timeout_ms` passed first."""
        if self.settled:
            return True
        loop = QEventLoop(self)
        check = QTimer(self, interval=20)
        check.timeout.connect(lambda: loop.quit() if self.settled else None)
        QTimer.singleShot(timeout_ms, loop.quit)
        check.start()
        loop.exec()
        check.stop()
        check.deleteLater()
        return self.settled

    def refresh(self) -> None:
        self.upcoming.refresh()
        self.past.refresh()
        self.invoices.refresh()

    def update_actions(self) -> None:
        """Export writes what the current tab shows: it needs the right to export (R23) and rows."""
        may_export = self.workspace.may(Permission.EXPORT_DATA)
        rows = self._shown_rows()
        idle = self.export_job is None
        if not may_export:
            why = messages.unavailable("role")
        elif not idle:
            why = self.tr("An export is under way")
        elif not rows:
            why = self.tr("This tab shows no rows to export")
        else:
            why = ""
        for action in (self.export_csv_action, self.export_xlsx_action):
            action.setEnabled(not why)
            action.setToolTip(why or action.text().replace("&", ""))

    def _shown_rows(self) -> int:
        if self.tabs.currentWidget() is self.invoices:
            invoices = self.invoices.shown()
            return invoices[0].total if invoices is not None else 0
        if self.tabs.currentWidget() is self.past:
            past = self.past.shown()
            return len(past[0].rows) if past is not None else 0
        upcoming = self.upcoming.shown()
        return len(upcoming.rows) if upcoming is not None else 0

    def _load_failed(self, error: BaseException) -> None:
        text = messages.error(error)
        self.statusBar().showMessage(text, 10000)
        if not self._refusal_shown:  # one box, however many parts of the window were refused
            self._refusal_shown = True
            QMessageBox.warning(self, self.tr("RenewDesk"), text)
        self.update_actions()

    # -- the service page ------------------------------------------------------------------------

    def open_charge(self, charge: UpcomingCharge) -> None:
        """Opens the service page of a charge's service, its account loaded off the GUI thread."""
        self.statusBar().showMessage(
            self.tr("Opening {service}…").format(service=formatting.domain(charge.service))
        )
        workspace = self.workspace
        self.tasks.run(
            lambda: workspace.call(customers.load_account, charge.customer_id),
            lambda account: self._open_page(account, charge.service_id),
            self._failed,
            owner=self,
        )

    def _open_page(self, account: AccountView, service_id: int) -> None:
        service = next((s for s in account.services if s.id == service_id), None)
        if service is None:
            self.statusBar().showMessage(self.tr("This service is no longer on the account."), 10000)
            return
        self.statusBar().clearMessage()
        page = ServicePage(self.workspace, self.tasks, account, service, parent=self)
        self.service_page = page
        try:
            page.exec()  # what it saved is announced, and this window reloads with every other
        finally:
            self.service_page = None
            page.deleteLater()

    def _failed(self, error: BaseException) -> None:
        text = messages.error(error)
        self.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self, self.tr("RenewDesk"), text)

    # -- exports ---------------------------------------------------------------------------------

    def export(self, file_format: str) -> None:
        """Asks where, then writes exactly what the current tab shows, with progress and Cancel."""
        if self.export_job is not None or not self.workspace.may(Permission.EXPORT_DATA):
            return
        chosen = self._export_work(file_format)
        if chosen is None:
            return
        name, title, rows, write = chosen
        settings = QSettings()
        folder = settings.value("finance/export_folder")
        if not isinstance(folder, str) or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{name}.{file_format}")
        kinds = self.tr("CSV files (*.csv)") if file_format == "csv" else self.tr("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        if not path:
            return
        if not path.lower().endswith(f".{file_format}"):
            path += f".{file_format}"
        settings.setValue("finance/export_folder", str(Path(path).parent))
        job = ExportJob(self.tasks, lambda progress, cancel: write(path, progress, cancel), rows, path, self)
        job.finished.connect(self._exported)
        job.failed.connect(self._export_failed)
        self.export_job = job
        self.update_actions()
        self._note(self.tr("Exporting…"))
        job.start()

    def _export_work(
        self, file_format: str
    ) -> tuple[str, str, int, Callable[[str, Callable[[int, int], None], threading.Event], int]] | None:
        """The current tab's rows: a file name to suggest, the dialog's title, how many rows, and the
        work that writes them (in the interface's language)."""
        workspace, words = self.workspace, wording()
        if self.tabs.currentWidget() is self.invoices:
            return self._invoices_work(file_format)
        if self.tabs.currentWidget() is self.past:
            past = self.past.shown()
            if past is None or not past[0].rows:
                return None
            results, first, last = past
            return (
                f"past-results-{first.isoformat()}-{last.isoformat()}",
                self.tr("Export past results"),
                len(results.rows),
                lambda path, progress, cancel: workspace.call(
                    finance_files.export_past_results,
                    results,
                    first,
                    last,
                    path,
                    file_format,
                    progress,
                    cancel,
                    wording=words,
                ),
            )
        forecast = self.upcoming.shown()
        if forecast is None or not forecast.rows:
            return None
        return (
            f"upcoming-charges-{forecast.today.isoformat()}",
            self.tr("Export upcoming charges"),
            len(forecast.rows),
            lambda path, progress, cancel: workspace.call(
                finance_files.export_forecast, forecast, path, file_format, progress, cancel, wording=words
            ),
        )

    def _invoices_work(
        self, file_format: str
    ) -> tuple[str, str, int, Callable[[str, Callable[[int, int], None], threading.Event], int]] | None:
        """Every invoice the tab's filter keeps (the table shows the newest page of them)."""
        shown = self.invoices.shown()
        if shown is None or not shown[0].total:
            return None
        found, chosen = shown
        workspace, words = self.workspace, wording()
        return (
            f"invoices-{chosen.first.isoformat()}-{chosen.last.isoformat()}",
            self.tr("Export invoices"),
            found.total,
            lambda path, progress, cancel: workspace.call(
                finance_files.export_invoices,
                path,
                file_format,
                progress,
                cancel,
                first=chosen.first,
                last=chosen.last,
                text=chosen.text,
                wording=words,
            ),
        )

    def _note(self, text: str, *, problem: bool = False, tip: str = "") -> None:
        self.export_note.setText(text)
        self.export_note.setToolTip(tip)
        self.export_note.setStyleSheet(error_style() if problem else "")

    def _exported(self, rows: int, path: str) -> None:
        self._export_ended()
        self._note(
            self.tr("%n row(s) written to {file}", "", rows).format(file=formatting.ltr(Path(path).name)),
            tip=path,
        )

    def _export_failed(self, error: BaseException) -> None:
        self._export_ended()
        text = messages.error(error)
        self._note(text, problem=not isinstance(error, ExportCancelled))
        if not isinstance(error, ExportCancelled):
            QMessageBox.warning(self, self.tr("RenewDesk"), text)

    def _export_ended(self) -> None:
        if self.export_job is not None:
            self.export_job.deleteLater()
        self.export_job = None
        self.update_actions()

    # -- window state ----------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("finance/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("finance/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("finance/splitter")
        if isinstance(splitter, QByteArray):
            self.upcoming.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_job is not None:
            self.export_job.cancel()  # the file is then not written at all
        settings = QSettings()
        settings.setValue("finance/geometry", self.saveGeometry())
        settings.setValue("finance/state", self.saveState())
        settings.setValue("finance/splitter", self.upcoming.splitter.saveState())
        self.tasks.wait(30_000)  # work under way finishes whole rather than being cut off
        super().closeEvent(event)
