"""Where this workstation's data is (R43), decided here for the window and the commands alike: which
connection a run uses (`--db`, else the remembered one, else the default SQLite file in the user's
data folder), whether a connection can be used (tested before it is remembered), and remembering it
(the URL without its password in the user's configuration folder, the password in the keyring as
db.password).

The window asks `chosen_connection` before its first paint and builds URLs from its form as the person
types, so the module's top imports nothing heavy: SQLAlchemy, the store and the keyring are imported
by the functions that use them."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from desktop import this_computer, workstation
from desktop.workstation import Remembered

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from desktop.app.desk import Desk
    from desktop.app.errors import UseCaseError
    from desktop.bootstrap import AppContext
    from desktop.core.clock import Clock
    from desktop.secrets import SecretStore

DB_PASSWORD = "db.password"
# How long a test waits for a PostgreSQL server that does not answer (seconds).
CONNECT_TIMEOUT = 5
DEFAULT_PORT = 5432
# Characters that would end a URL's host part: kept escaped, so what was typed stays the host.
_NOT_IN_HOST = frozenset("/@?#")


class Source(StrEnum):
    """Where the connection of this run came from."""

    FROM_ARGUMENT = "argument"  # --db, for this run only
    REMEMBERED = "remembered"  # chosen once on this workstation (the window or `workstation connect`)
    DEFAULT = "default"  # nothing chosen: a command works on the SQLite file in the data folder
    NONE_YET = "none_yet"  # nothing chosen: the window asks before anything else


class SslMode(StrEnum):
    """libpq's sslmode values offered for the company's server."""

    DISABLE = "disable"
    PREFER = "prefer"
    REQUIRE = "require"
    VERIFY_FULL = "verify-full"


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


@dataclass(frozen=True)
class Chosen:
    """The connection of this run. `url` is None only with NONE_YET (see `or_default`)."""

    url: str | None
    workstation: str
    source: Source

    def or_default(self) -> Chosen:
        """What a command uses: nothing chosen means the SQLite file in the user's data folder."""
        if self.url is not None:
            return self
        return Chosen(sqlite_url_here(), self.workstation, Source.DEFAULT)


# -- which connection -------------------------------------------------------------------------------


def database_url(value: str) -> str:
    """A --db value as a URL: a plain path is a SQLite file (made absolute). A network share path
    stays as written, so that //server/share is refused as a share and not read as /server/share."""
    if "://" in value or "\x00" in value:
        return value
    if value.startswith(("//", "\\\\")):
        return f"sqlite:///{value}"
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def chosen_connection(db_arg: str | None) -> Chosen:
    """`--db` wins for this run, then the remembered connection; NONE_YET when neither (a command then
    takes `or_default()`, the window asks). The workstation's name is the remembered one or the host's.
    Raises workstation.WorkstationFileError for a damaged remembered file, which says how to mend it."""
    remembered = workstation.load()
    if db_arg is not None:
        return Chosen(database_url(db_arg), remembered.workstation, Source.FROM_ARGUMENT)
    if remembered.url is not None:
        return Chosen(remembered.url, remembered.workstation, Source.REMEMBERED)
    return Chosen(None, remembered.workstation, Source.NONE_YET)


def sqlite_url_here() -> str:
    """ "This computer only": the SQLite file in the user's data folder."""
    return this_computer.default_database_url()


def postgres_url(host: str, port: int, database: str, user: str, ssl_mode: SslMode) -> str:
    """The company's server as a psycopg URL (no password: that goes to the keyring). The user is
    quoted, so a name with @, /, : or spaces stays itself. SQLAlchemy takes the database name as
    written up to a "?" and never unquotes it, so a "?" is written %3F: no such database is found
    (check_connection says so) instead of the rest of the name being read as options; likewise a
    host with / @ ? # or a space is written escaped, naming no other server. Never raises, so that a
    form may call it on any text typed."""
    host = "".join(f"%{ord(ch):02X}" if ch in _NOT_IN_HOST or ch.isspace() else ch for ch in host.strip())
    shown_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    name = database.replace("?", "%3F")
    return (
        f"postgresql+psycopg://{quote(user, safe='')}@{shown_host}:{int(port)}/{name}"
        f"?sslmode={SslMode(ssl_mode).value}"
    )


def without_password(url: str) -> str:
    """The URL as it may be shown and written down: the password left out (not masked)."""
    from desktop.store.engine import parse_url

    parsed = parse_url(url)
    return _rendered(_password_dropped(parsed))


