"""What Replace card and Remove card share: the card whose services move, the account's other valid
cards to move them to (followed while the dialog is open), and a refusal naming a card removed
meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QRadioButton,
    QWidget,
)

from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, CardView
from desktop.core.codes import ErrorCode
from desktop.ui.customers.card_work import CardWork, fill_targets
from desktop.ui.tasks import TaskRunner


class MovingServices(CardWork):
    """What Replace and Remove share: the card whose services move (`moving_from`), the account's other
    valid cards to move them to (`others`, chosen with the `to_saved` button), followed while the dialog
    is open, and a refusal that names a card removed meanwhile."""

    def __init__(
        self, desk: Desk, tasks: TaskRunner, account: AccountView, card: CardView, parent: QWidget | None
    ) -> None:
        super().__init__(desk, tasks, account, parent)
        self.moving_from = card
        self.others = QComboBox(self)
        fill_targets(self.others, account, card.id, None)
        self.others.currentIndexChanged.connect(lambda _: self.refresh())
        self.to_saved = QRadioButton(self)  # worded by each dialog

    def choices(self) -> tuple[QWidget, ...]:
        """The inputs locked while the work runs."""
        return self.to_saved, self.others

    def follow(self, account: AccountView) -> bool:
        """The cards to move to as they are on `account`; False when the card itself is gone."""
        if not any(card.id == self.moving_from.id for card in account.cards):
            self.card_gone(self.moving_from)
            return False
        chosen, lost_before = self.others.currentData(), self.others.currentIndex() < 0
        if not fill_targets(self.others, account, self.moving_from.id, chosen):
            self.error.setText(self.target_gone_text(chosen))
            self.error.show()
        elif lost_before:
            self.others.setCurrentIndex(-1)  # a choice lost before: still the person's to make
        return True

    def refresh(self) -> None:
        self.others.setEnabled(self.to_saved.isChecked() and self._cancel is None)
        super().refresh()

    def lock(self, locked: bool) -> None:
        for widget in self.choices():
            widget.setEnabled(not locked)
        if not locked:
            self.to_saved.setEnabled(self.others.count() > 0)
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        said = self.refusal_text(error) if isinstance(error, UseCaseError) else ""
        if said:
            self.error.setText(said)
        self.reload()  # whatever was refused, the dialog shows the account as it is now

    def refusal_text(self, error: UseCaseError) -> str:
        """This dialog's own words for a refusal ('' for the general ones)."""
        if error.code is ErrorCode.CARD_TARGET_GONE:
            return self.target_gone_text(card_id_of(error))
        return ""


def card_id_of(error: UseCaseError) -> int | None:
    value = error.params.get("card_id")
    return value if isinstance(value, int) else None
