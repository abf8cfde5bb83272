"""The URL forms of a connection (R43): the company's server as a psycopg URL built from the fields a
person fills in, and any URL as it may be shown and written down (without its password).

The window builds URLs as the person types, so the top imports nothing heavy."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

DEFAULT_PORT = 5432
# Characters that would end a URL's host part: kept escaped, so what was typed stays the host.
_NOT_IN_HOST = frozenset("/@?#")


class SslMode(StrEnum):
    """libpq's sslmode values offered for the company's server."""

    DISABLE = "disable"
    PREFER = "prefer"
    REQUIRE = "require"
    VERIFY_FULL = "verify-full"


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

    return rendered(password_dropped(parse_url(url)))


def password_dropped(parsed: URL) -> URL:
    from sqlalchemy.engine import URL

    # URL.set(password=None) keeps the password; a URL made without one has none.
    return URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    )


def rendered(parsed: URL) -> str:
    """The URL as text, its password (when it has one) written out: callers drop it first."""
    return parsed.render_as_string(hide_password=False)
