"""Two workstations on one database (issue 11, R34): what one changes shows on the other within a poll
of the audit log, and a page the other loaded before the change cannot silently undo it.

Two desks on one database stand for two processes: a desk announces its changes to its own windows
only. One test changes data from a real child process (`python main.py recurring off ...`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import recurring, staff
from desktop.app.actor import Actor, Permission, Role
from desktop.app.desk import Desk
from desktop.app.views import AccountView, ServiceView
from desktop.bootstrap import AppContext, build_context
from desktop.core.bidi import plain
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from desktop.ui import changes
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.main_window import MainWindow
from tests.app.helpers import ADMIN, SALES, service_id
from tests.conftest import Cli
from tests.jobs.helpers import renew_of
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account, while_modal

POLL_MS = 200  # the program polls every few seconds; the tests need not wait that long


@pytest.fixture
def quick_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changes, "POLL_MS", POLL_MS)


def _service(account: AccountView, name: str) -> ServiceView:
    return next(service for service in account.services if service.name == name)


def _renews(window: MainWindow, name: str) -> bool:
    account = window.account_panel.account
    return account is not None and _service(account, name).auto_renew_on


# -- a page loaded before the change (part A) -----------------------------------------------------------


def test_saving_a_page_loaded_before_a_colleagues_switch_off_refuses_and_shows_it_anew(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    """B opened levi-site's page and picked 5 installments; meanwhile A switched levi-site off and the
    customer was mailed so. The old page wrote B's whole form: auto-renew on again, silently."""
    load_all(sctx)
    b = make_window(sctx, Actor("bella", Role.SALES))
    account = open_account(qtbot, b, sctx, "dana")
    other_workstation = Desk(sctx, SALES)

    def steps(page: ServicePage) -> None:
        qtbot.waitUntil(page.settled, timeout=20_000)
        page.period.setCurrentIndex(page.period.findData(24))  # the person edits the page
        qtbot.waitUntil(page.settled, timeout=20_000)
        other_workstation.call(
            recurring.disable_recurring, account.customer.id, [service_id(sctx, "levi-site")]
        )
        if page.acknowledge.isVisible():
            page.acknowledge.setChecked(True)
        qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=20_000)
        said = plain(page.error.text())
        assert "levi-site" in said and "changed meanwhile" in said, said
        # Shown anew as it is now (off, as the colleague left it) with the person's own edit kept
        # (24 months), and the refusal in view; nothing was saved.
        qtbot.waitUntil(lambda: page.settled() and not page.enabled.isChecked(), timeout=20_000)
        assert page.period.currentData() == 24
        assert page.error.isVisible() and "changed meanwhile" in plain(page.error.text())
        assert "Your changes are kept" in page.error.text()
        assert renew_of(sctx, "levi-site").period_months == 12
        page.reject()

    while_modal(lambda: b._open_service(_service(account, "levi-site")), ServicePage, steps)
    renew = renew_of(sctx, "levi-site")
    assert (renew.enabled, renew.period_months) == (False, 12)


def test_an_untouched_page_opened_from_a_stale_table_shows_the_service_as_it_is(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    b = make_window(sctx, SALES)
    account = open_account(qtbot, b, sctx, "dana")
    Desk(sctx, SALES).call(recurring.disable_recurring, account.customer.id, [service_id(sctx, "levi-site")])
    assert _renews(b, "levi-site")  # B's table has not polled yet

    def steps(page: ServicePage) -> None:
        qtbot.waitUntil(lambda: page.settled() and not page.enabled.isChecked(), timeout=20_000)
        assert page.stopped.isVisible()
        page.reject()

    while_modal(lambda: b._open_service(_service(account, "levi-site")), ServicePage, steps)


# -- other workstations see the change (part B) --------------------------------------------------------


def test_a_change_made_at_another_desk_reaches_the_open_window_within_a_poll(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, quick_poll: None
) -> None:
    load_all(sctx)
    b = make_window(sctx, SALES)
    account = open_account(qtbot, b, sctx, "dana")
    bus = changes.ChangeBus.of(b.workspace)
    assert bus.timer.isActive() and bus.timer.interval() == POLL_MS
    qtbot.waitUntil(lambda: not bus.polling)  # the log's end when the window opened
    Desk(sctx, SALES).call(recurring.disable_recurring, account.customer.id, [service_id(sctx, "levi-site")])
    assert _renews(b, "levi-site")
    qtbot.waitUntil(lambda: not _renews(b, "levi-site"), timeout=5_000)


def test_the_poll_stops_when_the_desk_has_no_views(qtbot: QtBot, sctx: AppContext, quick_poll: None) -> None:
    desk = Desk(sctx, SALES)
    window = MainWindow(desk)
    bus = changes.ChangeBus.of(desk)
    assert bus.timer.isActive()
    qtbot.waitUntil(lambda: not bus.polling and not window.tasks.busy)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not bus.timer.isActive(), timeout=5_000)


