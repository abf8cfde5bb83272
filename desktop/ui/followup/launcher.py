"""The main window's way into the follow-up list (R41): the "Follow-up" action with the count of rows
on it (read off the GUI thread, again after any change), the window itself, and the account actions
its rows ask for: open the account on its Cards tab (replace the card), the Recurring dialog for the
service (switch on again), the payment dialog for the proforma (record payment)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.app import customers, followup
from desktop.app.changes import Change
from desktop.app.followup import FollowUpRow
from desktop.app.views import AccountView
from desktop.ui import messages
from desktop.ui.changes import watch
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.dialogs.payment_dialog import PaymentDialog
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.followup.followup_window import WATCHED, FollowUpWindow
from desktop.ui.icons import icon

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# The account tabs the actions open, by the module of each tab's class (account_tabs.tab_factories).
CARDS_TAB = "desktop.ui.customers.cards_tab"
PROFORMAS_TAB = "desktop.ui.customers.proformas_tab"


class FollowUpLauncher(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.count: int | None = None
        self.window: FollowUpWindow | None = None
        self.action = QAction(icon("list-checks"), "", main)
        self.action.setObjectName("followUpAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.action.triggered.connect(self.open)
        watch(self, main.workspace, set(WATCHED) | {Change.STAFF}, self.recount)
        self.retranslate()
        self.recount()

    def retranslate(self) -> None:
        if self.count is None:
            self.action.setText(self.tr("&Follow-up"))
        else:
            self.action.setText(self.tr("&Follow-up (%Ln)", "", self.count))
        self.action.setToolTip(self.tr("What needs a person, most urgent first"))

    def recount(self) -> None:
        desk = self.main.workspace
        if desk.actor is None:
            return
        self.main.tasks.run(
            lambda: desk.call(followup.followup_count), self._counted, lambda _: None, owner=self
        )

    def _counted(self, count: int) -> None:
        self.count = count
        self.retranslate()

    # -- the window ------------------------------------------------------------------------------------

    def open(self) -> None:
        if self.window is None:
            window = FollowUpWindow(self.main.workspace, self.main.tasks, self.main)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._closed)
            window.replace_card_wanted.connect(self.replace_card)
            window.switch_on_wanted.connect(self.switch_on)
            window.payment_wanted.connect(self.record_payment)
            self.window = window
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _closed(self) -> None:
        self.window = None

    # -- what its rows ask for -------------------------------------------------------------------------

    def _open_account_on(self, row: FollowUpRow, tab_module: str) -> None:
        panel = self.main.account_panel
        self.main.open_customer(row.customer_id)
        for tab in panel.extra_tabs:
            if type(tab).__module__ == tab_module:
                panel.tabs.setCurrentWidget(tab)
        self.main.raise_()
        self.main.activateWindow()

    def replace_card(self, row: FollowUpRow) -> None:
        self._open_account_on(row, CARDS_TAB)

    def switch_on(self, row: FollowUpRow) -> None:
        """The account's Recurring dialog for this one service, once the account is read."""
        desk, customer_id = self.main.workspace, row.customer_id
        self.main.open_customer(customer_id)
        self.main.tasks.run(
            lambda: desk.call(customers.load_account, customer_id),
            lambda account: self._recurring(account, row),
            lambda error: note_of(self.main).say(messages.error(error)),
            owner=self,
        )

    def _recurring(self, account: AccountView, row: FollowUpRow) -> None:
        if row.service_id is None:
            return
        dialog = RecurringDialog(
            self.main.workspace,
            self.main.tasks,
            account,
            [row.service_id],
            all_domains=False,
            parent=self.main,
        )
        if dialog.exec() and dialog.outcome is not None:
            note_of(self.main).say(dialog.outcome_text())

    def record_payment(self, row: FollowUpRow) -> None:
        if row.proforma_number is None:
            return
        self._open_account_on(row, PROFORMAS_TAB)  # the proforma in view while it is paid
        dialog = PaymentDialog(self.main.workspace, self.main.tasks, row.proforma_number, parent=self.main)
        try:
            if dialog.exec() and dialog.outcome is not None:
                note_of(self.main).say(dialog.outcome_text())
        finally:
            dialog.deleteLater()
