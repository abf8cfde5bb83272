"""Making and importing the link-signing key, once per database (R33). `config init-signing-key` (or
the first key typed into the settings dialog or `config set-secret`) records the key's fingerprint in
the database; from then on a workstation's keyring takes only the key that matches it."""

from __future__ import annotations

import secrets as random_secrets

from sqlalchemy.exc import IntegrityError

from desktop.app import audit
from desktop.app.actor import Actor, Permission, require
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.jobs import signing_key as keys
from desktop.jobs.signing_key import SigningKeyStatus
from desktop.secrets import SecretsUnavailable
from desktop.store.models import DatabaseFact

# A key typed in (rather than made here) must not be one anybody could guess.
MIN_KEY_LENGTH = 16


@announces(Change.SETTINGS)
def init_signing_key(ctx: AppContext, actor: Actor) -> str:
    """Makes a random key into this workstation's keyring and its fingerprint into the database; once
    per database: any later call (or all but one of several at once) is refused with
    "signing_key_exists". Returns the fingerprint."""
    require(actor, Permission.MANAGE_SETTINGS)
    # A key this workstation keeps already (another database's) is taken, never replaced: replacing
    # it would leave every other database of this workstation unable to sign its links.
    kept = ctx.secrets.get(keys.SECRET)
    key = kept if kept and len(kept) >= MIN_KEY_LENGTH else random_secrets.token_urlsafe(32)
    if not _create(ctx, actor, key):
        raise UseCaseError(ErrorCode.SIGNING_KEY_EXISTS, secret=keys.SECRET)
    return keys.fingerprint(key)


@announces(Change.SETTINGS)
def store_signing_key(ctx: AppContext, actor: Actor, key: str) -> None:
    """A key typed in (`config set-secret links.signing_key`, the settings dialog): kept in this
    workstation's keyring only when it is the database's key ("signing_key_mismatch" otherwise);
    when the database has no key yet, this one becomes it."""
    require(actor, Permission.MANAGE_SETTINGS)
    expected = check_signing_key(ctx, key)
    if expected is None:
        if _create(ctx, actor, key, typed=True):
            return
        with ctx.db.reading() as session:  # another workstation made the key meanwhile
            expected = keys.stored_fingerprint(session)
        assert expected is not None
    if not keys.matches(key, expected):
        raise UseCaseError(ErrorCode.SIGNING_KEY_MISMATCH, secret=keys.SECRET)
    _keep(ctx, key)
    with ctx.db.transaction() as session:
        audit.record(session, actor, ctx.clock.now(), "secret.changed", "secret", keys.SECRET)


def check_signing_key(ctx: AppContext, key: str) -> str | None:
    """Refuses a key this workstation may not keep: one that is not the database's key, or, when the
    database has none yet, one too short to become it. Returns the database's fingerprint, if any."""
    if not key:
        raise UseCaseError(ErrorCode.SECRET_EMPTY, key=keys.SECRET)
    with ctx.db.reading() as session:
        expected = keys.stored_fingerprint(session)
    if expected is None and len(key) < MIN_KEY_LENGTH:
        raise UseCaseError(ErrorCode.SIGNING_KEY_TOO_SHORT, minimum=MIN_KEY_LENGTH)
    if expected is not None and not keys.matches(key, expected):
        raise UseCaseError(ErrorCode.SIGNING_KEY_MISMATCH, secret=keys.SECRET)
    return expected


def signing_key_status(ctx: AppContext, actor: Actor) -> SigningKeyStatus:
    """Whether this workstation can sign links (for the status bar and `doctor`). Says nothing of the
    key itself, so every role may ask; SecretsUnavailable when no keyring works here."""
    require(actor, Permission.VIEW_CUSTOMERS)
    return keys.status(ctx)


def _keep(ctx: AppContext, key: str) -> None:
    try:
        ctx.secrets.set(keys.SECRET, key)
    except SecretsUnavailable as exc:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None


def _create(ctx: AppContext, actor: Actor, key: str, *, typed: bool = False) -> bool:
    """Records the key's fingerprint and keeps the key, in one transaction; False when the database
    has a key already. Several at once: the fingerprint's row is claimed first, so the ones that come
    second wait for the first to commit and then fail on its key (SQLite: on its write lock) before
    they touch the keyring; the keyring is written before the commit, so a keyring that refuses
    leaves no fingerprint without its key."""
    now = ctx.clock.now()
    fingerprint = keys.fingerprint(key)
    try:
        with ctx.db.transaction() as session:
            if keys.stored_fingerprint(session) is not None:
                return False
            session.add(
                DatabaseFact(key=keys.FINGERPRINT_FACT, value=fingerprint, set_at=now, set_by=actor.label)
            )
            session.flush()
            _keep(ctx, key)
            audit.record(
                session,
                actor,
                now,
                "signing_key.created",
                "secret",
                keys.SECRET,
                after={"fingerprint": fingerprint},
            )
            if typed:  # a secret typed in is audited as every other one is
                audit.record(session, actor, now, "secret.changed", "secret", keys.SECRET)
    except IntegrityError:
        return False
    return True
