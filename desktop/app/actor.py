"""Who acts, and what each role may do (R23). The use cases check; the UI only hides."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode


class Role(StrEnum):
    SALES = "sales"
    FINANCE = "finance"
    ADMIN = "admin"
    SYSTEM = "system"  # the background checks; never a staff member's role


class Permission(StrEnum):
    VIEW_CUSTOMERS = "view_customers"
    ISSUE_PROFORMA = "issue_proforma"
    MANAGE_RECURRING = "manage_recurring"
    MANAGE_CONTACTS = "manage_contacts"
    MANAGE_CARDS = "manage_cards"
    VIEW_FINANCE = "view_finance"
    EXPORT_DATA = "export_data"
    VIEW_AUDIT = "view_audit"
    IMPORT_DATA = "import_data"
    VIEW_SETTINGS = "view_settings"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_STAFF = "manage_staff"
    RUN_DUE_CHECKS = "run_due_checks"
    RESEND_EMAIL = "resend_email"  # send a message of the outbox again, as a new one (R32)
    MANAGE_OUTBOX = "manage_outbox"  # retry a failing or given-up message now (R32)
    MANAGE_CUSTOMERS = "manage_customers"  # add and edit customers (R36)
    RECORD_PAYMENT = "record_payment"  # record a proforma's payment, charge a card for it (R39)
    CANCEL_PROFORMA = "cancel_proforma"
    EMAIL_DOCUMENTS = "email_documents"  # e-mail a proforma or an invoice to the billing contact (R40)


_SALES = {
    Permission.VIEW_CUSTOMERS,
    Permission.ISSUE_PROFORMA,
    Permission.MANAGE_RECURRING,
    Permission.MANAGE_CONTACTS,
    Permission.MANAGE_CARDS,
    Permission.RESEND_EMAIL,
    Permission.MANAGE_CUSTOMERS,
    Permission.RECORD_PAYMENT,
    Permission.CANCEL_PROFORMA,
    Permission.EMAIL_DOCUMENTS,
}
# Finance reads everything, exports, and records payments (R23); it changes no customer, card or
# setting.
_FINANCE = {
    Permission.VIEW_CUSTOMERS,
    Permission.VIEW_FINANCE,
    Permission.EXPORT_DATA,
    Permission.VIEW_AUDIT,
    Permission.VIEW_SETTINGS,
    Permission.RECORD_PAYMENT,
    Permission.EMAIL_DOCUMENTS,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SALES: frozenset(_SALES),
    Role.FINANCE: frozenset(_FINANCE),
    Role.ADMIN: frozenset(Permission),
    Role.SYSTEM: frozenset({Permission.RUN_DUE_CHECKS, Permission.VIEW_CUSTOMERS}),
}

STAFF_ROLES: tuple[Role, ...] = (Role.SALES, Role.FINANCE, Role.ADMIN)


# The audit log's actor column holds this many characters.
_LABEL_LENGTH = 120


@dataclass(frozen=True)
class Actor:
    """`name` is the staff member (or `system:scheduler`, `setup:<name>`); `login` is the
    operating-system login a headless command ran under (R35), None in the window."""

    name: str
    role: Role
    login: str | None = None

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def label(self) -> str:
        """Who the audit log shows: the member's name, and for a headless command the login it ran
        under as well (`dana (os:dana)`), so that the same person's work in the window and on the
        command line is found under one name, and where it came from stays visible."""
        if self.login is None:
            return self.name
        via = f" (os:{self.login})"
        room = max(_LABEL_LENGTH - len(via), 1)
        name = self.name if len(self.name) <= room else self.name[: room - 1] + "…"
        return (name + via)[:_LABEL_LENGTH]


SCHEDULER = Actor("system:scheduler", Role.SYSTEM)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.may(permission):
        raise UseCaseError(
            ErrorCode.FORBIDDEN, actor=actor.label, role=actor.role.value, permission=permission.value
        )
