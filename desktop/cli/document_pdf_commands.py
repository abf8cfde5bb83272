"""`proforma pdf NUMBER --out FILE.pdf [--lang he|es|en]` and `invoice pdf NUMBER --out FILE.pdf`
(SPEC section 3, R40): the document as the window prints it, written whole or not at all. Rendered by
Qt offscreen (the fonts need a GUI application, never a display)."""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import replace
from typing import Any

from desktop.app.actor import Actor
from desktop.app.documents import DocumentView, invoice_document, proforma_document
from desktop.app.export_files import checked_target, whole_file
from desktop.bootstrap import AppContext
from desktop.cli.arguments import common
from desktop.store.models import INVOICE_SERIES

LANGUAGES = ("he", "es", "en")
_INVOICE_NUMBER = re.compile(r"(?:(?P<series>[A-Za-z]{1,10})-)?(?P<number>[0-9]{1,15})")


def invoice_number(text: str) -> tuple[str, int]:
    """ "INV-1001" or "1001" (the first series): the series and the number."""
    found = _INVOICE_NUMBER.fullmatch(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not an invoice number (write 1001 or INV-1001)")
    return (found["series"] or INVOICE_SERIES).upper(), int(found["number"])


def proforma_number(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,15}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a proforma number (write 1001)")
    return int(text)


def add_pdf_actions(proforma_actions: Any, invoice_actions: Any) -> None:
    """Adds `pdf` to the `proforma` and `invoice` commands' actions (argparse sub-parser groups)."""
    proforma = proforma_actions.add_parser(
        "pdf",
        help="write a proforma as PDF, as it is printed and e-mailed: in the customer's language unless "
        "--lang says otherwise",
    )
    proforma.add_argument("number", type=proforma_number, metavar="NUMBER", help="the proforma's number")
    proforma.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    proforma.add_argument("--lang", choices=LANGUAGES, help="print it in this language instead")
    common(proforma, top=False)
    invoice = invoice_actions.add_parser(
        "pdf", help="write a paid invoice as PDF, in the customer's language"
    )
    invoice.add_argument(
        "number", type=invoice_number, metavar="NUMBER", help="the invoice's number: 1001 or INV-1001"
    )
    invoice.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    common(invoice, top=False)


def _write(document: DocumentView, out: str) -> int:
    target = checked_target(out)  # refused before the work, not after
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.application import application
    from desktop.ui.documents.pdf import render_pdf

    application()
    data = render_pdf(document)
    with whole_file(target) as partial:
        partial.write_bytes(data)
    print(f"wrote {out} ({document.kind.value} {document.title_number}, {len(data):,} bytes)")
    return 0


def proforma_pdf(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    document = proforma_document(ctx, actor, args.number)
    if args.lang:
        document = replace(document, language=args.lang)
    return _write(document, args.out)


def invoice_pdf(ctx: AppContext, actor: Actor, args: argparse.Namespace) -> int:
    series, number = args.number
    return _write(invoice_document(ctx, actor, number, series), args.out)