def test_a_command_run_in_another_process_reaches_the_open_window(
    qtbot: QtBot, cli: Cli, make_window: WindowFactory, quick_poll: None
) -> None:
    clock = ManualClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    context = build_context(cli.db, clock=clock, secrets=KeyringSecretStore(), sandbox_seed=7)
    try:
        load_all(context)
        window = make_window(context, SALES)
        open_account(qtbot, window, context, "dana")
        qtbot.waitUntil(lambda: not changes.ChangeBus.of(window.workspace).polling)
        done = cli("recurring", "off", "dana", "--service", "levi-site")
        assert done.returncode == 0, done.stderr
        assert _renews(window, "levi-site")
        qtbot.waitUntil(lambda: not _renews(window, "levi-site"), timeout=5_000)
        window.tasks.wait(30_000)
        changes.settle(window.workspace)
    finally:
        context.close()


# -- a role changed by another admin (defect 8) ------------------------------------------------------------


def _signed_in(ctx: AppContext, make_window: WindowFactory, role: str) -> tuple[MainWindow, int]:
    staff.create_first_admin(ctx, Actor("setup:adam", Role.ADMIN), "adam", "correct horse 1")
    sara = staff.add_staff(ctx, ADMIN, "sara", role, "correct horse 2")
    load_all(ctx)
    window = make_window(ctx, Actor("sara", Role(role)))
    window.workspace.adopt(Actor("sara", Role(role)), signed_in=True)
    return window, sara.id


def _other_admin(ctx: AppContext, change: Callable[[AppContext, Actor], object]) -> None:
    change(ctx, Actor("adam", Role.ADMIN))


def test_a_role_changed_by_another_admin_shows_in_the_menus(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, quick_poll: None
) -> None:
    window, sara = _signed_in(sctx, make_window, "sales")
    assert not window.finance_menu.menuAction().isVisible()
    qtbot.waitUntil(lambda: not changes.ChangeBus.of(window.workspace).polling)
    _other_admin(sctx, lambda ctx, adam: staff.change_role(ctx, adam, sara, "finance"))
    qtbot.waitUntil(lambda: window.finance_menu.menuAction().isVisible(), timeout=5_000)
    actor = window.workspace.actor
    assert actor is not None and actor.role is Role.FINANCE
    assert not window.workspace.may(Permission.MANAGE_RECURRING)
    open_account(qtbot, window, sctx, "dana")
    assert not window.recurring_all.isEnabled()
    assert "role" in window.recurring_all.toolTip().lower()


def test_a_member_disabled_meanwhile_is_signed_out_and_told(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    quick_poll: None,
    message_boxes: list[tuple[str, str]],
) -> None:
    window, sara = _signed_in(sctx, make_window, "sales")
    open_account(qtbot, window, sctx, "dana")
    qtbot.waitUntil(lambda: not changes.ChangeBus.of(window.workspace).polling)
    _other_admin(sctx, lambda ctx, adam: staff.set_active(ctx, adam, sara, False))
    qtbot.waitUntil(lambda: window.workspace.actor is None, timeout=5_000)
    assert window.account_panel.account is None
    assert window.sign_in_dialog is not None and window.sign_in_dialog.isVisible()
    assert any("signed out" in text for _, text in message_boxes), message_boxes
