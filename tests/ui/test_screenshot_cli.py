"""`python main.py screenshot` renders a view offscreen to a PNG, for documentation and review, in a
child process as a person would run it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from desktop.bootstrap import AppContext
from tests.conftest import Cli
from tests.ui.accounts import load_all

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def loaded(sctx: AppContext) -> None:
    load_all(sctx)


@pytest.mark.parametrize(
    ("view", "lang", "least"),
    [
        ("main", "he", (1000, 600)),
        ("recurring", "he", (300, 300)),
        ("service", "en", (300, 300)),
        ("finance", "he", (1000, 600)),
        ("operations", "es", (600, 400)),
        ("settings", "en", (500, 300)),
        ("staff", "he", (500, 300)),
        ("audit", "en", (800, 500)),
    ],
)
def test_a_view_is_rendered_to_a_png(
    loaded: None, sqlite_cli: Cli, tmp_path: Path, view: str, lang: str, least: tuple[int, int]
) -> None:
    out = tmp_path / f"{view}-{lang}.png"
    done = sqlite_cli(
        "screenshot",
        "--view",
        view,
        "--lang",
        lang,
        "--customer",
        "dana",
        "--out",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    # Nothing said from a worker still running as the process ended (the window waits for it).
    assert "Error calling Python override" not in done.stderr, done.stderr
    width, height = png_size(out)
    assert width >= least[0] and height >= least[1]
    # A drawn window, not an empty picture (the staff list of these accounts is short: less to draw).
    assert out.stat().st_size > (5_000 if view == "staff" else 10_000)


def test_the_hebrew_customer_in_spanish(loaded: None, sqlite_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "moshe.png"
    done = sqlite_cli(
        "screenshot",
        "--view",
        "recurring",
        "--lang",
        "es",
        "--customer",
        "moshe",
        "--out",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert png_size(out)[0] > 0
    assert out.stat().st_size > 10_000
