"""The sales window (R1, R2, R23): search, choosing a customer, and which actions are offered, with the
reason shown when Recurring is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.ui.customers.services_model import Column
from tests.app.helpers import FINANCE, SALES, audit_rows, renew_states
from tests.ui.accounts import HEBREW_NAME, load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account, shown_names, tick, wait_for_refresh

NO_CARD = "Recurring payment needs a saved, valid card on the account"
NO_ORDER = "Recurring payment needs at least one order on the account"
ROLE = "Your role may not do this"


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
        window.workspace.enable_recurring(account.customer.id, [domain], card, None, True)
    assert refused.value.code == "forbidden"
    with pytest.raises(UseCaseError) as refused_renew:
        window.workspace.issue_proformas(account.customer.id, None, None)
    assert refused_renew.value.code == "forbidden"
    with pytest.raises(UseCaseError) as refused_off:
        window.workspace.disable_recurring(account.customer.id, [domain])
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
