"""Signed, expiring portal links: the URL keeps the base, the token is checked with the same key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from itsdangerous import BadSignature

from desktop.mail.links import LinkExpired, link_token, read_link_token, signed_url

KEY = "portal-link-key-0123456789abcdef"
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def token_of(url: str) -> str:
    tokens = parse_qs(urlsplit(url).query)["token"]
    assert len(tokens) == 1
    return tokens[0]


def test_signed_url_keeps_the_base_path_query_and_fragment() -> None:
    url = signed_url(
        "https://portal.example.com/portal/renew?lang=he#pay",
        KEY,
        service_id=7,
        purpose="renew",
        now=NOW,
        valid_days=14,
    )
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path, parts.fragment) == (
        "https",
        "portal.example.com",
        "/portal/renew",
        "pay",
    )
    assert parts.query.startswith("lang=he&service=7&token=")
    query = parse_qs(parts.query)
    assert query["lang"] == ["he"]
    assert query["service"] == ["7"]


def test_signed_url_without_a_query() -> None:
    url = signed_url(
        "https://portal.example.com/settings", KEY, service_id=3, purpose="settings", now=NOW, valid_days=1
    )
    assert url.startswith("https://portal.example.com/settings?service=3&token=")


def test_token_is_read_back_with_the_same_key() -> None:
    url = signed_url(
        "https://portal.example.com/renew", KEY, service_id=7, purpose="renew", now=NOW, valid_days=14
    )
    content = read_link_token(KEY, token_of(url), now=NOW)
    assert content == {"s": 7, "p": "renew", "e": int((NOW + timedelta(days=14)).timestamp())}


def test_token_is_refused_with_another_key_or_when_tampered() -> None:
    token = link_token(KEY, service_id=7, purpose="renew", now=NOW, valid_days=14)
    with pytest.raises(BadSignature):
        read_link_token("another-key", token, now=NOW)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(BadSignature):
        read_link_token(KEY, tampered, now=NOW)


def test_token_expires_after_valid_days() -> None:
    token = link_token(KEY, service_id=7, purpose="renew", now=NOW, valid_days=14)
    assert read_link_token(KEY, token, now=NOW + timedelta(days=13, hours=23))["s"] == 7
    assert read_link_token(KEY, token, now=NOW + timedelta(days=14))["p"] == "renew"
    with pytest.raises(LinkExpired):
        read_link_token(KEY, token, now=NOW + timedelta(days=14, seconds=1))
    with pytest.raises(ValueError):
        read_link_token(KEY, token, now=NOW + timedelta(days=30))


def test_tokens_differ_by_service_and_purpose() -> None:
    first = link_token(KEY, service_id=7, purpose="renew", now=NOW, valid_days=14)
    assert first != link_token(KEY, service_id=8, purpose="renew", now=NOW, valid_days=14)
    assert first != link_token(KEY, service_id=7, purpose="settings", now=NOW, valid_days=14)
