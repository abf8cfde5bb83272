"""Texts that people typed or imported (names, refs, plans, holders): what they may not contain.

Control characters break lines, terminals and (NUL) PostgreSQL; lone surrogates cannot be stored as
UTF-8; and the bidirectional controls make a name display reversed or hide a part of it, the
"Trojan Source" trick (CVE-2021-42574). The windows isolate right-to-left text themselves with
U+2068/U+2069 where they need to; stored data never carries these marks."""

from __future__ import annotations

import unicodedata

# Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), the left-to-right and
# right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
BIDI_CONTROLS = frozenset(
    [chr(code) for code in range(0x202A, 0x202F)]
    + [chr(code) for code in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
# C0 and C1 controls (NUL, tab, CR, LF, ESC, ...), lone surrogates, line and paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def refused_character(text: str) -> str | None:
    """The first character that a stored text may not contain, or None."""
    for ch in text:
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in _REFUSED_CATEGORIES:
            return ch
    return None


def invisible_character(text: str) -> str | None:
    """The first character that shows nothing and is no space (a zero-width space or joiner, a soft
    hyphen, a byte-order mark: Unicode's format characters), or None. A name that carries one looks
    like another name and can be typed by nobody."""
    for ch in text:
        if unicodedata.category(ch) == "Cf":
            return ch
    return None


def character_name(ch: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`: how a message names a character it cannot show."""
    name = unicodedata.name(ch, "")
    if not name and unicodedata.category(ch) == "Cc":
        name = "control character"
    return f"U+{ord(ch):04X} {name}".rstrip()


def shown(text: str, limit: int = 80) -> str:
    """A text as a message may show it: refused characters written as escapes (`\\u202e`), so that
    quoting a bad value never moves the cursor, clears the terminal or turns a line around; cut to
    `limit` characters."""
    cut = text[:limit]
    escaped = "".join(
        ch.encode("unicode_escape").decode("ascii") if refused_character(ch) else ch for ch in cut
    )
    return escaped + ("…" if len(text) > limit else "")
