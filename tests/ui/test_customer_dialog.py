"""New customer and Edit customer in the window (R36): fields checked as typed with the message under
the field (translated), Save disabled while one is wrong, the save off the GUI thread, the new account
opened, the currency locked once there are services, a taken reference said where it was typed, and
roles (R23)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.customer_edit import CustomerForm, add_customer, edit_customer
from desktop.bootstrap import AppContext
from desktop.core.fields import Field
from desktop.store.models import Customer
from desktop.ui import changes
from desktop.ui.application import install_language
from desktop.ui.customers.customer_dialog import CustomerDialog
from desktop.ui.help import HELP, topic_of
from tests.app.helpers import ADMIN, FINANCE, SALES, account
from tests.jobs.helpers import document, domain, load
from tests.ui.conftest import WindowFactory
from tests.ui.driving import open_account, while_modal


def _type(widget: object, text: str) -> None:
    QTest.keyClicks(widget, text)  # type: ignore[arg-type]


def _customers(ctx: AppContext) -> list[tuple[str, str, str, str | None]]:
    with ctx.db.reading() as session:
        return [
            (c.ref, c.name, c.email, c.tax_id)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        ]


def test_a_new_customer_is_checked_as_typed_saved_and_opened(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, SALES)
    assert window.new_customer.isEnabled()

    def fill(dialog: CustomerDialog) -> None:
        assert not dialog.save_button.isEnabled()  # the name and e-mail are still empty
        assert dialog.form.problem_of(Field.NAME) == ""  # not said before anything was typed
        _type(dialog.name, "Noa Peretz")
        _type(dialog.email, "noa@localhost")
        assert (
            dialog.form.problem_of(Field.EMAIL) == "This is not an e-mail address such as name@example.com."
        )
        assert not dialog.save_button.isEnabled()
        dialog.email.clear()
        _type(dialog.email, "noa@example.co.il")
        assert dialog.form.problem_of(Field.EMAIL) == ""
        _type(dialog.tax_id, "514000000")
        dialog.address.setPlainText("Herzl 1\nTel Aviv")
        assert dialog.save_button.isEnabled()
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    dialog = while_modal(window.new_customer.trigger, CustomerDialog, fill)

    assert dialog.saved is not None and dialog.saved.ref == "C-1"
    assert _customers(sctx) == [("C-1", "Noa Peretz", "noa@example.co.il", "514000000")]
    qtbot.waitUntil(
        lambda: (
            window.account_panel.account is not None and window.account_panel.account.customer.ref == "C-1"
        )
    )
    assert window.account_panel.title.text() == "Noa Peretz"


def test_a_taken_reference_is_said_under_the_field_and_nothing_is_added(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    add_customer(
        sctx,
        SALES,
        CustomerForm(name="Acme", email="a@acme.example", language="en", currency="USD", ref="acme"),
    )
    window = make_window(sctx, SALES)

    def fill(dialog: CustomerDialog) -> None:
        _type(dialog.ref, "acme")
        _type(dialog.name, "Other")
        _type(dialog.email, "o@other.example")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "already exists" in dialog.status.text())
        assert dialog.isVisible() and dialog.cancel_button.isEnabled()
        dialog.reject()

    while_modal(window.new_customer.trigger, CustomerDialog, fill)
    assert [row[0] for row in _customers(sctx)] == ["acme"]


def test_the_edit_button_fills_the_dialog_locks_the_currency_and_saves(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load(sctx, document([account("dana", [domain("s1", "dana.co.il", date(2027, 3, 1))], name="Dana Levi")]))
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    button = window.account_panel.edit_customer
    assert button.isVisible() and button.isEnabled()

    def edit(dialog: CustomerDialog) -> None:
        assert dialog.name.text() == "Dana Levi" and dialog.email.text() == "dana@example.com"
        assert not dialog.currency.isEnabled()
        assert "cannot change" in dialog.currency.toolTip()
        hint = dialog.findChild(QLabel, "hint_currency")
        assert isinstance(hint, QLabel) and "cannot change" in hint.text()
        assert not dialog.ref.isVisible()
        dialog.name.clear()
        assert dialog.form.problem_of(Field.NAME) == ""  # cleared in code: judged when typed
        _type(dialog.name, "Dana Levi-Cohen")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    while_modal(button.click, CustomerDialog, edit)
    qtbot.waitUntil(lambda: window.account_panel.title.text() == "Dana Levi-Cohen")
    assert _customers(sctx)[0][1] == "Dana Levi-Cohen"


def test_finance_sees_the_actions_disabled_with_the_reason(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load(sctx, document([account("dana", [])]))
    window = make_window(sctx, FINANCE)
    open_account(qtbot, window, sctx, "dana")
    assert not window.new_customer.isEnabled()
    assert window.new_customer.toolTip()
    assert not window.account_panel.edit_customer.isEnabled()
    assert window.account_panel.edit_customer.toolTip() == window.new_customer.toolTip()


def test_problems_are_said_in_the_window_language(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, SALES)
    english: list[str] = []
    for language in ("en", "he", "es"):
        install_language(qapp, language)
        dialog = CustomerDialog(window.workspace, window.tasks, parent=window)
        qtbot.addWidget(dialog)
        _type(dialog.email, "noa@localhost")
        _type(dialog.name, "x")
        dialog.name.clear()
        _type(dialog.name, " ")
        said = (dialog.form.problem_of(Field.EMAIL), dialog.form.problem_of(Field.NAME))
        assert all(said)
        if language == "en":
            english = list(said)
        else:
            assert said[0] != english[0] and said[1] != english[1]
        dialog.reject()


def test_f1_in_the_customer_dialog_opens_the_customers_guide(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, SALES)
    dialog = CustomerDialog(window.workspace, window.tasks, parent=window)
    qtbot.addWidget(dialog)
    assert topic_of(dialog.name) == "customers"
    for language in ("en", "he", "es"):
        assert "C-…" in (HELP / language / "customers.html").read_text(encoding="utf-8")


# -- another workstation changes the customer while the dialog is open (R34) -----------------------------


def _stored(ctx: AppContext) -> tuple[str, str, str | None]:
    with ctx.db.reading() as session:
        customer = session.scalars(select(Customer).where(Customer.ref == "dana")).one()
        return customer.name, customer.email, customer.phone


def test_a_save_refused_as_changed_meanwhile_keeps_the_typing_over_the_customer_as_it_is_now(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Hebrew window: the person types a new name and e-mail; meanwhile another workstation changes
    her e-mail and phone. The dialog kept its stale values and refused every Save again."""
    load(sctx, document([account("dana", [], name="Dana Levi")]))
    install_language(qapp, "he")
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana").customer

    def edit(dialog: CustomerDialog) -> None:
        dialog.name.clear()
        _type(dialog.name, "Dana Levi-Cohen")
        dialog.email.clear()
        _type(dialog.email, "dana@levi.example")
        other = CustomerForm(
            name="Dana Levi",
            email="dana@other.example",
            language="en",
            currency=dana.currency,
            phone="+972 3 555 0000",
        )
        edit_customer(sctx, ADMIN, dana.id, other, expected=dana)  # the other workstation
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.phone.text() != "", timeout=20_000)
        assert dialog.isVisible() and "Dana Levi" in dialog.status.text()
        assert _stored(sctx) == ("Dana Levi", "dana@other.example", "+972 3 555 0000")  # nothing saved
        # The person's two fields as typed; the phone as the other workstation left it; the e-mail both
        # changed says under it what the other saved.
        assert (dialog.name.text(), dialog.email.text()) == ("Dana Levi-Cohen", "dana@levi.example")
        assert dialog.phone.text() == "+972 3 555 0000"
        hint = dialog.findChild(QLabel, "hint_email")
        assert isinstance(hint, QLabel) and hint.isVisible() and "dana@other.example" in hint.text()
        assert dialog.findChild(QLabel, "hint_name").text() == ""  # type: ignore[union-attr]
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # against the customer as now
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(window.account_panel.edit_customer.click, CustomerDialog, edit)
    install_language(qapp, "en")
    assert _stored(sctx) == ("Dana Levi-Cohen", "dana@levi.example", "+972 3 555 0000")


def test_an_untouched_edit_dialog_follows_a_change_made_elsewhere(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "POLL_MS", 200)
    load(sctx, document([account("dana", [], name="Dana Levi")]))
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana").customer

    def look(dialog: CustomerDialog) -> None:
        assert dialog.email.text() == "dana@example.com"
        other = CustomerForm(
            name="Dana Levi", email="dana@other.example", language="en", currency=dana.currency
        )
        edit_customer(sctx, ADMIN, dana.id, other, expected=dana)
        qtbot.waitUntil(lambda: dialog.email.text() == "dana@other.example", timeout=20_000)
        assert "meanwhile" in dialog.status.text()
        dialog.name.clear()
        _type(dialog.name, "Dana L.")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no refusal: it shows what is stored
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    while_modal(window.account_panel.edit_customer.click, CustomerDialog, look)
    assert _stored(sctx)[:2] == ("Dana L.", "dana@other.example")
