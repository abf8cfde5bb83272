"""JSON text to Python values, refusing what the standard parser takes silently or cannot take: a key
repeated in one object (the parser keeps the last and drops the rest without a word), nesting deeper
than any import file has (the parser recurses, and a few thousand levels end in RecursionError),
and numbers too long to read."""

from __future__ import annotations

import json
from typing import Any

from desktop.app.interchange.problems import Problem, json_path

# Python's parser recurses once per level; past about a thousand it stops with RecursionError.
MAX_DEPTH = 1000


class _Repeated(dict[str, Any]):
    """An object that had a key more than once: the first repeated key is kept for the message."""

    repeated: str = ""


def _first_repeated(items: list[tuple[str, Any]]) -> str:
    seen: set[str] = set()
    for key, _ in items:
        if key in seen:
            return key
        seen.add(key)
    raise AssertionError("no key is repeated")


def _repeats(data: Any) -> list[Problem]:
    """Every repeated key with its path; iterative, as the data may be deep."""
    problems: list[Problem] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _Repeated):
                problems.append(
                    Problem(json_path([*loc, value.repeated]), "duplicate_key", {"key": value.repeated})
                )
            stack.extend((child, (*loc, key)) for key, child in value.items())
        elif isinstance(value, list):
            stack.extend((child, (*loc, index)) for index, child in enumerate(value))
    return sorted(problems, key=lambda problem: problem.path)


def parse(text: str) -> tuple[Any, list[Problem]]:
    """(the value, []) or (None, the problems)."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) == len(items):
            return result
        # Rare: only now is the repeated key looked for and the object marked for its path.
        marked = _Repeated(result)
        marked.repeated = _first_repeated(items)
        repeated.append(marked.repeated)
        return marked

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        return None, [
            Problem("$", "not_json", {"detail": f"line {exc.lineno}, column {exc.colno}: {exc.msg}"})
        ]
    except RecursionError:
        return None, [Problem("$", "too_deep", {"most": MAX_DEPTH})]
    except ValueError as exc:
        # Python refuses to read integers of more than 4,300 digits (CVE-2020-10735).
        return None, [Problem("$", "not_json", {"detail": str(exc).split(";")[0]})]
    if repeated:
        return None, _repeats(data)
    return data, []
