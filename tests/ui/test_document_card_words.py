"""A paid document names the card as every window does, "Visa •••• 4242" (desktop.core.display.card_text)
drawn in that order in Hebrew too, and the Hebrew payment line draws its comma right after the amount
(the amount's right-to-left marks once moved its space before the comma). Read back from the PDF with
poppler's `pdftotext -bbox`."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.app.documents import DocumentView
from desktop.core.codes import PaymentMethod
from desktop.ui.documents.document_html import document_html
from desktop.ui.documents.pdf import render_pdf
from tests.ui.documents_sample import invoice
from tests.ui.test_document_direction import Box, drawn_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")


def _paid_by_card(language: str, brand: str | None) -> DocumentView:
    document = invoice(language)
    assert document.payment is not None
    paid = replace(document.payment, method=PaymentMethod.CARD, card_last4="4242", card_brand=brand)
    return replace(document, payment=paid)


def _line_of(boxes: list[Box], text: str) -> list[Box]:
    """The line where `text` is drawn last on the page (a paid amount is in the table, then paid)."""
    top = max(box.top for box in boxes if text in box.text)
    return sorted((box for box in boxes if box.top == top), key=lambda box: box.left)


@pytest.mark.parametrize("language", ["he", "en", "es"])
def test_the_card_is_drawn_brand_dots_digits_in_every_language(
    qapp: object, tmp_path: Path, language: str
) -> None:
    line = _line_of(drawn_words(render_pdf(_paid_by_card(language, "visa")), tmp_path), "4242")
    texts = [box.text for box in line]
    brand = texts.index("Visa")
    assert texts[brand : brand + 2] == ["Visa", "••••"] and texts[brand + 2].startswith("4242")


def test_the_hebrew_payment_line_has_no_space_before_its_comma(qapp: object, tmp_path: Path) -> None:
    line = _line_of(drawn_words(render_pdf(_paid_by_card("he", "visa")), tmp_path), "539.00")
    drawn = " ".join(box.text for box in line)  # left to right: the comma is read after the amount
    assert ",539.00 ₪" in drawn and ", 539.00" not in drawn, drawn


def test_a_card_no_longer_kept_is_named_by_its_last_digits(qapp: object) -> None:
    page = document_html(_paid_by_card("en", None))
    assert "card ending in 4242" in page and "••••" not in page
