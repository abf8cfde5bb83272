"""What a test of a connection finds (R43), said as a verdict and one English line: whether it may be
used (a RenewDesk database at this version, an empty one, an older one) or why not (a newer one,
another program's, a network share, a server that does not answer, refuses the login or has no such
database, a URL that cannot be used). Testing never changes anything.

The top imports nothing heavy: SQLAlchemy and the store are imported by the functions that use them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.connection_urls import DEFAULT_PORT, password_dropped, rendered
from desktop.app.sqlite_file_checks import sqlite_file_problem

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# How long a test waits for a PostgreSQL server that does not answer (seconds).
CONNECT_TIMEOUT = 5


class Verdict(StrEnum):
    """What a test of a connection found. The first three may be used; the others are refused."""

    READY = "ready"  # a RenewDesk database at this program's schema version
    EMPTY = "empty"  # nothing there yet: it will be set up (a new file, or an empty server database)
    OLDER = "older"  # a RenewDesk database of an older version: it will be brought up to date
    NEWER = "newer"  # made by a newer RenewDesk: update the program on this workstation
    FOREIGN = "foreign"  # another program's database, or a damaged file
    NETWORK_SHARE = "network_share"  # a SQLite file on a network share: use the company's server
    UNREACHABLE = "unreachable"  # the server does not answer (wrong host or port, down, a firewall)
    ENCRYPTION_REFUSED = "encryption_refused"  # SSL required here, but the server offers none
    LOGIN_REFUSED = "login_refused"  # the server refused the user or the password
    NO_SUCH_DATABASE = "no_such_database"  # the server has no database of that name
    NOT_USABLE = "not_usable"  # the URL itself cannot be used (a typo, another driver, in memory)

    @property
    def usable(self) -> bool:
        return self in (Verdict.READY, Verdict.EMPTY, Verdict.OLDER)


@dataclass(frozen=True)
class ConnectionCheck:
    """`detail` is one English line for the command line and for support, never with a password."""

    verdict: Verdict
    detail: str
    url: str  # the URL tested, without its password

    @property
    def usable(self) -> bool:
        return self.verdict.usable


def check_connection(url: str, password: str | None = None) -> ConnectionCheck:
    """Tests `url` (with `password`, when given, in place of the URL's own) without changing anything:
    never migrates, never makes a file or a table, and answers a verdict instead of raising when the
    server cannot be reached. A PostgreSQL server gets CONNECT_TIMEOUT seconds to answer."""
    from desktop.store.engine import parse_url

    if (refused := refusal_before_opening(url)) is not None:
        return refused
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        verdict, detail = _looked_into_file(Path(parsed.database or "").expanduser())
    else:
        verdict, detail = _check_server(parsed, password)
    return ConnectionCheck(verdict, detail, rendered(password_dropped(parsed)))


def refusal_before_opening(url: str) -> ConnectionCheck | None:
    """What is refused of `url` without opening anything: a URL that cannot be used, another driver, a
    SQLite file on a network share or that cannot hold a database (a FIFO would hold an opening for
    ever). None: only opening it tells more (the window's start then opens it once, and says a
    failure with `opening_failure` or a full check)."""
    from desktop.store.engine import DatabaseUrlError, masked_url, parse_url

    try:
        parsed = parse_url(url)
    except DatabaseUrlError as exc:
        return ConnectionCheck(Verdict.NOT_USABLE, str(exc), masked_url(url))
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        refused = _sqlite_refusal(parsed.database or "", bool(parsed.query))
    elif backend == "postgresql" and parsed.get_driver_name() == "psycopg":
        refused = None
    else:
        refused = (
            Verdict.NOT_USABLE,
            f"{parsed.drivername} is not supported; use sqlite:///FILE or postgresql+psycopg://...",
        )
    return None if refused is None else ConnectionCheck(*refused, rendered(password_dropped(parsed)))


def _sqlite_refusal(database: str, has_options: bool) -> tuple[Verdict, str] | None:
    from desktop.store.engine import DatabaseUrlError, check_sqlite_path

    if has_options:
        return Verdict.NOT_USABLE, "a SQLite URL takes no options"
    if database in ("", ":memory:") or database.startswith("file:"):
        return Verdict.NOT_USABLE, "an in-memory database keeps nothing; name a file: sqlite:///FILE"
    try:
        check_sqlite_path(database)
    except DatabaseUrlError as exc:
        return Verdict.NETWORK_SHARE, str(exc)
    except OSError as exc:
        return Verdict.NOT_USABLE, f"the SQLite file cannot be used: {exc.strerror}"
    try:
        problem = sqlite_file_problem(Path(database).expanduser())
    except OSError as exc:  # a name too long for the file system, a folder it may not read, ...
        return Verdict.NOT_USABLE, f"the SQLite file cannot be used: {exc.strerror}"
    return None if problem is None else (Verdict.NOT_USABLE, problem)


def _looked_into_file(path: Path) -> tuple[Verdict, str]:
    from desktop.store.recognition import DatabaseRefused, file_facts

    try:
        if not path.exists():
            return Verdict.EMPTY, f"the SQLite file {path} does not exist yet: it will be made and set up"
        tables, revisions = file_facts(path.resolve())
    except DatabaseRefused as exc:
        return Verdict.FOREIGN, str(exc)
    except OSError as exc:
        return Verdict.NOT_USABLE, f"the SQLite file cannot be used: {exc.strerror}"
    return _judged(f"the database file {path}", tables, revisions)


def _check_server(parsed: URL, password: str | None) -> tuple[Verdict, str]:
    from sqlalchemy.exc import DBAPIError

    from desktop.store.engine import DatabaseUrlError, make_engine
    from desktop.store.recognition import server_facts

    if password:
        parsed = parsed.set(password=password)
    if "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT)})
    where = f"the database {parsed.database} on {parsed.host or 'localhost'}"
    try:
        engine = make_engine(rendered(parsed))
    except DatabaseUrlError as exc:
        return Verdict.NOT_USABLE, str(exc)
    try:
        tables, revisions = server_facts(engine)
    except DBAPIError as exc:
        return server_failure(exc.orig, parsed)
    except (OSError, ValueError) as exc:  # e.g. a host name that is not one
        return Verdict.UNREACHABLE, f"{parsed.host}: {_one_line(exc)}"
    finally:
        engine.dispose()
    return _judged(where, tables, revisions)


def server_failure(error: BaseException | None, parsed: URL) -> tuple[Verdict, str]:
    """The driver's words on one line (psycopg names no password in them), and what they mean."""
    state = getattr(error, "sqlstate", None)
    text = _one_line(error)
    where = f"{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}"
    refused = (
        "password" in text or "authentication" in text or ('role "' in text and "does not exist" in text)
    )
    if state in ("28P01", "28000") or refused:
        return Verdict.LOGIN_REFUSED, f"the server {where} refused the user {parsed.username}: {text}"
    if "does not support SSL" in text or "SSL was required" in text:
        return (
            Verdict.ENCRYPTION_REFUSED,
            f"the server {where} does not offer encrypted connections (SSL) and this connection "
            f"requires them: choose another encryption setting or ask the administrator: {text}",
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return (
            Verdict.NO_SUCH_DATABASE,
            f"the server {where} has no database {parsed.database}: create it (empty) first",
        )
    return Verdict.UNREACHABLE, f"the server {where} cannot be reached: {text}"


def opening_failure(error: BaseException, url: str) -> tuple[Verdict, str] | None:
    """The verdict of a server that could not be reached or refused the login as it was opened (what
    a test would have found, without testing first); None for anything else (a file's failure, a
    server that answered and then failed: said as it came)."""
    from sqlalchemy.exc import OperationalError

    from desktop.store.engine import DatabaseUrlError, parse_url

    try:
        parsed = parse_url(url)
    except DatabaseUrlError:
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    if isinstance(error, OperationalError) and _at_connect(error.orig):
        return server_failure(error.orig, parsed)
    if isinstance(error, OSError | ValueError):  # e.g. a host name that is not one
        return Verdict.UNREACHABLE, f"{parsed.host}: {_one_line(error)}"
    return None


def _at_connect(error: BaseException | None) -> bool:
    """A failure of the connection itself: no server's code (no answer, SSL), a refused login, or a
    database not there; a server's error on a statement has a code of its own."""
    state = getattr(error, "sqlstate", None)
    return state is None or state in ("28P01", "28000", "3D000") or str(state).startswith("08")


def _one_line(error: object) -> str:
    """psycopg adds a tab-indented hint line ("Is the server running on that host...?"): kept."""
    return " ".join(str(error or "").split())


def _judged(where: str, tables: set[str], revisions: list[str]) -> tuple[Verdict, str]:
    from desktop.store import migrate
    from desktop.store.recognition import SIGNATURE_TABLES, DatabaseRefused, judge

    known = migrate.known_revisions()
    try:
        judge(where, tables, revisions, known)
    except DatabaseRefused as exc:
        unknown = [revision for revision in revisions if revision not in known]
        newer = bool(revisions) and bool(unknown) and tables >= SIGNATURE_TABLES
        return (Verdict.NEWER if newer else Verdict.FOREIGN), str(exc)
    head = migrate.head_revision()
    if not revisions:
        return Verdict.EMPTY, f"{where} is empty: RenewDesk will set it up"
    if revisions == [head]:
        return Verdict.READY, f"{where} is a RenewDesk database at this program's schema version ({head})"
    return (
        Verdict.OLDER,
        f"{where} is a RenewDesk database of an older version ({', '.join(revisions)}): it will be "
        f"brought up to this program's ({head}) when it is opened",
    )
