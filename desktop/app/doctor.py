"""Is this workstation set up right? (R44) The checks of `doctor` and Help → About, one function for
both: the database (reachable, RenewDesk's, at this program's schema version), the keyring, the
link-signing key (R33), the mail server (connects and greets; nothing is sent), the gateway, and the
time zone and clock against the database server's.

The checks only read. The database is never migrated, made or set up here: a database that is not at
this program's schema is said to be so (older: brought up to date at the next start; newer: update
RenewDesk), and the checks that need it are "not run", saying why, rather than crashing. Each check
runs within a bound of time on a thread of its own; one that fails or hangs never stops the others.

The keyring is checked by reading the program's own secrets, not by writing one: a read goes the same
way every start of the program goes (the backend chosen, plain-file backends refused, the Secret
Service reached and its collection unlocked), while a write would leave an entry in the person's
keyring (or ask to make a collection) for a check that is run again and again, and could fail to be
taken back. Which secrets are kept is reported by name, never by value."""

from __future__ import annotations

import smtplib
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop import workstation
from desktop.app.connection import (
    ConnectionCheck,
    Verdict,
    check_connection,
    remembered_file_missing,
    without_password,
)
from desktop.app.kept_password import with_kept_or_needless
from desktop.app.mail_status import mail_keys_unset
from desktop.bootstrap import AppContext
from desktop.core.clock import SystemClock
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome
from desktop.gateway.sandbox import SandboxGateway
from desktop.jobs import signing_key as keys
from desktop.secrets import (
    SECRET_KEYS,
    KeyringSecretStore,
    SecretStore,
    SecretsUnavailable,
    backend_name,
    usable_backend,
)
from desktop.settings import Settings
from desktop.store import migrate, recognition, settings_repo
from desktop.store.database import Database
from desktop.store.engine import DatabaseUrlError, make_engine, parse_url

# Each check's bound (seconds): the slowest honest answer is a server's connect timeout.
BOUND_SECONDS = 10.0
CONNECT_TIMEOUT_SECONDS = 5
CLOCK_TOLERANCE_SECONDS = 120
_MOST_SHOWN = 160  # characters of a server's or driver's own words

T = TypeVar("T")
Now = Callable[[], datetime]


@dataclass(frozen=True)
class Check:
    """One check's outcome. `params` are plain texts for the words of the finding (a URL without
    its password, a version, a server's own words); never a password or a secret's value."""

    kind: CheckKind
    outcome: CheckOutcome
    finding: CheckFinding
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.outcome is CheckOutcome.PASSED


def all_passed(checks: tuple[Check, ...]) -> bool:
    return bool(checks) and all(check.passed for check in checks)


def _passed(kind: CheckKind, finding: CheckFinding, **params: str) -> Check:
    return Check(kind, CheckOutcome.PASSED, finding, params)


def _failed(kind: CheckKind, finding: CheckFinding, **params: str) -> Check:
    return Check(kind, CheckOutcome.FAILED, finding, params)


def _not_run(kind: CheckKind, because: CheckKind) -> Check:
    return Check(kind, CheckOutcome.NOT_RUN, CheckFinding.NOT_RUN, {"because": because.value})


# -- running them ---------------------------------------------------------------------------------------


def run_checks(
    url: str,
    *,
    secrets: SecretStore | None = None,
    now: Now | None = None,
    bound: float = BOUND_SECONDS,
) -> tuple[Check, ...]:
    """Every check, in CheckKind's order, on the database at `url` (a PostgreSQL URL without a
    password takes db.password from the keyring). `now` is this workstation's clock."""
    store = secrets or KeyringSecretStore()
    clock_now = now or SystemClock().now
    secret = _Secret(url)
    opened: _Opened | None = None
    try:
        found = _bounded(CheckKind.DATABASE, lambda: _database(url, store, secret), bound)
        if isinstance(found, Check):
            database, schema = found, _not_run(CheckKind.SCHEMA, CheckKind.DATABASE)
        else:
            database, schema, opened = found
        keyring_check = _bounded(CheckKind.KEYRING, lambda: _keyring(store), bound)
        checks = [database, schema, keyring_check]
        because = CheckKind.DATABASE if not database.passed else CheckKind.SCHEMA
        dependent: tuple[tuple[CheckKind, Callable[[_Opened], Check]], ...] = (
            (CheckKind.SIGNING_KEY, lambda here: _signing_key(here, keyring_check)),
            (CheckKind.SMTP, lambda here: _smtp(here, keyring_check)),
            (CheckKind.GATEWAY, _gateway),
            (CheckKind.CLOCK, lambda here: _clock(here, clock_now)),
        )
        for kind, work in dependent:
            if opened is None:
                checks.append(_not_run(kind, because))
                continue
            checks.append(_bounded(kind, partial(work, opened), bound))
        return tuple(secret.scrubbed(check) for check in checks)
    finally:
        if opened is not None:
            opened.ctx.close()


