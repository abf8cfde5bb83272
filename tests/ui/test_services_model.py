"""The services table's model (R3, R9): ticks kept as service ids through sorting, filtering and
refresh; colours, stop reasons and risk tooltips; native values for sorting. Checked with pytest-qt's
model tester, on the model and on its sort/filter proxy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import customers, recurring
from desktop.app.desk import Desk
from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.core import bidi
from desktop.store.models import AutoRenew, Service
from desktop.ui import colours
from desktop.ui.application import install_language
from desktop.ui.colours import risk_color, success_color
from desktop.ui.customers.services_model import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    Filter,
    ServicesFilter,
    ServicesModel,
)
from tests.app.helpers import SALES, account, customer_id
from tests.jobs.helpers import document, domain, load
from tests.ui.accounts import DECEMBER, FEBRUARY, HEBREW_DOMAIN, JUNE, MARCH, load_all

CHECKED = Qt.CheckState.Checked.value  # an int, as PySide6 hands it from a view
UNCHECKED = Qt.CheckState.Unchecked.value


@pytest.fixture
def workspace(sctx: AppContext) -> Desk:
    load_all(sctx)
    return Desk(sctx, SALES)


@pytest.fixture
def dana(sctx: AppContext, workspace: Desk) -> AccountView:
    return workspace.call(customers.load_account, customer_id(sctx, "dana"))


@pytest.fixture
def models(dana: AccountView) -> Iterator[tuple[ServicesModel, ServicesFilter]]:
    model = ServicesModel()
    proxy = ServicesFilter()
    proxy.setSourceModel(model)
    model.set_account(dana)
    yield model, proxy


def _row_of(model: ServicesModel | ServicesFilter, name: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, Column.NAME).data() == name:
            return row
    raise AssertionError(f"{name} is not shown")


def _tick(model: ServicesModel | ServicesFilter, name: str, state: int = CHECKED) -> None:
    index = model.index(_row_of(model, name), Column.TICK)
    assert model.setData(index, state, Qt.ItemDataRole.CheckStateRole)


def _ticked_names(model: ServicesModel | ServicesFilter) -> set[str]:
    return {
        str(model.index(row, Column.NAME).data())
        for row in range(model.rowCount())
        if model.index(row, Column.TICK).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    }


def _names(model: ServicesModel | ServicesFilter) -> list[str]:
    return [str(model.index(row, Column.NAME).data()) for row in range(model.rowCount())]


def _id_of(account: AccountView, name: str) -> int:
    return next(service.id for service in account.services if service.name == name)


def test_the_model_and_its_proxy_pass_the_model_tester(
    qtmodeltester: ModelTester, models: tuple[ServicesModel, ServicesFilter]
) -> None:
    model, proxy = models
    assert model.rowCount() == 5
    assert model.columnCount() == len(Column)
    _tick(model, "levi.com")
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    proxy.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    proxy.set_choice(Filter.DOMAINS)
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]
    assert proxy.rowCount() == 4


def test_an_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ServicesModel()
    model.set_account(None)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 0
    assert model.ticked_ids() == []


def test_an_int_check_state_ticks_a_service_by_id(
    models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    model, _ = models
    _tick(model, "levi.co.il")
    _tick(model, "levi-site")
    assert set(model.ticked_ids()) == {_id_of(dana, "levi.co.il"), _id_of(dana, "levi-site")}
    _tick(model, "levi-site", UNCHECKED)
    assert model.ticked_ids() == [_id_of(dana, "levi.co.il")]
    # Only the tick column is checkable, and only the check state role ticks.
    name_cell = model.index(_row_of(model, "levi.com"), Column.NAME)
    assert not model.setData(name_cell, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(name_cell) & Qt.ItemFlag.ItemIsUserCheckable
    tick_cell = model.index(_row_of(model, "levi.com"), Column.TICK)
    assert model.flags(tick_cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(tick_cell, CHECKED, Qt.ItemDataRole.EditRole)
    assert model.ticked_ids() == [_id_of(dana, "levi.co.il")]


def test_ticks_survive_sorting_and_filtering(
    models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    model, proxy = models
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    _tick(proxy, "levi.com")  # ticked through the proxy, as the table does
    _tick(proxy, "levi-site")
    ticked = {_id_of(dana, "levi.com"), _id_of(dana, "levi-site")}
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "levi.com"
    assert _ticked_names(proxy) == {"levi.com", "levi-site"}
    proxy.sort(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    assert _ticked_names(proxy) == {"levi.com", "levi-site"}

    proxy.set_choice(Filter.DOMAINS)
    assert "levi-site" not in _names(proxy)
    assert _ticked_names(proxy) == {"levi.com"}
    assert set(model.ticked_ids()) == ticked  # hidden, still ticked
    proxy.set_choice(Filter.HOSTING)
    assert _names(proxy) == ["levi-site"]
    assert _ticked_names(proxy) == {"levi-site"}
    proxy.set_text("nothing like this")
    assert proxy.rowCount() == 0
    proxy.set_text("")
    proxy.set_choice(Filter.ALL)
    assert _ticked_names(proxy) == {"levi.com", "levi-site"}
    assert set(model.ticked_ids()) == ticked


def test_ticks_survive_a_refresh_of_the_same_account(
    sctx: AppContext, workspace: Desk, models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    model, proxy = models
    _tick(proxy, "levi.com")
    _tick(proxy, "dana.co.il")
    workspace.call(
        recurring.enable_recurring,
        dana.customer.id,
        [_id_of(dana, "levi.com")],
        card_id=_card(dana, "v1"),
        contact_id=None,
        mismatch_acknowledged=False,
    )
    refreshed = workspace.call(customers.load_account, dana.customer.id)
    assert refreshed is not dana
    model.set_account(refreshed)
    assert _ticked_names(proxy) == {"levi.com", "dana.co.il"}
    row = model.index(_row_of(model, "levi.com"), Column.AUTO_RENEW)
    assert row.data() == "Active"  # the refreshed rows are shown, with the ticks kept


def test_ticks_survive_a_refresh_that_brings_a_new_service(
    sctx: AppContext, workspace: Desk, models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    """The same account, refreshed after another service was bought meanwhile, is still the same
    account: staff's ticks stay."""
    model, _ = models
    _tick(model, "levi.com")
    now = sctx.clock.now()
    with sctx.db.transaction() as session:
        service = Service(
            customer_id=dana.customer.id,
            ref="d9",
            kind="domain",
            name="levi-new.co.il",
            domain_key="levi-new.co.il",
            plan=None,
            expires_on=date(2027, 11, 24),
            period_months=12,
            created_at=now,
        )
        session.add(service)
        session.flush()
        session.add(
            AutoRenew(service_id=service.id, enabled=False, period_months=12, installments=1, updated_at=now)
        )
    refreshed = workspace.call(customers.load_account, dana.customer.id)
    assert len(refreshed.services) == 6
    model.set_account(refreshed)
    assert model.ticked_ids() == [_id_of(dana, "levi.com")]


