"""The sales window (R1, R2, R23): search, choosing a customer, and which actions are offered, with the
reason shown when Recurring is not."""

from __future__ import annotations

import socket
from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import proformas, recurring
from desktop.app.about import about
from desktop.app.actor import Role
from desktop.app.auth import sign_in
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.staff import add_staff
from desktop.bootstrap import AppContext
from desktop.store.database import Database
from desktop.store.engine import make_engine
from desktop.ui.admin.staff_dialog import ChangeRoleDialog, StaffDialog
from desktop.ui.application import install_language
from desktop.ui.customers.services_model import Column
from desktop.ui.help import HELP, TOPICS, HelpWindow
from desktop.ui.icons import app_icon
from desktop.ui.main_window import MainWindow
from tests.app.helpers import ADMIN, FINANCE, SALES, audit_rows, renew_states
from tests.support.actors import TEST_ADMIN
from tests.ui.accounts import HEBREW_NAME, load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account, shown_names, tick, wait_for_refresh, while_modal

NO_CARD = "Recurring payment needs a saved, valid card on the account"
NO_ORDER = "Recurring payment needs at least one order on the account"
ROLE = "Your role may not do this."


def test_nothing_is_offered_before_a_customer_is_chosen(sctx: AppContext, make_window: WindowFactory) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    assert window.search.results.count() == 5
    assert window.search.status.text() == "5 customers"
    assert window.account_panel.account is None
    for action in (window.renew, window.renew_all, window.recurring, window.recurring_all, window.switch_off):
        assert not action.isEnabled()
    assert window.reason.text() == ""
    assert "sara" in window.windowTitle()


