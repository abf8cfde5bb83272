"""The account's Cards tab (R38): each saved card with its expiry, holder, whether it is valid or why
not, how many services use it, and the R9 flag when it expires before a service's next charge; Add
card…, Replace… and Remove… for those whose role may (R23: sales and admin; others see why not).
Everything shown comes with the account (loaded again after any change, R34): nothing is read here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.app.actor import Permission
from desktop.app.desk import Desk
from desktop.app.views import AccountView, CardView
from desktop.ui.customers.account_tab_base import AccountTab, offer
from desktop.ui.customers.card_dialogs import AddCardDialog, RemoveCardDialog, ReplaceCardDialog
from desktop.ui.customers.cards_model import CardRow, CardsModel, Column, prepare_cards
from desktop.ui.customers.tab_columns import FittedColumns
from desktop.ui.data_table import set_up_table
from desktop.ui.table_model import EMPTY
from desktop.ui.tasks import TaskRunner


class CardsTab(AccountTab[CardRow]):
    row_type = CardRow

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent, name="cards", model=CardsModel, open_chosen=self.replace_card)
        set_up_table(
            self.table,
            Column.CARD,
            (
                (Column.CARD, 150),
                (Column.REF, 70),
                (Column.EXPIRY, 75),
                (Column.HOLDER, 150),
                (Column.STATE, 120),
                (Column.SERVICES, 190),
            ),
        )
        self.columns_fitted = FittedColumns(
            self.table, self.model, Column.WARNING, {Column.HOLDER, Column.SERVICES}
        )
        self.add_button = self.action("addCard", self.add_card)
        self.replace_button = self.action("replaceCard", self.replace_card)
        self.remove_button = self.action("removeCard", self.remove_card)
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
        super().retranslate()

    def show_account(self, account: AccountView | None) -> None:
        if self.another_account(account):
            self.note.hide()
        self.account = account
        self.set_rows(prepare_cards(account) if account is not None else EMPTY)
        self.summary.setText(
            self.tr("%n card(s)", "", len(account.cards)) if account is not None and account.cards else ""
        )
        self.update_actions()

    # -- choosing and acting -----------------------------------------------------------------------

    def key_of(self, row: CardRow) -> int:
        return row.card.id

    def chosen_card(self) -> CardView | None:
        row = self.chosen()
        return row.card if row is not None else None

    def update_actions(self) -> None:
        role = self.role_refusal(Permission.MANAGE_CARDS)
        choose = "" if self.chosen() is not None else self.tr("Choose a card in the table first.")
        offer(self.add_button, role, possible=self.account is not None)
        offer(self.replace_button, role or choose)
        offer(self.remove_button, role or choose)

    def _open(self, dialog: AddCardDialog | ReplaceCardDialog | RemoveCardDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.say(dialog.outcome_text())

    def add_card(self) -> None:
        if self.account is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(AddCardDialog(self._desk, self._tasks, self.account, self))

    def replace_card(self) -> None:
        card = self.chosen_card()
        if self.account is not None and card is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(ReplaceCardDialog(self._desk, self._tasks, self.account, card, self))

    def remove_card(self) -> None:
        card = self.chosen_card()
        if self.account is not None and card is not None and self._desk.may(Permission.MANAGE_CARDS):
            self._open(RemoveCardDialog(self._desk, self._tasks, self.account, card, self))
