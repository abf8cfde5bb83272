"""Words for the error codes of this area's use cases, in the interface's language, and the names of
the staff roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.actor import Role


def errors() -> dict[str, str]:
    return {
        "staff_unknown": QCoreApplication.translate("Messages", "This staff member no longer exists."),
        "last_admin": QCoreApplication.translate(
            "Messages",
            "{name} is the last active administrator. Make another member an administrator first.",
        ),
        "cannot_disable_self": QCoreApplication.translate("Messages", "You cannot disable yourself."),
        "staff_disabled": QCoreApplication.translate(
            "Messages", "Your account has been disabled by an administrator. Close RenewDesk."
        ),
        "role_invalid": QCoreApplication.translate("Messages", "Choose one of the roles: {known}."),
        "staff_name_reserved": QCoreApplication.translate(
            "Messages", "Names that start with “os:” or “system:” are reserved."
        ),
    }


def role_name(role: Role | str) -> str:
    names = {
        Role.SALES: QCoreApplication.translate("Staff", "Sales"),
        Role.FINANCE: QCoreApplication.translate("Staff", "Finance"),
        Role.ADMIN: QCoreApplication.translate("Staff", "Administrator"),
        Role.SYSTEM: QCoreApplication.translate("Staff", "Background checks"),
    }
    try:
        return names[Role(role)]
    except ValueError:
        return str(role)