def _password_dropped(parsed: URL) -> URL:
    from sqlalchemy.engine import URL

    # URL.set(password=None) keeps the password; a URL made without one has none.
    return URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    )


def _rendered(parsed: URL) -> str:
    return parsed.render_as_string(hide_password=False)


# -- testing a connection ---------------------------------------------------------------------------


def check_connection(url: str, password: str | None = None) -> ConnectionCheck:
    """Tests `url` (with `password`, when given, in place of the URL's own) without changing anything:
    never migrates, never makes a file or a table, and answers a verdict instead of raising when the
    server cannot be reached. A PostgreSQL server gets CONNECT_TIMEOUT seconds to answer."""
    from desktop.store.engine import DatabaseUrlError, masked_url, parse_url

    try:
        parsed = parse_url(url)
    except DatabaseUrlError as exc:
        return ConnectionCheck(Verdict.NOT_USABLE, str(exc), masked_url(url))
    shown = _rendered(_password_dropped(parsed))
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        verdict, detail = _check_sqlite(parsed.database or "", bool(parsed.query))
    elif backend == "postgresql" and parsed.get_driver_name() == "psycopg":
        verdict, detail = _check_server(parsed, password)
    else:
        verdict, detail = (
            Verdict.NOT_USABLE,
            f"{parsed.drivername} is not supported; use sqlite:///FILE or postgresql+psycopg://...",
        )
    return ConnectionCheck(verdict, detail, shown)


def _check_sqlite(database: str, has_options: bool) -> tuple[Verdict, str]:
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
        return _check_sqlite_file(Path(database).expanduser())
    except OSError as exc:  # a name too long for the file system, a folder it may not read, ...
        return Verdict.NOT_USABLE, f"the SQLite file cannot be used: {exc.strerror}"


def _check_sqlite_file(path: Path) -> tuple[Verdict, str]:
    from desktop.store.recognition import DatabaseRefused, file_facts

    problem = sqlite_file_problem(path)
    if problem is not None:
        return Verdict.NOT_USABLE, problem
    if not path.exists():
        return Verdict.EMPTY, f"the SQLite file {path} does not exist yet: it will be made and set up"
    try:
        tables, revisions = file_facts(path.resolve())
    except DatabaseRefused as exc:
        return Verdict.FOREIGN, str(exc)
    return _judged(f"the database file {path}", tables, revisions)


def sqlite_file_problem(path: Path) -> str | None:
    """Why `path` cannot hold a SQLite database, or None: only a regular file this program may read
    and write can. A device (/dev/null), a FIFO, a folder or /proc's files read as an empty database,
    and could never be set up; a read-only file could never be written. A file not there yet needs a
    folder where files can be made (the database, its journal and the migration's lock file). The
    one rule the connection's test and doctor ask."""
    if not path.exists():
        return _folder_problem(path)
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        return f"{path} is a folder, not a SQLite file"
    if not stat.S_ISREG(mode):
        return f"{path} is not a file (it is {_kind_of(mode)}), so it cannot hold a SQLite database"
    if _size_is_false(path):
        return f"{path} is not a file (the system makes it up as it is read), so it cannot hold a database"
    if not os.access(path, os.R_OK | os.W_OK):
        return f"{path} is not a file this program can read and write"
    return None


def _size_is_false(path: Path) -> bool:
    """A file the system makes up as it is read (Linux's /proc): it says it is empty, yet it reads."""
    if path.stat().st_size != 0:
        return False
    with path.open("rb") as file:
        return bool(file.read(1))


