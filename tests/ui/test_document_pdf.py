"""Proformas and invoices as PDF (R40), read back with poppler's pdftotext: the issuer block, the
customer number, the addressee with address and tax ID, the number, the dates, the lines with their
periods and amounts, the total and the payment instructions, in the DOCUMENT's language whatever the
window's, right to left in Hebrew with the domain drawn whole."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.codes import ProformaStatus
from desktop.ui.application import install_language
from desktop.ui.documents.document_html import document_html
from desktop.ui.documents.pdf import PdfNotMade, file_stem, render_pdf
from tests.ui.documents_sample import (
    ADDRESSEE_TAX_ID,
    HEBREW_ADDRESSEE,
    HEBREW_COMPANY,
    HEBREW_DOMAIN,
    HEBREW_ISSUER,
    ISSUER_TAX_ID,
    invoice,
    proforma,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")

# pdftotext marks the direction of each run it guesses (embeddings, isolates, marks): not the text.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert data[:5] == b"%PDF-"
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return _DIRECTION_MARKS.sub("", done.stdout)


def drawn_lines(data: bytes, tmp_path: Path) -> list[str]:
    """The PDF's lines as drawn, left to right (a right-to-left text's logical order is a guess of
    pdftotext; the drawing is not). Runs closer than a space are joined."""
    path = tmp_path / "drawn.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    rows: dict[float, list[tuple[float, float, str]]] = {}
    for x_min, y_min, x_max, word in re.findall(pattern, done.stdout):
        rows.setdefault(round(float(y_min), 1), []).append((float(x_min), float(x_max), html.unescape(word)))
    lines = []
    for _, words in sorted(rows.items()):
        words.sort()
        line, right = "", None
        for x_min, x_max, word in words:
            line += word if right is not None and x_min - right < 1.0 else (" " + word if line else word)
            right = x_max
        lines.append(line)
    return lines


def flat(text: str) -> str:
    return " ".join(text.split())


def test_an_english_proforma_carries_everything_a_customer_needs(qapp: QApplication, tmp_path: Path) -> None:
    text = pdf_text(render_pdf(proforma("en")), tmp_path)
    words = flat(text)
    assert "Proforma 1001" in words
    for issuer_line in ("RenewDesk Hosting", "1 Harbour Road", "Haifa 3303100", f"Tax ID: {ISSUER_TAX_ID}"):
        assert issuer_line in words
    assert "Customer number C-17" in words
    for addressee_line in ("Dana Levi", "Levi Ltd", "12 Herzl St", "Tel Aviv", f"Tax ID: {ADDRESSEE_TAX_ID}"):
        assert addressee_line in words
    assert "Date November 24, 2026" in words
    assert "Valid until December 24, 2026" in words
    assert "levi-site" in words and "levi.com" in words
    assert "Dec 10, 2026 – Dec 10, 2027" in words and "in 3 installments" in words
    assert words.count("12 months") == 3
    for amount in ("₪59.00", "₪480.00", "₪45.50", "₪539.00"):
        assert amount in words
    assert "Not charged: this period was already charged automatically" in words
    assert "How to pay Bank Leumi, branch 800 Account 123456" in words
    assert "This proforma is not a tax invoice." in words
    assert "PAID" not in words  # an open proforma carries no stamp


def test_amounts_are_right_aligned(qapp: QApplication, tmp_path: Path) -> None:
    """Each amount's right edge is the column's: the amounts line up on the right."""
    path = tmp_path / "aligned.pdf"
    path.write_bytes(render_pdf(proforma("en")))
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
    rights = {
        word: float(x_max)
        for x_max, word in re.findall(r'xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', done.stdout)
        if word.startswith("₪")
    }
    assert set(rights) >= {"₪59.00", "₪480.00", "₪539.00"}
    edges = [rights["₪59.00"], rights["₪480.00"], rights["₪539.00"]]
    assert max(edges) - min(edges) < 1.0, rights


def test_a_hebrew_proforma_is_in_hebrew_in_an_english_window(qapp: QApplication, tmp_path: Path) -> None:
    data = render_pdf(proforma("he"))
    text = pdf_text(data, tmp_path)
    assert "חשבון עסקה" in text and "1001" in text
    assert HEBREW_ISSUER in text and HEBREW_ADDRESSEE in text and HEBREW_COMPANY in text
    for number in (ISSUER_TAX_ID, ADDRESSEE_TAX_ID, "C-17", "59.00", "480.00", "539.00", "₪"):
        assert number in text
    assert "מספר לקוח" in text and "בתוקף עד" in text and "אופן התשלום" in text
    assert "תשלומים" in text  # "in 3 installments"
    assert "Proforma" not in text and "Total" not in text  # no English word left
    # As drawn, left to right: the Hebrew label (read right to left, its "7-2" left to right), then
    # ".co.il" at the right end.
    hebrew, rest = HEBREW_DOMAIN.split("-", 1)
    drawn = f"{rest.removesuffix('.co.il')}-{hebrew[::-1]}.co.il"
    assert any(drawn in line.split(" ") for line in drawn_lines(data, tmp_path))


def test_the_page_reads_right_to_left_in_hebrew_only(qapp: QApplication) -> None:
    assert document_html(proforma("he")).startswith('<html dir="rtl">')
    assert document_html(proforma("es")).startswith('<html dir="ltr">')


def test_an_english_document_stays_english_in_a_hebrew_window(qapp: QApplication, tmp_path: Path) -> None:
    install_language(qapp, "he")
    try:
        text = flat(pdf_text(render_pdf(proforma("en")), tmp_path))
    finally:
        install_language(qapp, "en")
    assert "Proforma 1001" in text and "Valid until December 24, 2026" in text
    assert "חשבון" not in text


def test_a_spanish_invoice_is_paid_and_names_its_proforma(qapp: QApplication, tmp_path: Path) -> None:
    text = flat(pdf_text(render_pdf(invoice("es")), tmp_path))
    assert "Factura INV-2001" in text and "[ PAGADA ]" in text
    assert "Fecha 24 de noviembre de 2026" in text
    assert "Válida hasta" not in text  # an invoice has no validity
    assert "Número de cliente C-17" in text
    assert "Lucía Gómez" in text and "Gómez S.L." in text and "Calle Mayor 5" in text
    assert f"NIF: {ADDRESSEE_TAX_ID}" in text and f"NIF: {ISSUER_TAX_ID}" in text
    assert "1 dic 2026 – 1 dic 2027" in text and "en 3 plazos" in text
    assert "59,00 ILS" in text and "480,00 ILS" in text and "539,00 ILS" in text
    assert "Pagada el 25 de noviembre de 2026: 539,00 ILS, transferencia bancaria" in text
    assert "Referencia: TRX-5512" in text
    assert "Correspondiente a la proforma 1001" in text
    assert "Forma de pago" not in text  # a paid document carries no instructions
    assert "no es una factura" not in text


def test_a_cancelled_or_expired_proforma_says_so(qapp: QApplication, tmp_path: Path) -> None:
    cancelled = flat(pdf_text(render_pdf(proforma("en", status=ProformaStatus.CANCELLED.value)), tmp_path))
    assert "[ CANCELLED ]" in cancelled
    expired = flat(pdf_text(render_pdf(proforma("es", status=ProformaStatus.EXPIRED.value)), tmp_path))
    assert "[ VENCIDA ]" in expired


def test_several_documents_each_start_a_page(qapp: QApplication, tmp_path: Path) -> None:
    data = render_pdf([proforma("en", number=1001), proforma("he", number=1002)])
    path = tmp_path / "two.pdf"
    path.write_bytes(data)
    pages = [_page(path, n) for n in (1, 2)]
    assert "Proforma 1001" in flat(pages[0]) and "1002" not in pages[0]
    assert "חשבון עסקה" in pages[1] and "1002" in pages[1]


def _page(path: Path, number: int) -> str:
    done = subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return _DIRECTION_MARKS.sub("", done.stdout)


def test_names_typed_by_people_are_text_not_markup(qapp: QApplication, tmp_path: Path) -> None:
    from dataclasses import replace

    document = proforma("en")
    document = replace(document, addressee=replace(document.addressee, name="<b>Bold</b> & Co"))
    assert "<b>Bold</b>" not in document_html(document)
    assert "<b>Bold</b> & Co" in flat(pdf_text(render_pdf(document), tmp_path))


def test_nothing_to_print_is_refused(qapp: QApplication) -> None:
    with pytest.raises(PdfNotMade):
        render_pdf([])
    assert file_stem(invoice("en")) == "invoice-INV-2001"
    assert file_stem(proforma("he")) == "proforma-1001"
