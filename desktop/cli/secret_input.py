"""A secret (a password, an API key) read for a command: from standard input, never an argument, and
not echoed at a terminal."""

from __future__ import annotations

import getpass
import sys


def read_secret_input(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    text = sys.stdin.read()
    return text[:-1] if text.endswith("\n") else text
