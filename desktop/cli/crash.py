"""The last resort of the command line: an error nobody foresaw becomes one line on standard error
and a traceback in a log file of the user's, never a traceback on the screen. A traceback's last
line carries the exception's text, and database errors quote the rows they were writing (customer
names, e-mails); so the screen gets only the exception's class."""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.cards import mask_card_numbers


def log_path() -> Path:
    from desktop import this_computer  # platformdirs: loaded by a crash, not by every start

    return this_computer.log_dir() / "crash.log"


def _write_log(error: BaseException) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Only the user may read it: the traceback may quote data.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {datetime.now(UTC).isoformat()} {' '.join(sys.argv[:1])}\n")
            log.write(mask_card_numbers("".join(traceback.format_exception(error))))
    except OSError:
        return None
    return path


def report(error: BaseException) -> int:
    """Tells the user in one line, keeps the details in the log; the exit code of a failed run."""
    path = _write_log(error)
    where = f"details in {path}" if path is not None else "the details could not be written to a log file"
    print(
        f"renewdesk: internal error ({type(error).__name__}); nothing was printed about your data; {where}",
        file=sys.stderr,
    )
    return 1
