"""Sharing a table's width among its columns. Everything as wide as it wants when it fits; otherwise,
in this order: the stretching column (a service's name) keeps its whole content first (up to a share
of the width; beyond it elides in the middle, so the end of a domain stays), titles wider than their
column's content give way (the header's tooltip shows them whole), then the columns that may elide
(their tooltips show the whole text), the widest first. What must be read whole (dates, a card's
digits and expiry, the risk, a service's kind) keeps its content; only when nothing else is left does
every column give way."""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from typing import TypeVar

K = TypeVar("K")

# Texts within this many characters of a column's longest may still be the widest in pixels ("1 בפבר׳
# 2027" is wider than "11 בינו׳ 2027"); at most this many of them are measured (a column of 50,000
# domains would stall the window).
_SLACK, _MOST_MEASURED = 3, 32


# Characters that take no room: the direction marks and isolates a domain or a name is kept whole by
# (a Hebrew domain carries ten of them, a Latin one in a Latin window none).
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _shown_length(text: str) -> int:
    return len(text.translate(_INVISIBLE)) if not text.isascii() else len(text)


def widest_candidates(texts: Iterable[str]) -> tuple[str, ...]:
    """The texts of a column that may be its widest in pixels, chosen by the characters they show
    (invisible marks aside): the longest and those nearly as long, longest first."""
    longest = heapq.nlargest(_MOST_MEASURED, set(texts), key=_shown_length)
    if not longest:
        return ()
    return tuple(text for text in longest if _shown_length(text) >= _shown_length(longest[0]) - _SLACK)


# A column never narrower than this, however little room there is (a date, a short word).
NARROWEST = 56
# The most of the width the stretching column takes before the others give way for it.
STRETCH_SHARE = 0.4


def fit(
    content: Mapping[K, int], titles: Mapping[K, int], width: int, stretch: K, elidable: Collection[K]
) -> dict[K, int]:
    """Widths for every column of `content` (what its longest text needs) and `titles` (what its title
    needs) within `width` pixels; the `stretch` column takes what is left over."""
    wanted = {column: max(content[column], titles.get(column, 0)) for column in content if column != stretch}
    stretch_wants = wanted_stretch = max(content[stretch], titles.get(stretch, 0))
    if sum(wanted.values()) + stretch_wants > width:
        wanted_stretch = min(stretch_wants, max(int(width * STRETCH_SHARE), NARROWEST))
    room = width - wanted_stretch
    # Each step lowers what some columns may give way to; the first that fits is taken.
    readable = {column: min(wanted[column], max(content[column], NARROWEST)) for column in wanted}
    # Each step: how wide the columns would be, and how far they may give way (levelled: the widest
    # first); the first that fits is taken. Once titles gave way, an elidable text does not give way
    # for a title: the step levels contents only.
    steps = [
        (wanted, wanted),
        (wanted, readable),  # titles elide
        (readable, {c: min(low, NARROWEST) if c in elidable else low for c, low in readable.items()}),
    ]
    for would, lowest in steps:
        if sum(lowest.values()) <= room:
            widths = _levelled(would, lowest, room)
            return widths | {stretch: max(wanted_stretch, width - sum(widths.values()))}
    # Too narrow even so: the name gives way (eliding in the middle), then every column.
    if sum(lowest.values()) + NARROWEST <= width:
        return dict(lowest) | {stretch: width - sum(lowest.values())}
    everyone = {column: min(want, NARROWEST) for column, want in wanted.items()}
    widths = _levelled(wanted, everyone, width - NARROWEST)
    return widths | {stretch: max(NARROWEST, width - sum(widths.values()))}


def _levelled(wanted: Mapping[K, int], lowest: Mapping[K, int], room: int) -> dict[K, int]:
    """Each column at its wanted width capped at one level, never below its lowest: the highest level
    at which they add up to at most `room` (found by halving: a few columns, a few steps)."""
    low, high = 0, max(wanted.values(), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(max(lowest[c], min(want, middle)) for c, want in wanted.items()) <= room:
            low = middle
        else:
            high = middle - 1
    return {c: max(lowest[c], min(want, low)) for c, want in wanted.items()}
