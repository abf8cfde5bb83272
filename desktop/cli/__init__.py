"""The command line (SPEC section 3). The GUI is imported lazily, inside the GUI command only, so
headless runs never load Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from desktop.cli import crash
from desktop.cli.parser import build_parser, command_named
from desktop.cli.run import dispatch, loading


def main(argv: Sequence[str] | None = None) -> int:
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        with loading():
            parser = build_parser(only=command_named(words))
            args = parser.parse_args(words)
        return dispatch(parser, args)
    except BrokenPipeError:
        # The reader of our output went away (`export | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # the last resort: see desktop.cli.crash
        return crash.report(error)
