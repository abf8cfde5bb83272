"""The composition root: builds the one clock, the one settings object, the secret store, the
database and the gateway that every command and window works with. No Qt here."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from desktop import this_computer
from desktop.core.clock import Clock, ShiftedClock, SystemClock, company_today
from desktop.gateway.sandbox import SandboxGateway
from desktop.secrets import KeyringSecretStore, SecretStore, SecretsUnavailable
from desktop.settings import Settings
from desktop.store import migrate, settings_repo
from desktop.store.database import Database
from desktop.store.engine import make_engine, parse_url
from desktop.workstation import default_name

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


def _with_keyring_password(url: str, secrets: SecretStore) -> str:
    """A PostgreSQL URL without a password takes db.password from the keyring when one is kept (R24)."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "postgresql" or parsed.password is not None:
        return url
    try:
        password = secrets.get("db.password")
    except SecretsUnavailable:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url


def build_context(
    db_url: str | None = None,
    today: date | None = None,
    *,
    secrets: SecretStore | None = None,
    clock: Clock | None = None,
    sandbox_seed: int | None = None,
    workstation: str | None = None,
) -> AppContext:
    secret_store = secrets or KeyringSecretStore()
    url = _with_keyring_password(db_url or default_database_url(), secret_store)
    engine = make_engine(url)
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
