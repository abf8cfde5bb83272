"""Settings and secrets, changed by an admin (R23, R24)."""

from __future__ import annotations

import smtplib
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.app.signing_key import check_signing_key, store_signing_key
from desktop.bootstrap import AppContext
from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import ErrorCode, SettingFault
from desktop.core.plain_text import shown
from desktop.jobs import signing_key
from desktop.jobs.outbox_sender import smtp_config_for
from desktop.mail.render import render
from desktop.mail.smtp import TEST_TIMEOUT_SECONDS, SmtpConnection, build_message
from desktop.secrets import SECRET_KEYS, SecretsUnavailable
from desktop.settings import SPEC_BY_KEY, SPECS, SettingError, Settings, normalize
from desktop.store import settings_repo


@announces(Change.SETTINGS)
def set_setting(ctx: AppContext, actor: Actor, key: str, value: str) -> str:
    """Validates and stores a setting; returns the stored form. Bad values change nothing."""
    require(actor, Permission.MANAGE_SETTINGS)
    try:
        stored = normalize(key, value)
    except SettingError as exc:
        raise UseCaseError(ErrorCode.SETTING_INVALID, key=exc.key, problem=exc.problem) from None
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        before = settings_repo.save(session, key, stored, by=actor.label, at=now)
        if before != stored:
            audit.record(
                session,
                actor,
                now,
                "setting.changed",
                "setting",
                key,
                before=None if before is None else {"value": before},
                after={"value": stored},
            )
    ctx.reload_settings()
    return stored


def get_setting(ctx: AppContext, actor: Actor, key: str) -> str:
    require(actor, Permission.VIEW_SETTINGS)
    if key not in SPEC_BY_KEY:
        raise UseCaseError(ErrorCode.SETTING_UNKNOWN, key=key, known=", ".join(SPEC_BY_KEY))
    return ctx.reload_settings().as_text()[key]


def all_settings(ctx: AppContext, actor: Actor) -> dict[str, str]:
    require(actor, Permission.VIEW_SETTINGS)
    return ctx.reload_settings().as_text()


@announces(Change.SETTINGS)
def set_secret(ctx: AppContext, actor: Actor, key: str, value: str) -> None:
    """Keeps a secret in the keyring only; the audit log records that it changed, never the value."""
    require(actor, Permission.MANAGE_SETTINGS)
    if key not in SECRET_KEYS:
        raise UseCaseError(ErrorCode.SECRET_UNKNOWN, key=key, known=", ".join(SECRET_KEYS))
    if not value:
        raise UseCaseError(ErrorCode.SECRET_EMPTY, key=key)
    if key == signing_key.SECRET:
        store_signing_key(ctx, actor, value)  # only the database's key (R33)
        return
    try:
        ctx.secrets.set(key, value)
    except SecretsUnavailable as exc:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        audit.record(session, actor, now, "secret.changed", "secret", key)


# -- the settings dialog ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingField:
    """One setting as a form shows it: `value` is the one in force (the stored text, or the default
    when nothing valid is stored); `kind`, `low` and `high` say which values it takes."""

    key: str
    kind: str
    value: str
    stored: str | None
    default: str
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class SecretField:
    """Whether a secret is kept in this workstation's keyring; never its value."""

    key: str
    is_set: bool


@dataclass(frozen=True)
class SettingsForm:
    settings: tuple[SettingField, ...]
    secrets: tuple[SecretField, ...]
    keyring_problem: str | None = None  # why the keyring could not be read, when it could not

    def setting(self, key: str) -> SettingField:
        return next(field for field in self.settings if field.key == key)

    def secret_is_set(self, key: str) -> bool:
        return any(secret.key == key and secret.is_set for secret in self.secrets)


@dataclass(frozen=True)
class SettingProblem:
    """What is wrong with one value: `problem` is the setting's kind ("int" for a whole number from
    `low` to `high`, "email", "url", ...) or "unknown"; `fault` says whether the value is of the wrong
    form, empty, only spaces or carries a `character` no setting takes (SettingFault);
    `detail` is the same in English."""

    key: str
    problem: str
    low: int | None = None
    high: int | None = None
    detail: str = ""
    fault: SettingFault = SettingFault.FORM
    character: str | None = None

    def __str__(self) -> str:
        return f"{self.key}: {self.detail}" if self.detail else self.key


def settings_form(ctx: AppContext, actor: Actor) -> SettingsForm:
    """For an admin to change, and for finance to look at."""
    require(actor, Permission.VIEW_SETTINGS)
    with ctx.db.reading() as session:
        stored = settings_repo.load_all(session)
    in_force = Settings.from_mapping(stored).as_text()
    fields = tuple(
        SettingField(
            key=spec.key,
            kind=spec.kind,
            value=in_force[spec.key],
            stored=stored.get(spec.key),
            default=spec.default,
            low=spec.low,
            high=spec.high,
        )
        for spec in SPECS
    )
    problem: str | None = None
    kept: dict[str, bool] = {}
    for key in SECRET_KEYS:
        try:
            kept[key] = bool(ctx.secrets.get(key))
        except SecretsUnavailable as exc:
            problem = str(exc)
            break
    secrets = tuple(SecretField(key, kept.get(key, False)) for key in SECRET_KEYS)
    return SettingsForm(settings=fields, secrets=secrets, keyring_problem=problem)


