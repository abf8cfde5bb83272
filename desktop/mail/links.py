"""Signed, expiring links for e-mails (R25): built from the portal settings, signed with an HMAC
key kept in the keyring. The portal verifies them with `read_link_token` and the same key."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from itsdangerous import BadSignature, URLSafeSerializer

SALT = "renewdesk.portal-link"


class LinkExpired(ValueError):
    pass


class SigningKeyProblem(Exception):
    """No link may be signed on this workstation (R33): `reason` is why, one of "not_created" (the
    database has no key yet), "missing_here" (this workstation's keyring lacks it), "mismatch" (the
    keyring's key is not the database's)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _serializer(key: str) -> URLSafeSerializer:
    return URLSafeSerializer(key, salt=SALT)


def link_token(key: str, *, service_id: int, purpose: str, now: datetime, valid_days: int) -> str:
    expires = int((now + timedelta(days=valid_days)).timestamp())
    return str(_serializer(key).dumps({"s": service_id, "p": purpose, "e": expires}))


def read_link_token(key: str, token: str, *, now: datetime) -> dict[str, Any]:
    """The token's content; raises BadSignature when forged, LinkExpired when out of date."""
    content = _serializer(key).loads(token)
    if not isinstance(content, dict) or int(content.get("e", 0)) < now.timestamp():
        raise LinkExpired("the link has expired")
    return content


def signed_url(base: str, key: str, *, service_id: int, purpose: str, now: datetime, valid_days: int) -> str:
    parts = urlsplit(base)
    token = link_token(key, service_id=service_id, purpose=purpose, now=now, valid_days=valid_days)
    query = (parts.query + "&" if parts.query else "") + urlencode({"service": service_id, "token": token})
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


__all__ = ["BadSignature", "LinkExpired", "SigningKeyProblem", "link_token", "read_link_token", "signed_url"]
