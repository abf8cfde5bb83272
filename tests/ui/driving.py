"""Driving the sales window as staff do: open an account, tick rows, and work inside a modal dialog that
an action opens with exec() (the steps run inside the dialog's own event loop)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.ui.customers.services_model import Column
from desktop.ui.main_window import MainWindow
from tests.app.helpers import customer_id

D = TypeVar("D", bound=QDialog)


def open_account(qtbot: QtBot, window: MainWindow, ctx: AppContext, ref: str) -> AccountView:
    window.open_customer(customer_id(ctx, ref))
    qtbot.waitUntil(
        lambda: window.account_panel.account is not None and window.account_panel.account.customer.ref == ref
    )
    qtbot.waitUntil(lambda: not window.tasks.busy)
    account = window.account_panel.account
    assert account is not None
    return account


def wait_for_refresh(qtbot: QtBot, window: MainWindow, before: AccountView) -> AccountView:
    qtbot.waitUntil(lambda: window.account_panel.account is not before)
    qtbot.waitUntil(lambda: not window.tasks.busy)
    account = window.account_panel.account
    assert account is not None
    return account


def tick(window: MainWindow, *names: str) -> None:
    proxy = window.account_panel.proxy
    rows = {str(proxy.index(r, Column.NAME).data()): r for r in range(proxy.rowCount())}
    for name in names:
        index = proxy.index(rows[name], Column.TICK)
        assert proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def shown_names(window: MainWindow) -> list[str]:
    proxy = window.account_panel.proxy
    return [str(proxy.index(r, Column.NAME).data()) for r in range(proxy.rowCount())]


def cell(window: MainWindow, name: str, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    proxy = window.account_panel.proxy
    row = shown_names(window).index(name)
    return proxy.index(row, column).data(role)


def cell_text(view: QAbstractItemView, row: int, column: int) -> str:
    """What a table view shows in a cell, as its model gives it (row and column as the view shows them)."""
    text = view.model().index(row, column).data()
    assert isinstance(text, str), f"no text at ({row}, {column})"
    return text


def row_count(view: QAbstractItemView) -> int:
    return view.model().rowCount()


def while_modal(trigger: Callable[[], None], kind: type[D], steps: Callable[[D], None]) -> D:
    """Calls `trigger` (which opens a `kind` dialog with exec()) and runs `steps` on that dialog
    inside its event loop. `steps` must accept or reject it; on any failure the dialog is rejected so
    that exec() returns, and the failure is raised here."""
    opened: list[D] = []
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            errors.append(AssertionError(f"expected a {kind.__name__} open, found {dialog!r}"))
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        opened.append(dialog)
        try:
            steps(dialog)
            if dialog.isVisible():
                raise AssertionError("the steps left the dialog open")
        except BaseException as exc:
            errors.append(exc)
            if dialog.isVisible():
                dialog.reject()

    timer = QTimer(singleShot=True, interval=0)
    timer.timeout.connect(run)
    timer.start()
    trigger()
    timer.stop()  # when nothing opened, nothing runs later
    if errors:
        raise errors[0]
    assert opened, "the action opened no dialog"
    return opened[0]
