"""Why a card is not valid is said in words in every language (R38, R3): a card the due checks' card check
declined read 'Card_verification_declined' in the Cards tab in Hebrew and Spanish as in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.views import CardView
from desktop.core.codes import StopReason
from desktop.ui import messages
from desktop.ui.application import install_language
from desktop.ui.customers.cards_model import validity

# Every reason a card is kept refused for: the gateway's (R8), the due checks' (R14), a charge's, the
# migration's that took card numbers out of tokens.
REASONS = (
    "card_expired",
    "card_declined",
    "card_rejected",
    StopReason.CHARGE_DECLINED.value,
    StopReason.CARD_VERIFICATION_DECLINED.value,
    "token_was_card_number",
)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[str]:
    yield "en"
    install_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "he", "es"])
def test_every_reason_a_card_is_refused_for_has_words(qapp: QApplication, language: str, lang: str) -> None:
    install_language(qapp, lang)
    said = {reason: messages.card_refusal(reason) for reason in REASONS}

    for reason, text in said.items():
        assert text.strip() and "_" not in text, f"{reason} ({lang}) shows its code: {text}"
    assert len(set(said.values())) == len(REASONS)  # each reason its own words
    card = CardView(1, "v1", "visa", "0002", 3, 2030, "Dana", False, "card_verification_declined")
    assert "_" not in validity(card)
