"""When two refs are the same ref: the one rule for every lookup by ref (a customer's, a card's, a
contact's, a service's) and for refusing a new ref that is already taken.

Refs are compared with the ASCII letters A-Z folded to a-z and nothing else. A ref is an identifier
people read out and type ("C-12", "v1"), not a word: the window takes ASCII letters only, and an
import file's non-ASCII letters are matched as written. Folding more would make "the same ref" depend
on a language and on the database: Turkish dots its capital I ("İ" lowers to "i" plus a combining dot
in Unicode, to "i" in Turkish), German "ß" folds to "ss" (two letters: "STRASSE" would find
"straße"), and SQLite's lower() folds ASCII only while PostgreSQL's follows its locale. ASCII folding
is the same in Python, in SQLite and in PostgreSQL under the "C" collation
(desktop.store.ref_match), so a ref found here is the ref the database finds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HasRef(Protocol):
    @property
    def ref(self) -> str: ...


Item = TypeVar("Item", bound=HasRef)


def ref_key(ref: str) -> str:
    """The ref as refs are compared: ASCII letters in lower case, every other character as it is."""
    return ref.translate(_ASCII_LOWER)


def typed_ref(text: str) -> str:
    """A ref as typed or pasted, without the spaces around it: no ref has any (the window and the
    import file both strip them when a ref is made)."""
    return text.strip()


def one_case_spellings(ref: str) -> list[str]:
    """The ref as typed, all in lower case and all in upper case: the spellings an index can look up
    (the search box's way to find "C-12" typed "c-12" without reading every customer)."""
    lower = ref_key(ref)
    return sorted({ref, lower, lower.translate(_ASCII_UPPER)})


def same_ref(one: str, other: str) -> bool:
    return ref_key(one) == ref_key(other)


def find_by_ref(items: Iterable[Item], ref: str) -> Item | None:
    """The item whose ref is `ref` as typed, else the only one that is the same ref by case. Two refs
    differing only by case are refused when made, but an older database may hold both: then the one
    typed exactly is found, and a third spelling finds neither (the caller names the known refs)."""
    ref = typed_ref(ref)
    folded = [item for item in items if same_ref(item.ref, ref)]
    exact = next((item for item in folded if item.ref == ref), None)
    if exact is not None:
        return exact
    return folded[0] if len(folded) == 1 else None
