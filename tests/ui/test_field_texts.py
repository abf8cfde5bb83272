"""A field refused for its form is explained in the window's language: the English detail that the
command line prints (desktop/core/fields) never reaches a Hebrew or Spanish person."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core import fields
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.ui import field_texts
from desktop.ui.application import install_language

ENGLISH_WORD = re.compile(r"\b(?:the|is|not|only|must|name|domain|characters?)\b", re.IGNORECASE)


@pytest.fixture(params=["he", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


@pytest.mark.parametrize(
    "refuse",
    [
        lambda: fields.email("dana@"),
        lambda: fields.email("dana@example.com\r\nBcc: x@example.com"),
        lambda: fields.phone("call me"),
        lambda: fields.ref("C 1"),
        lambda: fields.currency("XYZ"),
        lambda: fields.language("fr"),
        lambda: fields.parse_expiry("13-2030"),
        lambda: fields.required_text(Field.NAME, "Dana\u200bLevi"),
    ],
)
def test_refused_fields_are_worded_without_english(language: str, refuse: object) -> None:
    with pytest.raises(FieldError) as refused:
        refuse()  # type: ignore[operator]
    text = field_texts.describe(refused.value)
    shown = text.replace("name@example.com", "").replace("nombre@ejemplo.com", "")
    assert not ENGLISH_WORD.search(shown), text
    if language == "he":
        assert re.search(r"[\u05d0-\u05ea]", text), text


def test_a_problem_without_field_words_keeps_its_detail(qapp: QApplication) -> None:
    text = field_texts.problem_text(FieldProblem.TOO_LONG, "200", Field.NAME)
    assert "200" in text
