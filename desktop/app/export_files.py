"""Exports from the windows appear whole or not at all: written beside the target and renamed at the
end, so a reader never sees half a file, and a failed or cancelled export leaves nothing behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode


class ExportCancelled(UseCaseError):
    def __init__(self) -> None:
        super().__init__(ErrorCode.EXPORT_CANCELLED)


def checked_target(path: str) -> Path:
    """The file to write, refused before any work: a missing folder, a folder in its place."""
    target = Path(path)
    try:
        if not target.parent.is_dir():
            raise UseCaseError(ErrorCode.EXPORT_FOLDER_MISSING, folder=str(target.parent))
        if target.is_dir():
            raise UseCaseError(ErrorCode.EXPORT_TARGET_IS_FOLDER, path=str(target))
    except OSError as exc:  # a name too long, a folder we may not look into
        raise UseCaseError(
            ErrorCode.EXPORT_WRITE_FAILED, path=str(target), detail=exc.strerror or str(exc)
        ) from None
    return target


def _write_failed(target: Path, exc: OSError) -> UseCaseError:
    return UseCaseError(ErrorCode.EXPORT_WRITE_FAILED, path=str(target), detail=exc.strerror or str(exc))


@contextmanager
def whole_file(target: Path) -> Iterator[Path]:
    """Yields the path to write; on success it becomes `target`. A device or a pipe (/dev/null,
    /dev/stdout, a FIFO) is written to as it is: only a file can be replaced whole, and replacing
    a device would destroy it (as root, `--out /dev/null` once turned /dev/null into a file)."""
    if target.exists() and not target.is_file():
        try:
            yield target
        except OSError as exc:
            raise UseCaseError(
                ErrorCode.EXPORT_WRITE_FAILED, path=str(target), detail=exc.strerror or str(exc)
            ) from None
        return
    partial = target.with_name(f".{target.name}.partial")
    try:
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(target, exc) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
