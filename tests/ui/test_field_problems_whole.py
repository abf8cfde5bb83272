"""A field's problem is read whole under it (hostile test 14, defect 20): in Spanish the New customer
dialog squeezed two-line problems under E-mail and Phone into one line's height, cutting the e-mail
example and the end of the card-number advice. The dialog grows to show them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.desk import Desk
from desktop.bootstrap import AppContext
from desktop.core.fields import Field
from desktop.ui.application import install_language
from desktop.ui.changes import settle
from desktop.ui.customers.customer_dialog import CustomerDialog
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import SALES


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_new_customer_shows_each_problem_whole(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, language: str
) -> None:
    install_language(qapp, language)
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    dialog = CustomerDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    for field, text in ((Field.EMAIL, "jose@@demo"), (Field.PHONE, "4242 4242 4242 4242")):
        editor = form.editor(field)
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text)  # type: ignore[no-untyped-call]
    problems = [dialog.findChild(QLabel, f"problem_{field.value}") for field in (Field.EMAIL, Field.PHONE)]
    for problem in problems:
        assert problem is not None and problem.isVisible() and problem.text()
    qtbot.waitUntil(lambda: all(problem is not None and _whole(problem) for problem in problems))
    assert dialog.height() <= 800 and dialog.width() <= 1280
    tasks.wait(10_000)
    settle(desk)


@pytest.mark.parametrize("language", ["es", "he", "en"])
def test_new_customer_reads_its_placeholders_whole(
    qapp: QApplication, qtbot: QtBot, sctx: AppContext, language: str
) -> None:
    """In Spanish the reference's placeholder lost its end ("... número libre (…")."""
    install_language(qapp, language)
    desk, tasks = Desk(sctx, SALES), TaskRunner()
    dialog = CustomerDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ref = dialog.form.editor(Field.REF)
    assert isinstance(ref, QLineEdit) and ref.placeholderText()
    text_room = ref.contentsRect().width() - 8  # the frame's and the text's margins
    assert ref.fontMetrics().horizontalAdvance(ref.placeholderText()) <= text_room
    tasks.wait(10_000)
    settle(desk)
