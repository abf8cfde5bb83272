"""The account's Contacts tab (R37): its billing contacts with how many services each bills, and Add,
Edit and Remove. The list is read off the GUI thread whenever the account is loaded again (after any
change here, in another window or on another workstation, R34), and only while the tab is in view."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.app import contacts
from desktop.app.actor import Permission
from desktop.app.contacts import ContactRow
from desktop.app.desk import Desk
from desktop.core.refs import ref_key
from desktop.core.search_text import fold
from desktop.ui import formatting, messages
from desktop.ui.customers.account_tab_base import LoadingAccountTab, offer
from desktop.ui.customers.contact_dialog import ContactDialog, RemoveContactDialog
from desktop.ui.customers.tab_columns import FittedColumns
from desktop.ui.data_table import set_up_table
from desktop.ui.icons import icon
from desktop.ui.table_model import KeyedRows, KeyedTableModel
from desktop.ui.tasks import TaskRunner


class Column(IntEnum):
    NAME = 0
    REF = 1  # what the command line takes: proforma issue --contact, recurring on --contact
    COMPANY = 2
    EMAIL = 3
    PHONE = 4
    TAX_ID = 5
    SERVICES = 6


class ContactsModel(KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.REF: self.tr("Ref"),
            Column.COMPANY: self.tr("Company"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.TAX_ID: self.tr("Tax ID"),
            Column.SERVICES: self.tr("Services billed"),
        }[Column(section)]

    def decorate(self, row: ContactRow, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == Column.REF:
            return self.tr(
                "The contact's ref, as the commands take it: proforma issue --contact, recurring on --contact"
            )
        if column == Column.SERVICES:
            return "\n".join(
                formatting.domain(use.name) if use.kind == "domain" else formatting.name(use.name)
                for use in row.services
            )
        return None


def _uses_text(row: ContactRow) -> str:
    total, active = len(row.services), len(row.active)
    if total == active:
        return str(total)
    return QCoreApplication.translate("ContactsModel", "{total} ({active} with auto-renew on)").format(
        total=total, active=active
    )


def prepare_contacts(rows: Sequence[ContactRow]) -> KeyedRows:
    """Texts and sort keys, made off the GUI thread."""
    texts, keys = [], []
    for row in rows:
        contact = row.contact
        texts.append(
            (
                formatting.name(contact.name),
                formatting.ltr(contact.ref),
                formatting.name(contact.company) if contact.company else "",
                formatting.email(contact.email) if contact.email else "",
                formatting.ltr(contact.phone) if contact.phone else "",
                formatting.ltr(contact.tax_id) if contact.tax_id else "",
                _uses_text(row),
            )
        )
        keys.append(
            (
                fold(contact.name),
                ref_key(contact.ref),
                fold(contact.company or ""),
                (contact.email or "").casefold(),
                contact.phone or "",
                contact.tax_id or "",
                (len(row.services), len(row.active)),
            )
        )
    return KeyedRows(tuple(rows), texts, keys)


def _load(desk: Desk, customer_id: int) -> KeyedRows:
    return prepare_contacts(desk.call(contacts.list_contacts, customer_id))


class ContactsTab(LoadingAccountTab[ContactRow, KeyedRows]):
    row_type = ContactRow

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            tasks,
            parent,
            name="contacts",
            model=ContactsModel,
            open_chosen=self.edit_contact,
            load=_load,
        )
        set_up_table(
            self.table,
            Column.NAME,
            (
                (Column.NAME, 180),
                (Column.REF, 70),
                (Column.COMPANY, 160),
                (Column.EMAIL, 220),
                (Column.PHONE, 120),
                (Column.TAX_ID, 110),
            ),
        )
        # The e-mail takes what is left; names and companies give way before a title is cut.
        self.columns_fitted = FittedColumns(
            self.table, self.model, Column.EMAIL, {Column.NAME, Column.COMPANY}
        )
        self.add_button = self.action("addContact", self.add_contact, icon("plus"))
        self.edit_button = self.action("editContact", self.edit_contact, icon("pencil"))
        self.remove_button = self.action("removeContact", self.remove_contact, icon("trash-2"))
        self.retranslate()

    # -- the account tab -------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        if self.account is not None:
            self.show_account(self.account)  # the texts are made again in the new language
        super().retranslate()

    def fill(self, loaded: KeyedRows) -> None:
        self.set_rows(loaded)
        self.summary.setText(self.tr("%n billing contact(s)", "", len(loaded.rows)))

    def load_failed(self, error: BaseException) -> None:
        self.say(messages.error(error))

    # -- actions ---------------------------------------------------------------------------------

    def key_of(self, row: ContactRow) -> int:
        return row.contact.id

    def update_actions(self) -> None:
        role = self.role_refusal(Permission.MANAGE_CONTACTS)
        chosen = self.chosen()
        no_account = self.tr("Choose a customer first")
        choose = self.tr("Choose a contact in the list first")
        for button, why_not, tip in (
            (self.add_button, "" if self.account else no_account, self.tr("Add a billing contact")),
            (self.edit_button, "" if chosen else choose, self.tr("Edit the chosen contact")),
            (self.remove_button, "" if chosen else choose, self.tr("Remove the chosen contact")),
        ):
            offer(button, role or why_not, tip)

    def add_contact(self) -> None:
        if self.account is None:
            return
        dialog = ContactDialog(self._desk, self._tasks, self.account, parent=self.window())
        if dialog.exec() and dialog.saved is not None:
            self.say(
                self.tr("Billing contact {name} added ({ref}).").format(
                    name=formatting.name(dialog.saved.name), ref=formatting.ltr(dialog.saved.ref)
                )
            )

    def edit_contact(self) -> None:
        chosen = self.chosen()
        if self.account is None or chosen is None or not self._desk.may(Permission.MANAGE_CONTACTS):
            return
        dialog = ContactDialog(self._desk, self._tasks, self.account, chosen.contact, parent=self.window())
        if dialog.exec() and dialog.saved is not None:
            self.say(self.tr("Billing contact {name} saved.").format(name=formatting.name(dialog.saved.name)))

    def remove_contact(self) -> None:
        chosen = self.chosen()
        if self.account is None or chosen is None:
            return
        dialog = RemoveContactDialog(self._desk, self._tasks, self.account, chosen, parent=self.window())
        if dialog.exec() and dialog.removed is not None:
            removed = dialog.removed
            name = formatting.name(removed.contact.name)
            if removed.moved:
                to = (
                    formatting.name(removed.to.name)
                    if removed.to
                    else self.tr("the account holder ({name})").format(
                        name=formatting.name(self.account.customer.name)
                    )
                )
                self.say(
                    self.tr(
                        "Billing contact {name} removed; %n service(s) moved to {to}.", "", len(removed.moved)
                    ).format(name=name, to=to)
                )
            else:
                self.say(self.tr("Billing contact {name} removed.").format(name=name))
