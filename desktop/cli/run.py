"""Runs one command: builds the context, calls the use case, prints, and turns refusals into a clear
message on standard error and exit code 2 (1 when the program itself could not do its work).

Nothing heavy is imported at the top: the parser and this module load on every start (`--help`
included); the database layer is imported only when a command needs a database, and each handler
only when its command runs (desktop/cli/registry.py)."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.cli.areas import lazy_entries

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

    from desktop.bootstrap import AppContext


def _fail(message: str, code: int = 2) -> int:
    print(f"renewdesk: {message}", file=sys.stderr)
    return code


def _one_line(error: object) -> str:
    """A driver's message on one line: psycopg adds a second, tab-indented hint line."""
    return " ".join(str(error).split())


def _driver_message(error: DBAPIError) -> str:
    """The driver's first line only: PostgreSQL's DETAIL lines quote the row's values (customer data),
    and SQLAlchemy's own text adds the statement and its parameters."""
    from desktop.store.engine import driver_first_line  # a database error was raised: it is loaded

    first = driver_first_line(error)
    return f"{type(error.orig).__name__}: {first}" if first else type(error.orig).__name__


def dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    command = args.command or "gui"  # the window (desktop/cli/window_commands.py)
    entry = lazy_entries()[command]
    if not entry.context:
        with loading():
            plain = entry.handler()
        return _guarded(lambda: plain(args))
    with loading():
        opened = _open_context(command, args, makes_database=entry.makes_database(command, args))
    if isinstance(opened, int):
        return opened
    ctx = opened
    try:
        with loading():
            handler = entry.handler()
        return _guarded(lambda: handler(ctx, args))
    finally:
        ctx.close()


@contextmanager
def loading() -> Iterator[None]:
    """Python's cycle collector paused while a command's modules load and its context opens, and what
    they made frozen (kept out of every later collection) before it is on again for the command's own
    work: imports make tens of thousands of lasting objects and next to no garbage, and passes over
    them cost a quick command a tenth of its time (issue 13; this is what gc.freeze is for)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


def _open_context(command: str, args: argparse.Namespace, *, makes_database: bool) -> AppContext | int:
    """The context on the database of this run, or the exit code of a database that cannot be used."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from desktop.app.connection_choice import chosen_connection
    from desktop.app.connection_opening import open_context
    from desktop.secrets import SecretsUnavailable
    from desktop.store.engine import DatabaseUrlError
    from desktop.store.recognition import DatabaseRefused
    from desktop.workstation import WorkstationFileError

    try:
        seed = args.seed if command == "demo" else None
        # --db for this run, else the workstation's remembered connection, else its own file (R43).
        chosen = chosen_connection(args.db).or_default()
        return open_context(chosen, args.today, sandbox_seed=seed, makes_database=makes_database)
    except WorkstationFileError as exc:
        return _fail(str(exc), 1)
    except SecretsUnavailable as exc:  # the remembered server's password is in a keyring not there
        return _fail(str(exc), 1)
    except DatabaseUrlError as exc:
        return _fail(str(exc))
    except DatabaseRefused as exc:
        return _fail(str(exc), 1)
    except OperationalError as exc:
        return _fail(f"cannot open the database: {_one_line(exc.orig)}", 1)
    except DBAPIError as exc:
        return _fail(f"cannot read the database: {_driver_message(exc)}", 1)


def _loaded(module: str, name: str) -> type[BaseException] | None:
    """The exception class `name` of `module` if that module is loaded: an error of a module nobody
    imported cannot have been raised, so asking loads nothing (a command that never opened a
    database does not import SQLAlchemy to find out that its error is not SQLAlchemy's)."""
    found = getattr(sys.modules.get(module), name, None)
    return found if isinstance(found, type) and issubclass(found, BaseException) else None


def _is(error: BaseException, module: str, name: str) -> bool:
    kind = _loaded(module, name)
    return kind is not None and isinstance(error, kind)


def _guarded(run: Callable[[], int]) -> int:
    """Runs a handler; a refusal becomes its message and exit code 2, a database failure 1."""
    try:
        return run()
    except Exception as error:
        code = _refusal(error)
        if code is None:
            raise
        return code


def _refusal(error: Exception) -> int | None:
    """The exit code of a refusal or a database failure, its message printed; None for anything else."""
    if _is(error, "desktop.app.interchange.problems", "ImportRefused"):
        from desktop.app.interchange.problems import ImportRefused
        from desktop.app.interchange.problems import describe as describe_problem
        from desktop.cli.messages import problem_count

        assert isinstance(error, ImportRefused)
        print(
            f"renewdesk: the file was refused, nothing was changed ({problem_count(len(error.problems))}):",
            file=sys.stderr,
        )
        for problem in error.problems:
            print(f"  {describe_problem(problem)}", file=sys.stderr)
        return 2
    if _is(error, "desktop.app.errors", "UseCaseError"):
        from desktop.app.errors import UseCaseError
        from desktop.cli.messages import describe

        assert isinstance(error, UseCaseError)
        from desktop.core.codes import WORK_UNFINISHED

        return _fail(describe(error), 1 if error.code in WORK_UNFINISHED else 2)
    if _is(error, "desktop.secrets", "SecretsUnavailable"):
        return _fail(str(error))
    if _is(error, "sqlalchemy.exc", "DBAPIError"):
        from sqlalchemy.exc import DBAPIError, OperationalError

        assert isinstance(error, DBAPIError)
        if isinstance(error, OperationalError):
            return _fail(f"the database failed: {_one_line(error.orig)}", 1)
        # A damaged file read half-way, or a write the database refused: loud, never an empty answer.
        return _fail(f"the database could not do this: {_driver_message(error)}", 1)
    return None
