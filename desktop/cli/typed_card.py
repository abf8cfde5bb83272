"""A card number typed for a command: read from standard input only (never an argument: arguments are
seen by every process of the machine), not echoed at a terminal, one number and nothing more."""

from __future__ import annotations

import getpass
import sys

from desktop.app.errors import field_refusal
from desktop.core.fields import Field, FieldError, FieldProblem

# A typed number with its spaces is far shorter; more is not a card number, and is not read further.
MOST_TYPED = 64


def read_card_number() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("card number: ")
    # Bytes, decoded leniently: a stray byte makes a number that fails its check, never a crash.
    first = sys.stdin.buffer.readline(MOST_TYPED + 1)
    rest = sys.stdin.buffer.read(MOST_TYPED + 1)
    if rest.strip():
        # Which of two numbers was meant cannot be known: neither is kept.
        raise field_refusal(
            FieldError(Field.CARD_NUMBER, FieldProblem.FORM, "one card number on standard input, not more")
        )
    return first.decode("utf-8", "replace").strip()
