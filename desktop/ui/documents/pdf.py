"""Proformas and invoices as PDF and on paper (R40): each document laid out by a QTextDocument in its
own language and direction, one after the other on A4 pages. Needs a QGuiApplication (the fonts);
the command line makes one offscreen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.app.documents import DocumentView
from desktop.ui.documents.document_html import document_html
from desktop.ui.documents.document_words import DocumentWords

MARGINS_MM = 15


class PdfNotMade(OSError):
    """Qt's writer fails without a word: no PDF came out (a font or paint device problem)."""


def text_document(document: DocumentView) -> QTextDocument:
    """The document laid out in its language: right to left in Hebrew."""
    words = DocumentWords(document.language)
    text = QTextDocument()
    option = text.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if words.rtl else Qt.LayoutDirection.LeftToRight)
    text.setDefaultTextOption(option)
    text.setHtml(document_html(document, words))
    return text


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGINS_MM, MARGINS_MM, MARGINS_MM, MARGINS_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_documents(documents: Sequence[DocumentView], device: QPagedPaintDevice) -> None:
    """Every document from a new page of `device` (a PDF writer or a printer), each as many pages as
    it takes."""
    painter = QPainter()
    if not painter.begin(device):
        raise PdfNotMade("the page could not be painted on")
    try:
        width, height = float(device.width()), float(device.height())
        first = True
        for document in documents:
            text = text_document(document)
            text.documentLayout().setPaintDevice(device)
            text.setPageSize(QSizeF(width, height))
            text.setDocumentMargin(0)
            for page in range(text.pageCount()):
                if not first:
                    device.newPage()
                first = False
                painter.save()
                painter.translate(0, -page * height)
                text.drawContents(painter, QRectF(0, page * height, width, height))
                painter.restore()
    finally:
        painter.end()


def render_pdf(documents: Sequence[DocumentView] | DocumentView) -> bytes:
    """The PDF's bytes; raises PdfNotMade when Qt made none."""
    chosen = [documents] if isinstance(documents, DocumentView) else list(documents)
    if not chosen:
        raise PdfNotMade("no document to print")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(_page_layout())
    writer.setTitle(", ".join(file_stem(document) for document in chosen))
    writer.setCreator("RenewDesk")
    paint_documents(chosen, writer)
    del writer  # the PDF is finished when its writer goes
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF-"):
        raise PdfNotMade("no PDF was made")
    return data


def file_stem(document: DocumentView) -> str:
    """A file name for the document, the same in every language: proforma-1001, invoice-INV-1001."""
    return f"{document.kind.value}-{document.title_number}"
