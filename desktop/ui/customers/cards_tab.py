"""The account's Cards tab (R38): each saved card with its expiry, holder, whether it is valid or why
not, how many services use it, and the R9 flag when it expires before a service's next charge; Add
card…, Replace… and Remove… for those whose role may (R23: sales and admin; others see why not).
Everything shown comes with the account (loaded again after any change, R34): nothing is read here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.ui import messages
from desktop.ui.customers.card_dialogs import AddCardDialog, RemoveCardDialog, ReplaceCardDialog
from desktop.ui.customers.cards_model import CardRow, CardsModel, Column, prepare_cards
from desktop.ui.data_table import set_up_table
from desktop.ui.table_model import EMPTY, ROW_ROLE, SortingProxy
from desktop.ui.tasks import TaskRunner


class CardsTab(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardsTab")
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self.model = CardsModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("cardsTable")
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.CARD,
            (
                (Column.CARD, 150),
                (Column.EXPIRY, 75),
                (Column.HOLDER, 150),
                (Column.STATE, 120),
                (Column.SERVICES, 190),
            ),
        )
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addCard")
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceCard")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeCard")
        self.summary = QLabel(self)
        # What the last action here did, or nothing: stays until the next one or another account.
        self.note = QLabel(self)
        self.note.setObjectName("cardsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        bar = QHBoxLayout()
        for button in (self.add_button, self.replace_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda *_: self.replace_card())
        self.add_button.clicked.connect(self.add_card)
        self.replace_button.clicked.connect(self.replace_card)
        self.remove_button.clicked.connect(self.remove_card)
        self.retranslate()

    # -- the account tab -------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Cards")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add card…"))
        self.replace_button.setText(self.tr("Replace…"))
        self.remove_button.setText(self.tr("Remove…"))
        if self.account is not None:
            self.show_account(self.account)
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(self, account: AccountView | None) -> None:
        if account is None or self.account is None or account.customer.id != self.account.customer.id:
            self.note.hide()
        chosen = self.chosen()
        self.account = account
        self.model.set_rows(prepare_cards(account) if account is not None else EMPTY)
        self.summary.setText(
            self.tr("%n card(s)", "", len(account.cards)) if account is not None and account.cards else ""
        )
        if chosen is not None:
            self.select(chosen.id)
        self.update_actions()

    # -- choosing and acting -----------------------------------------------------------------------

    def chosen(self) -> CardView | None:
        rows = self.selection.selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row.card if isinstance(row, CardRow) else None

    def select(self, card_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(found, CardRow) and found.card.id == card_id:
                self.table.selectRow(row)
                return

    def update_actions(self) -> None:
        may = self._desk.may(Permission.MANAGE_CARDS)
        why_not = "" if may else messages.unavailable("role")
        chosen = self.chosen() is not None
        self.add_button.setEnabled(may and self.account is not None)
        self.replace_button.setEnabled(may and chosen)
        self.remove_button.setEnabled(may and chosen)
        for button in (self.add_button, self.replace_button, self.remove_button):
            button.setToolTip(why_not)
        if may and not chosen:
            tip = self.tr("Choose a card in the table first.")
            self.replace_button.setToolTip(tip)
            self.remove_button.setToolTip(tip)

    def _open(self, dialog: AddCardDialog | ReplaceCardDialog | RemoveCardDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.note.setText(dialog.outcome_text())
            self.note.show()

    def add_card(self) -> None:
        if self.account is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(AddCardDialog(self._desk, self._tasks, self.account, self))

    def replace_card(self) -> None:
        card = self.chosen()
        if self.account is not None and card is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(ReplaceCardDialog(self._desk, self._tasks, self.account, card, self))

    def remove_card(self) -> None:
        card = self.chosen()
        if self.account is not None and card is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(RemoveCardDialog(self._desk, self._tasks, self.account, card, self))
