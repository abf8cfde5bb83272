"""The F1 guides speak the glossary's words (notes/glossary.md) and name only what the windows have:
a guide that says "Recurring payment" or "failing" for what the window calls something else, or that
points at a button that is not there, leaves the clerk looking for it."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from desktop.bootstrap import AppContext
from desktop.ui.help import HELP, TOPICS, topic_of
from desktop.ui.mail.emails_dialog import EmailsDialog
from tests.app.helpers import SALES
from tests.ui.conftest import WindowFactory

# Words the glossary replaced; each was in a guide once.
OLD_WORDS = {
    "en": ("link signing key", "File → Sign out</b>", "retry a failing e-mail"),
    "he": ("תשלום מחזורי", "ננטשה", "בדיקת הכרטיס", "הכל", "מפתח לחתימת", "עמדות העבודה"),
    "es": ("segundo plano", "automática para todos", "con errores", "llavero"),
}
# What each guide names in bold must be a menu item, button or tab of its window, in its language.
NAMED = {
    ("en", "operations"): ("Run now", "Retry now", "Send again…", "Tools → E-mails…"),
    ("he", "operations"): ("הרצה עכשיו", "ניסיון חוזר עכשיו", "שליחה חוזרת…", "כלים ← הודעות דוא״ל…"),
    ("es", "operations"): (
        "Ejecutar ahora",
        "Reintentar ahora",
        "Volver a enviar…",
        "Herramientas → Correos…",
    ),
    ("en", "audit"): ("Load more", "Export CSV…"),
    ("he", "sales"): ("חידוש הכול", "חידוש אוטומטי לכל"),
    ("es", "sales"): ("Renovación automática de todo",),
}


def _page(language: str, topic: str) -> str:
    return (HELP / language / f"{topic}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "he", "es"])
def test_the_guides_use_the_glossary_words(language: str) -> None:
    for topic in TOPICS:
        text = _page(language, topic)
        for word in OLD_WORDS[language]:
            found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
            assert found is None, f"{language}/{topic}.html still says {word!r}"


def test_the_guides_name_the_buttons_the_windows_have() -> None:
    for (language, topic), names in NAMED.items():
        text = _page(language, topic)
        for name in names:
            assert f"<b>{name}</b>" in text, f"{language}/{topic}.html does not name {name!r}"


def test_f1_in_the_e_mails_window_opens_the_background_checks_guide(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(sctx, SALES)
    dialog = EmailsDialog(window.workspace, window.tasks, window)
    qtbot.addWidget(dialog)
    assert topic_of(dialog) == "operations"  # was "sales": the guide to another window