def checks_here(ctx: AppContext) -> tuple[Check, ...]:
    """The same checks on the database this program has open (Help → About), through a connection
    of their own: what the window finds is what `doctor` on this workstation finds."""
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    return run_checks(url, secrets=ctx.secrets)


def _bounded(kind: CheckKind, work: Callable[[], T], bound: float) -> T | Check:
    """`work()` on a thread of its own, waited for `bound` seconds; a check still running then is
    said to have had no answer in time (its thread is left to end on its own: it only reads)."""
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # every failure becomes the check's outcome
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"doctor-{kind.value}", daemon=True)
    thread.start()
    thread.join(bound)
    if thread.is_alive():
        return _failed(kind, CheckFinding.NO_ANSWER_IN_TIME, seconds=f"{bound:g}")
    if errors:
        error = errors[0]
        return _failed(
            kind, CheckFinding.FAILED_UNEXPECTEDLY, detail=f"{type(error).__name__}: {_words(error)}"
        )
    return results[0]


class _Secret:
    """The database password of the URL checked, kept out of every word a check reports."""

    def __init__(self, url: str) -> None:
        try:
            self.password = parse_url(url).password
        except DatabaseUrlError:
            self.password = None

    def scrubbed(self, check: Check) -> Check:
        if not self.password:
            return check
        params = {key: value.replace(str(self.password), "***") for key, value in check.params.items()}
        return Check(check.kind, check.outcome, check.finding, params)


def _words(error: object) -> str:
    """A driver's or server's own words on one line, cut to a readable length."""
    words = " ".join(str(error).split())
    return words if len(words) <= _MOST_SHOWN else words[: _MOST_SHOWN - 1] + "…"


# -- the database and its schema -------------------------------------------------------------------------


@dataclass
class _Opened:
    """The database at this program's schema, opened for reading, and its settings as stored."""

    ctx: AppContext
    stored: dict[str, str]


def _database(url: str, secrets: SecretStore, secret: _Secret) -> tuple[Check, Check, _Opened | None]:
    try:
        full = with_kept_or_needless(url, secrets)
    except SecretsUnavailable as exc:  # the remembered server's password is in a keyring not there
        unreachable = _failed(
            CheckKind.DATABASE, CheckFinding.DATABASE_UNREACHABLE, url=without_password(url), detail=str(exc)
        )
        return unreachable, _not_run(CheckKind.SCHEMA, CheckKind.DATABASE), None
    if full != url:
        secret.password = parse_url(full).password
    tested = check_connection(full)
    shown = tested.url
    database = _database_check(tested, url)
    if not database.passed:
        return database, _not_run(CheckKind.SCHEMA, CheckKind.DATABASE), None
    head = migrate.head_revision() or ""
    if tested.verdict is Verdict.EMPTY:
        # Not even connected to: the program's engine would switch an empty file to WAL mode.
        return database, _failed(CheckKind.SCHEMA, CheckFinding.SCHEMA_EMPTY, head=head, url=shown), None
    engine = make_engine(_with_timeouts(full))
    try:
        try:
            recognition.check_whole(engine)  # every page of a SQLite file: damage deep in a table
        except recognition.DatabaseRefused as exc:
            engine.dispose()
            refused = _failed(CheckKind.DATABASE, CheckFinding.DATABASE_REFUSED, url=shown, detail=str(exc))
            return refused, _not_run(CheckKind.SCHEMA, CheckKind.DATABASE), None
        version = _schema_version(engine)
        if tested.verdict is not Verdict.READY:
            finding = (
                CheckFinding.SCHEMA_OLDER if tested.verdict is Verdict.OLDER else CheckFinding.SCHEMA_NEWER
            )
            schema = _failed(CheckKind.SCHEMA, finding, version=version, head=head, url=shown)
            engine.dispose()
            return database, schema, None
        settings_db = Database(engine)
        with settings_db.reading() as session:
            stored = settings_repo.load_all(session)
    except DBAPIError as exc:  # it answered the test and then could not be read
        engine.dispose()
        unread = _failed(
            CheckKind.DATABASE, CheckFinding.DATABASE_UNREACHABLE, url=shown, detail=_words(exc.orig)
        )
        return unread, _not_run(CheckKind.SCHEMA, CheckKind.DATABASE), None
    except BaseException:
        engine.dispose()
        raise
    ctx = AppContext(
        clock=SystemClock(),
        db=settings_db,
        secrets=secrets,
        gateway=SandboxGateway(engine),
        settings=Settings.from_mapping(stored),
    )
    schema = _passed(CheckKind.SCHEMA, CheckFinding.SCHEMA_CURRENT, version=version or head, url=shown)
    return database, schema, _Opened(ctx, stored)


