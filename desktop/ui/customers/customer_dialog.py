"""New customer and Edit customer (R36): one dialog, each field checked as it is typed by the rules the
use case applies (desktop.core.fields), Save kept disabled while a field is wrong. The save runs off
the GUI thread; a refusal for a field shows under that field, any other in a message. The currency is
locked once the customer has services (said on the field)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.app import customer_edit, customers
from desktop.app.actor import Permission
from desktop.app.customer_edit import CustomerForm
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.views import AccountView, CustomerHit
from desktop.core import fields
from desktop.core.codes import ErrorCode, Unavailable
from desktop.core.fields import Field, FieldProblem
from desktop.ui import messages
from desktop.ui.customers.field_dialog import FieldDialog
from desktop.ui.icons import icon
from desktop.ui.tasks import TaskRunner

# Offered first in the currency list; any other ISO 4217 code may be typed.
COMMON_CURRENCIES = ("ILS", "USD", "EUR")
# Read left to right whatever the window's direction: addresses, codes, numbers.
_LEFT_TO_RIGHT = (Field.REF, Field.EMAIL, Field.PHONE, Field.CURRENCY, Field.TAX_ID)


class CustomerDialog(FieldDialog[CustomerHit]):
    """`customer` None: a new customer; else that customer's details to edit. `has_services`: the
    currency is locked (R36)."""

    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        customer: CustomerHit | None = None,
        *,
        has_services: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("customerDialog")
        self.customer = customer
        self.has_services = has_services
        self.ref = QLineEdit(self)
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.language = QComboBox(self)
        for code in ("he", "es", "en"):
            self.language.addItem("", code)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(COMMON_CURRENCIES)
        self.address = self.address_editor()
        self.tax_id = QLineEdit(self)
        if customer is None:
            self.form.add(Field.REF, self.ref, lambda text: fields.ref(text) if text.strip() else None)
        else:
            self.ref.hide()
        self.form.add(Field.NAME, self.name, lambda text: fields.required_text(Field.NAME, text))
        self.form.add(Field.EMAIL, self.email, fields.email)
        self.form.add(Field.PHONE, self.phone, fields.phone)
        self.form.add(Field.LANGUAGE, self.language, fields.language)
        self.form.add(Field.CURRENCY, self.currency, fields.currency)
        self.form.add(Field.ADDRESS, self.address, lambda text: fields.optional_lines(Field.ADDRESS, text))
        self.form.add(Field.TAX_ID, self.tax_id, lambda text: fields.optional_text(Field.TAX_ID, text))
        for field in _LEFT_TO_RIGHT:
            if field is not Field.REF or customer is None:
                self.form.editor(field).setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lay_out()
        self.status.setObjectName("customerDialogStatus")
        self._fill(customer)
        self.finish()

    def _fill(self, customer: CustomerHit | None) -> None:
        if customer is None:
            self.language.setCurrentIndex(self.language.findData("he"))
            self.currency.setCurrentText(COMMON_CURRENCIES[0])
            return
        self.name.setText(customer.name)
        self.email.setText(customer.email)
        self.phone.setText(customer.phone or "")
        self.language.setCurrentIndex(max(0, self.language.findData(customer.language)))
        self.currency.setCurrentText(customer.currency)
        self.currency.setEnabled(not self.has_services)
        self.address.setPlainText(customer.address or "")
        self.tax_id.setText(customer.tax_id or "")

    def retranslate(self) -> None:
        names = {"he": self.tr("Hebrew"), "es": self.tr("Spanish"), "en": self.tr("English")}
        for index in range(self.language.count()):
            self.language.setItemText(index, names[str(self.language.itemData(index))])
        if self.customer is None:
            self.setWindowTitle(self.tr("New customer"))
            self.intro.setText(
                self.tr(
                    "The language is that of the customer's e-mails and documents; the currency that of their prices."  # noqa: E501
                )
            )
            self.ref.setPlaceholderText(self.tr("Leave empty to get the next free number (C-…)"))
        else:
            self.setWindowTitle(self.tr("Edit customer {ref}").format(ref=self.customer.ref))
            self.intro.setText(self.tr("Documents already issued keep the details they were issued with."))
        locked = (
            self.tr("The currency cannot change: the customer has services.") if self.has_services else ""
        )
        self.currency.setToolTip(locked)
        self.form.set_hint(Field.CURRENCY, locked)
        super().retranslate()

    def form_values(self) -> CustomerForm:
        text = self.form.text
        return CustomerForm(
            ref=text(Field.REF) if self.customer is None else None,
            name=text(Field.NAME),
            email=text(Field.EMAIL),
            phone=text(Field.PHONE),
            language=text(Field.LANGUAGE),
            currency=self.customer.currency if self.has_services and self.customer else text(Field.CURRENCY),
            address=text(Field.ADDRESS),
            tax_id=text(Field.TAX_ID),
        )

    def save_work(self) -> Callable[[], CustomerHit]:
        form, desk, customer = self.form_values(), self._desk, self.customer
        if customer is None:
            return lambda: desk.call(customer_edit.add_customer, form)
        return lambda: desk.call(customer_edit.edit_customer, customer.id, form, customer)

    def load_work(self) -> Callable[[], object] | None:
        customer, desk = self.customer, self._desk
        if customer is None:
            return None
        return lambda: desk.call(customers.load_account, customer.id)

    def show_record(self, loaded: object) -> bool:
        if not isinstance(loaded, AccountView):
            return False
        self.customer, self.has_services = loaded.customer, bool(loaded.services)
        self._fill(loaded.customer)
        return True

    def gone_text(self) -> str:
        return messages.error(UseCaseError(ErrorCode.CUSTOMER_NOT_FOUND))

    def refused_here(self, error: UseCaseError) -> bool:
        if error.code != ErrorCode.CUSTOMER_REF_TAKEN:
            return False
        self.form.refused(Field.REF, FieldProblem.FORM, "")
        self.status.setText(messages.error(error))
        return True


class EditCustomerButton(QPushButton):
    """The account header's Edit…: the same dialog, filled with the account's customer. Shown to those
    who may edit customers (R23), otherwise disabled with the reason."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editCustomer")
        self.setIcon(icon("pencil"))
        self._desk, self._tasks = desk, tasks
        self.account: AccountView | None = None
        self.dialog: CustomerDialog | None = None
        self.clicked.connect(self.open_dialog)
        self.retranslate()
        self.show_account(None)

    def retranslate(self) -> None:
        self.setText(self.tr("Edit…"))
        self.show_account(self.account)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_account(self, account: AccountView | None) -> None:
        self.account = account
        self.setVisible(account is not None)
        allowed = self._desk.may(Permission.MANAGE_CUSTOMERS)
        self.setEnabled(allowed)
        self.setToolTip(
            self.tr("Edit the customer's name, e-mail, phone, language, currency, address and tax ID")
            if allowed
            else messages.unavailable(Unavailable.ROLE)
        )

    def open_dialog(self) -> None:
        account = self.account
        if account is None:
            return
        self.dialog = CustomerDialog(
            self._desk,
            self._tasks,
            account.customer,
            has_services=bool(account.services),
            parent=self.window(),
        )
        self.dialog.exec()
        self.dialog = None
