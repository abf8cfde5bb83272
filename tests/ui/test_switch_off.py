"""Switching auto-renew off from the sales window (R27, issue 11): the question counts only the ticked
services that are on; with none on nothing is asked and the window says so; afterwards it says how many
were switched off, and keeps saying it after the reload."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.core.codes import CycleStatus
from desktop.jobs.live_cycles import new_cycle
from desktop.store.models import Cycle
from desktop.ui.customers.services_model import Column
from desktop.ui.dialogs.outcome_note import note_of
from tests.app.helpers import SALES, audit_rows, outbox_rows, renew_states
from tests.jobs.helpers import renew_of
from tests.ui.accounts import load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell, open_account, tick, wait_for_refresh


def test_switching_off_services_already_off_asks_nothing_and_says_so(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    """Issue 11: it asked "The customer is told by e-mail" and then did nothing."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    states = renew_states(sctx)
    tick(window, "levi.com", "dana.co.il")
    window.switch_off.trigger()
    assert message_boxes == []
    note = note_of(window)
    assert note.isVisible()
    assert (
        plain(note.text()) == "Dana Levi: no ticked service renews automatically; nothing was switched off."
    )
    window.tasks.wait(10_000)
    assert renew_states(sctx) == states
    assert window.account_panel.account is before


def test_the_question_counts_only_the_services_that_are_on(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    tick(window, "levi-site", "levi.com", "dana.co.il")
    window.switch_off.trigger()  # the recorded question answers Yes
    assert message_boxes == [
        (
            "Switch auto-renew off",
            "Switch automatic renewal off for 1 service? The customer will be told by e-mail. "
            "2 ticked services already had automatic renewal off and will be left as is.\nlevi-site",
        )
    ]
    after = wait_for_refresh(qtbot, window, before)
    assert not renew_of(sctx, "levi-site").enabled
    assert len(audit_rows(sctx, "auto_renew.disabled")) == 1
    assert len(outbox_rows(sctx, "stopped_by_staff")) == 1
    expected = "Dana Levi: automatic renewal is off for 1 service; the customer's e-mail is queued."
    assert plain(note_of(window).text()) == expected
    assert cell(window, "levi-site", Column.AUTO_RENEW) != "Active"
    window.refresh()
    wait_for_refresh(qtbot, window, after)
    assert note_of(window).isVisible() and plain(note_of(window).text()) == expected


def test_a_tick_hidden_by_the_filter_is_not_acted_on(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    """Hostile review: with "levi" in the filter, switch off acted on dana.co.il, out of sight."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tick(window, "levi-site", "levi.com", "dana.co.il")
    window.account_panel.filter_text.setText("levi")
    assert sorted(window.account_panel.model.ticked_ids()) != sorted(window.account_panel.ticked())
    shown = {s.id: s.name for s in window.account_panel.account.services}  # type: ignore[union-attr]
    assert sorted(shown[i] for i in window.account_panel.ticked()) == ["levi-site", "levi.com"]
    window.account_panel.filter_text.setText("")
    assert sorted(shown[i] for i in window.account_panel.ticked()) == ["dana.co.il", "levi-site", "levi.com"]


def test_switching_off_while_its_charge_is_under_way_is_refused_and_said(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, message_boxes: list[tuple[str, str]]
) -> None:
    """Hostile test 14, defect 3: switched off while a due run was charging it, the service was shown
    off, charged anyway and its customer told "renew now". The window says the charge is under way
    and nothing changes."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    before = open_account(qtbot, window, sctx, "dana")
    site = next(s for s in before.services if s.name == "levi-site")
    with sctx.db.transaction() as session:  # a run on another workstation has asked the gateway
        session.execute(
            insert(Cycle).values(
                new_cycle(site.id, site.expires_on, 0, sctx.clock.now(), CycleStatus.CHARGING)
            )
        )
    states = renew_states(sctx)
    tick(window, "levi-site")
    window.switch_off.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) == 2, timeout=10_000)
    _, text = message_boxes[1]
    assert "A charge or a card check of levi-site is under way" in plain(text)
    assert "Auto-renew was not switched off and nothing was changed" in text
    window.tasks.wait(10_000)
    assert renew_states(sctx) == states
    assert outbox_rows(sctx, "stopped_by_staff") == []
    assert cell(window, "levi-site", Column.AUTO_RENEW) == "Active"
