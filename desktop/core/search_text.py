"""The one way names are compared when staff search: case, accents and punctuation do not count, so
"ibanez" finds "Ibáñez", "ben david" finds "Avi Ben-David", and Hebrew points (niqqud) are ignored.

The key is computed in Python when a customer is written and kept in `customers.search_name`; a query
is folded the same way, so SQLite and PostgreSQL give the same answers with plain comparisons."""

from __future__ import annotations

import unicodedata

# The column's length: a longer key is cut (a match on the first 200 characters is enough).
KEY_LENGTH = 200
# The address keys' columns: an e-mail address is at most 254 characters (a domain 253).
ADDRESS_LENGTH = 254

# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "ı": "i", "æ": "ae", "Æ": "ae"}
    | {"œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th"}
)
# Apostrophes and Hebrew abbreviation marks join a word ("O'Brien", "ג'ורג'", "בע״מ", typed "בע"מ"):
# dropped, never a word break.
_JOINERS = frozenset("'’ʼ`´׳״\"")


def _letters(text: str) -> str:
    """Lower case, without accents or marks, joiners kept: the letters the folds below compare."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in decomposed.casefold() if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))


def fold(text: str) -> str:
    """Lower case, without accents or marks; every other run of punctuation or spaces is one space."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    out: list[str] = []
    space = True  # no leading space
    for ch in decomposed.casefold():
        if ch in _JOINERS or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        if ch.isalnum():
            out.append(ch)
            space = False
        elif not space:
            out.append(" ")
            space = True
    return "".join(out).rstrip(" ")


def name_key(name: str) -> str:
    """What `customers.search_name` holds for a customer of this name."""
    return fold(name)[:KEY_LENGTH]


def words(query: str) -> list[str]:
    """The words of a query, folded, each to be found at the start of a word of the name."""
    return fold(query).split()


def address_key(text: str) -> str:
    """An e-mail address or a domain as searched: case and accents do not count ("José@Example.com" is
    "jose@example.com"), its punctuation does ("7-2.co.il" is found at the end of "סטודיו-7-2.co.il").
    What `customers.search_email` and `services.search_name` hold, and a query is folded the same way."""
    return _address(text)[:ADDRESS_LENGTH]


def ending_key(text: str) -> str:
    """The address key backwards: what `services.search_end` holds, so that the end of a domain is
    found as the start of this key, through an index (a query's end reversed the same way)."""
    return _address(text)[::-1][:ADDRESS_LENGTH]


def _address(text: str) -> str:
    return "".join(ch for ch in _letters(text) if not ch.isspace())
