"""A Hebrew proforma or invoice is the mirror of the English one (R40), as drawn: QTextDocument lays
a table's columns out left to right whatever its dir says, so the lines table, the heading's label
and value pairs, the total and the issuer block must be written the other way round in Hebrew. Read
back with poppler's `pdftotext -bbox` (where each word is drawn), for a proforma and an invoice, in
Hebrew and in English, in the PDF and in the document window's page."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.app.config import set_setting
from desktop.app.desk import Desk
from desktop.app.documents import DocumentView
from desktop.app.proformas import issue_proformas
from desktop.bootstrap import AppContext
from desktop.core.bidi import has_rtl
from desktop.core.codes import DocumentKind
from desktop.ui.documents.document_dialog import DocumentDialog
from desktop.ui.documents.document_words import DocumentWords
from desktop.ui.documents.pdf import render_pdf
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN, SALES, customer_id
from tests.jobs.helpers import card, customer, document, domain, load
from tests.ui.documents_sample import HEBREW_ISSUER, invoice, proforma

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')


@dataclass(frozen=True)
class Box:
    text: str  # as drawn, left to right
    left: float
    right: float
    top: float


def drawn_words(data: bytes, tmp_path: Path) -> list[Box]:
    """The first page's words as drawn: pdftotext gives Hebrew a glyph at a time, so glyphs closer
    than a space are joined into one word."""
    path = tmp_path / "drawn.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows: dict[float, list[tuple[float, float, str]]] = {}
    for left, top, right, word in _WORD.findall(done.stdout):
        rows.setdefault(round(float(top), 1), []).append((float(left), float(right), html.unescape(word)))
    boxes: list[Box] = []
    for top, glyphs in sorted(rows.items()):
        glyphs.sort()
        joined: list[Box] = []
        for left, right, word in glyphs:
            if joined and left - joined[-1].right < 1.0:
                joined[-1] = Box(joined[-1].text + word, joined[-1].left, right, top)
            else:
                joined.append(Box(word, left, right, top))
        boxes.extend(joined)
    return boxes


def find(boxes: list[Box], phrase: str) -> Box:
    """Where a phrase is drawn: its words side by side on one line, left to right, or as a Hebrew
    line draws it (the last word first, a Hebrew word last letter first, digits as they are)."""
    drawn_rtl = " ".join(word[::-1] if has_rtl(word) else word for word in reversed(phrase.split()))
    wanted = {phrase, drawn_rtl}
    found: list[Box] = []
    for index, first in enumerate(boxes):
        for end in range(index, len(boxes)):
            run = boxes[index : end + 1]
            if any(box.top != first.top for box in run):
                break
            if " ".join(box.text for box in run) in wanted:
                found.append(Box(phrase, first.left, run[-1].right, first.top))
    assert found, f"{phrase!r} is not drawn: {[box.text for box in boxes]}"
    return found[0]


def amount(boxes: list[Box], money: str) -> Box:
    """An amount in the lines table (the first drawn: a paid one is named again under it), with its
    currency, which Hebrew draws on the number's right after a space ("539.00 ₪")."""
    digits = re.sub(r"[^\d.,]", "", money)
    first = min((box for box in boxes if digits in box.text), key=lambda box: box.top)
    code = [box for box in boxes if box.top == first.top and 0 < box.left - first.right < 5]
    # Spanish writes "539,00 ILS", Hebrew "539.00 ₪"
    if code and re.fullmatch(r"[A-Z]{3}|[^\w\s]{1,3}", code[0].text):
        return Box(f"{first.text} {code[0].text}", first.left, code[0].right, first.top)
    return first


def reads_before(first: Box, then: Box, rtl: bool) -> bool:
    """`first` is read before `then`: right of it in Hebrew, left of it in English."""
    return first.left > then.right if rtl else first.right < then.left


