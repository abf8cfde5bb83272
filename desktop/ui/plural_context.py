"""How a text with a count (%n) is written: `Context.tr("%n service(s)", "", n)`, where Context is a
QObject subclass named as the translation context (mixing in PluralContext).

The pinned pyside6-lupdate (6.11.3) marks a text as plural only when it comes from a tr() call: from
`QCoreApplication.translate(context, "%n …", "", n)` it extracts a plain message, and the next
`i18n/build.py --update` drops that text's plural forms from the catalogs. tr() called on the class
takes the class's name as the context, both in lupdate and when PySide6 translates, so the catalogs'
context names stay what they were.

One quirk of that lupdate: `return Context.tr(...)` straight after `return QCoreApplication.translate(...)`
is extracted in the context "QCoreApplication.Context"; tests/ui/test_translations.py says so when it
happens (the catalog no longer matches the sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING


class PluralContext:
    """Mixed in before QObject: PySide6's stubs type tr() as an instance method only, while it is
    called here on the class."""

    if TYPE_CHECKING:

        @classmethod
        def tr(cls, sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str: ...