def test_another_account_starts_without_ticks(
    sctx: AppContext, workspace: Desk, models: tuple[ServicesModel, ServicesFilter]
) -> None:
    model, _ = models
    _tick(model, "levi.com")
    avi = workspace.call(customers.load_account, customer_id(sctx, "avi"))
    model.set_account(avi)
    assert model.ticked_ids() == []
    assert _names(model) == ["avi.co.il", "avi.com"]
    model.set_account(None)
    assert model.rowCount() == 0


def test_active_rows_are_green_and_stopped_rows_say_why(
    models: tuple[ServicesModel, ServicesFilter],
) -> None:
    model, _ = models
    active = model.index(_row_of(model, "levi-site"), Column.AUTO_RENEW)
    assert active.data() == "Active"
    brush = active.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == success_color()
    stopped = model.index(_row_of(model, "levi-shop.com"), Column.AUTO_RENEW)
    assert stopped.data() == "Stopped: card check declined"
    assert stopped.data(Qt.ItemDataRole.ToolTipRole) == "Stopped: card check declined"
    assert stopped.data(Qt.ItemDataRole.ForegroundRole).color() == risk_color()
    never = model.index(_row_of(model, "levi.co.il"), Column.AUTO_RENEW)
    assert never.data() == "Off"
    assert never.data(Qt.ItemDataRole.ForegroundRole).color() == risk_color()


