"""The Follow-up window (R41): what needs a person, most urgent first, with each row's actions. The
list comes a page at a time ("200 of 107,978", Show more reads the next page after the last row
shown), with the exact count of each kind. Rows are read off the GUI thread and read again after any
change (here, in another window, on another workstation or by the background checks), the pages
shown kept, so a row whose cause is gone leaves by itself. Actions that
belong to the account (replace the card, switch auto-renew on again, record a payment) are asked of
the main window through signals; sending a renew link or an e-mail again is done here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import followup, outbox, payments, payments_not_applied
from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.followup import FollowUp, FollowUpRow
from desktop.core.codes import FollowUpAction, FollowUpKind, Unavailable
from desktop.core.followup import MAX_PAGE, PAGE
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.data_table import set_up_table
from desktop.ui.followup import texts
from desktop.ui.followup.followup_model import Column, FollowUpModel, prepare
from desktop.ui.table_model import ROW_ROLE, KeyedRows, SortingProxy
from desktop.ui.tasks import TaskRunner

WATCHED = frozenset({Change.ACCOUNTS, Change.CHARGES, Change.MAIL})
MOST_ACTIONS = 3
# What each action needs of the person's role (R23): the use cases refuse the rest anyway.
NEEDS: dict[FollowUpAction, Permission] = {
    FollowUpAction.REPLACE_CARD: Permission.MANAGE_CARDS,
    FollowUpAction.SWITCH_ON_AGAIN: Permission.MANAGE_RECURRING,
    FollowUpAction.SEND_RENEW_LINK: Permission.RESEND_EMAIL,
    FollowUpAction.RESEND: Permission.RESEND_EMAIL,
    FollowUpAction.RECORD_PAYMENT: Permission.RECORD_PAYMENT,
    FollowUpAction.CANCEL_PROFORMA: Permission.CANCEL_PROFORMA,
    FollowUpAction.REFUND: Permission.RECORD_PAYMENT,
    FollowUpAction.SETTLE: Permission.RECORD_PAYMENT,
}


class FollowUpWindow(QDialog):
    # Asked of the main window: (row) for each; it opens the account as the action needs.
    replace_card_wanted = Signal(object)
    switch_on_wanted = Signal(object)
    payment_wanted = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpWindow")
        self._desk, self._tasks = desk, tasks
        self.chosen: FollowUpRow | None = None
        self.found: FollowUp | None = None  # the latest page read: its counts and whether more follow
        self.rows: tuple[FollowUpRow, ...] = ()  # every row shown, the pages read so far, in order
        self._asked = 0  # the latest reading asked for; an older answer is dropped
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.more = QPushButton(self)
        self.more.setObjectName("followUpMore")
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.model = FollowUpModel(self)
        proxy = SortingProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        set_up_table(
            self.table,
            Column.DAYS_LEFT,
            [
                (Column.KIND, 210),
                (Column.CUSTOMER, 150),
                (Column.SERVICE, 190),
                (Column.REASON, 260),
                (Column.WHEN, 110),
                (Column.AMOUNT, 100),
            ],
        )
        self.table.setWordWrap(False)
        self._selection = self.table.selectionModel()  # kept: PySide6 would drop it otherwise
        self._selection.selectionChanged.connect(self._chosen_changed)
        self.table.doubleClicked.connect(lambda _: self.run(self.chosen.action) if self.chosen else None)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = [QPushButton(self) for _ in range(MOST_ACTIONS)]
        for position, button in enumerate(self.buttons):
            button.clicked.connect(lambda _=False, at=position: self._button_clicked(at))
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        for button in self.buttons:
            bottom.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.more.setText(self.tr("Show more"))
        self.setWindowTitle(self.tr("Follow-up"))
        self.resize(1180, 640)
        watch(self, desk, WATCHED, self.reload)
        self.summary.setText(self.tr("Reading the follow-up list…"))
        self._show_actions()
        self.reload()

    # -- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """The list again from its first row, as many rows as are shown (a page at least)."""
        desk, limit = self._desk, min(max(len(self.rows), PAGE), MAX_PAGE)
        self._read(lambda: desk.call(followup.followup_list, limit=limit), ())

    def show_more(self) -> None:
        """The next page, after the last row shown."""
        if not self.rows:
            return
        desk, shown = self._desk, self.rows
        self.more.setEnabled(False)
        self._read(lambda: desk.call(followup.followup_list, after=shown[-1], limit=PAGE), shown)

    def _read(self, read: Callable[[], FollowUp], shown: tuple[FollowUpRow, ...]) -> None:
        self._asked += 1
        asked = self._asked

        def work() -> tuple[FollowUp, tuple[FollowUpRow, ...], KeyedRows]:
            found = read()
            rows = shown + found.rows
            return found, rows, prepare(rows)

        self._tasks.run(
            work, lambda done: self._show(asked, *done), lambda error: self._failed(asked, error), owner=self
        )

    def _show(self, asked: int, found: FollowUp, rows: tuple[FollowUpRow, ...], table: KeyedRows) -> None:
        if asked != self._asked:
            return  # an older answer than the one now wanted
        key = self.chosen.key if self.chosen is not None else None
        self.found, self.rows = found, rows
        self.model.set_rows(table)
        self._show_summary()
        shown: list[FollowUpRow] = self.model.shown_rows()
        keys = [row.key for row in shown]
        if key in keys:
            self.choose_row(keys.index(key))
        else:
            self.chosen = None
            self._show_actions()

    def _show_summary(self) -> None:
        found = self.found
        self.more.setVisible(found is not None and found.more)
        self.more.setEnabled(True)
        if found is None:
            return
        if not found.total:
            self.summary.setText(self.tr("Nothing to follow up."))
            return
        if found.more:
            head = self.tr("{shown} of %Ln row(s) to follow up, most urgent first.", "", found.total).format(
                shown=texts.number(len(self.rows))
            )
        else:
            head = self.tr("%n row(s) to follow up, most urgent first.", "", found.total)
        parts = [
            f"{texts.kind(kind)}: {texts.number(found.counts[kind])}"
            for kind in FollowUpKind
            if found.counts.get(kind)
        ]
        self.summary.setText(head + "  " + " · ".join(parts))

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.more.setEnabled(True)
            self.summary.setText(messages.error(error))

    # -- the chosen row's actions --------------------------------------------------------------------

    def choose_row(self, row: int) -> None:
        """The row chosen, as a click chooses it. (QTableView.selectRow finds no column to start from in
        a right-to-left table whose columns do not reach its left edge, and chooses nothing.)"""
        index = self.table.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._selection.setCurrentIndex(index, flags)

    def _chosen_changed(self, *_: QItemSelection) -> None:
        rows = self._selection.selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        self.chosen = row if isinstance(row, FollowUpRow) else None
        self._show_actions()

    def _show_actions(self) -> None:
        actions = self.chosen.actions if self.chosen is not None else ()
        for position, button in enumerate(self.buttons):
            if position >= len(actions):
                button.hide()
                continue
            action = actions[position]
            button.setText(texts.action(action))
            allowed = self._desk.may(NEEDS[action])
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else messages.unavailable(Unavailable.ROLE))
            button.setDefault(position == 0)
            button.show()

    def _button_clicked(self, position: int) -> None:
        if self.chosen is not None and position < len(self.chosen.actions):
            self.run(self.chosen.actions[position])

    def run(self, action: FollowUpAction) -> None:
        row = self.chosen
        if row is None or not self._desk.may(NEEDS[action]):
            return
        if action is FollowUpAction.REPLACE_CARD:
            self.replace_card_wanted.emit(row)
        elif action is FollowUpAction.SWITCH_ON_AGAIN:
            self.switch_on_wanted.emit(row)
        elif action is FollowUpAction.RECORD_PAYMENT:
            self.payment_wanted.emit(row)
        elif action is FollowUpAction.SEND_RENEW_LINK and row.service_id is not None:
            service_id, desk = row.service_id, self._desk
            self._tasks.run(
                lambda: desk.call(followup.send_renew_link, service_id),
                lambda queued: self.note.setText(
                    self.tr("A renew link for {service} is queued to {address}.").format(
                        service=formatting.domain(row.service or ""), address=formatting.email(queued.to)
                    )
                ),
                self._refused,
                owner=self,
            )
        elif action is FollowUpAction.RESEND and row.outbox_id is not None:
            outbox_id, desk = row.outbox_id, self._desk
            self._tasks.run(
                lambda: desk.call(outbox.resend, outbox_id),
                lambda entry: self.note.setText(
                    self.tr("The e-mail is queued again to {address}.").format(
                        address=formatting.email(entry.to)
                    )
                ),
                self._refused,
                owner=self,
            )
        elif action is FollowUpAction.CANCEL_PROFORMA and row.proforma_number is not None:
            self._cancel_proforma(row.proforma_number)
        elif action is FollowUpAction.REFUND and row.proforma_number is not None:
            self._refund(row)
        elif action is FollowUpAction.SETTLE and row.proforma_number is not None:
            self._settle(row.proforma_number)

    def _cancel_proforma(self, number: int) -> None:
        asked = QMessageBox.question(
            self,
            self.tr("Cancel proforma"),
            self.tr(
                "Every period on proforma {number} was already paid otherwise, so it can no longer be "
                "paid. Cancel it?"
            ).format(number=number),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        desk = self._desk
        self._tasks.run(
            lambda: desk.call(payments.cancel_proforma, number),
            lambda _: self.note.setText(self.tr("Proforma {number} is cancelled.").format(number=number)),
            self._refused,
            owner=self,
        )

    def _refund(self, row: FollowUpRow) -> None:
        number = row.proforma_number
        assert number is not None
        amount = formatting.money(row.amount_minor or 0, row.currency)
        asked = QMessageBox.question(
            self,
            self.tr("Refund to the card"),
            self.tr(
                "The card ending {last4} was charged {amount} for proforma {number}, but nothing on it "
                "could take the payment. Give the {amount} back to the card through the gateway?"
            ).format(last4=formatting.ltr(row.card_last4 or ""), amount=amount, number=number),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        desk = self._desk
        self._tasks.run(
            lambda: desk.call(payments_not_applied.refund_not_applied, number),
            lambda _: self.note.setText(
                self.tr("{amount} was refunded to the card ending {last4}.").format(
                    amount=amount, last4=formatting.ltr(row.card_last4 or "")
                )
            ),
            self._refused,
            owner=self,
        )

    def _settle(self, number: int) -> None:
        """Asks the gateway what became of the charge; charges nothing, so nothing to confirm first."""
        desk = self._desk

        def said(outcome: payments.PaymentOutcome | None) -> None:
            if outcome is None:
                text = self.tr(
                    "The gateway has no charge for proforma {number}: the card was not charged. The "
                    "proforma can be paid or cancelled."
                ).format(number=number)
            else:
                text = self.tr("The card was charged: proforma {number} is paid, invoice {invoice}.").format(
                    number=number, invoice=formatting.ltr(outcome.invoice_title)
                )
            self.note.setText(text)

        self._tasks.run(
            lambda: desk.call(payments.settle_card_payment, number), said, self._refused, owner=self
        )

    def _refused(self, error: BaseException) -> None:
        self.note.setText(messages.error(error))
