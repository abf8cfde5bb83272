"""Sharing a table's width among its columns: each gets what its content wants when everything fits;
otherwise the columns that may elide (their tooltips show the whole text) give way, the widest first
(all capped at one level, none below its floor, say its title), so the whole table stays on screen
and what must be read whole (dates, a card's digits and expiry, the risk) is never cut."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

K = TypeVar("K")

# A column never narrower than this, however little room there is (a date, a short word).
NARROWEST = 56
# The part of the width the stretching column keeps at least when its content wants more.
STRETCH_SHARE = 0.22


def fit(wanted: Mapping[K, int], width: int, stretch_wants: int, floors: Mapping[K, int]) -> dict[K, int]:
    """Widths for the `wanted` columns within `width` pixels, leaving the stretching column what its
    content wants or at least its share of the width, whichever is less. The columns of `floors` may
    give way, down to their floor; the others only when nothing else is left."""
    room = width - min(stretch_wants, max(int(width * STRETCH_SHARE), 0))
    if sum(wanted.values()) <= room:
        return dict(wanted)
    whole = {column: want for column, want in wanted.items() if column not in floors}
    giving = {
        column: (want, min(want, max(NARROWEST, floors[column])))
        for column, want in wanted.items()
        if column in floors
    }
    for floored in (True, False):
        lowest = {column: low if floored else min(want, NARROWEST) for column, (want, low) in giving.items()}
        if sum(whole.values()) + sum(lowest.values()) <= room:
            level = _level({c: want for c, (want, _) in giving.items()}, lowest, room - sum(whole.values()))
            return whole | {c: max(lowest[c], min(want, level)) for c, (want, _) in giving.items()}
    # Too narrow even so: every column gives way.
    everyone = {column: min(want, NARROWEST) for column, want in wanted.items()}
    level = _level(dict(wanted), everyone, room)
    return {column: max(everyone[column], min(want, level)) for column, want in wanted.items()}


def _level(wanted: Mapping[K, int], lowest: Mapping[K, int], room: int) -> int:
    """The highest cap at which the columns, each between its lowest and its wanted width, add up
    to at most `room` (found by halving: a few columns, a few steps)."""
    low, high = 0, max(wanted.values(), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(max(lowest[c], min(want, middle)) for c, want in wanted.items()) <= room:
            low = middle
        else:
            high = middle - 1
    return low
