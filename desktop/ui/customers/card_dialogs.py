"""Add card, Replace card and Remove card (R38). Each does its work off the GUI thread (the gateway
tokenises and verifies a typed card, R8) with its inputs locked and a busy line saying what is under
way; Cancel (or Esc, or the window's X) meanwhile tells the work to stop before anything is committed
and closes the dialog only once it has (R34). A refusal says why under the inputs and changes nothing.

A typed number goes from the card-entry widget straight into the work (`take_number()` empties the
field at the same moment): no attribute of these dialogs ever holds it (R20).

Replace and Remove show the account as it is (R34): after any change (this workstation's or another's)
they read it again and refill the services that use the card and the cards to move them to; a card
chosen there that was removed meanwhile is said by its name and no longer offered."""

from __future__ import annotations

from desktop.ui.customers.add_card_dialog import AddCardDialog
from desktop.ui.customers.card_work import CardWork, card_choice, fill_targets
from desktop.ui.customers.remove_card_dialog import RemoveCardDialog
from desktop.ui.customers.replace_card_dialog import ReplaceCardDialog

__all__ = [
    "AddCardDialog",
    "CardWork",
    "RemoveCardDialog",
    "ReplaceCardDialog",
    "card_choice",
    "fill_targets",
]
