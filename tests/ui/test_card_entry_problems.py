"""A card field's problem is said on a row of its own under the field, as wide as the form and
wrapped: a long message (Spanish) is never cut to the width of the short expiry field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.fields import Field
from desktop.ui.application import install_language
from desktop.ui.customers.card_entry import CardEntry


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_each_problem_is_as_wide_as_the_form_and_shown_whole(
    qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    install_language(qapp, language)
    entry = CardEntry(date(2026, 11, 24))
    qtbot.addWidget(entry)
    entry.resize(380, 300)
    entry.show()
    assert not any(label.isVisible() for label in entry.problems.values())
    entry.expiry.setText("13/20")
    entry.expiry.editingFinished.emit()
    entry.holder.editingFinished.emit()
    problem = entry.problems[Field.CARD_EXPIRY]
    qtbot.waitUntil(lambda: problem.isVisible() and entry.problems[Field.CARD_HOLDER].isVisible())
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()))

    assert problem.text()
    assert problem.width() > 2 * entry.expiry.width(), "as wide as the form, not the short field"
    assert problem.width() >= entry.width() - 20
    # Every line of the wrapped message has its room: nothing is cut.
    assert problem.height() >= problem.heightForWidth(problem.width())
    assert problem.geometry().top() >= entry.expiry.geometry().bottom(), "under the field's row"

    entry.expiry.setText("12/2030")
    qtbot.waitUntil(lambda: not problem.isVisible())