def test_the_risk_column_and_its_tooltip_list_the_risks(
    models: tuple[ServicesModel, ServicesFilter],
) -> None:
    model, proxy = models
    site = _row_of(model, "levi-site")
    risky = model.index(site, Column.RISK)
    # The first risk in a few words and how many more: the column stays narrow, nothing is cut.
    assert risky.data() == "Card expires first +1"
    reasons = [
        "The card expires before the charge date: the charge will fail, the service may be suspended "
        "and reactivation may cost extra",
        "The card holder matches neither the billing contact's name nor its company",
    ]
    # The full reasons where the eye lands: the warning icon, the service's name (under the name
    # itself, whole where the column elides it) and the risk.
    for column in (Column.TICK, Column.RISK):
        assert str(model.index(site, column).data(Qt.ItemDataRole.ToolTipRole)).splitlines() == reasons
    named = str(model.index(site, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert named == ["levi-site", *reasons]
    assert risky.data(Qt.ItemDataRole.ForegroundRole).color() == risk_color()
    calm = model.index(_row_of(model, "levi.com"), Column.RISK)
    assert calm.data() == ""
    assert calm.data(Qt.ItemDataRole.ToolTipRole) is None
    # The card and the contact the hosting package renews with are named in its row.
    assert model.index(_row_of(model, "levi-site"), Column.CONTACT).data() == "Moshe Cohen"
    assert "01/2027" in str(model.index(_row_of(model, "levi-site"), Column.CARD).data())
    assert model.index(_row_of(model, "levi.com"), Column.CONTACT).data() == "Dana Levi"  # the holder
    proxy.set_choice(Filter.AT_RISK)
    assert _names(proxy) == ["levi-site"]
    proxy.set_choice(Filter.RECURRING_ON)
    assert _names(proxy) == ["levi-site"]


def test_the_sort_role_gives_native_values_and_dates_sort_by_time(
    models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    model, proxy = models
    row = _row_of(model, "levi.com")
    assert model.index(row, Column.EXPIRES).data(SORT_ROLE) == DECEMBER.toordinal()
    assert model.index(row, Column.EXPIRES).data() == "Dec 20, 2026"
    assert model.index(row, Column.NAME).data(SORT_ROLE) == "levi.com"
    site = _row_of(model, "levi-site")
    assert model.index(site, Column.NEXT_CHARGE).data(SORT_ROLE) == JUNE.toordinal()
    assert model.index(site, Column.RISK).data(SORT_ROLE) == 2
    assert model.index(site, Column.NAME).data(ROW_ROLE).id == _id_of(dana, "levi-site")

    proxy.sort(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    # By the display text "Dec…", "Feb…", "Jun…", "Mar…" March would come after June.
    assert _names(proxy)[:3] == ["levi.com", "levi-shop.com", "levi.co.il"]
    assert set(_names(proxy)[3:]) == {"dana.co.il", "levi-site"}
    proxy.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[-3:] == ["levi.co.il", "levi-shop.com", "levi.com"]
    expiries = [proxy.index(r, Column.EXPIRES).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert expiries == sorted(expiries, reverse=True)
    assert expiries[-1] == DECEMBER.toordinal() and FEBRUARY.toordinal() in expiries
    assert MARCH.toordinal() in expiries


def test_a_click_on_the_tick_box_of_the_table_ticks(
    qtbot: QtBot, models: tuple[ServicesModel, ServicesFilter], dana: AccountView
) -> None:
    """The view hands setData whatever PySide6 makes of the check state; the model keeps the id."""
    model, proxy = models
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    index = proxy.index(_row_of(proxy, "levi.co.il"), Column.TICK)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    target: QPoint = box.center() if box.isValid() else view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=target)  # type: ignore[no-untyped-call]
    assert model.ticked_ids() == [_id_of(dana, "levi.co.il")]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _card(account: AccountView, ref: str) -> int:
    return next(card.id for card in account.cards if card.ref == ref)


def test_a_service_at_risk_is_seen_at_a_glance(models: tuple[ServicesModel, ServicesFilter]) -> None:
    """Issue 11: the whole row highlighted and a warning icon in the first column, whichever columns
    fit on the screen; a calm row has neither."""
    model, _ = models
    site, calm = _row_of(model, "levi-site"), _row_of(model, "levi.com")
    for column in Column:
        brush = model.index(site, column).data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush) and brush.color() == colours.risk_background()
        assert model.index(calm, column).data(Qt.ItemDataRole.BackgroundRole) is None
    icon = model.index(site, Column.TICK).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.index(calm, Column.TICK).data(Qt.ItemDataRole.DecorationRole) is None
    # Sorting on the first column brings the services at risk together.
    model.sort(Column.TICK, Qt.SortOrder.DescendingOrder)
    assert _names(model)[0] == "levi-site"


def test_a_hebrew_domain_is_kept_whole_and_the_card_shows_its_expiry(
    qapp: QApplication, sctx: AppContext, workspace: Desk
) -> None:
    load(
        sctx,
        document([account("studio", [domain("s1", HEBREW_DOMAIN, MARCH)], name="סטודיו שבע")]),
    )
    studio = workspace.call(customers.load_account, customer_id(sctx, "studio"))
    install_language(qapp, "he")
    model = ServicesModel()
    model.set_account(studio)
    name = str(model.index(0, Column.NAME).data())
    assert bidi.plain(name) == HEBREW_DOMAIN
    assert name == bidi.domain(HEBREW_DOMAIN)  # isolated label by label: never scrambled
    card = str(model.index(0, Column.CARD).data())
    assert "4242" in card and "/20" in card  # the expiry beside the last digits
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == name


def test_an_auto_renew_left_to_staff_is_not_shown_green_active(sctx: AppContext, workspace: Desk) -> None:
    """Switched on for a domain whose charge date is past the grace days, the account showed a green
    "Active" while the due checks would leave it to staff, never charging it (hostile test 14, defect
    12): it says "Needs attention", in red, and why."""
    late = sctx.today().toordinal() - sctx.settings.late_charge_grace_days - 11
    load(sctx, document([account("late", [domain("s1", "late-photo.co.il", date.fromordinal(late))])]))
    model = ServicesModel()
    model.set_account(workspace.call(customers.load_account, customer_id(sctx, "late")))

    state = model.index(_row_of(model, "late-photo.co.il"), Column.AUTO_RENEW)
    assert state.data() == "Needs attention"
    assert state.data(Qt.ItemDataRole.ForegroundRole).color() == risk_color()
    assert "will not be made until someone acts" in state.data(Qt.ItemDataRole.ToolTipRole)
    risk = model.index(_row_of(model, "late-photo.co.il"), Column.RISK)
    assert risk.data() == "Needs attention +1"  # and the charge date passed