def _database_check(tested: ConnectionCheck, url: str) -> Check:
    kind, shown = CheckKind.DATABASE, tested.url
    verdict = tested.verdict
    if verdict in (Verdict.READY, Verdict.OLDER, Verdict.NEWER):
        return _passed(kind, CheckFinding.DATABASE_REACHABLE, url=shown)
    if verdict is Verdict.EMPTY:
        parsed = parse_url(url)
        path = Path(parsed.database or "")
        if parsed.get_backend_name() == "sqlite" and not path.exists():
            if _is_remembered(url) and (missing := remembered_file_missing(url)) is not None:
                # Every start refuses it (nothing is made in its place): the same advice here.
                gone = CheckFinding.DATABASE_FILE_GONE
                return _failed(kind, gone, url=shown, path=str(path), detail=missing)
            return _failed(kind, CheckFinding.DATABASE_NO_FILE, url=shown, path=str(path))
        # An existing path that is no file this program can write (/dev/null, a FIFO, a read-only
        # file) is NOT_USABLE already: connection.sqlite_file_problem, the one rule.
        return _passed(kind, CheckFinding.DATABASE_REACHABLE, url=shown)
    if verdict is Verdict.FOREIGN:
        return _failed(kind, CheckFinding.DATABASE_REFUSED, url=shown, detail=tested.detail)
    if verdict in (Verdict.NETWORK_SHARE, Verdict.NOT_USABLE):
        return _failed(kind, CheckFinding.DATABASE_URL_REFUSED, url=shown, detail=tested.detail)
    return _failed(kind, CheckFinding.DATABASE_UNREACHABLE, url=shown, detail=tested.detail)


def _is_remembered(url: str) -> bool:
    try:
        return workstation.load().url == url
    except workstation.WorkstationFileError:
        return False


def _with_timeouts(url: str) -> str:
    """A server that stops answering is given up on within the check's bound."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    query = dict(parsed.query)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    query.setdefault("options", f"-c statement_timeout={CONNECT_TIMEOUT_SECONDS * 1000}")
    return URL.create(
        parsed.drivername, parsed.username, parsed.password, parsed.host, parsed.port, parsed.database, query
    ).render_as_string(hide_password=False)


def _schema_version(engine: Engine) -> str:
    """The database's schema version by a plain read; "" for an empty database."""
    with engine.connect().execution_options(renewdesk_readonly=True) as connection:
        if "alembic_version" not in inspect(connection).get_table_names():
            return ""
        versions = [
            str(value) for value in connection.scalars(text("SELECT version_num FROM alembic_version"))
        ]
    return ", ".join(versions)


# -- the keyring and the link-signing key ----------------------------------------------------------------


def _keyring(secrets: SecretStore) -> Check:
    try:
        kept = [key for key in SECRET_KEYS if secrets.get(key)]
        backend = usable_backend()
    except SecretsUnavailable as exc:
        return _failed(CheckKind.KEYRING, CheckFinding.KEYRING_UNUSABLE, detail=str(exc))
    return _passed(
        CheckKind.KEYRING,
        CheckFinding.KEYRING_USABLE,
        backend=backend_name(backend),
        kept=", ".join(kept),
    )


def _signing_key(here: _Opened, keyring_check: Check) -> Check:
    kind = CheckKind.SIGNING_KEY
    if not keyring_check.passed:
        return _not_run(kind, CheckKind.KEYRING)
    status = keys.status(here.ctx)
    findings = {
        keys.SigningKeyStatus.OK: CheckFinding.SIGNING_KEY_MATCHES,
        keys.SigningKeyStatus.NOT_CREATED: CheckFinding.SIGNING_KEY_NOT_CREATED,
        keys.SigningKeyStatus.MISSING_HERE: CheckFinding.SIGNING_KEY_MISSING_HERE,
        keys.SigningKeyStatus.MISMATCH: CheckFinding.SIGNING_KEY_MISMATCH,
    }
    outcome = CheckOutcome.PASSED if status is keys.SigningKeyStatus.OK else CheckOutcome.FAILED
    return Check(kind, outcome, findings[status], {"secret": keys.SECRET})


# -- the mail server ------------------------------------------------------------------------------------


