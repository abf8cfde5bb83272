"""The link-signing key is one per database (R33). The database keeps its fingerprint, never the key;
each workstation keeps the key in its own keyring. Links are signed only with a key that matches the
database's fingerprint, so that every link any workstation sends can be verified."""

from __future__ import annotations

import hashlib
import hmac
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.bootstrap import AppContext
from desktop.mail.links import SigningKeyProblem
from desktop.store.models import DatabaseFact

SECRET = "links.signing_key"
FINGERPRINT_FACT = "links.signing_key.fingerprint"
# The fingerprint is an HMAC of a fixed text keyed by the key: it names the key without revealing it.
_FINGERPRINT_TEXT = b"RenewDesk links.signing_key fingerprint v1"
_PREFIX = "hmac-sha256:"


class SigningKeyStatus(StrEnum):
    OK = "ok"
    MISSING_HERE = "missing_here"  # the database has a key; this workstation's keyring does not
    NOT_CREATED = "not_created"  # nobody made the database's key yet (`config init-signing-key`)
    MISMATCH = "mismatch"  # this workstation's key is not the database's


def fingerprint(key: str) -> str:
    digest = hmac.new(key.encode("utf-8"), _FINGERPRINT_TEXT, hashlib.sha256).hexdigest()
    return _PREFIX + digest


def matches(key: str, stored_fingerprint: str) -> bool:
    return hmac.compare_digest(fingerprint(key), stored_fingerprint)


def stored_fingerprint(session: Session) -> str | None:
    return session.scalar(select(DatabaseFact.value).where(DatabaseFact.key == FINGERPRINT_FACT))


class _Found(NamedTuple):
    key: str | None  # this workstation's keyring's
    fingerprint: str | None  # the database's


def _read(ctx: AppContext) -> _Found:
    """SecretsUnavailable when no keyring works."""
    with ctx.db.reading() as session:
        expected = stored_fingerprint(session)
    return _Found(key=ctx.secrets.get(SECRET) or None, fingerprint=expected)


def status(ctx: AppContext) -> SigningKeyStatus:
    found = _read(ctx)
    if found.fingerprint is None:
        return SigningKeyStatus.NOT_CREATED
    if found.key is None:
        return SigningKeyStatus.MISSING_HERE
    return SigningKeyStatus.OK if matches(found.key, found.fingerprint) else SigningKeyStatus.MISMATCH


def signing_key(ctx: AppContext) -> str:
    """The key to sign links with, or SigningKeyProblem saying why there is none here. Never makes a
    key: a workstation that made its own would sign links no other workstation can verify."""
    found = _read(ctx)
    if found.fingerprint is None:
        raise SigningKeyProblem(SigningKeyStatus.NOT_CREATED.value)
    if found.key is None:
        raise SigningKeyProblem(SigningKeyStatus.MISSING_HERE.value)
    if not matches(found.key, found.fingerprint):
        raise SigningKeyProblem(SigningKeyStatus.MISMATCH.value)
    return found.key
