"""The sales window: customer search on the left, the account on the right, and the Actions menu and
toolbar with Renew, Renew All, Recurring and Recurring All (R1, R2, R23 decide what is offered)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop.app import about, doctor, operations
from desktop.app.actor import Actor, Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, ServiceView
from desktop.core.codes import ErrorCode, Unavailable
from desktop.ui import messages, start_up
from desktop.ui.admin.audit_dialog import AuditDialog
from desktop.ui.admin.operations_dialog import OperationsDialog
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.admin.staff_dialog import StaffDialog
from desktop.ui.application import current_language
from desktop.ui.background_status import BackgroundStatus
from desktop.ui.changes import watch
from desktop.ui.customers.account_panel import AccountPanel
from desktop.ui.customers.customer_dialog import CustomerDialog
from desktop.ui.customers.search_panel import SearchPanel
from desktop.ui.customers.services_model import PreparedTable
from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.dialogs.connection_dialog import ConnectionDialog, Purpose
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.dialogs.proforma_dialog import ProformaDialog
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.dialogs.switch_off import switch_off
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.followup.launcher import FollowUpLauncher
from desktop.ui.help import install_help, mark_help_handled, show_help
from desktop.ui.icons import icon
from desktop.ui.mail.emails_dialog import EmailsDialog
from desktop.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(
        self, workspace: Desk, parent: QWidget | None = None, *, background_checks: bool = False
    ) -> None:
        """`background_checks`: start the due checks of this workstation with the window (the
        program always does; tests and screenshots choose)."""
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = TaskRunner(self)
        self._closing = False
        self.finance_window: FinanceWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.search = SearchPanel(workspace, self.tasks, self)
        self.account_panel = AccountPanel(workspace, self.tasks, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.search)
        splitter.addWidget(self.account_panel)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.reason = self.account_panel.offer_reason  # R1: said in the account, apart from the checks
        self.background = BackgroundStatus(workspace, self)
        # As wide as its line needs; narrower, it leaves out whole parts (never half a word).
        self.statusBar().addPermanentWidget(self.background)
        self.statusBar().addPermanentWidget(self.busy)
        self.tasks.busy_changed.connect(self.busy.setVisible)

        self.sign_out_action = self._action("", "Ctrl+Shift+L", self.sign_out, "log-out")
        self.quit_action = self._action("", "Ctrl+Q", self.close, "power")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.renew = self._action("", "Ctrl+R", self._renew, "file-plus")
        self.renew_all = self._action("", "Ctrl+Shift+R", self._renew_all, "files")
        self.recurring = self._action("", "Ctrl+E", self._recurring, "repeat")
        self.recurring_all = self._action("", "Ctrl+Shift+E", self._recurring_all, "calendar-sync")
        self.switch_off = self._action("", "Ctrl+Shift+D", self._switch_off, "ban")
        self.refresh_action = self._action("", QKeySequence.StandardKey.Refresh, self.refresh, "refresh-cw")
        self.new_customer = self._action("", "Ctrl+N", self._new_customer, "user-plus")
        menu = self.menuBar().addMenu("")
        menu.setToolTipsVisible(True)  # a greyed-out action says why
        self.actions_menu = menu
        toolbar = QToolBar(self)
        toolbar.setObjectName("actions")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        menu.addAction(self.new_customer)
        toolbar.addAction(self.new_customer)
        menu.addSeparator()
        toolbar.addSeparator()
        for action in (self.renew, self.renew_all, self.recurring, self.recurring_all, self.switch_off):
            menu.addAction(action)
            toolbar.addAction(action)
        menu.addSeparator()
        # R41: the list a salesperson opens first, its count on the action (kept current).
        self.followup = FollowUpLauncher(self)
        menu.addAction(self.followup.action)
        toolbar.addSeparator()
        toolbar.addAction(self.followup.action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        self._add_tool_menus()
        self._add_help_menu()
        self.retranslate()
        # Another admin (any workstation) may change this person's role or disable them (R23).
        watch(self, workspace, {Change.STAFF}, self._staff_changed)

        self.search.customer_chosen.connect(self.open_customer)
        self.account_panel.service_opened.connect(self._open_service)
        self.account_panel.model.dataChanged.connect(lambda *_: self.update_actions())
        self.account_panel.model.modelReset.connect(self.update_actions)
        self._restore()
        self.update_actions()
        self.search.search_now()
        self.tasks.run(
            lambda: workspace.call(operations.last_finished_run),
            self.background.show_earlier_run,
            lambda _: None,
            owner=self,
        )
        if background_checks:
            self.background.start()

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str,
        slot: object,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        """Every text of the window's own, again after another language is chosen (sign-in)."""
        self._show_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.sign_out_action.setText(self.tr("Sign &out / switch user…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.actions_menu.setTitle(self.tr("&Actions"))
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.renew.setText(self.tr("&Renew"))
        self.renew_all.setText(self.tr("Renew &All"))
        self.recurring.setText(self.tr("Re&curring"))
        self.recurring_all.setText(self.tr("Recurring A&ll"))
        self.switch_off.setText(self.tr("&Switch auto-renew off"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.new_customer.setText(self.tr("&New customer…"))
        self.followup.retranslate()
        self.finance_menu.setTitle(self.tr("F&inance"))
        self.finance_action.setText(self.tr("&Upcoming charges…"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.operations_action.setText(self.tr("&Background checks…"))
        self.emails_action.setText(self.tr("&E-mails…"))
        self.audit_action.setText(self.tr("&Audit log…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.staff_action.setText(self.tr("S&taff…"))
        self.connection_action.setText(self.tr("&Connection…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("&Guide to this window"))
        self.about_action.setText(self.tr("&About RenewDesk"))
        self.update_actions()

    def _show_title(self) -> None:
        """Who is signed in, and on which workstation (R43): several may be open side by side."""
        name = self.workspace.actor.name if self.workspace.actor else ""
        title = self.tr("RenewDesk — {name} — {workstation}")
        self.setWindowTitle(title.format(name=name, workstation=self.workspace.workstation))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the account -----------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        self.account_panel.open_customer(customer_id)

    def show_account(self, account: AccountView, prepared: PreparedTable | None = None) -> None:
        self.account_panel.show_account(account, prepared)
        self.update_actions()

    def refresh(self) -> None:
        """The account panel reloads by itself after any announced change (R34); this is F5's."""
        self.account_panel.reload()

    def update_actions(self) -> None:
        """R1/R2/R23: what is offered, and why not when it is not: a greyed-out action's tooltip
        gives the first reason that holds it back (the role, no customer, R1/R2, nothing ticked)."""
        account = self.account_panel.account
        ticked = bool(self.account_panel.ticked())
        may_renew = self.workspace.may(Permission.ISSUE_PROFORMA)
        may_recur = self.workspace.may(Permission.MANAGE_RECURRING)
        reasons: list[str] = []
        if account is not None and not account.recurring.offered:
            reasons = [messages.unavailable(code) for code in account.recurring.reasons]
        if not may_recur:
            reasons = [messages.unavailable(Unavailable.ROLE)]
        renew_why = self._held_back(may_renew, account, account.renew.reasons if account else ())
        recurring_why = self._held_back(may_recur, account, account.recurring.reasons if account else ())
        switch_why = self._held_back(may_recur, account, ())
        tick_first = self.tr("Tick services first")
        self._offer(self.renew, renew_why or ("" if ticked else tick_first))
        self._offer(self.renew_all, renew_why)
        self._offer(self.recurring, recurring_why or ("" if ticked else tick_first))
        self._offer(self.recurring_all, recurring_why)
        self._offer(self.switch_off, switch_why or ("" if ticked else tick_first))
        self._offer(self.refresh_action, "" if account is not None else self.tr("Choose a customer first"))
        may_add = self.workspace.may(Permission.MANAGE_CUSTOMERS)
        self._offer(self.new_customer, "" if may_add else messages.unavailable(Unavailable.ROLE))
        self.reason.setText("\n".join(reasons) if account is not None else "")

    def _held_back(self, allowed: bool, account: AccountView | None, reasons: tuple[Unavailable, ...]) -> str:
        if not allowed:
            return messages.unavailable(Unavailable.ROLE)
        if account is None:
            return self.tr("Choose a customer first")
        return "\n".join(messages.unavailable(code) for code in reasons)

    @staticmethod
    def _offer(action: QAction, why_not: str) -> None:
        action.setEnabled(not why_not)
        action.setToolTip(why_not or action.text().replace("&", ""))

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
        if dialog.exec() and dialog.outcome is not None:
            # Kept in view: the reload that the change sets off has its own status message.
            note_of(self).say(dialog.outcome_text())

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
        dialog = ProformaDialog(self.workspace, self.tasks, account, service_ids, parent=self)
        dialog.exec()
        if dialog.issued:
            note_of(self).say(dialog.outcome.text())  # what was issued stays in view

    def _switch_off(self) -> None:
        account = self.account_panel.account
        ticked = self.account_panel.ticked()
        if account is None or not ticked:
            return
        switch_off(self, self.workspace, self.tasks, account, ticked, done=lambda: None)

    def _new_customer(self) -> None:
        """R36: the customer saved is opened at once, its account ready for cards and contacts."""
        dialog = CustomerDialog(self.workspace, self.tasks, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.open_customer(dialog.saved.id)

    def _open_service(self, service: ServiceView) -> None:
        account = self.account_panel.account
        if account is None:
            return
        page = ServicePage(self.workspace, self.tasks, account, service, parent=self)
        if page.exec() and page.outcome is not None:
            note_of(self).say(page.outcome_text())

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
        self.finance_menu = finance
        self.finance_action = self._action(
            self.tr("&Upcoming charges…"), "Ctrl+U", self.open_finance, "chart-column"
        )
        finance.addAction(self.finance_action)
        finance.menuAction().setVisible(may(Permission.VIEW_FINANCE))
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools_menu = tools
        self.operations_action = tools.addAction(icon("activity"), self.tr("&Background checks…"))
        self.operations_action.triggered.connect(self.open_operations)
        self.emails_action = tools.addAction(icon("mail"), self.tr("&E-mails…"))

        def open_emails() -> None:
            dialog = EmailsDialog(self.workspace, self.tasks, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            self.emails = dialog

        self.emails_action.triggered.connect(open_emails)
        self.background.settings_wanted.connect(self.open_settings)  # "E-mail is not set up: Set up…"
        self.audit_action = tools.addAction(icon("scroll-text"), self.tr("&Audit log…"))
        self.audit_action.triggered.connect(self.open_audit)
        self.audit_action.setVisible(may(Permission.VIEW_AUDIT))
        tools.addSeparator()
        self.settings_action = tools.addAction(icon("settings"), self.tr("&Settings…"))
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setVisible(may(Permission.VIEW_SETTINGS))
        self.staff_action = tools.addAction(icon("users"), self.tr("S&taff…"))
        self.staff_action.triggered.connect(self.open_staff)
        self.staff_action.setVisible(may(Permission.MANAGE_STAFF))
        self.connection_action = tools.addAction(icon("database"), self.tr("&Connection…"))
        self.connection_action.triggered.connect(self.open_connection)
        self.connection_action.setVisible(may(Permission.MANAGE_SETTINGS))

    def _add_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("&Guide to this window"),
            QKeySequence.StandardKey.HelpContents,
            self.show_guide,
            "circle-help",
        )
        self.about_action = self._action(self.tr("&About RenewDesk"), "", self.show_about, "info")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        mark_help_handled(self)  # F1 is the Help action's here; other windows get their own F1
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_help(app)

    def show_guide(self) -> None:
        show_help(self)

    def show_about(self) -> None:
        if self.about_dialog is None:
            facts = self.workspace.make(about.about)
            self.about_dialog = AboutDialog(facts, partial(self.workspace.make, doctor.checks_here), self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

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

    def open_connection(self) -> None:
        """R43: where this workstation's data is (admin). A new one is used after a restart: every
        part of this window was built on the old connection."""
        dialog = ConnectionDialog(self.tasks, Purpose.CHANGE, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QMessageBox.information(
            self, self.tr("Connection"), self.tr("RenewDesk will restart to use the new connection.")
        )
        start_up.restart_without_db()

    def open_staff(self) -> None:
        StaffDialog(self.workspace, self.tasks, self).exec()
        # The admin may have given up their own role: the staff table says, read off the GUI thread;
        # the window adopts the answer on the GUI thread.
        self.tasks.run(self.workspace.current_actor, self._adopt, owner=self)

    def _staff_changed(self) -> None:
        """The person's role as the staff table has it now, read off the GUI thread."""
        if self.workspace.actor is None or self.sign_in_dialog is not None:
            return
        self.tasks.run(self.workspace.current_actor, self._adopt, self._actor_refused, owner=self)

    def _adopt(self, actor: Actor) -> None:
        current = self.workspace.actor
        if current is None or current.name != actor.name:
            return  # signed out (or another person signed in) while it was read
        if actor != current:
            self.workspace.adopt(actor)
        self._update_tool_menus()

    def _actor_refused(self, error: BaseException) -> None:
        """Disabled by an admin meanwhile: signed out at once, and told why (nothing of theirs stays
        open on a shared workstation). Any other failure: the next change asks again."""
        if not (isinstance(error, UseCaseError) and error.code is ErrorCode.STAFF_DISABLED):
            return
        if self.workspace.actor is None or self.workspace.actor.name != error.params.get("name"):
            return
        self.sign_out()
        QMessageBox.warning(
            self,
            self.tr("RenewDesk"),
            self.tr("An administrator disabled your account, so you have been signed out."),
        )

    def _update_tool_menus(self) -> None:
        """What the person at the desk may use: an admin who gave up their own admin role loses the
        admin windows at once; after a sign-out, the next person's role decides."""
        may = self.workspace.may
        self._show_title()
        self.finance_menu.menuAction().setVisible(may(Permission.VIEW_FINANCE))
        self.settings_action.setVisible(may(Permission.VIEW_SETTINGS))
        self.staff_action.setVisible(may(Permission.MANAGE_STAFF))
        self.connection_action.setVisible(may(Permission.MANAGE_SETTINGS))
        self.audit_action.setVisible(may(Permission.VIEW_AUDIT))
        self.update_actions()
        if self.workspace.actor is not None:
            self.background.person_changed()  # "Set up…" for an admin, "ask an administrator" else

    # -- a shared workstation --------------------------------------------------------------------

    def sign_out(self) -> None:
        """The next person signs in at this window; the account view and every other window of the
        person leaving are closed first. The background checks go on (they act for nobody)."""
        if self.finance_window is not None:
            self.finance_window.close()
        for dialog in self.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            dialog.close()
        self.account_panel.show_account(None)
        self.search.query.blockSignals(True)  # no search as nobody
        self.search.query.clear()
        self.search.query.blockSignals(False)
        self.search.results.clear()
        self.splitter.hide()  # nothing of the person leaving stays in view
        note_of(self).say("")
        self.workspace.adopt(None)
        self._update_tool_menus()
        self.statusBar().clearMessage()
        dialog = SignInDialog(self.workspace, self.tasks, current_language(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._signed_in_again)
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in_again(self, result: int) -> None:
        self.sign_in_dialog = None
        if result != QDialog.DialogCode.Accepted or self.workspace.actor is None:
            self.close()  # nobody signed in: the workstation is left closed, not open to anyone
            return
        self.account_panel.show_account(None)  # its words in the language just chosen
        self.splitter.show()
        self._update_tool_menus()
        self.search.search_now()
        self.search.focus_query()
        if self.workspace.may(Permission.VIEW_FINANCE) and not self.workspace.may(
            Permission.MANAGE_RECURRING
        ):
            self.open_finance()

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
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) and self._roomy()):
            self.resize(1280, 760)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _roomy(self) -> bool:
        """A size kept from before is taken when the toolbar fits it whole (or the screen is smaller):
        one kept by a run on a small or virtual screen (766x420) hid Follow-up in the toolbar's
        overflow at the next start on a real one."""
        screen = self.screen().availableGeometry()  # nine tenths of it: its frame and panels aside
        wide = min(self.toolbar.sizeHint().width(), screen.width() * 9 // 10)
        return self.width() >= wide and self.height() >= min(600, screen.height() * 9 // 10)

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
