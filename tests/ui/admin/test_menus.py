"""R23 in the main window: each role sees the windows it may use (the use cases refuse the rest)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor
from desktop.bootstrap import AppContext
from desktop.ui.finance.finance_window import FinanceWindow
from tests.app.helpers import ADMIN, FINANCE, SALES
from tests.ui.conftest import WindowFactory


@pytest.mark.parametrize(
    ("actor", "finance", "audit", "settings", "staff"),
    [
        (SALES, False, False, False, False),
        (FINANCE, True, True, True, False),
        (ADMIN, True, True, True, True),
    ],
    ids=["sales", "finance", "admin"],
)
def test_each_role_sees_its_windows(
    sctx: AppContext,
    make_window: WindowFactory,
    actor: Actor,
    finance: bool,
    audit: bool,
    settings: bool,
    staff: bool,
) -> None:
    window = make_window(sctx, actor)
    shown = (
        window.finance_action.isVisible() and window.finance_menu.menuAction().isVisible(),
        window.audit_action.isVisible(),
        window.settings_action.isVisible(),
        window.staff_action.isVisible(),
    )
    assert shown == (finance, audit, settings, staff)
    assert window.operations_action.isVisible()  # everyone may see what the background checks did


def test_the_finance_window_opens_once_and_closes_with_the_main_window(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, FINANCE)
    window.open_finance()
    first = window.finance_window
    assert isinstance(first, FinanceWindow) and first.isVisible()
    window.open_finance()
    assert window.finance_window is first
    qtbot.waitUntil(lambda: first.wait_loaded(100))
    window.close()
    qtbot.waitUntil(lambda: window.finance_window is None)