def _smtp(here: _Opened, keyring_check: Check) -> Check:
    """Connects, greets (EHLO), STARTTLS when smtp.starttls, logs in when smtp.user is set, NOOP and
    QUIT: no MAIL FROM is ever said, so nothing can be sent."""
    kind, settings = CheckKind.SMTP, here.ctx.settings
    server = f"{settings.smtp_host}:{settings.smtp_port}"
    if unset := mail_keys_unset(here.stored):  # the window says "E-mail is not set up" then too
        return _failed(kind, CheckFinding.SMTP_NOT_SET_UP, keys=", ".join(unset))
    password: str | None = None
    if settings.smtp_user:
        if not keyring_check.passed:
            return _not_run(kind, CheckKind.KEYRING)
        password = here.ctx.secrets.get("smtp.password")
        if not password:
            return _failed(kind, CheckFinding.SMTP_NO_PASSWORD, server=server, user=settings.smtp_user)
    smtp = smtplib.SMTP(timeout=CONNECT_TIMEOUT_SECONDS)
    try:
        try:
            _code, greeting = smtp.connect(settings.smtp_host, settings.smtp_port)
        except smtplib.SMTPResponseException as exc:
            return _failed(kind, CheckFinding.SMTP_REFUSED, server=server, detail=_answer(exc))
        except OSError as exc:
            return _failed(kind, CheckFinding.SMTP_UNREACHABLE, server=server, detail=_words(exc))
        try:
            smtp.ehlo_or_helo_if_needed()
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.smtp_user:
                smtp.login(settings.smtp_user, password or "")
            smtp.noop()
        except smtplib.SMTPResponseException as exc:
            return _failed(kind, CheckFinding.SMTP_REFUSED, server=server, detail=_answer(exc))
        except UnicodeError:
            detail = "the SMTP user name and password can only be ASCII characters"
            return _failed(kind, CheckFinding.SMTP_REFUSED, server=server, detail=detail)
        except (smtplib.SMTPException, ssl.SSLError) as exc:
            return _failed(kind, CheckFinding.SMTP_REFUSED, server=server, detail=_words(exc))
        except OSError as exc:
            return _failed(kind, CheckFinding.SMTP_UNREACHABLE, server=server, detail=_words(exc))
        first = greeting.decode("utf-8", "replace").splitlines()[0] if greeting else ""
        return _passed(
            kind,
            CheckFinding.SMTP_GREETS,
            server=server,
            greeting=_words(first),
            starttls="yes" if settings.smtp_starttls else "no",
            user=settings.smtp_user,
        )
    finally:
        _quit(smtp)


def _answer(exc: smtplib.SMTPResponseException) -> str:
    reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
    return _words(f"{exc.smtp_code} {reply}")


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        if smtp.sock is not None:
            smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


# -- the gateway and the clock ---------------------------------------------------------------------------


def _gateway(here: _Opened) -> Check:
    gateway = here.ctx.gateway
    try:
        calls = gateway.ledger_size()
    except SQLAlchemyError as exc:
        return _failed(CheckKind.GATEWAY, CheckFinding.GATEWAY_FAILS, gateway="sandbox", detail=_words(exc))
    return _passed(
        CheckKind.GATEWAY,
        CheckFinding.GATEWAY_ANSWERS,
        gateway="sandbox",
        calls=str(calls),
        latency_ms=str(here.ctx.settings.sandbox_latency_ms),
    )


def _clock(here: _Opened, now: Now) -> Check:
    kind = CheckKind.CLOCK
    zone = here.stored.get("timezone", Settings().timezone)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return _failed(kind, CheckFinding.TIMEZONE_UNKNOWN, zone=zone)
    engine = here.ctx.db.engine
    if engine.dialect.name == "sqlite":
        return _passed(kind, CheckFinding.CLOCK_SAME_MACHINE, zone=zone)
    before = now()
    with engine.connect().execution_options(renewdesk_readonly=True) as connection:
        server = connection.scalar(text("SELECT statement_timestamp()"))
    after = now()
    assert isinstance(server, datetime)
    here_now = before + (after - before) / 2
    difference = (here_now - server.astimezone(UTC)).total_seconds()
    params = {
        "zone": zone,
        "seconds": str(round(abs(difference))),
        "ahead": "yes" if difference > 0 else "no",
    }
    if abs(difference) > CLOCK_TOLERANCE_SECONDS:
        return Check(kind, CheckOutcome.FAILED, CheckFinding.CLOCK_OFF, params)
    return Check(kind, CheckOutcome.PASSED, CheckFinding.CLOCK_AGREES, params)
