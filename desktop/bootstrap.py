"""The composition root: builds the one clock, the one settings object, the secret store, the
database and the gateway that every command and window works with. No Qt here."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.engine import URL

from desktop import this_computer
from desktop.core.clock import Clock, ShiftedClock, SystemClock, company_today
from desktop.gateway.sandbox import SandboxGateway
from desktop.secrets import KeyringSecretStore, SecretStore
from desktop.settings import Settings
from desktop.store import migrate, settings_repo
from desktop.store.database import Database
from desktop.store.engine import CONNECT_TIMEOUT_S, DatabaseUrlError, make_engine, parse_url
from desktop.workstation import Remembered, WorkstationFileError, default_name
from desktop.workstation import load as load_remembered

APP_NAME = this_computer.APP_NAME
default_database_url = this_computer.default_database_url


@dataclass
class AppContext:
    clock: Clock
    db: Database
    secrets: SecretStore
    gateway: SandboxGateway
    settings: Settings = field(default_factory=Settings)
    # This workstation's name (R43): window title, lease and run owner, audit log.
    workstation: str = field(default_factory=default_name)

    def today(self) -> date:
        return company_today(self.clock, self.settings.zone)

    def reload_settings(self) -> Settings:
        with self.db.reading() as session:
            self.settings = Settings.from_mapping(settings_repo.load_all(session))
        return self.settings

    def close(self) -> None:
        self.db.dispose()


def kept_password_for(url: str, secrets: SecretStore, remembered: Remembered | None = None) -> str | None:
    """The keyring's db.password when `url` is a PostgreSQL URL without a password that names the
    server this workstation remembers (same host, port, database and user: R24, R43); None otherwise.
    The password was given for that server only: a --db naming another one must never receive it.
    SecretsUnavailable (how to set up a keyring) when the remembered server's password is needed and
    the keyring cannot be read: without it the server's own "no password supplied" or "refused the
    password" would send the person after the wrong fault. A server remembered without a password
    never asks the keyring (a broken one is then no fault of its). `remembered`: the workstation's
    file as the caller read it (None: read here). The one rule; the window's start and doctor ask it
    too."""
    try:
        parsed = parse_url(url)
        if parsed.get_backend_name() != "postgresql" or parsed.password is not None:
            return None
        remembered = load_remembered() if remembered is None else remembered
    except (DatabaseUrlError, WorkstationFileError):
        return None
    if remembered.url is None or remembered.password_kept is False:
        return None
    try:
        if not _same_server(parsed, parse_url(remembered.url)):
            return None
    except DatabaseUrlError:
        return None
    return secrets.get("db.password") or None


def _same_server(one: URL, other: URL) -> bool:
    """As the server sees a login: the names compared as written (127.0.0.1 and localhost are two:
    nothing here resolves names), the port PostgreSQL's own when not given."""

    def identity(url: URL) -> tuple[str, str, int, str, str]:
        host = (url.host or str(url.query.get("host") or "") or "localhost").lower()
        return (url.get_backend_name(), host, url.port or 5432, url.database or "", url.username or "")

    return identity(one) == identity(other)


def with_kept_password(url: str, secrets: SecretStore, remembered: Remembered | None = None) -> str:
    """`url` with the remembered server's password filled in (kept_password_for), else as it is."""
    password = kept_password_for(url, secrets, remembered)
    if password is None:
        return url
    return parse_url(url).set(password=password).render_as_string(hide_password=False)


def build_context(
    db_url: str | None = None,
    today: date | None = None,
    *,
    secrets: SecretStore | None = None,
    clock: Clock | None = None,
    sandbox_seed: int | None = None,
    workstation: str | None = None,
    remembered: Remembered | None = None,
    connect_timeout: int = CONNECT_TIMEOUT_S,
) -> AppContext:
    """`remembered`: the workstation's file as the caller read it to choose the connection (None:
    read again when the kept password's server is asked). `connect_timeout`: how long a server that
    does not answer is waited for (seconds)."""
    secret_store = secrets or KeyringSecretStore()
    url = with_kept_password(db_url or default_database_url(), secret_store, remembered)
    engine = make_engine(url, connect_timeout=connect_timeout)
    migrate.upgrade(engine)
    # The workstation's name (R43), bounded and safe for lease owners and the audit log.
    name = workstation or default_name()
    db = Database(engine, name)
    with db.reading() as session:
        settings = Settings.from_mapping(settings_repo.load_all(session))
    base_clock = clock or SystemClock()
    the_clock: Clock = ShiftedClock(today, settings.zone, base_clock) if today else base_clock
    gateway = SandboxGateway(
        make_engine(url),
        latency_ms=settings.sandbox_latency_ms,
        rng=random.Random(sandbox_seed) if sandbox_seed is not None else None,
        now=the_clock.now,
    )
    return AppContext(
        clock=the_clock,
        db=db,
        secrets=secret_store,
        gateway=gateway,
        settings=settings,
        workstation=name,
    )
