"""The account's Contacts tab (R37): its billing contacts with how many services each bills, and Add,
Edit and Remove. The list is read off the GUI thread whenever the account is loaded again (after any
change here, in another window or on another workstation, R34), and only while the tab is in view."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.app import contacts
from desktop.app.actor import Permission
from desktop.app.contacts import ContactRow
from desktop.app.desk import Desk
from desktop.app.views import AccountView
from desktop.core.codes import Unavailable
from desktop.core.search_text import fold
from desktop.ui import formatting, messages
from desktop.ui.customers.contact_dialog import ContactDialog, RemoveContactDialog
from desktop.ui.data_table import set_up_table
from desktop.ui.icons import icon
from desktop.ui.table_model import EMPTY, ROW_ROLE, KeyedRows, KeyedTableModel, SortingProxy
from desktop.ui.tasks import TaskRunner


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    EMAIL = 2
    PHONE = 3
    TAX_ID = 4
    SERVICES = 5


class ContactsModel(KeyedTableModel):
    columns = len(Column)

    def header(self, section: int) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.COMPANY: self.tr("Company"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.TAX_ID: self.tr("Tax ID"),
            Column.SERVICES: self.tr("Services billed"),
        }[Column(section)]

    def decorate(self, row: ContactRow, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
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
                fold(contact.company or ""),
                (contact.email or "").casefold(),
                contact.phone or "",
                contact.tax_id or "",
                (len(row.services), len(row.active)),
            )
        )
    return KeyedRows(tuple(rows), texts, keys)


class ContactsTab(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self._stale = False
        self._asked = 0  # the load asked last: an older answer is dropped
        self.model = ContactsModel(self)
        self.proxy = SortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.proxy)
        set_up_table(
            self.table,
            Column.NAME,
            (
                (Column.NAME, 180),
                (Column.COMPANY, 160),
                (Column.EMAIL, 220),
                (Column.PHONE, 120),
                (Column.TAX_ID, 110),
            ),
        )
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.selection: QItemSelectionModel = self.table.selectionModel()  # kept: Qt may drop it otherwise
        self.add_button = QPushButton(icon("plus"), "", self)
        self.add_button.setObjectName("addContact")
        self.edit_button = QPushButton(icon("pencil"), "", self)
        self.edit_button.setObjectName("editContact")
        self.remove_button = QPushButton(icon("trash-2"), "", self)
        self.remove_button.setObjectName("removeContact")
        self.summary = QLabel(self)
        # What the last action here did, or why it was refused: stays until the next one.
        self.note = QLabel(self)
        self.note.setObjectName("contactsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.selection.selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _: self.edit_contact())
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.retranslate()

    # -- the account tab -------------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.account is not None:
            self.show_account(self.account)  # the texts are made again in the new language
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(self, account: AccountView | None) -> None:
        another = account is None or self.account is None or account.customer.id != self.account.customer.id
        self.account = account
        if another:
            self.note.hide()
            self.model.set_rows(EMPTY)
            self.summary.clear()
        self._asked += 1
        if account is None:
            self.update_actions()
            return
        if self.isVisible():
            self._load()
        else:
            self._stale = True  # read when the tab is shown
        self.update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        account = self.account
        if account is None:
            return
        self._stale = False
        asked, desk, customer_id = self._asked, self._desk, account.customer.id
        self._tasks.run(
            lambda: prepare_contacts(desk.call(contacts.list_contacts, customer_id)),
            lambda table: self._loaded(asked, table),
            self._load_failed,
            owner=self,
        )

    def _loaded(self, asked: int, table: KeyedRows) -> None:
        if asked != self._asked:
            return  # another account, or a newer load, was asked for meanwhile
        chosen = self.chosen()
        self.model.set_rows(table)
        self.summary.setText(self.tr("%n billing contact(s)", "", len(table.rows)))
        if chosen is not None:
            self._select(chosen.contact.id)
        self.update_actions()

    def _load_failed(self, error: BaseException) -> None:
        self._say(messages.error(error))

    def _select(self, contact_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            found = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(found, ContactRow) and found.contact.id == contact_id:
                self.table.selectRow(row)
                return

    # -- actions ---------------------------------------------------------------------------------

    def chosen(self) -> ContactRow | None:
        rows = self.selection.selectedRows()
        if not rows:
            return None
        found = self.proxy.data(rows[0], ROW_ROLE)
        return found if isinstance(found, ContactRow) else None

    def update_actions(self) -> None:
        allowed = self._desk.may(Permission.MANAGE_CONTACTS)
        role = messages.unavailable(Unavailable.ROLE)
        chosen = self.chosen()
        no_account = self.tr("Choose a customer first")
        choose = self.tr("Choose a contact in the list first")
        for button, why_not, tip in (
            (self.add_button, "" if self.account else no_account, self.tr("Add a billing contact")),
            (self.edit_button, "" if chosen else choose, self.tr("Edit the chosen contact")),
            (self.remove_button, "" if chosen else choose, self.tr("Remove the chosen contact")),
        ):
            reason = role if not allowed else why_not
            button.setEnabled(not reason)
            button.setToolTip(reason or tip)

    def add_contact(self) -> None:
        if self.account is None:
            return
        dialog = ContactDialog(self._desk, self._tasks, self.account, parent=self.window())
        if dialog.exec() and dialog.saved is not None:
            self._say(
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
            self._say(
                self.tr("Billing contact {name} saved.").format(name=formatting.name(dialog.saved.name))
            )

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
                self._say(
                    self.tr(
                        "Billing contact {name} removed; %n service(s) moved to {to}.", "", len(removed.moved)
                    ).format(name=name, to=to)
                )
            else:
                self._say(self.tr("Billing contact {name} removed.").format(name=name))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