def _kind_of(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _folder_problem(path: Path) -> str | None:
    """Why no file can be made for `path`: its folder (or the nearest one there, the rest made in it)
    is not a folder or refuses a new file. Tried by making one: root passes os.access everywhere,
    and /proc or a read-only system still refuse."""
    folder = _nearest_existing(path.parent)
    if not folder.is_dir():
        return f"the SQLite file {path} cannot be made: {folder} is not a folder"
    try:
        probe, name = tempfile.mkstemp(prefix=".renewdesk-probe-", dir=folder)
    except OSError as exc:
        return (
            f"the SQLite file {path} cannot be made: the folder {folder} cannot be written ({exc.strerror})"
        )
    os.close(probe)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return None


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


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
        engine = make_engine(_rendered(parsed))
    except DatabaseUrlError as exc:
        return Verdict.NOT_USABLE, str(exc)
    try:
        tables, revisions = server_facts(engine)
    except DBAPIError as exc:
        return _server_failure(exc.orig, parsed)
    except (OSError, ValueError) as exc:  # e.g. a host name that is not one
        return Verdict.UNREACHABLE, f"{parsed.host}: {_one_line(exc)}"
    finally:
        engine.dispose()
    return _judged(where, tables, revisions)


def _server_failure(error: BaseException | None, parsed: URL) -> tuple[Verdict, str]:
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


# -- remembering it ---------------------------------------------------------------------------------


def remember_connection(
    url: str,
    password: str | None,
    name: str | None = None,
    *,
    secrets: SecretStore | None = None,
) -> tuple[Remembered, ConnectionCheck]:
    """Tests the connection, then keeps it: the password (the argument, or the one written in the URL)
    in the keyring as db.password, the URL without it and the workstation's name in the remembered
    file. `name` None keeps the name remembered before (or the host's). Refuses, changing nothing, a
    connection whose test does not pass, a name that cannot be one, and a keyring that cannot keep
    the password (UseCaseError)."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable
    from desktop.store.engine import DatabaseUrlError, parse_url

    if (refusal := name_refusal(name)) is not None:
        raise refusal
    try:
        parsed = parse_url(database_url(url))
    except DatabaseUrlError as exc:
        raise UseCaseError(
            ErrorCode.CONNECTION_UNUSABLE, verdict=Verdict.NOT_USABLE.value, detail=str(exc)
        ) from None
    password = password or parsed.password or None
    bare = _rendered(_password_dropped(parsed))
    check = check_connection(bare, password)
    if not check.usable:
        raise UseCaseError(ErrorCode.CONNECTION_UNUSABLE, verdict=check.verdict.value, detail=check.detail)
    # All or nothing: the file is known to take the connection before the keyring is touched, and
    # a save that fails all the same puts the keyring back (the server remembered before keeps
    # working with its own password).
    if (unwritable := _file_problem(workstation.file_path())) is not None:
        raise UseCaseError(ErrorCode.WORKSTATION_FILE_UNWRITABLE, detail=unwritable)
    store = secrets or KeyringSecretStore()
    server = parsed.get_backend_name() == "postgresql"
    if parsed.get_backend_name() == "sqlite" and check.verdict is Verdict.EMPTY:
        _set_up_file(bare)
    try:
        kept_before = store.get(DB_PASSWORD) if server else None
        _keep_password(store, server, password)
    except SecretsUnavailable as exc:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None
    try:
        before = workstation.load()
    except workstation.WorkstationFileError:
        before = Remembered(None)  # a damaged file is mended by choosing again: what it says names it
    remembered = Remembered(bare, name if name is not None else before.name)
    try:
        workstation.save(remembered)
    except workstation.WorkstationFileError as exc:
        if server and (store.get(DB_PASSWORD) or None) != (kept_before or None):
            # The keyring keeps no "absent" apart from empty: "" is what every reader takes for none.
            store.set(DB_PASSWORD, kept_before or "")
        raise UseCaseError(ErrorCode.WORKSTATION_FILE_UNWRITABLE, detail=str(exc)) from None
    return remembered, check


def name_refusal(name: str | None) -> UseCaseError | None:
    """The refusal of a workstation name that cannot be one (None: the name is fine, or none given):
    remembering refuses it, and the connection dialog's Test says it before "ready to use"."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode

    if name is None or (problem := workstation.name_problem(name)) is None:
        return None
    return UseCaseError(
        ErrorCode.WORKSTATION_NAME_INVALID,
        name=name,
        problem=problem.value,
        character=workstation.invisible_character(name),
    )


def _file_problem(path: Path) -> str | None:
    """Why the remembered file cannot be written, or None: its folder must take a new file (the save
    renames one over it) and the file itself must not refuse changes (chattr +i stops root too)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        probe, name = tempfile.mkstemp(prefix=".workstation-probe-", dir=path.parent)
        os.close(probe)
        os.unlink(name)
        if path.exists():
            os.close(os.open(path, os.O_WRONLY))
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror}"
    return None


def _set_up_file(url: str) -> None:
    """A new SQLite file is made and set up as it is chosen, so that the remembered file exists from
    then on: one that is missing later was moved or is on a drive not there (see open_context)."""
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.store import migrate
    from desktop.store.engine import make_engine

    try:
        engine = make_engine(url)
    except ValueError as exc:  # DatabaseUrlError: the folder cannot be made
        raise UseCaseError(
            ErrorCode.CONNECTION_UNUSABLE, verdict=Verdict.NOT_USABLE.value, detail=str(exc)
        ) from None
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _keep_password(store: SecretStore, server: bool, password: str | None) -> None:
    """A server's password goes to the keyring. A server reached without one must not be sent the
    password of the server remembered before, so a kept one is emptied; a SQLite file needs none
    and leaves the keyring alone (a workstation without a keyring may still use its own file)."""
    if not server:
        return
    if password:
        store.set(DB_PASSWORD, password)
    elif store.get(DB_PASSWORD):
        store.set(DB_PASSWORD, "")


def password_kept(secrets: SecretStore | None = None) -> bool | None:
    """Whether the keyring keeps a database password; None when there is no usable keyring."""
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    try:
        return bool((secrets or KeyringSecretStore()).get(DB_PASSWORD))
    except SecretsUnavailable:
        return None


# -- opening it ---------------------------------------------------------------------------------------


def open_context(
    chosen: Chosen,
    today: date | None = None,
    *,
    secrets: SecretStore | None = None,
    clock: Clock | None = None,
    sandbox_seed: int | None = None,
    makes_database: bool = True,
) -> AppContext:
    """The context on the chosen connection (migrated when older), named after this workstation. The
    store's and bootstrap's errors pass through (DatabaseUrlError, DatabaseRefused, OperationalError);
    a remembered SQLite file that is missing is DatabaseRefused, not made again empty. Without
    `makes_database` (a command that only reads) a SQLite file that does not exist is refused too,
    before any folder or file is made: DatabaseUrlError for one named by --db (a mistyped path: bad
    input), DatabaseRefused for this computer's own file not made yet."""
    from desktop.bootstrap import build_context

    if chosen.source is Source.REMEMBERED and chosen.url is not None:
        _remembered_file_is_there(chosen.url)
    elif not makes_database:
        refuse_missing_file_to_read(chosen.or_default())
    return build_context(
        chosen.or_default().url,
        today,
        secrets=secrets,
        clock=clock,
        sandbox_seed=sandbox_seed,
        workstation=chosen.workstation,
    )


def missing_sqlite_file(url: str) -> str | None:
    """The path of the SQLite file `url` names when that file does not exist; None otherwise (a URL
    that cannot be used at all is the engine's to refuse, saying why)."""
    from desktop.store.engine import DatabaseUrlError, parse_url

    try:
        parsed = parse_url(url)
    except DatabaseUrlError:
        return None
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    if parsed.query:
        return None  # not a URL to open at all: the engine refuses it, saying why
    return None if Path(database).exists() else database


def refuse_missing_file_to_read(chosen: Chosen) -> None:
    """For a command that only reads: a SQLite file that does not exist is refused, making nothing
    (DatabaseUrlError for one named by --db, DatabaseRefused for this computer's own)."""
    from desktop.store.engine import DatabaseUrlError
    from desktop.store.recognition import DatabaseRefused

    missing = missing_sqlite_file(chosen.url or "")
    if missing is None:
        return
    said = (
        f"the database file {missing} does not exist; this command only reads, so nothing was made "
        "(a database is made by `demo`, `import`, `staff add`, `workstation connect` or the window)"
    )
    raise DatabaseUrlError(said) if chosen.source is Source.FROM_ARGUMENT else DatabaseRefused(said)


def remembered_file_missing(url: str) -> str | None:
    """Why the workstation's remembered SQLite file at `url` cannot be opened (it is not there), or
    None: what every start says and doctor repeats, the one place of its words."""
    database = missing_sqlite_file(url)
    if database is None:
        return None
    return (
        f"the database file {database}, remembered as this workstation's, is not there (moved, "
        "deleted, or on a drive that is not connected); nothing was made in its place: connect "
        "the drive, or choose the connection again (`workstation connect URL` or Tools → Connection…)"
    )


def _remembered_file_is_there(url: str) -> None:
    """A remembered SQLite file that is missing is refused, never made again empty in its place: it
    was moved, deleted, or is on a drive that is not there now, and an empty database would show
    the workstation's data as gone (R45)."""
    from desktop.store.recognition import DatabaseRefused

    if (missing := remembered_file_missing(url)) is not None:
        raise DatabaseRefused(missing)


def open_desk(chosen: Chosen) -> Desk:
    """For the window: the desk on the chosen connection, nobody signed in yet."""
    from desktop.app.desk import Desk

    return Desk(open_context(chosen))