def test_choosing_a_customer_in_the_list_opens_the_account(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    results = window.search.results
    row = next(r for r in range(results.count()) if results.item(r).text().startswith("Avi Ben David"))
    results.setCurrentRow(row)
    qtbot.waitUntil(lambda: window.account_panel.account is not None)
    account = window.account_panel.account
    assert account is not None
    assert account.customer.ref == "avi"
    assert window.account_panel.title.text() == "Avi Ben David"
    assert window.account_panel.proxy.rowCount() == 2


@pytest.mark.parametrize(
    ("ref", "reason"),
    [("noa", NO_ORDER), ("ron", NO_CARD)],
)
def test_recurring_is_not_offered_without_a_valid_card_and_an_order(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, ref: str, reason: str
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    account = open_account(qtbot, window, sctx, ref)
    assert not account.recurring.offered
    tick(window, account.services[0].name)
    assert not window.recurring.isEnabled()
    assert not window.recurring_all.isEnabled()
    assert window.reason.text() == reason
    assert window.recurring_all.toolTip() == reason
    # R2: renewing stays offered.
    assert window.renew.isEnabled()
    assert window.renew_all.isEnabled()


def test_with_a_valid_card_and_an_order_recurring_is_offered(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "ron")
    assert window.reason.text() == NO_CARD
    open_account(qtbot, window, sctx, "dana")
    assert window.reason.text() == ""
    assert window.recurring_all.isEnabled()
    assert window.renew_all.isEnabled()
    # Recurring, Renew and switching off act on the ticked rows: only with a row ticked.
    assert not window.recurring.isEnabled()
    assert not window.renew.isEnabled()
    assert not window.switch_off.isEnabled()
    tick(window, "levi.com")
    assert window.recurring.isEnabled()
    assert window.renew.isEnabled()
    assert window.switch_off.isEnabled()
    account = window.account_panel.account
    assert account is not None
    assert window.account_panel.ticked() == [s.id for s in account.services if s.name == "levi.com"]


def test_a_refresh_keeps_the_ticks_and_the_offer(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    first = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi.com")
    window.account_panel.table.sortByColumn(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    order = shown_names(window)
    assert order[:3] == ["levi.com", "levi-shop.com", "levi.co.il"]  # by date, not by the date's text
    window.refresh()
    wait_for_refresh(qtbot, window, first)
    assert shown_names(window) == order  # the chosen order holds after the refresh
    assert [
        s.name for s in window.account_panel.model.services() if s.id in window.account_panel.ticked()
    ] == ["levi.com"]
    assert window.recurring.isEnabled()


def test_switching_off_a_ticked_service_through_the_window(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi-site")
    window.switch_off.trigger()
    assert message_boxes and "1 service" in message_boxes[0][1]
    wait_for_refresh(qtbot, window, before)
    site = next(s for s in window.account_panel.model.services() if s.name == "levi-site")
    assert not site.auto_renew_on
    assert site.stop_reason == "staff_switched_off"
    assert [(row.entity_id, row.actor) for row in audit_rows(sctx, "auto_renew.disabled")] == [
        (str(site.id), "sara")
    ]


def test_finance_sees_recurring_and_renew_disabled_and_the_use_case_refuses(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, FINANCE)
    account = open_account(qtbot, window, sctx, "dana")
    assert account.recurring.offered  # the account would allow it: the role does not
    tick(window, "levi.com")
    for action in (window.renew, window.renew_all, window.recurring, window.recurring_all, window.switch_off):
        assert not action.isEnabled()
    assert window.reason.text() == ROLE
    assert window.recurring_all.toolTip() == ROLE
    assert window.renew_all.toolTip() == ROLE

    before = renew_states(sctx)
    card = account.cards[0].id
    domain = next(s.id for s in account.services if s.name == "levi.com")
    with pytest.raises(UseCaseError) as refused:
        window.workspace.call(
            recurring.enable_recurring,
            account.customer.id,
            [domain],
            card_id=card,
            contact_id=None,
            mismatch_acknowledged=True,
        )
    assert refused.value.code == "forbidden"
    with pytest.raises(UseCaseError) as refused_renew:
        window.workspace.call(proformas.issue_proformas, account.customer.id, None, None)
    assert refused_renew.value.code == "forbidden"
    with pytest.raises(UseCaseError) as refused_off:
        window.workspace.call(recurring.disable_recurring, account.customer.id, [domain])
    assert refused_off.value.code == "forbidden"
    assert renew_states(sctx) == before
    assert audit_rows(sctx, "auto_renew.enabled") == []


def test_the_search_finds_a_customer_by_a_hebrew_name(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    assert window.search.results.count() == 5
    window.search.query.setText("כהן")  # the family name: a word inside the name (no keyClicks: R-trap)
    qtbot.waitUntil(lambda: window.search.results.count() == 1)
    item = window.search.results.item(0)
    assert item.text().splitlines()[0] == HEBREW_NAME
    assert item.toolTip() == "moshe"
    window.search.query.setText("משה")  # the first name: the start of the name
    qtbot.waitUntil(
        lambda: window.search.status.text() == "1 customer" and window.search.results.count() == 1
    )
    assert window.search.results.item(0).text().startswith(HEBREW_NAME)
    window.search.query.setText("שרה")
    qtbot.waitUntil(lambda: window.search.results.count() == 0)
    assert window.search.status.text() == "0 customers"
    window.search.query.setText(HEBREW_NAME)
    qtbot.waitUntil(lambda: window.search.results.count() == 1)
    window.search.results.itemActivated.emit(window.search.results.item(0))
    qtbot.waitUntil(lambda: window.account_panel.account is not None)
    assert window.account_panel.title.text() == HEBREW_NAME


# -- a finished desktop program: File, Help, About, sign-out, reasons in tooltips (issue 11) ------------

PASSWORD = "correct horse battery"


def signed_in_window(qtbot: QtBot, ctx: AppContext, name: str) -> MainWindow:
    """A window whose person signed in (checked against the staff table at every step)."""
    workspace = Desk(ctx)
    workspace.adopt(sign_in(ctx, name, PASSWORD).actor)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.tasks.busy)
    return window


def staff_of_three(ctx: AppContext) -> None:
    for name, role in (("adam", "admin"), ("sara", "sales"), ("fina", "finance")):
        add_staff(ctx, TEST_ADMIN, name, role, PASSWORD)


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]


def test_file_and_help_menus_with_their_shortcuts_and_icons(
    sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, ADMIN)
    assert menu_texts(window) == ["File", "Actions", "Finance", "Tools", "Help"]
    assert [a.text() for a in window.file_menu.actions() if not a.isSeparator()] == [
        "Sign &out / switch user…",
        "&Quit",
    ]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.help_action.shortcut().toString() == "F1"
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == [
        "&Guide to this window",
        "&About RenewDesk",
    ]
    menus = (window.file_menu, window.actions_menu, window.finance_menu, window.tools_menu, window.help_menu)
    for menu in menus:
        for action in menu.actions():
            if not action.isSeparator():
                assert not action.icon().isNull(), action.text()
    assert not app_icon().isNull() and app_icon().availableSizes()[-1].width() >= 256
    window.quit_action.trigger()
    assert not window.isVisible()


def test_a_greyed_out_action_says_why_in_its_tooltip(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    actions = (window.renew, window.renew_all, window.recurring, window.recurring_all, window.switch_off)
    for action in (*actions, window.refresh_action):
        assert not action.isEnabled() and action.toolTip() == "Choose a customer first"
    open_account(qtbot, window, sctx, "dana")
    for action in (window.renew, window.recurring, window.switch_off):
        assert not action.isEnabled() and action.toolTip() == "Tick services first"
    assert window.renew_all.isEnabled() and window.renew_all.toolTip() == "Renew All"
    tick(window, "levi.com")
    assert window.renew.isEnabled() and window.renew.toolTip() == "Renew"
    open_account(qtbot, window, sctx, "ron")
    tick(window, "ron.co.il")
    assert not window.recurring.isEnabled() and window.recurring.toolTip() == NO_CARD  # R1 before ticks
    assert window.actions_menu.toolTipsVisible()


def test_sign_out_then_sign_in_as_another_role_shows_that_roles_menus(qtbot: QtBot, sctx: AppContext) -> None:
    load_all(sctx)
    staff_of_three(sctx)
    window = signed_in_window(qtbot, sctx, "adam")
    open_account(qtbot, window, sctx, "dana")
    assert window.staff_action.isVisible() and window.settings_action.isVisible()
    assert "adam" in window.windowTitle()

    window.sign_out_action.trigger()
    dialog = window.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.workspace.actor is None
    assert window.account_panel.account is None and not window.splitter.isVisible()
    assert not window.staff_action.isVisible() and not window.finance_menu.menuAction().isVisible()
    dialog.name.setText("fina")
    dialog.password.setText(PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.sign_in_dialog is None)
    qtbot.waitUntil(lambda: not window.tasks.busy)

    actor = window.workspace.actor
    assert actor is not None and (actor.name, actor.role) == ("fina", Role.FINANCE)
    assert "fina" in window.windowTitle() and window.splitter.isVisible()
    assert menu_texts(window) == ["File", "Actions", "Finance", "Tools", "Help"]
    assert not window.staff_action.isVisible()
    assert window.audit_action.isVisible()
    assert window.finance_window is not None  # finance's day starts with the charges to come
    window.finance_window.close()
    open_account(qtbot, window, sctx, "dana")
    assert not window.renew_all.isEnabled() and window.renew_all.toolTip() == ROLE

    window.sign_out_action.trigger()
    dialog = window.sign_in_dialog
    assert dialog is not None
    dialog.reject()  # nobody takes over: the window closes rather than stay open to anyone
    assert not window.isVisible()


def test_an_admin_who_steps_down_loses_the_admin_menus(qtbot: QtBot, sctx: AppContext) -> None:
    staff_of_three(sctx)
    add_staff(sctx, TEST_ADMIN, "eve", "admin", PASSWORD)
    window = signed_in_window(qtbot, sctx, "adam")
    assert window.staff_action.isVisible()

    def steps(dialog: StaffDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.loading)
        adam = next(member.id for member in dialog.members if member.name == "adam")
        dialog.select(adam)

        def demote(form: ChangeRoleDialog) -> None:
            form.role.setCurrentIndex(form.role.findData("sales"))
            form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: not form.isVisible())

        while_modal(dialog.role_button.click, ChangeRoleDialog, demote)
        dialog.reject()

    while_modal(window.staff_action.trigger, StaffDialog, steps)
    qtbot.waitUntil(lambda: not window.staff_action.isVisible())
    actor = window.workspace.actor
    assert actor is not None and actor.role is Role.SALES
    assert not window.settings_action.isVisible() and not window.audit_action.isVisible()
    assert not window.finance_menu.menuAction().isVisible()


def test_f1_opens_the_guide_to_the_focused_window_in_hebrew_right_to_left(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext
) -> None:
    staff_of_three(sctx)
    install_language(qapp, "he")
    window = signed_in_window(qtbot, sctx, "adam")
    staff = StaffDialog(window.workspace, window.tasks, window)
    staff.setModal(False)
    staff.show()
    staff.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is staff)
    staff.table.setFocus()
    qtbot.waitUntil(lambda: staff.property("renewdeskHelpKey") is True)
    qtbot.keyClick(staff.table, Qt.Key.Key_F1)  # type: ignore[no-untyped-call]
    guide = staff.findChild(HelpWindow)
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    assert guide.topic == "staff"
    assert guide.windowTitle() == "צוות"
    assert guide.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = guide.browser.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "המנהל הפעיל האחרון" in guide.browser.toPlainText()
    staff.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.help_action.trigger()
    sales = window.findChild(HelpWindow)
    assert isinstance(sales, HelpWindow) and sales.topic == "sales"
    assert sales.windowTitle() == "חלון המכירות"


def test_every_window_has_its_guide_in_every_language() -> None:
    for language in ("en", "he", "es"):
        for topic in TOPICS:
            page = (HELP / language / f"{topic}.html").read_text(encoding="utf-8")
            assert "<title>" in page and "<h2>" in page
            assert ('dir="rtl"' in page) == (language == "he")


def test_about_names_the_version_the_database_and_the_workstation(
    sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, SALES)
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == metadata.version("renewdesk")
    assert dialog.database.text() == str(sctx.db.engine.url)
    assert dialog.workstation.text() == socket.gethostname()


def test_about_never_shows_a_database_password(sctx: AppContext) -> None:
    server = AppContext(
        clock=sctx.clock,
        db=Database(make_engine("postgresql+psycopg://clerk:s3cret@db.example:5432/renewdesk")),
        secrets=sctx.secrets,
        gateway=sctx.gateway,
    )
    facts = about(server)
    assert facts.database == "postgresql+psycopg://clerk@db.example:5432/renewdesk"
    assert "s3cret" not in facts.database and "***" not in facts.database