def check_mirrored(boxes: list[Box], document: DocumentView) -> None:
    words = DocumentWords(document.language)
    rtl = words.rtl
    # The lines table: Service, Period, Amount from the start side; each line likewise.
    service, period, amount_head = (find(boxes, words[key]) for key in ("service", "period", "amount"))
    assert reads_before(service, period, rtl) and reads_before(period, amount_head, rtl)
    currency = document.currency
    site, paid_for = find(boxes, "levi-site"), amount(boxes, words.money(48000, currency))
    span = find(boxes, words.short_day(date(2026, 12, 10)))
    assert reads_before(site, span, rtl) and reads_before(span, paid_for, rtl)
    # The total's label just before its amount, the amounts one column right-aligned.
    total_label, total = find(boxes, words["total"]), amount(boxes, words.money(53900, currency))
    assert reads_before(total_label, total, rtl) and abs(total_label.top - total.top) < 1.0
    # Beside it, not at the far end of the row (a page is 595 points wide).
    assert (total_label.left - total.right if rtl else total.left - total_label.right) < 120
    assert (
        abs(total.right - paid_for.right) < 1.0
        and abs(amount(boxes, words.money(5900, currency)).right - total.right) < 1.0
    )
    # The heading's pairs: each label read before its value.
    for label, value in (
        (words["date"], words.day(document.issued_on)),
        (words["customer_number"], document.customer_ref),
    ):
        label_box, value_box = find(boxes, label), find(boxes, value)
        assert abs(label_box.top - value_box.top) < 1.0, (label, value)
        assert reads_before(label_box, value_box, rtl), (label, value)
    # The issuer block at the start side, the heading after it, the addressee under it at the start.
    issuer, title = find(boxes, document.issuer.name), find(boxes, f"{document.title_number}")
    assert reads_before(issuer, title, rtl)
    addressee = find(boxes, document.addressee.name)
    start_edge = max(box.right for box in boxes) if rtl else min(box.left for box in boxes)
    for block in (issuer, addressee, service):
        assert abs((block.right if rtl else block.left) - start_edge) < 12.0, block


@pytest.mark.parametrize("make", [proforma, invoice], ids=["proforma", "invoice"])
@pytest.mark.parametrize("language", ["he", "en", "es"])
def test_the_pdf_reads_from_its_start_side(
    qapp: object, tmp_path: Path, make: Callable[[str], DocumentView], language: str
) -> None:
    view = make(language)
    check_mirrored(drawn_words(render_pdf(view), tmp_path), view)


def test_a_hebrew_document_is_drawn_from_the_right(qapp: object, tmp_path: Path) -> None:
    """Not only in order: the Hebrew issuer is at the right margin and English's at the left."""
    hebrew = drawn_words(render_pdf(proforma("he")), tmp_path)
    english = drawn_words(render_pdf(proforma("en")), tmp_path)
    page_middle = 595 / 2  # A4 in points
    assert find(hebrew, HEBREW_ISSUER).left > page_middle
    assert find(english, "RenewDesk Hosting").right < page_middle
    assert find(hebrew, "סה״כ").left > amount(hebrew, "539.00").right


# -- the document window's page ---------------------------------------------------------------------


def _page_pdf(text: QTextDocument) -> bytes:
    """The window's own laid-out page painted into a PDF as it is on screen, to be read back."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)  # a pixel of the page is a point of the PDF
    size = text.size()
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(size.width() + 10, size.height() + 10), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    text.drawContents(painter)
    painter.end()
    del writer  # the PDF is finished when its writer goes
    return bytes(buffer.data().data())


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait(20_000)


@pytest.mark.parametrize("language", ["he", "en"])
def test_the_document_window_reads_from_its_start_side(
    qtbot: QtBot, sctx: AppContext, runner: TaskRunner, tmp_path: Path, language: str
) -> None:
    set_setting(sctx, ADMIN, "company.address", "1 Harbour Road\nHaifa 3303100")
    set_setting(sctx, ADMIN, "company.tax_id", "IL-514999001")
    built = customer(
        "levi", [domain("d1", "levi-site.co.il", date(2026, 12, 20), enabled=False)], cards=[card("v1")]
    )
    built["language"] = language
    load(sctx, document([built]))
    (issued,) = issue_proformas(sctx, SALES, customer_id(sctx, "levi"), None, None)
    dialog = DocumentDialog(Desk(sctx, SALES), runner, DocumentKind.PROFORMA, issued.number)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)
    view = dialog.document
    assert view is not None
    boxes = drawn_words(_page_pdf(dialog.page.document()), tmp_path)
    words = DocumentWords(language)
    rtl = language == "he"
    service, period, amount_head = (find(boxes, words[key]) for key in ("service", "period", "amount"))
    assert reads_before(service, period, rtl) and reads_before(period, amount_head, rtl)
    money = words.money(issued.total_minor, view.currency)
    line_amount = amount(boxes, money)
    total = amount([box for box in boxes if box.top > line_amount.top], money)
    assert reads_before(find(boxes, "levi-site.co.il"), line_amount, rtl)
    assert reads_before(find(boxes, words["total"]), total, rtl)
    assert abs(line_amount.right - total.right) < 1.0
    assert reads_before(find(boxes, words["customer_number"]), find(boxes, "levi"), rtl)
    assert reads_before(find(boxes, view.issuer.name), find(boxes, str(issued.number)), rtl)
    start_edge = max(box.right for box in boxes) if rtl else min(box.left for box in boxes)
    issuer = find(boxes, view.issuer.name)
    assert abs((issuer.right if rtl else issuer.left) - start_edge) < 12.0
