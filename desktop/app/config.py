"""Settings and secrets, changed by an admin (R23, R24)."""

from __future__ import annotations

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.secrets import SECRET_KEYS, SecretsUnavailable
from desktop.settings import SPEC_BY_KEY, SettingError, normalize
from desktop.store import settings_repo


def set_setting(ctx: AppContext, actor: Actor, key: str, value: str) -> str:
    """Validates and stores a setting; returns the stored form. Bad values change nothing."""
    require(actor, Permission.MANAGE_SETTINGS)
    try:
        stored = normalize(key, value)
    except SettingError as exc:
        raise UseCaseError("setting_invalid", key=exc.key, problem=exc.problem) from None
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        before = settings_repo.save(session, key, stored, by=actor.name, at=now)
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
    require(actor, Permission.VIEW_CUSTOMERS)
    if key not in SPEC_BY_KEY:
        raise UseCaseError("setting_unknown", key=key, known=", ".join(SPEC_BY_KEY))
    return ctx.reload_settings().as_text()[key]


def all_settings(ctx: AppContext, actor: Actor) -> dict[str, str]:
    require(actor, Permission.VIEW_CUSTOMERS)
    return ctx.reload_settings().as_text()


def set_secret(ctx: AppContext, actor: Actor, key: str, value: str) -> None:
    """Keeps a secret in the keyring only; the audit log records that it changed, never the value."""
    require(actor, Permission.MANAGE_SETTINGS)
    if key not in SECRET_KEYS:
        raise UseCaseError("secret_unknown", key=key, known=", ".join(SECRET_KEYS))
    if not value:
        raise UseCaseError("secret_empty", key=key)
    try:
        ctx.secrets.set(key, value)
    except SecretsUnavailable as exc:
        raise UseCaseError("keyring_unavailable", detail=str(exc)) from None
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        audit.record(session, actor, now, "secret.changed", "secret", key)
