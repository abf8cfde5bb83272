"""Sign out, then another person signs in choosing another language and has another role: every part
of the main window speaks the new language and offers what the new role may do. The search box, the
account's filter and column titles and the status bar stayed English, and the status bar still offered
the admin's "Set up…" link to a sales member."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app.actor import Role
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.ui.customers.services_model import Column, Filter, filter_name, header_text
from tests.ui.accounts import load_all
from tests.ui.driving import open_account
from tests.ui.test_main_window import PASSWORD, signed_in_window, staff_of_three


def tr(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


def test_after_sign_out_the_next_person_sees_the_whole_window_in_their_language_and_role(
    qtbot: QtBot, sctx: AppContext
) -> None:
    load_all(sctx)
    staff_of_three(sctx)
    window = signed_in_window(qtbot, sctx, "adam")
    open_account(qtbot, window, sctx, "dana")
    bar = window.background
    qtbot.waitUntil(lambda: "href" in bar.link.text())  # e-mail not set up: the admin's link
    assert window.account_panel.filter.currentText() == "All services"

    window.sign_out_action.trigger()
    dialog = window.sign_in_dialog
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    dialog.name.setText("sara")
    dialog.password.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.sign_in_dialog is None)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    actor = window.workspace.actor
    assert actor is not None and actor.role is Role.SALES

    search = window.search
    placeholder = tr("SearchPanel", "Find a customer: name, e-mail, domain or phone")
    assert placeholder != "Find a customer: name, e-mail, domain or phone"  # the Hebrew catalog is in force
    assert search.query.placeholderText() == placeholder
    assert search.more.text() == tr("SearchPanel", "Show more")
    assert search.find_action.text() == tr("SearchPanel", "&Find a customer")
    qtbot.waitUntil(lambda: search.status.text() == tr("SearchPanel", "%n customer(s)", 5))

    panel = window.account_panel
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == [
        filter_name(choice) for choice in Filter
    ]
    assert panel.filter.itemText(0) != "All services"
    assert panel.filter_text.placeholderText() == tr("AccountPanel", "Filter services")
    title = panel.model.headerData(Column.EXPIRES, Qt.Orientation.Horizontal)
    assert title == header_text(Column.EXPIRES) and title != "Expires"
    open_account(qtbot, window, sctx, "moshe")
    assert plain(panel.count.text()) != "" and "service" not in panel.count.text()

    qtbot.waitUntil(lambda: "href" not in bar.link.text())
    assert bar.link.text() == tr("BackgroundStatus", "(ask an administrator)")
    assert bar.summary.text().startswith(tr("BackgroundStatus", "Checks not started"))
    assert "Checks not started" not in bar.summary.text()
    assert tr("BackgroundStatus", "Ask an administrator to set it up.") in bar.toolTip()
