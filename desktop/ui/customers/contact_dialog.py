"""Add, edit and remove a billing contact (R37). Fields are checked as typed by the use case's rules
(desktop.core.fields). Removing a contact that active auto-renews bill shows, in the same dialog, those
services and a picker of where they go (another contact of the account, or the account holder): they
move and the contact goes in one step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app import contacts, customers
from desktop.app.changes import Change
from desktop.app.contacts import ContactForm, ContactRemoved, ContactRow, MoveTo
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, ContactView
from desktop.core import fields
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.customers.field_dialog import FieldDialog
from desktop.ui.tasks import TaskRunner

_LEFT_TO_RIGHT = (Field.EMAIL, Field.PHONE, Field.TAX_ID)


class ContactDialog(FieldDialog[ContactView]):
    """`contact` None: a new billing contact of the account; else that contact to edit."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        account: AccountView,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("contactDialog")
        self.account, self.contact = account, contact
        self.name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = self.address_editor()
        self.tax_id = QLineEdit(self)
        self.form.add(Field.NAME, self.name, lambda text: fields.required_text(Field.NAME, text))
        self.form.add(Field.COMPANY, self.company, lambda text: fields.optional_text(Field.COMPANY, text))
        self.form.add(Field.EMAIL, self.email, lambda text: fields.email(text, required=False))
        self.form.add(Field.PHONE, self.phone, fields.phone)
        self.form.add(Field.ADDRESS, self.address, lambda text: fields.optional_lines(Field.ADDRESS, text))
        self.form.add(Field.TAX_ID, self.tax_id, lambda text: fields.optional_text(Field.TAX_ID, text))
        for field in _LEFT_TO_RIGHT:
            self.form.editor(field).setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lay_out()
        if contact is not None:
            self._fill(contact)
        self.finish()

    def _fill(self, contact: ContactView) -> None:
        self.name.setText(contact.name)
        self.company.setText(contact.company or "")
        self.email.setText(contact.email or "")
        self.phone.setText(contact.phone or "")
        self.address.setPlainText(contact.address or "")
        self.tax_id.setText(contact.tax_id or "")

    def retranslate(self) -> None:
        customer = formatting.name(self.account.customer.name)
        if self.contact is None:
            self.setWindowTitle(self.tr("New billing contact"))
            self.intro.setText(
                self.tr(
                    "A billing contact of {customer}: the name, company, address and tax ID printed on the documents they are billed by."  # noqa: E501
                ).format(customer=customer)
            )
        else:
            self.setWindowTitle(self.tr("Edit billing contact {ref}").format(ref=self.contact.ref))
            self.intro.setText(self.tr("Documents already issued keep the details they were issued with."))
        super().retranslate()

    def form_values(self) -> ContactForm:
        text = self.form.text
        return ContactForm(
            name=text(Field.NAME),
            company=text(Field.COMPANY),
            email=text(Field.EMAIL),
            phone=text(Field.PHONE),
            address=text(Field.ADDRESS),
            tax_id=text(Field.TAX_ID),
        )

    def save_work(self) -> Callable[[], ContactView]:
        form, desk, customer_id, contact = (
            self.form_values(),
            self._desk,
            self.account.customer.id,
            self.contact,
        )
        if contact is None:
            return lambda: desk.call(contacts.add_contact, customer_id, form)
        return lambda: desk.call(contacts.edit_contact, customer_id, contact.id, form, contact)

    def load_work(self) -> Callable[[], object] | None:
        desk, customer_id = self._desk, self.account.customer.id
        if self.contact is None:
            return None
        return lambda: desk.call(customers.load_account, customer_id)

    def show_record(self, loaded: object) -> bool:
        contact = self.contact
        if not isinstance(loaded, AccountView) or contact is None:
            return False
        self.account = loaded
        now = next((found for found in loaded.contacts if found.id == contact.id), None)
        if now is None:
            return False
        self.contact = now
        self._fill(now)
        return True

    def gone_text(self) -> str:
        return messages.error(UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT))