def _checked(values: Mapping[str, str]) -> dict[str, str]:
    """Every value normalized, or settings_invalid naming every wrong one."""
    normalized: dict[str, str] = {}
    problems: list[SettingProblem] = []
    for key, value in values.items():
        spec = SPEC_BY_KEY.get(key)
        try:
            normalized[key] = normalize(key, value)
        except SettingError as exc:
            problems.append(
                SettingProblem(
                    key=key,
                    problem=spec.kind if spec is not None else "unknown",
                    low=spec.low if spec is not None else None,
                    high=spec.high if spec is not None else None,
                    detail=exc.problem,
                    fault=exc.fault,
                    character=exc.character,
                )
            )
    if problems:
        raise UseCaseError(ErrorCode.SETTINGS_INVALID, keys=[p.key for p in problems], problems=problems)
    return normalized


def _is_change(spec_key: str, before: str | None, after: str) -> bool:
    if before is None:  # never stored: the default is in force, and keeping it changes nothing
        return after != normalize(spec_key, SPEC_BY_KEY[spec_key].default)
    return before != after


@announces(Change.SETTINGS)
def save_settings(ctx: AppContext, actor: Actor, values: Mapping[str, str]) -> list[str]:
    """Validates every value first: one wrong value saves none (settings_invalid names each wrong
    key). Otherwise every change is stored in one transaction, one audit row per changed setting.
    Returns the changed keys."""
    require(actor, Permission.MANAGE_SETTINGS)
    normalized = _checked(values)
    now = ctx.clock.now()
    changed: list[str] = []
    with ctx.db.transaction() as session:
        stored = settings_repo.load_all(session)
        for spec in SPECS:
            after = normalized.get(spec.key)
            if after is None or not _is_change(spec.key, stored.get(spec.key), after):
                continue
            before = settings_repo.save(session, spec.key, after, by=actor.label, at=now)
            audit.record(
                session,
                actor,
                now,
                "setting.changed",
                "setting",
                spec.key,
                before=None if before is None else {"value": before},
                after={"value": after},
            )
            changed.append(spec.key)
    ctx.reload_settings()
    return changed


@announces(Change.SETTINGS)
def save_secrets(ctx: AppContext, actor: Actor, secrets: Mapping[str, str]) -> list[str]:
    """Keeps each non-empty secret in the keyring (an empty one leaves what is kept); the audit log
    records which changed, never a value. Returns the keys kept."""
    require(actor, Permission.MANAGE_SETTINGS)
    unknown = [key for key in secrets if key not in SECRET_KEYS]
    if unknown:
        raise UseCaseError(ErrorCode.SECRET_UNKNOWN, key=", ".join(unknown), known=", ".join(SECRET_KEYS))
    new_signing_key = secrets.get(signing_key.SECRET)
    if new_signing_key:
        # Checked first, so that a key that is not the database's keeps nothing else either (R33).
        check_signing_key(ctx, new_signing_key)
    kept: list[str] = []
    failure: SecretsUnavailable | None = None
    for key in SECRET_KEYS:
        value = secrets.get(key)
        if not value:
            continue
        if key == signing_key.SECRET:
            store_signing_key(ctx, actor, value)  # keeps and audits it, by the rule of R33
            kept.append(key)
            continue
        try:
            ctx.secrets.set(key, value)
        except SecretsUnavailable as exc:
            failure = exc
            break
        kept.append(key)
        with ctx.db.transaction() as session:
            audit.record(session, actor, ctx.clock.now(), "secret.changed", "secret", key)
    if failure is not None:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(failure), kept=kept)
    return kept


def _email_address(text: str) -> str:
    """One plain address by the one address rule (R31): nothing a header could take as two."""
    try:
        return mail_address(text)
    except AddressError as exc:
        raise UseCaseError(ErrorCode.EMAIL_INVALID, address=shown(text), detail=exc.reason) from None


def send_test_email(
    ctx: AppContext,
    actor: Actor,
    to_address: str,
    values: Mapping[str, str] | None = None,
    smtp_password: str | None = None,
    language: str = "en",
) -> None:
    """Sends a test e-mail through SMTP with the settings as a form shows them: `values` (not saved,
    validated first) over the stored ones, and the password typed (or else the keyring's). Changes no
    setting; the audit log records whom it was sent to."""
    require(actor, Permission.MANAGE_SETTINGS)
    address = _email_address(to_address)
    overrides = _checked(values or {})
    with ctx.db.reading() as session:
        stored = settings_repo.load_all(session)
    settings = Settings.from_mapping({**stored, **overrides})
    password = smtp_password or None
    if password is None and settings.smtp_user:
        try:
            password = ctx.secrets.get("smtp.password")
        except SecretsUnavailable as exc:
            raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None
    config = smtp_config_for(settings, password)
    now = ctx.clock.now()
    local = now.astimezone(settings.zone)
    mail = render(
        "test_message",
        language,
        {
            "company_name": settings.company_name,
            "staff_name": actor.name,
            "sent_on": local.date(),
            "sent_time": local.strftime("%H:%M"),
            "timezone": settings.timezone,
            "smtp_host": settings.smtp_host,
            "smtp_port": settings.smtp_port,
            "mail_from": settings.mail_from,
        },
    )
    message = build_message(mail, config, address)
    try:
        with SmtpConnection(config, timeout=TEST_TIMEOUT_SECONDS) as connection:
            connection.send(message)
    except (OSError, smtplib.SMTPException, UnicodeError) as exc:
        detail = f"{settings.smtp_host}:{settings.smtp_port}: {exc}"
        raise UseCaseError(ErrorCode.TEST_EMAIL_FAILED, detail=detail) from None
    with ctx.db.transaction() as session:
        audit.record(
            session,
            actor,
            now,
            "settings.test_email",
            "email",
            address[:100],
            after={
                "to": address,
                "smtp": f"{settings.smtp_host}:{settings.smtp_port}",
                "language": mail.language,
                "message_id": str(message["Message-ID"]),
            },
        )
