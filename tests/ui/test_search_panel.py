"""Customer search in the sales window (issue 11): accents and case do not count, no hidden cap (the
count says "50 of 52" and more are a click away), the keyboard flow (Down, Enter, Esc, Up), Ctrl+F
from anywhere in the window, and the list reloaded when customers change (R34)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.changes import announced_by
from desktop.app.interchange.load import import_document
from desktop.bootstrap import AppContext
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, account
from tests.jobs.helpers import document, domain, load
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory

LATER = date(2027, 3, 1)


def _customers(ctx: AppContext, *names: str) -> None:
    load(
        ctx,
        document(
            [
                account(f"c-{i:02d}", [domain("s1", f"shop{i:02d}.example.com", LATER)], name=name)
                for i, name in enumerate(names)
            ]
        ),
    )


def _names(window: MainWindow) -> list[str]:
    results = window.search.results
    return [results.item(row).text().splitlines()[0] for row in range(results.count())]


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.query.setText(text)  # not keyClicks: non-ASCII text aborts the run (ARCHITECTURE)
    window.search.search_now()
    qtbot.waitUntil(lambda: not window.tasks.busy)


def _opened(window: MainWindow) -> str | None:
    account = window.account_panel.account
    return account.customer.name if account is not None else None


def test_a_name_is_found_without_its_accents(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _customers(sctx, "Lucía Ibáñez", "Avi Ben-David", "Dana Levi")
    window = make_window(sctx, SALES)
    for text in ("ibanez", "IBÁÑEZ", "lucia"):
        _search(qtbot, window, text)
        assert _names(window) == ["Lucía Ibáñez"], text
        assert window.search.status.text() == "1 customer"
    _search(qtbot, window, "ben david")
    assert _names(window) == ["Avi Ben-David"]


def test_no_hidden_cap_the_count_says_how_many_and_more_are_shown_on_request(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _customers(sctx, *(f"Núñez {i:02d}" for i in range(52)), "Dana Levi")
    window = make_window(sctx, SALES)
    _search(qtbot, window, "nunez")
    assert window.search.results.count() == 50
    assert window.search.status.text() == "50 of 52 customers shown: refine the search"
    assert window.search.more.isVisible()
    qtbot.mouseClick(window.search.more, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.search.results.count() == 52)
    assert len(set(_names(window))) == 52
    assert window.search.status.text() == "52 customers"
    assert not window.search.more.isVisible()


def test_the_keyboard_flow(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _customers(sctx, "Dana Levi", "Dan Cohen", "Noa Peretz")
    window = make_window(sctx, SALES)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    query, results = window.search.query, window.search.results

    # Enter while the typing pause still runs: the search is made, then its first hit opened.
    query.setFocus()
    qtbot.keyClicks(query, "dan")  # type: ignore[no-untyped-call]
    qtbot.keyClick(query, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: _opened(window) == "Dan Cohen")
    assert _names(window) == ["Dan Cohen", "Dana Levi"]

    # Down moves into the list; Down again and Enter open the second; Up from the top comes back.
    query.setFocus()
    qtbot.keyClick(query, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert qapp.focusWidget() is results
    assert results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    qtbot.keyClick(results, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: _opened(window) == "Dana Levi")
    qtbot.keyClick(results, Qt.Key.Key_Up)  # type: ignore[no-untyped-call]
    qtbot.keyClick(results, Qt.Key.Key_Up)  # type: ignore[no-untyped-call]
    assert qapp.focusWidget() is query

    # Enter on an answered search opens the chosen hit; Esc clears the box.
    qtbot.keyClick(query, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert _opened(window) == "Dan Cohen"
    qtbot.keyClick(query, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert query.text() == ""
    qtbot.waitUntil(lambda: results.count() == 3)


def test_ctrl_f_finds_the_search_box_from_anywhere_in_the_window(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.search.query.setText("dana")
    table = window.account_panel.table
    table.setFocus()
    assert qapp.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert qapp.focusWidget() is window.search.query
    assert window.search.query.selectedText() == "dana"  # typing replaces the last search


def test_the_list_reloads_when_customers_change_and_keeps_the_chosen_one(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _customers(sctx, "Dana Levi", "Noa Peretz")
    window = make_window(sctx, SALES)
    window.search.results.setCurrentRow(1)
    qtbot.waitUntil(lambda: _opened(window) == "Noa Peretz")
    load(sctx, document([account("c-new", [domain("s1", "new.example.com", LATER)], name="Avi Azulay")]))
    window.workspace.announce(announced_by(import_document))  # as another window's import does
    qtbot.waitUntil(lambda: window.search.results.count() == 3)
    assert _names(window) == ["Avi Azulay", "Dana Levi", "Noa Peretz"]
    assert window.search.status.text() == "3 customers"
    current = window.search.results.currentItem()
    assert current is not None and current.text().startswith("Noa Peretz")
    qtbot.waitUntil(lambda: not window.tasks.busy)
    assert _opened(window) == "Noa Peretz"