class RemoveContactDialog(QDialog):
    """Remove a billing contact; when active auto-renews bill it, the same dialog lists them and asks
    where they go. It follows the account while open (R34): the services that use the contact and the
    contacts offered are those stored now, and a contact chosen there that was removed meanwhile is
    said by its name, never replaced by another without the person's say."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        account: AccountView,
        row: ContactRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("removeContactDialog")
        self._desk, self._tasks = desk, tasks
        self.account, self.row = account, row
        self.removed: ContactRemoved | None = None
        self.working = False
        self.gone = False  # the contact itself is no longer on the account
        self._asked, self._reading = 0, False
        self._others = [other for other in account.contacts if other.id != row.contact.id]
        self._offered = {other.id: other for other in account.contacts}  # every contact ever shown
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        self.services = QListWidget(self)
        self.services.setObjectName("servicesInUse")
        self.services.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.move_to = QComboBox(self)
        self.move_to.setObjectName("moveTo")
        self.move_label = QLabel(self)
        self.move_label.setBuddy(self.move_to)
        picker = QFormLayout()
        picker.addRow(self.move_label, self.move_to)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.in_use)
        layout.addWidget(self.services)
        layout.addLayout(picker)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        self.move_to.currentIndexChanged.connect(lambda _: self._update_ok())
        self._in_use_names = [use.name for use in row.active]
        self._fill_targets(None)
        self.retranslate()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        watch(self, desk, {Change.ACCOUNTS}, self.reload)

    @property
    def asks_where(self) -> bool:
        return bool(self._in_use_names)

    def _holder_text(self) -> str:
        return self.tr("The account holder ({name})").format(name=formatting.name(self.account.customer.name))

    def _fill_targets(self, chosen: MoveTo | None) -> bool:
        """The account holder and the other contacts, `chosen` kept chosen; False when it is no longer
        among them (nothing is chosen then)."""
        self.move_to.blockSignals(True)
        self.move_to.clear()
        self.move_to.addItem(self._holder_text(), None)
        for other in self._others:
            company = f" ({other.company})" if other.company and other.company != other.name else ""
            self.move_to.addItem(formatting.name(other.name + company), other.id)
        index = 0
        if chosen is not None and chosen.contact_id is not None:
            index = self.move_to.findData(chosen.contact_id)
        self.move_to.setCurrentIndex(index)
        self.move_to.blockSignals(False)
        return index >= 0

    def retranslate(self) -> None:
        contact = self.row.contact
        self.setWindowTitle(self.tr("Remove billing contact"))
        self.question.setText(
            self.tr("Remove the billing contact {name} ({ref})? Documents already issued keep it.").format(
                name=formatting.name(contact.name), ref=formatting.ltr(contact.ref)
            )
        )
        self.move_to.setItemText(0, self._holder_text())
        self.move_label.setText(self.tr("Move them to:"))
        self._show_uses()
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_uses(self) -> None:
        names = self._in_use_names
        self.services.clear()
        for name in names:
            self.services.addItem(formatting.domain(name) if "." in name and " " not in name else name)
        self.in_use.setText(
            self.tr(
                "The auto-renew of %n service(s) bills this contact. They move to the contact chosen below, then the contact is removed.",  # noqa: E501
                "",
                len(names),
            )
        )
        for widget in (self.in_use, self.services, self.move_to, self.move_label):
            widget.setVisible(bool(names))
        self.ok_button.setText(self.tr("Move and remove") if names else self.tr("Remove"))
        self._update_ok()

    def _update_ok(self) -> None:
        where = not self.asks_where or self.move_to.currentIndex() >= 0
        self.ok_button.setEnabled(where and not (self.working or self.gone or self._reading))

    def chosen(self) -> MoveTo | None:
        """Where the services go; None when none need to move."""
        if not self.asks_where:
            return None
        data = self.move_to.currentData()
        return MoveTo(int(data) if data is not None else None)

    # -- the account as it is now ------------------------------------------------------------------

    def reload(self) -> None:
        """The account's contacts and their uses as stored now, read off the GUI thread."""
        if self.working or not self.isVisible():
            return
        self._asked += 1
        self._reading = True
        self._update_ok()
        asked, desk, customer_id = self._asked, self._desk, self.account.customer.id
        self._tasks.run(
            lambda: desk.call(contacts.list_contacts, customer_id),
            lambda rows: self._reloaded(asked, rows),
            lambda _: self._not_reloaded(asked),
            owner=self,
        )

    def _not_reloaded(self, asked: int) -> None:
        # Not read this time (a network blip): the next change or poll reads it again.
        if asked == self._asked:
            self._reading = False
            self._update_ok()

    def _reloaded(self, asked: int, rows: tuple[ContactRow, ...]) -> None:
        if asked != self._asked:
            return
        self._reading = False
        if self.working:
            return  # the removal under way ends the dialog, or its refusal reads the account again
        own = next((row for row in rows if row.contact.id == self.row.contact.id), None)
        if own is None:
            self.gone = True
            self.status.setText(messages.error(UseCaseError(ErrorCode.CONTACT_NOT_IN_ACCOUNT)))
            self._update_ok()
            return
        self.row = own
        self._others = [row.contact for row in rows if row.contact.id != own.contact.id]
        self._offered.update({row.contact.id: row.contact for row in rows})
        if self.move_to.currentIndex() < 0:  # a choice lost before: still the person's to make
            self._fill_targets(None)
            self.move_to.setCurrentIndex(-1)
        else:
            chosen = self.chosen()
            if not self._fill_targets(chosen):
                self.status.setText(self._target_gone_text(chosen.contact_id if chosen else None))
        self._in_use_names = [use.name for use in own.active]
        self._show_uses()

    def _target_gone_text(self, contact_id: int | None) -> str:
        target = self._offered.get(contact_id) if contact_id is not None else None
        if target is None:
            return messages.error(UseCaseError(ErrorCode.CONTACT_TARGET_GONE))
        return self.tr(
            "The billing contact to move them to ({name}) is no longer on the account. Nothing was changed; choose another."  # noqa: E501
        ).format(name=formatting.name(target.name))

    # -- removing ----------------------------------------------------------------------------------

    def remove(self) -> None:
        if self.working or not self.ok_button.isEnabled():
            return
        desk, customer_id, contact_id, move = (
            self._desk,
            self.account.customer.id,
            self.row.contact.id,
            self.chosen(),
        )
        self.working = True
        self.status.setText(self.tr("Removing…"))
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # one short transaction: Cancel waits for it
        self._tasks.run(
            lambda: desk.call(contacts.remove_contact, customer_id, contact_id, move),
            self._done,
            self._refused,
            owner=self,
        )

    def _done(self, removed: ContactRemoved) -> None:
        self.working = False
        self.removed = removed
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.working = False
        self.status.clear()
        self.cancel_button.setEnabled(True)
        self._update_ok()
        if isinstance(error, UseCaseError) and error.code == ErrorCode.CONTACT_IN_USE:
            # Switched on for it meanwhile (another person or workstation): ask here where they go.
            found = error.params.get("services")
            self._in_use_names = [str(name) for name in found] if isinstance(found, list) else []
            self._show_uses()
            self.status.setText(
                self.tr("Meanwhile an auto-renew started to bill this contact: choose where its services go.")
            )
        elif isinstance(error, UseCaseError) and error.code == ErrorCode.CONTACT_TARGET_GONE:
            target = error.params.get("contact_id")
            self.status.setText(self._target_gone_text(target if isinstance(target, int) else None))
        else:
            QMessageBox.warning(self, self.windowTitle(), messages.error(error))
        self.reload()  # whatever was refused, the dialog shows the account as it is now
