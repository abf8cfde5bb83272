"""The sales window: customer search on the left, the account on the right, and the Actions menu and
toolbar with Renew, Renew All, Recurring and Recurring All (R1, R2, R23 decide what is offered)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QSplitter, QToolBar, QWidget

from desktop.app.actor import Permission
from desktop.app.views import AccountView, ServiceView
from desktop.app.workspace import Workspace
from desktop.ui import messages
from desktop.ui.admin.audit_dialog import AuditDialog
from desktop.ui.admin.operations_dialog import OperationsDialog
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.admin.staff_dialog import StaffDialog
from desktop.ui.background_status import BackgroundStatus
from desktop.ui.customers.account_panel import AccountPanel
from desktop.ui.customers.search_panel import SearchPanel
from desktop.ui.customers.services_model import PreparedTable, prepare_table
from desktop.ui.dialogs.proforma_dialog import ProformaDialog
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, background_checks: bool = False
    ) -> None:
        """`background_checks`: start the due checks of this workstation with the window (the
        program always does; tests and screenshots choose)."""
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self)
        self._closing = False
        self.finance_window: FinanceWindow | None = None
        name = workspace.actor.name if workspace.actor else ""
        self.setWindowTitle(self.tr("RenewDesk — {name}").format(name=name))
        self.search = SearchPanel(workspace, self.tasks, self)
        self.account_panel = AccountPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(self.account_panel)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.reason = QLabel(self)
        self.background = BackgroundStatus(workspace, self)
        self.background.setMaximumWidth(560)
        self.statusBar().addPermanentWidget(self.reason)
        self.statusBar().addPermanentWidget(self.background)
        self.statusBar().addPermanentWidget(self.busy)
        self.tasks.busy_changed.connect(self.busy.setVisible)

        self.renew = self._action(self.tr("&Renew"), "Ctrl+R", self._renew)
        self.renew_all = self._action(self.tr("Renew &All"), "Ctrl+Shift+R", self._renew_all)
        self.recurring = self._action(self.tr("Re&curring"), "Ctrl+E", self._recurring)
        self.recurring_all = self._action(self.tr("Recurring A&ll"), "Ctrl+Shift+E", self._recurring_all)
        self.switch_off = self._action(self.tr("&Switch auto-renew off"), "Ctrl+Shift+D", self._switch_off)
        self.refresh_action = self._action(
            self.tr("Re&fresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        menu = self.menuBar().addMenu(self.tr("&Actions"))
        toolbar = QToolBar(self.tr("Actions"), self)
        toolbar.setObjectName("actions")
        self.addToolBar(toolbar)
        for action in (self.renew, self.renew_all, self.recurring, self.recurring_all, self.switch_off):
            menu.addAction(action)
            toolbar.addAction(action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        self._add_tool_menus()

        self.search.customer_chosen.connect(self.open_customer)
        self.account_panel.service_opened.connect(self._open_service)
        self.account_panel.model.dataChanged.connect(lambda *_: self.update_actions())
        self.account_panel.model.modelReset.connect(self.update_actions)
        self._restore()
        self.update_actions()
        self.search.search_now()
        self.tasks.run(self.workspace.last_finished_run, self.background.show_earlier_run, lambda _: None)
        if background_checks:
            self.background.start()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # -- the account -----------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        self.statusBar().showMessage(self.tr("Loading the account…"))
        column, order = self.account_panel.sort_state()
        workspace = self.workspace
        self.tasks.run(
            lambda: prepare_table(workspace.load_account(customer_id), column, order),
            self._show_prepared,
            self._failed,
        )

    def _show_prepared(self, table: PreparedTable) -> None:
        assert table.account is not None
        self.show_account(table.account, table)

    def show_account(self, account: AccountView, prepared: PreparedTable | None = None) -> None:
        self.account_panel.show_account(account, prepared)
        self.statusBar().showMessage(self.tr("%n service(s)", "", len(account.services)), 5000)
        self.update_actions()

    def refresh(self) -> None:
        account = self.account_panel.account
        if account is not None:
            self.open_customer(account.customer.id)

    def update_actions(self) -> None:
        """R1/R2/R23: what is offered, and why not when it is not."""
        account = self.account_panel.account
        ticked = bool(self.account_panel.ticked())
        may_renew = self.workspace.may(Permission.ISSUE_PROFORMA)
        may_recur = self.workspace.may(Permission.MANAGE_RECURRING)
        reasons: list[str] = []
        if account is not None and not account.recurring.offered:
            reasons = [messages.unavailable(code) for code in account.recurring.reasons]
        if not may_recur:
            reasons = [messages.unavailable("role")]
        recurring_ok = account is not None and may_recur and account.recurring.offered
        renew_ok = account is not None and may_renew and account.renew.offered
        self.renew.setEnabled(renew_ok and ticked)
        self.renew_all.setEnabled(renew_ok)
        self.recurring.setEnabled(recurring_ok and ticked)
        self.recurring_all.setEnabled(recurring_ok)
        self.switch_off.setEnabled(account is not None and may_recur and ticked)
        why = "\n".join(reasons)
        for action in (self.recurring, self.recurring_all):
            action.setToolTip(why or action.text().replace("&", ""))
        if not may_renew:
            for action in (self.renew, self.renew_all):
                action.setToolTip(messages.unavailable("role"))
        self.reason.setText(why if account is not None else "")

    # -- actions ---------------------------------------------------------------------------------

    def _recurring(self) -> None:
        self._open_recurring(all_domains=False)

    def _recurring_all(self) -> None:
        self._open_recurring(all_domains=True)

    def _open_recurring(self, *, all_domains: bool) -> None:
        account = self.account_panel.account
        if account is None:
            return
        dialog = RecurringDialog(
            self.workspace,
            self.tasks,
            account,
            self.account_panel.ticked(),
            all_domains=all_domains,
            parent=self,
        )
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Automatic renewal is on."), 5000)
            self.refresh()

    def _renew(self) -> None:
        self._open_proforma(self.account_panel.ticked())

    def _renew_all(self) -> None:
        account = self.account_panel.account
        if account is not None:
            self._open_proforma([service.id for service in account.services])

    def _open_proforma(self, service_ids: list[int]) -> None:
        account = self.account_panel.account
        if account is None or not service_ids:
            return
        ProformaDialog(self.workspace, self.tasks, account, service_ids, parent=self).exec()

    def _switch_off(self) -> None:
        account = self.account_panel.account
        ticked = self.account_panel.ticked()
        if account is None or not ticked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Switch auto-renew off"),
            self.tr(
                "Switch automatic renewal off for %n service(s)? The customer is told by e-mail.",
                "",
                len(ticked),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        customer_id = account.customer.id
        self.tasks.run(
            lambda: self.workspace.disable_recurring(customer_id, ticked),
            lambda _: self.refresh(),
            self._failed,
        )

    def _open_service(self, service: ServiceView) -> None:
        account = self.account_panel.account
        if account is None:
            return
        if ServicePage(self.workspace, self.tasks, account, service, parent=self).exec():
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(messages.error(error), 10000)
        QMessageBox.warning(self, self.tr("RenewDesk"), messages.error(error))

    def _close_again(self, _: object) -> None:
        self.close()

    # -- the other windows -----------------------------------------------------------------------

    def _add_tool_menus(self) -> None:
        """R23: a role sees only the windows it may use (the use cases refuse the rest anyway)."""
        may = self.workspace.may
        finance = self.menuBar().addMenu(self.tr("F&inance"))
        self.finance_action = self._action(self.tr("&Upcoming charges…"), "Ctrl+U", self.open_finance)
        finance.addAction(self.finance_action)
        finance.menuAction().setVisible(may(Permission.VIEW_FINANCE))
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.operations_action = tools.addAction(self.tr("&Background checks…"))
        self.operations_action.triggered.connect(self.open_operations)
        self.audit_action = tools.addAction(self.tr("&Audit log…"))
        self.audit_action.triggered.connect(self.open_audit)
        self.audit_action.setVisible(may(Permission.VIEW_AUDIT))
        tools.addSeparator()
        self.settings_action = tools.addAction(self.tr("&Settings…"))
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setVisible(may(Permission.VIEW_SETTINGS))
        self.staff_action = tools.addAction(self.tr("S&taff…"))
        self.staff_action.triggered.connect(self.open_staff)
        self.staff_action.setVisible(may(Permission.MANAGE_STAFF))

    def open_finance(self) -> None:
        """One finance window, brought to the front when asked for again."""
        if self.finance_window is None:
            self.finance_window = FinanceWindow(self.workspace)
            self.finance_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.finance_window.destroyed.connect(self._finance_closed)
        self.finance_window.show()
        self.finance_window.raise_()
        self.finance_window.activateWindow()

    def _finance_closed(self) -> None:
        self.finance_window = None

    def open_audit(self) -> None:
        dialog = AuditDialog(self.workspace, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_settings(self) -> None:
        if SettingsDialog(self.workspace, self.tasks, self).exec():
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
            if self.background.checks is not None:
                self.background.checks.follow_settings()

    def open_staff(self) -> None:
        StaffDialog(self.workspace, self.tasks, self).exec()
        self._update_tool_menus()

    def _update_tool_menus(self) -> None:
        """An admin who gave up their own admin role loses the admin windows at once."""
        may = self.workspace.may
        self.settings_action.setVisible(may(Permission.VIEW_SETTINGS))
        self.staff_action.setVisible(may(Permission.MANAGE_STAFF))
        self.audit_action.setVisible(may(Permission.VIEW_AUDIT))
        self.update_actions()

    def open_operations(self) -> None:
        dialog = OperationsDialog(self.workspace, self.tasks, self.background.checks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.background.report_shown.connect(dialog.refresh)
        dialog.show()
        self.operations = dialog

    # -- window state ----------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        checks = self.background.checks
        if checks is not None and not self._closing:
            # A run under way finishes its current step first (seconds at most): off the GUI thread,
            # so the window keeps painting, and the window closes once the scheduler has stopped.
            self._closing = True
            event.ignore()
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Finishing the background checks…"))
            self.tasks.run(checks.stop, self._close_again, self._close_again)
            return
        if self.finance_window is not None:
            self.finance_window.close()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        self.tasks.wait(30_000)  # work under way finishes whole rather than being cut off
        super().closeEvent(event)
