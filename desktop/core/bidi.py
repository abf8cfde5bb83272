"""Keeping a domain name, an e-mail address or card digits whole in any text, right to left or not
(Unicode bidirectional isolates, UAX #9).

A domain reads left to right label by label (the top-level domain at the right end) whatever the
paragraph's direction; a Hebrew label inside it reads right to left with its own digits and hyphens,
so `סטודיו-7-2.co.il` is isolated left to right as a whole and each label first-strong on its own."""

from __future__ import annotations

import unicodedata

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_MARKS = (LRI, FSI, PDI, "\u2067")


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False  # most names, at C speed: a table of 50,000 domains asks for each
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def needs_isolating(text: str, rtl_context: bool) -> bool:
    """Left-to-right text of left-to-right letters in a left-to-right window is shown as it is: no
    invisible marks where none are needed (they would travel with a copied domain)."""
    return bool(text) and (rtl_context or has_rtl(text))


def plain(text: str) -> str:
    """The text without any isolate marks (for copying, comparing, searching)."""
    return "".join(ch for ch in text if ch not in _MARKS)


def _labels(name: str) -> str:
    return ".".join(f"{FSI}{label}{PDI}" if label else "" for label in name.split("."))


def domain(name: str, rtl_context: bool = True) -> str:
    if not needs_isolating(name, rtl_context):
        return name
    return f"{LRI}{_labels(name)}{PDI}"


def email(address: str, rtl_context: bool = True) -> str:
    if not needs_isolating(address, rtl_context):
        return address
    local, at, host = address.rpartition("@")
    if not at:
        return domain(address)
    return f"{LRI}{FSI}{local}{PDI}@{_labels(host)}{PDI}"


def ltr(text: str, rtl_context: bool = True) -> str:
    """Card digits, a reference, an amount with its code: one left-to-right run."""
    return f"{LRI}{text}{PDI}" if needs_isolating(text, rtl_context) else text


def first_strong(text: str, rtl_context: bool = True) -> str:
    """A name or a sentence of unknown direction inside text of the other direction."""
    return f"{FSI}{text}{PDI}" if needs_isolating(text, rtl_context) else text
