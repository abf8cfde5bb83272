"""desktop.core.refs: one ref case aside, ASCII letters only folded; found exactly first."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.refs import find_by_ref, one_case_spellings, ref_key, same_ref


@dataclass(frozen=True)
class Thing:
    ref: str


def _flip_ascii(text: str, flips: list[bool]) -> str:
    """The text with some of its ASCII letters in the other case."""
    return "".join(
        (ch.swapcase() if flip and ch.isascii() and ch.isalpha() else ch)
        for ch, flip in zip(text, flips + [False] * len(text), strict=False)
    )


# A ref as one is made: never with spaces around it (the window and the import strip them).
_REF = st.text(min_size=1, max_size=30).map(str.strip).filter(bool)


@given(_REF, st.lists(st.booleans(), max_size=30))
def test_a_ref_with_its_ascii_letters_in_any_case_is_the_same_ref(ref: str, flips: list[bool]) -> None:
    typed = _flip_ascii(ref, flips)
    assert same_ref(ref, typed)
    assert find_by_ref([Thing("other-" + ref), Thing(ref)], typed) == Thing(ref)


@given(st.text(min_size=1, max_size=30))
def test_only_ascii_letters_fold_and_nothing_changes_length(ref: str) -> None:
    key = ref_key(ref)
    assert len(key) == len(ref)
    for ch, folded in zip(ref, key, strict=True):
        assert folded == (ch.lower() if "A" <= ch <= "Z" else ch)


def test_turkish_and_german_letters_match_only_as_written() -> None:
    # "İ".lower() is "i" and a combining dot; Turkish lowers "I" to "ı": no language's rule is taken.
    assert not same_ref("İSTANBUL-1", "istanbul-1")
    assert not same_ref("ı-1", "I-1")
    assert same_ref("İstanbul-1", "İSTANBUL-1")  # its ASCII letters fold, the dotted İ stays İ
    # "ß" folds to "ss" in Unicode: two refs of different lengths would be one.
    assert not same_ref("STRASSE-1", "straße-1")
    assert not same_ref("STRAẞE-1", "straße-1")
    assert same_ref("Straße-1", "STRAßE-1")
    assert not same_ref("לקוח-1", "לקוח-2")


def test_the_ref_typed_exactly_wins_and_a_third_spelling_of_two_finds_neither() -> None:
    both = [Thing("ab-1"), Thing("AB-1")]
    assert find_by_ref(both, "AB-1") == Thing("AB-1")
    assert find_by_ref(both, "ab-1") == Thing("ab-1")
    assert find_by_ref(both, "Ab-1") is None
    assert find_by_ref(both, "ab-2") is None


def test_the_search_spellings_are_as_typed_lower_and_upper() -> None:
    assert one_case_spellings("Dana-1") == ["DANA-1", "Dana-1", "dana-1"]
    assert one_case_spellings("c-12") == ["C-12", "c-12"]
    assert one_case_spellings("straße") == ["STRAßE", "straße"]


def test_spaces_around_a_typed_ref_are_dropped_as_when_refs_are_made() -> None:
    assert find_by_ref([Thing("v1"), Thing("v2")], "  V2\t") == Thing("v2")
    assert find_by_ref([Thing("v1")], "v 1") is None
