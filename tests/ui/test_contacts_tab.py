"""The account's Contacts tab (R37) on the real widgets: the contacts with the services each bills, Add
and Edit with fields checked as typed, Remove of a contact in use asking in the same dialog where its
services go (then moved and removed in one step), and roles (R23)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.contacts import ContactForm, MoveTo, edit_contact, remove_contact
from desktop.bootstrap import AppContext
from desktop.core.fields import Field
from desktop.store.models import Contact
from desktop.ui import changes
from desktop.ui.customers.contact_dialog import ContactDialog, RemoveContactDialog
from desktop.ui.customers.contacts_tab import Column, ContactsTab
from desktop.ui.main_window import MainWindow
from tests.app.helpers import ADMIN, FINANCE, SALES, account, contact, contact_id, customer_id
from tests.jobs.helpers import document, domain, load, renew_of
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, while_modal


def _dana(ctx: AppContext) -> None:
    load(
        ctx,
        document(
            [
                account(
                    "dana",
                    [
                        domain("s1", "levi-site.co.il", date(2027, 3, 1), contact="k1"),
                        domain("s2", "levi-shop.com", date(2027, 4, 1), contact="k1"),
                        domain("s3", "levi-old.com", date(2027, 5, 1), contact="k1", enabled=False),
                    ],
                    contacts=[contact("k1", "Levi Ltd", "Levi Ltd"), contact("k2", "Moshe Levi")],
                )
            ]
        ),
    )


def _tab(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> ContactsTab:
    open_account(qtbot, window, ctx, "dana")
    [tab] = [t for t in window.account_panel.extra_tabs if isinstance(t, ContactsTab)]
    window.account_panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: row_count(tab.table) == len(window.account_panel.account.contacts))  # type: ignore[union-attr]
    return tab


def _choose(tab: ContactsTab, name: str) -> None:
    for row in range(row_count(tab.table)):
        if cell_text(tab.table, row, Column.NAME) == name:
            tab.table.selectRow(row)
            return
    raise AssertionError(f"{name} not listed")


def _refs(ctx: AppContext) -> list[str]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(Contact.ref).order_by(Contact.id)))


def test_the_tab_lists_the_contacts_with_the_services_they_bill(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    assert window.account_panel.tabs.tabText(1) == "Contacts"
    texts = {
        cell_text(tab.table, row, Column.NAME): cell_text(tab.table, row, Column.SERVICES) for row in range(2)
    }
    assert texts == {"Levi Ltd": "3 (2 with auto-renew on)", "Moshe Levi": "0"}
    # The ref the commands take (proforma issue dana --contact k2), beside the name.
    refs = {cell_text(tab.table, row, Column.NAME): cell_text(tab.table, row, Column.REF) for row in range(2)}
    assert refs == {"Levi Ltd": "k1", "Moshe Levi": "k2"}
    assert not tab.edit_button.isEnabled() and "Choose a contact" in tab.edit_button.toolTip()


def test_add_checks_as_typed_and_the_new_contact_is_listed(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)

    def fill(dialog: ContactDialog) -> None:
        assert not dialog.save_button.isEnabled()
        QTest.keyClicks(dialog.name, "Accounts dept")
        QTest.keyClicks(dialog.email, "accounts")
        assert dialog.form.problem_of(Field.EMAIL) and not dialog.save_button.isEnabled()
        QTest.keyClicks(dialog.email, "@levi.example")
        QTest.keyClicks(dialog.company, "Levi Ltd")
        assert dialog.save_button.isEnabled()
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    while_modal(tab.add_button.click, ContactDialog, fill)
    qtbot.waitUntil(lambda: row_count(tab.table) == 3)
    assert _refs(sctx) == ["k1", "k2", "K-3"]
    assert "Accounts dept" in tab.note.text()


def test_edit_saves_the_chosen_contact(qtbot: QtBot, sctx: AppContext, make_window: WindowFactory) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Moshe Levi")

    def edit(dialog: ContactDialog) -> None:
        assert dialog.name.text() == "Moshe Levi"
        QTest.keyClicks(dialog.tax_id, "012345678")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    while_modal(tab.edit_button.click, ContactDialog, edit)
    qtbot.waitUntil(lambda: any(cell_text(tab.table, r, Column.TAX_ID) == "012345678" for r in range(2)))


def test_removing_a_contact_in_use_asks_where_its_services_go_and_moves_them(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Levi Ltd")
    k2 = contact_id(sctx, "dana", "k2")

    def remove(dialog: RemoveContactDialog) -> None:
        assert dialog.asks_where
        listed = [dialog.services.item(i).text() for i in range(dialog.services.count())]
        assert [text.strip("\u2066\u2069") for text in listed] == ["levi-shop.com", "levi-site.co.il"]
        assert dialog.move_to.isVisible() and dialog.ok_button.text() == "Move and remove"
        assert dialog.move_to.itemText(0) == "The account holder (Dana Levi)"
        dialog.move_to.setCurrentIndex(dialog.move_to.findData(k2))
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    while_modal(tab.remove_button.click, RemoveContactDialog, remove)
    qtbot.waitUntil(lambda: row_count(tab.table) == 1)
    assert _refs(sctx) == ["k2"]
    assert renew_of(sctx, "levi-site.co.il").billing_contact_id == k2
    assert renew_of(sctx, "levi-shop.com").billing_contact_id == k2
    assert "2 services moved to Moshe Levi" in tab.note.text()


def test_a_contact_not_in_use_is_removed_without_a_choice(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Moshe Levi")

    def remove(dialog: RemoveContactDialog) -> None:
        assert not dialog.asks_where and not dialog.move_to.isVisible()
        assert dialog.ok_button.text() == "Remove"
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    while_modal(tab.remove_button.click, RemoveContactDialog, remove)
    qtbot.waitUntil(lambda: row_count(tab.table) == 1)
    assert _refs(sctx) == ["k1"]


def test_finance_may_look_but_not_change(qtbot: QtBot, sctx: AppContext, make_window: WindowFactory) -> None:
    _dana(sctx)
    window = make_window(sctx, FINANCE)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Moshe Levi")
    for button in (tab.add_button, tab.edit_button, tab.remove_button):
        assert not button.isEnabled()
        assert button.toolTip() and "Choose" not in button.toolTip()


# -- another workstation changes the contacts while a dialog is open (R34, R37) -------------------------


def _contact(ctx: AppContext, ref: str) -> Contact:
    with ctx.db.reading() as session:
        return session.scalars(select(Contact).where(Contact.ref == ref)).one()


def test_an_edit_refused_as_changed_meanwhile_keeps_the_typing_over_the_contact_as_it_is_now(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Moshe Levi")
    dana, k2 = customer_id(sctx, "dana"), contact_id(sctx, "dana", "k2")

    def edit(dialog: ContactDialog) -> None:
        QTest.keyClicks(dialog.tax_id, "012345678")
        other = ContactForm(name="Moshe Levi", email="moshe@levi.example")
        edit_contact(sctx, ADMIN, dana, k2, other)  # another workstation
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.email.text() == "moshe@levi.example", timeout=20_000)
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
        assert dialog.isVisible() and "changed meanwhile" in dialog.status.text()
        assert "Your changes are kept" in dialog.status.text()
        assert dialog.tax_id.text() == "012345678"  # the person's typing, not lost
        assert _contact(sctx, "k2").tax_id is None  # nothing saved yet
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(tab.edit_button.click, ContactDialog, edit)
    stored = _contact(sctx, "k2")
    assert (stored.email, stored.tax_id) == ("moshe@levi.example", "012345678")


def test_a_move_target_removed_meanwhile_is_named_and_no_longer_offered(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Levi Ltd")
    dana, k2 = customer_id(sctx, "dana"), contact_id(sctx, "dana", "k2")

    def remove(dialog: RemoveContactDialog) -> None:
        dialog.move_to.setCurrentIndex(dialog.move_to.findData(k2))
        remove_contact(sctx, ADMIN, dana, k2)  # another workstation removes the contact chosen
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.move_to.findData(k2) < 0, timeout=20_000)
        said = dialog.status.text().replace("\u2068", "").replace("\u2069", "")
        assert "The billing contact to move them to (Moshe Levi) is no longer on the account" in said, said
        assert "This billing contact is no longer" not in said
        # Never the holder in its place without the person's say.
        assert dialog.move_to.currentIndex() == -1 and not dialog.ok_button.isEnabled()
        dialog.move_to.setCurrentIndex(0)  # the account holder
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(tab.remove_button.click, RemoveContactDialog, remove)
    assert _refs(sctx) == []
    assert renew_of(sctx, "levi-site.co.il").billing_contact_id is None


def test_remove_follows_a_contact_coming_into_use_while_open(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "POLL_MS", 200)
    _dana(sctx)
    window = make_window(sctx, SALES)
    tab = _tab(qtbot, window, sctx)
    _choose(tab, "Moshe Levi")
    dana, k1, k2 = customer_id(sctx, "dana"), contact_id(sctx, "dana", "k1"), contact_id(sctx, "dana", "k2")

    def remove(dialog: RemoveContactDialog) -> None:
        assert not dialog.asks_where and dialog.move_to.findData(k1) > 0
        remove_contact(sctx, ADMIN, dana, k1, MoveTo(k2))  # k1's services now bill k2; k1 gone
        qtbot.waitUntil(lambda: dialog.asks_where and dialog.move_to.isVisible(), timeout=20_000)
        assert dialog.services.count() == 2 and dialog.move_to.findData(k1) < 0
        assert dialog.ok_button.text() == "Move and remove"
        dialog.reject()

    while_modal(tab.remove_button.click, RemoveContactDialog, remove)
