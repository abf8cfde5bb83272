"""The tabs of an account beside its services (R37-R40): contacts, cards, proformas, invoices. Each tab
is a widget that shows the account it is given and loads what else it needs itself; the account panel
hands every tab the account whenever it is loaded again (after any change, R34)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from desktop.app.desk import Desk
from desktop.app.views import AccountView
from desktop.ui.tasks import TaskRunner


class AccountTab(Protocol):
    def show_account(self, account: AccountView | None) -> None:
        """The account as now loaded (None: no customer chosen)."""
        ...

    def tab_title(self) -> str:
        """The tab's title in the language now in force."""
        ...


TabFactory = Callable[[Desk, TaskRunner, QWidget], QWidget]


def tab_factories() -> list[TabFactory]:
    """The tabs after Services, in order. Imported here, not at the top: each area's module is its own."""
    factories: list[TabFactory] = []
    from desktop.ui.customers.contacts_tab import ContactsTab

    factories.append(ContactsTab)
    from desktop.ui.customers.cards_tab import CardsTab

    factories.append(CardsTab)
    from desktop.ui.customers.invoices_tab import InvoicesTab
    from desktop.ui.customers.proformas_tab import ProformasTab

    factories.append(ProformasTab)
    factories.append(InvoicesTab)
    return factories
