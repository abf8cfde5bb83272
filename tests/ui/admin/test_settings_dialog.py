"""The settings dialog (admin): a change saved is stored; a wrong value is named next to its field and
nothing is saved; a typed secret goes to the keyring and is never shown again; "Send test e-mail"
reaches a real SMTP server on loopback with the values not yet saved; a sales user cannot load it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app.actor import Actor
from desktop.app.config import set_setting
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.store import settings_repo
from desktop.store.models import AuditEntry
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.application import install_language
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, FINANCE, SALES
from tests.jobs.smtp_helpers import (
    HOST,
    SmtpServer,
    audit_actions,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    every_table_text,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.keyrings import MemoryKeyring
from tests.ui.driving import while_modal

WAIT_MS = 30_000  # only reached when something is broken
SECRET = "dialog-s3cret-Zq81-pw"

Opener = Callable[[Actor], SettingsDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, sctx: AppContext) -> Iterator[Opener]:
    """Opens the dialog as the main window would, and waits until its settings are loaded."""
    runners: list[TaskRunner] = []

    def open_as(actor: Actor) -> SettingsDialog:
        tasks = TaskRunner()
        runners.append(tasks)
        dialog = SettingsDialog(Desk(sctx, actor), tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        return dialog

    yield open_as
    for tasks in runners:
        tasks.wait(WAIT_MS)


def stored(ctx: AppContext) -> dict[str, str]:
    with ctx.db.reading() as session:
        return settings_repo.load_all(session)


def audit_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def line(dialog: SettingsDialog, key: str) -> QLineEdit:
    editor = dialog.rows[key].editor
    assert isinstance(editor, QLineEdit)
    return editor


def spin(dialog: SettingsDialog, key: str) -> QSpinBox:
    editor = dialog.rows[key].editor
    assert isinstance(editor, QSpinBox)
    return editor


def point_at_server(dialog: SettingsDialog, port: int) -> None:
    line(dialog, "smtp.host").setText(HOST)
    spin(dialog, "smtp.port").setValue(port)
    line(dialog, "mail.from").setText("renewals@hosting.example")


def send_test_to(qtbot: QtBot, dialog: SettingsDialog, address: str) -> QInputDialog:
    def steps(ask: QInputDialog) -> None:
        assert ask.textValue() == "renewals@hosting.example"  # the sender shown is offered first
        ask.setTextValue(address)
        ask.accept()

    asked = while_modal(dialog.test_button.click, QInputDialog, steps)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return asked


def test_every_setting_shows_with_the_widget_of_its_kind(open_dialog: Opener, sctx: AppContext) -> None:
    sctx.secrets.set("smtp.password", SECRET)
    dialog = open_dialog(ADMIN)

    assert dialog.loaded and dialog.pages.isVisible()
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "Due checks && charges",
        "E-mail (SMTP)",
        "Links && portal",
        "Company",
        "Proformas && invoices",
        "Background && gateway",
    ]
    days = spin(dialog, "check_days_before")
    assert (days.value(), days.minimum(), days.maximum()) == (15, 0, 90)
    assert (spin(dialog, "smtp.port").minimum(), spin(dialog, "smtp.port").maximum()) == (1, 65535)
    assert isinstance(dialog.rows["smtp.starttls"].editor, QCheckBox)
    zone = dialog.rows["timezone"].editor
    assert isinstance(zone, QComboBox) and zone.isEditable()
    assert zone.findText("Asia/Jerusalem") >= 0 and zone.currentText() == "UTC"
    assert zone.completer() is not None
    assert line(dialog, "mail.from").text() == "renewals@localhost.localdomain"
    assert "From address" in dialog.rows["mail.from"].editor.toolTip()
    assert "Default: renewals@localhost.localdomain" in dialog.rows["mail.from"].editor.toolTip()

    password = dialog.secrets["smtp.password"]
    assert password.echoMode() == QLineEdit.EchoMode.Password
    assert password.text() == ""  # never filled in
    assert password.placeholderText().startswith("set")
    assert dialog.secrets["gateway.api_key"].placeholderText() == "not set"
    assert set(dialog.secrets) == {"smtp.password", "gateway.api_key", "links.signing_key", "db.password"}
    links_page = dialog.pages.widget(2)
    assert links_page is not None
    assert any(
        "same link-signing key" in label.text() for label in links_page.findChildren(type(dialog.status))
    )


def test_a_changed_setting_is_stored_on_save(qtbot: QtBot, open_dialog: Opener, sctx: AppContext) -> None:
    dialog = open_dialog(ADMIN)
    spin(dialog, "check_days_before").setValue(20)
    zone = dialog.rows["timezone"].editor
    assert isinstance(zone, QComboBox)
    zone.setCurrentText("Asia/Jerusalem")
    starttls = dialog.rows["smtp.starttls"].editor
    assert isinstance(starttls, QCheckBox)
    starttls.setChecked(True)
    line(dialog, "company.name").setText("Levi Hosting")

    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_keys == ["check_days_before", "timezone", "smtp.starttls", "company.name"]
    assert stored(sctx) == {
        "check_days_before": "20",
        "timezone": "Asia/Jerusalem",
        "smtp.starttls": "true",
        "company.name": "Levi Hosting",
    }
    assert sctx.settings.check_days_before == 20
    assert len(audit_actions(sctx, "setting.changed")) == 4


def test_the_documents_settings_take_several_lines_where_printed_so(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    """The company's address and the payment instructions are printed line by line on proformas and
    invoices (R40): each is a multi-line field; blank lines and the spaces around lines are dropped."""
    dialog = open_dialog(ADMIN)
    address, payment = (dialog.rows[key].editor for key in ("company.address", "proforma.payment_text"))
    assert isinstance(address, QPlainTextEdit) and isinstance(payment, QPlainTextEdit)
    assert dialog.rows["company.address"].kind == "lines"
    assert "printed at the top of every proforma and invoice" in address.toolTip()
    assert dialog.pages.tabText(dialog._page_of["proforma.valid_days"]) == "Proformas && invoices"
    assert dialog._page_of["company.address"] == dialog._page_of["company.name"]
    assert spin(dialog, "proforma.valid_days").value() == 30
    address.setPlainText("1 Harbour Road\n\nHaifa 3303100\n")
    payment.setPlainText("  Bank Leumi, branch 800\nAccount 123456  ")
    line(dialog, "company.tax_id").setText("IL-514999001")
    spin(dialog, "proforma.valid_days").setValue(45)

    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(sctx) == {
        "company.address": "1 Harbour Road\nHaifa 3303100",
        "company.tax_id": "IL-514999001",
        "proforma.valid_days": "45",
        "proforma.payment_text": "Bank Leumi, branch 800\nAccount 123456",
    }
    assert sctx.settings.company_address == "1 Harbour Road\nHaifa 3303100"
    again = open_dialog(ADMIN)
    shown = again.rows["proforma.payment_text"].editor
    assert isinstance(shown, QPlainTextEdit)
    assert shown.toPlainText() == "Bank Leumi, branch 800\nAccount 123456"


def test_a_wrong_value_is_named_next_to_its_field_and_nothing_is_saved(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    dialog = open_dialog(ADMIN)
    spin(dialog, "check_days_before").setValue(20)  # a good change, kept back with the wrong one
    line(dialog, "mail.from").setText("not an address")

    dialog.save_button.click()
    problem = dialog.rows["mail.from"].problem
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=WAIT_MS)

    assert problem.text() == "Enter an e-mail address such as renewals@example.com."
    assert dialog.status.text() == "Nothing was saved. Check these settings: Sender address"
    assert dialog.pages.currentIndex() == 1  # the page of the wrong field is open
    assert not dialog.rows["check_days_before"].problem.isVisible()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert stored(sctx) == {}
    assert audit_count(sctx) == 0

    # Put right, it saves, and the message goes.
    line(dialog, "mail.from").setText("renewals@hosting.example")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert stored(sctx) == {"check_days_before": "20", "mail.from": "renewals@hosting.example"}


def test_a_wrong_value_is_named_in_the_interface_language(
    qtbot: QtBot, qapp: QApplication, open_dialog: Opener, sctx: AppContext
) -> None:
    install_language(qapp, "he")  # the autouse fixture puts English back
    dialog = open_dialog(ADMIN)
    line(dialog, "portal.renew_url").setText("ftp://portal.example.com")
    dialog.save_button.click()
    problem = dialog.rows["portal.renew_url"].problem
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=WAIT_MS)
    assert problem.text()
    assert dialog.pages.currentIndex() == 2
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert line(dialog, "portal.renew_url").layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert stored(sctx) == {}


def test_cancel_changes_nothing(qtbot: QtBot, open_dialog: Opener, sctx: AppContext) -> None:
    dialog = open_dialog(ADMIN)
    spin(dialog, "check_days_before").setValue(30)
    dialog.secrets["smtp.password"].setText(SECRET)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored(sctx) == {}
    assert sctx.secrets.get("smtp.password") is None
    assert audit_count(sctx) == 0


def test_a_typed_secret_goes_to_the_keyring_and_is_not_shown_again(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(ADMIN)
    assert dialog.secrets["links.signing_key"].placeholderText() == "not set"
    dialog.secrets["links.signing_key"].setText(SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert dialog.kept_secrets == ["links.signing_key"]
    assert memory_keyring.values == {("RenewDesk", "links.signing_key"): SECRET}
    assert stored(sctx) == {}  # no setting changed
    assert [row.entity_id for row in audit_actions(sctx, "secret.changed")] == ["links.signing_key"]
    assert SECRET not in "".join(every_table_text(sctx).values())

    again = open_dialog(ADMIN)
    field = again.secrets["links.signing_key"]
    assert field.text() == ""
    assert field.placeholderText().startswith("set")
    assert again.secrets["smtp.password"].placeholderText() == "not set"


def test_send_test_email_reaches_the_server_with_the_values_not_saved(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext, smtp: SmtpServer
) -> None:
    dialog = open_dialog(ADMIN)
    point_at_server(dialog, smtp.port)

    send_test_to(qtbot, dialog, "admin@hosting.example")

    received = smtp.received()
    assert [item.rcpt_tos for item in received] == [("admin@hosting.example",)]
    assert received[0].message["Subject"] == "Test e-mail from RenewDesk for RenewDesk Hosting"
    assert dialog.status.text() == "The test e-mail was sent to admin@hosting.example. Check that it arrived."
    assert dialog.isVisible()  # still open, nothing saved
    assert stored(sctx) == {}
    assert [row.entity_id for row in audit_actions(sctx, "settings.test_email")] == ["admin@hosting.example"]


def test_send_test_email_in_hebrew_when_the_interface_is_hebrew(
    qtbot: QtBot, qapp: QApplication, open_dialog: Opener, smtp: SmtpServer
) -> None:
    install_language(qapp, "he")
    dialog = open_dialog(ADMIN)
    point_at_server(dialog, smtp.port)
    send_test_to(qtbot, dialog, "admin@hosting.example")
    [message] = smtp.messages()
    assert message["Content-Language"] == "he"
    assert "הודעת בדיקה" in str(message["Subject"])


def test_send_test_email_to_a_closed_port_says_why(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext, dead_smtp_port: int
) -> None:
    dialog = open_dialog(ADMIN)
    point_at_server(dialog, dead_smtp_port)

    send_test_to(qtbot, dialog, "admin@hosting.example")

    text = dialog.status.text()
    assert text.startswith("The test e-mail could not be sent: ")
    assert f"{HOST}:{dead_smtp_port}" in text
    assert "refused" in text.lower()
    assert dialog.test_button.isEnabled() and dialog.save_button.isEnabled()
    assert stored(sctx) == {}
    assert audit_count(sctx) == 0


def test_send_test_email_with_a_wrong_value_names_it_and_sends_nothing(
    qtbot: QtBot, open_dialog: Opener, smtp: SmtpServer
) -> None:
    dialog = open_dialog(ADMIN)
    point_at_server(dialog, smtp.port)
    line(dialog, "smtp.host").setText("two words")
    send_test_to(qtbot, dialog, "admin@hosting.example")
    assert dialog.rows["smtp.host"].problem.isVisible()
    assert dialog.status.text() == "The test e-mail was not sent. Check these settings: SMTP server"
    assert smtp.received() == []


def test_a_sales_user_cannot_load_the_dialog(open_dialog: Opener, sctx: AppContext) -> None:
    dialog = open_dialog(SALES)
    assert not dialog.loaded
    assert dialog.status.isVisible()
    assert dialog.status.text() == "Your role may not do this."
    assert not dialog.pages.isVisible()
    assert not dialog.save_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert dialog.rows == {} and dialog.secrets == {}


def test_finance_sees_the_settings_and_can_change_none(open_dialog: Opener, sctx: AppContext) -> None:
    set_setting(sctx, ADMIN, "links.valid_days", "14")
    dialog = open_dialog(FINANCE)
    assert dialog.loaded and dialog.read_only
    assert spin(dialog, "links.valid_days").value() == 14
    assert not any(row.editor.isEnabled() for row in dialog.rows.values())
    assert not any(field.isEnabled() for field in dialog.secrets.values())
    assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.save_button.toolTip() == "Your role may not do this."


def test_without_a_usable_keyring_the_dialog_says_so_and_still_saves_settings(
    qtbot: QtBot, open_dialog: Opener, sctx: AppContext
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # the autouse fixture puts the memory one back
    dialog = open_dialog(ADMIN)
    assert dialog.keyring_note.isVisible()
    assert "no usable keyring" in dialog.keyring_note.text()
    assert "PYTHON_KEYRING_BACKEND" in dialog.keyring_note.text()  # and how to configure one
    assert all(not field.isEnabled() for field in dialog.secrets.values())
    spin(dialog, "links.valid_days").setValue(14)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert stored(sctx) == {"links.valid_days": "14"}
