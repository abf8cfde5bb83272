"""`proforma pdf NUMBER --out FILE.pdf [--lang he|es|en]` and `invoice pdf NUMBER --out FILE.pdf`
(SPEC section 3, R40): the document as the window prints it, written whole or not at all. Rendered by
Qt offscreen (the fonts need a GUI application, never a display)."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

from desktop.app.actor import Actor
from desktop.app.documents import DocumentView, invoice_document, proforma_document
from desktop.app.export_files import checked_target, whole_file
from desktop.bootstrap import AppContext


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
