"""Words for the error codes of this area's use cases, and for the audit log's actions and entities,
in the interface's language. An action or entity with no words here is shown as its code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def errors() -> dict[str, str]:
    return {
        "audit_range_reversed": QCoreApplication.translate(
            "Messages", "The first day ({first}) comes after the last day ({last}). Swap them or change one."
        ),
        "audit_page_size_invalid": QCoreApplication.translate(
            "Messages", "A page of the audit log holds from 1 to {most} entries."
        ),
    }


def action(code: str) -> str:
    texts = {
        "auto_renew.enabled": QCoreApplication.translate("AuditTexts", "Auto-renew switched on"),
        "auto_renew.disabled": QCoreApplication.translate("AuditTexts", "Auto-renew switched off"),
        "auto_renew.changed": QCoreApplication.translate("AuditTexts", "Auto-renew settings changed"),
        "auto_renew.stopped": QCoreApplication.translate("AuditTexts", "Auto-renew stopped"),
        "card.check_passed": QCoreApplication.translate("AuditTexts", "Card check passed"),
        "card.check_failed": QCoreApplication.translate("AuditTexts", "Card check failed"),
        "charge.succeeded": QCoreApplication.translate("AuditTexts", "Charged"),
        "charge.failed": QCoreApplication.translate("AuditTexts", "Charge failed"),
        "charge.declined": QCoreApplication.translate("AuditTexts", "Charge declined"),
        "cycle.needs_attention": QCoreApplication.translate("AuditTexts", "Renewal needs attention"),
        "email.sent": QCoreApplication.translate("AuditTexts", "E-mail sent"),
        "proforma.issued": QCoreApplication.translate("AuditTexts", "Proforma issued"),
        "data.imported": QCoreApplication.translate("AuditTexts", "Data imported"),
        "export.upcoming_charges": QCoreApplication.translate("AuditTexts", "Upcoming charges exported"),
        "export.audit_log": QCoreApplication.translate("AuditTexts", "Audit log exported"),
        "setting.changed": QCoreApplication.translate("AuditTexts", "Setting changed"),
        "secret.changed": QCoreApplication.translate("AuditTexts", "Secret changed"),
        "settings.test_email": QCoreApplication.translate("AuditTexts", "Test e-mail sent"),
        "staff.added": QCoreApplication.translate("AuditTexts", "Staff member added"),
        "staff.role_changed": QCoreApplication.translate("AuditTexts", "Staff role changed"),
        "staff.password_reset": QCoreApplication.translate("AuditTexts", "Staff password reset"),
        "staff.disabled": QCoreApplication.translate("AuditTexts", "Staff member disabled"),
        "staff.enabled": QCoreApplication.translate("AuditTexts", "Staff member enabled"),
        "staff.signed_in": QCoreApplication.translate("AuditTexts", "Signed in"),
        "staff.sign_in_failed": QCoreApplication.translate("AuditTexts", "Sign-in failed"),
        "staff.locked": QCoreApplication.translate("AuditTexts", "Staff member locked out"),
    }
    return texts.get(code, code)


def action_group(prefix: str) -> str:
    """A family of actions, "auto_renew." for all of auto-renew's."""
    texts = {
        "auto_renew.": QCoreApplication.translate("AuditTexts", "Auto-renew: every change"),
        "card.": QCoreApplication.translate("AuditTexts", "Card checks: all"),
        "charge.": QCoreApplication.translate("AuditTexts", "Charges: all"),
        "export.": QCoreApplication.translate("AuditTexts", "Exports: all"),
        "staff.": QCoreApplication.translate("AuditTexts", "Staff: everything"),
        "setting.": QCoreApplication.translate("AuditTexts", "Settings: all"),
    }
    found = texts.get(prefix)
    if found is not None:
        return found
    return QCoreApplication.translate("AuditTexts", "{prefix}* (all)").format(prefix=prefix)


def entity(code: str) -> str:
    texts = {
        "service": QCoreApplication.translate("AuditTexts", "Service"),
        "cycle": QCoreApplication.translate("AuditTexts", "Renewal cycle"),
        "card": QCoreApplication.translate("AuditTexts", "Card"),
        "contact": QCoreApplication.translate("AuditTexts", "Contact"),
        "proforma": QCoreApplication.translate("AuditTexts", "Proforma"),
        "invoice": QCoreApplication.translate("AuditTexts", "Invoice"),
        "outbox": QCoreApplication.translate("AuditTexts", "E-mail"),
        "email": QCoreApplication.translate("AuditTexts", "E-mail"),
        "staff": QCoreApplication.translate("AuditTexts", "Staff member"),
        "setting": QCoreApplication.translate("AuditTexts", "Setting"),
        "secret": QCoreApplication.translate("AuditTexts", "Secret"),
        "export": QCoreApplication.translate("AuditTexts", "Export"),
        "import": QCoreApplication.translate("AuditTexts", "Import"),
    }
    return texts.get(code, code)
