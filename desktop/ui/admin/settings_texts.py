"""Words for the settings dialog in the interface's language: the error codes of its use cases, each
setting's name and what it does, and what is wrong with a value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.config import SettingProblem
from desktop.core.codes import SettingFault


def errors() -> dict[str, str]:
    return {
        "settings_invalid": QCoreApplication.translate(
            "Messages", "Some settings are wrong ({keys}). Nothing was saved."
        ),
        "setting_invalid": QCoreApplication.translate("Messages", "The value of {key} is wrong: {problem}"),
        "setting_unknown": QCoreApplication.translate("Messages", "There is no setting {key}."),
        "secret_unknown": QCoreApplication.translate("Messages", "There is no secret {key}."),
        "secret_empty": QCoreApplication.translate("Messages", "The secret {key} cannot be empty."),
        "keyring_unavailable": QCoreApplication.translate(
            "Messages",
            "This workstation has no usable keyring, so passwords and keys can be neither kept nor read. {detail}",  # noqa: E501
        ),
        "email_invalid": QCoreApplication.translate("Messages", "This is not an e-mail address: {address}"),
        "test_email_failed": QCoreApplication.translate(
            "Messages", "The test e-mail could not be sent: {detail}"
        ),
    }


def label(key: str) -> str:
    """A setting's or a secret's name; the key itself for one this dialog does not know yet."""
    texts = {
        "check_days_before": QCoreApplication.translate("Settings", "Card check and notice (days before)"),
        "charge_lead_days": QCoreApplication.translate("Settings", "Charge (days before expiry)"),
        "late_charge_grace_days": QCoreApplication.translate("Settings", "Late charges allowed (days)"),
        "timezone": QCoreApplication.translate("Settings", "Company time zone"),
        "smtp.host": QCoreApplication.translate("Settings", "SMTP server"),
        "smtp.port": QCoreApplication.translate("Settings", "SMTP port"),
        "smtp.user": QCoreApplication.translate("Settings", "SMTP user name"),
        "smtp.starttls": QCoreApplication.translate("Settings", "Encrypt with STARTTLS"),
        "mail.from": QCoreApplication.translate("Settings", "Sender address"),
        "mail.give_up_days": QCoreApplication.translate("Settings", "Give up on an e-mail after (days)"),
        "portal.renew_url": QCoreApplication.translate("Settings", "Renewal page address"),
        "portal.settings_url": QCoreApplication.translate("Settings", "Renewal settings page address"),
        "links.valid_days": QCoreApplication.translate("Settings", "Links valid for (days)"),
        "company.name": QCoreApplication.translate("Settings", "Company name"),
        "company.address": QCoreApplication.translate("Settings", "Company address"),
        "company.tax_id": QCoreApplication.translate("Settings", "Company tax ID"),
        "proforma.valid_days": QCoreApplication.translate("Settings", "Proformas valid for (days)"),
        "proforma.payment_text": QCoreApplication.translate("Settings", "How to pay (on proformas)"),
        "scheduler.interval_minutes": QCoreApplication.translate(
            "Settings", "Background checks every (minutes)"
        ),
        "gateway.concurrency": QCoreApplication.translate("Settings", "Gateway calls at once"),
        "sandbox.latency_ms": QCoreApplication.translate("Settings", "Sandbox gateway delay (ms)"),
        "smtp.password": QCoreApplication.translate("Settings", "SMTP password"),
        "links.signing_key": QCoreApplication.translate("Settings", "Link-signing key"),
        "gateway.api_key": QCoreApplication.translate("Settings", "Payment gateway API key"),
        "db.password": QCoreApplication.translate("Settings", "Database password (PostgreSQL)"),
    }
    return texts.get(key, key)


def explanation(key: str) -> str:
    """What a setting or a secret does, in a sentence or two (the tooltip of its field)."""
    texts = {
        "check_days_before": QCoreApplication.translate(
            "Settings",
            "How many days before each charge date the card is checked and the customer is told that the service will renew. The days are counted in the company's time zone.",  # noqa: E501
        ),
        "charge_lead_days": QCoreApplication.translate(
            "Settings",
            "How many days before a service expires its automatic charge is made (0: on the expiry date).",
        ),
        "late_charge_grace_days": QCoreApplication.translate(
            "Settings",
            "When the checks did not run for a while, a charge date that passed at most this many days ago is still charged; older ones are listed as needing attention and are not charged.",  # noqa: E501
        ),
        "timezone": QCoreApplication.translate(
            "Settings",
            "The company's time zone, such as Asia/Jerusalem: today's date and the days before a charge are counted in it.",  # noqa: E501
        ),
        "smtp.host": QCoreApplication.translate(
            "Settings", "The name or address of the mail server that sends the e-mails to customers."
        ),
        "smtp.port": QCoreApplication.translate(
            "Settings", "The mail server's port: usually 587 with STARTTLS, 25 without."
        ),
        "smtp.user": QCoreApplication.translate(
            "Settings", "The user name for the mail server; leave it empty when the server needs no login."
        ),
        "smtp.starttls": QCoreApplication.translate(
            "Settings",
            "Encrypt the connection to the mail server before logging in; most servers on port 587 require it.",  # noqa: E501
        ),
        "mail.from": QCoreApplication.translate(
            "Settings", "The From address of every e-mail to customers, such as renewals@example.com."
        ),
        "mail.give_up_days": QCoreApplication.translate(
            "Settings",
            "An e-mail that could not be sent for this many days is given up and listed for staff to follow up.",  # noqa: E501
        ),
        "portal.renew_url": QCoreApplication.translate(
            "Settings",
            "The customer portal's renewal page: every renewal link in an e-mail starts with it and carries a signed token.",  # noqa: E501
        ),
        "portal.settings_url": QCoreApplication.translate(
            "Settings",
            "The customer portal's page for automatic renewal settings: the settings links in e-mails start with it.",  # noqa: E501
        ),
        "links.valid_days": QCoreApplication.translate(
            "Settings", "How many days a link in an e-mail keeps working after it is sent."
        ),
        "company.name": QCoreApplication.translate(
            "Settings", "The sender's name and the signature of every e-mail to customers."
        ),
        "company.address": QCoreApplication.translate(
            "Settings",
            "The company's address, one line per line as printed at the top of every proforma and invoice.",
        ),
        "company.tax_id": QCoreApplication.translate(
            "Settings", "The company's tax or VAT number, printed on every proforma and invoice."
        ),
        "proforma.valid_days": QCoreApplication.translate(
            "Settings",
            "How many days a new proforma stays valid; the date is printed on it. An expired proforma can still be paid.",  # noqa: E501
        ),
        "proforma.payment_text": QCoreApplication.translate(
            "Settings",
            "Payment instructions printed on every new proforma, such as the bank account for a transfer.",
        ),
        "scheduler.interval_minutes": QCoreApplication.translate(
            "Settings", "How often every open window runs the due checks in the background."
        ),
        "gateway.concurrency": QCoreApplication.translate(
            "Settings", "How many calls to the payment gateway the due checks make at the same time."
        ),
        "sandbox.latency_ms": QCoreApplication.translate(
            "Settings",
            "A delay added to every answer of the built-in sandbox gateway, to try the program with a slow gateway; 0 for none.",  # noqa: E501
        ),
        "smtp.password": QCoreApplication.translate(
            "Settings", "The password of the SMTP user, kept in this workstation's keyring."
        ),
        "links.signing_key": QCoreApplication.translate(
            "Settings",
            "The secret that signs the links in e-mails; the customer portal checks them with the same key.",
        ),
        "gateway.api_key": QCoreApplication.translate(
            "Settings", "The API key of the payment gateway, kept in this workstation's keyring."
        ),
        "db.password": QCoreApplication.translate(
            "Settings",
            "The password this workstation uses for a PostgreSQL database whose address carries none.",
        ),
    }
    return texts.get(key, "")


def problem_text(found: SettingProblem) -> str:
    """What is wrong with a value, said under its field: the fault first (empty, only spaces, a
    character no setting takes), then what the setting's kind takes."""
    if found.fault is SettingFault.EMPTY:
        return QCoreApplication.translate("Settings", "This setting needs a value.")
    if found.fault is SettingFault.ONLY_SPACES:
        return QCoreApplication.translate(
            "Settings", "Only spaces were typed: leave the field empty or type a value."
        )
    if found.fault is SettingFault.CHARACTER and found.character:
        return QCoreApplication.translate(
            "Settings", "Remove the invisible or control character {character}: it cannot be used here."
        ).format(character=f"U+{ord(found.character):04X}")
    return problem(found.problem, found.low, found.high)


def problem(code: str, low: int | None, high: int | None) -> str:
    """What is wrong with a value, by the setting's kind (see SettingProblem)."""
    texts = {
        "int": QCoreApplication.translate("Settings", "Enter a whole number from {low} to {high}."),
        "bool": QCoreApplication.translate("Settings", "Choose on or off."),
        "timezone": QCoreApplication.translate(
            "Settings", "Choose a time zone from the list, such as Asia/Jerusalem."
        ),
        "host": QCoreApplication.translate("Settings", "Enter a server name or address, without spaces."),
        "email": QCoreApplication.translate(
            "Settings", "Enter an e-mail address such as renewals@example.com."
        ),
        "url": QCoreApplication.translate(
            "Settings",
            "Enter an address that starts with https://, such as https://portal.example.com/renew.",
        ),
        "unknown": QCoreApplication.translate("Settings", "This setting is unknown."),
    }
    text = texts.get(code) or QCoreApplication.translate("Settings", "This value cannot be used.")
    return text.format(low=low, high=high)
