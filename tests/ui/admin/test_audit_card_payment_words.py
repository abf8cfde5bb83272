"""The audit log's entries of a card payment are said in the window's language: the charge sent to the
gateway, a card marked not valid after its charge was declined, and the gateway's own reason for a
declined payment (it read 'card_declined' in every language)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.admin import audit_texts
from desktop.ui.application import install_language


@pytest.fixture(params=["en", "he", "es"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def test_card_payment_entries_have_words(language: str) -> None:
    said = [
        audit_texts.action("payment.charge_sent"),
        audit_texts.action("payment.refund_sent"),
        audit_texts.action("card.invalidated"),
        audit_texts.reason("card_declined"),
        audit_texts.reason("charge_declined"),
    ]
    assert not any("_" in text or text.startswith(("payment.", "card.")) for text in said), said
    if language == "he":
        assert all(any("\u05d0" <= ch <= "\u05ea" for ch in text) for text in said), said
