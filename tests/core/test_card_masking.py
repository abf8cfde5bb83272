"""A card number repeated in a message or a crash log shows only its last four digits (R20)."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cards import mask_card_numbers
from tests.conftest import ROOT
from tests.core.test_cards import valid_numbers

separators = st.sampled_from(["", " ", "-"])
words = st.text(alphabet="abc xyz:,.", max_size=12)


def grouped(number: str, separator: str) -> str:
    return separator.join(number[i : i + 4] for i in range(0, len(number), 4))


@given(valid_numbers, separators, words, words)
def test_a_card_number_in_any_text_keeps_only_its_last_four(
    number: str, separator: str, before: str, after: str
) -> None:
    typed = grouped(number, separator)
    text = f"{before} {typed} {after}"
    masked = mask_card_numbers(text)
    assert number not in masked.replace(" ", "").replace("-", "")
    assert f"****{number[-4:]}" in masked
    assert masked.startswith(before) and masked.endswith(after)


@given(st.text(alphabet="0123456789 -abc", max_size=40))
def test_text_without_a_card_number_is_unchanged(text: str) -> None:
    masked = mask_card_numbers(text)
    if "*" not in masked:
        assert masked == text


def test_other_numbers_are_kept() -> None:
    assert mask_card_numbers("invoice 1001, phone 03-555-1234, 4242424242424241") == (
        "invoice 1001, phone 03-555-1234, 4242424242424241"
    )


def test_a_card_number_typed_as_an_argument_is_not_repeated() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "card",
            "add",
            "C-1",
            "--holder",
            "Dana",
            "--exp",
            "12/2030",
            "4242 4242 4242 4242",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "4242 4242 4242 4242" not in done.stderr and "4242424242424242" not in done.stderr
    assert "****4242" in done.stderr
