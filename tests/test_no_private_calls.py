"""A module uses another module's public names only: `from desktop.x import _y` or `x._y` on an
imported desktop module would tie it to what that module may change without notice."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str) -> list[str]:
    tree = ast.parse(source)
    modules: set[str] = set()  # the local names bound to desktop modules
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
            for alias in node.names:
                if _is_private(alias.name):
                    found.append(f"from {node.module} import {alias.name}")
                modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("desktop"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and _is_private(node.attr)
        ):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_the_check_finds_both_forms() -> None:
    source = (
        "from desktop.store.engine import _masked\n"
        "from desktop.store import recognition\n"
        "recognition._facts()\n"
    )
    assert private_uses(source) == ["from desktop.store.engine import _masked", "recognition._facts"]


def test_no_module_of_the_program_uses_another_ones_private_names() -> None:
    found = {
        str(path.relative_to(ROOT)): uses
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        if (uses := private_uses(path.read_text(encoding="utf-8")))
    }
    assert found == {}
