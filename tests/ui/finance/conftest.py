"""The finance window on a real database: built for an actor, shown, and waited for until its data is
in; closed (its work under way finished) before the database context goes away."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.actor import Actor
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.ui.finance.finance_window import FinanceWindow

FinanceFactory = Callable[[AppContext, Actor], FinanceWindow]


@pytest.fixture
def open_finance(qtbot: QtBot) -> Iterator[FinanceFactory]:
    windows: list[FinanceWindow] = []

    def make(context: AppContext, actor: Actor) -> FinanceWindow:
        window = FinanceWindow(Desk(context, actor))
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.settled, timeout=20_000)
        return window

    yield make
    for window in windows:
        window.tasks.wait(30_000)
        window.close()
        window.deleteLater()
