"""The password a connection test or a change of connection uses when the person leaves the password
empty: the keyring's db.password, only for the server this workstation remembers (same host, port,
database and user). Which password belongs to which server is desktop.bootstrap's one rule
(kept_password_for): asked here, never copied."""

from __future__ import annotations


def password_or_kept(url: str, typed: str | None) -> str | None:
    """`typed` when there is one; otherwise the remembered server's kept password (None for another
    server). A keyring that cannot be read is refused (KEYRING_UNAVAILABLE), not taken for no password:
    the server's own "no password supplied" would send the person after the wrong fault."""
    if typed:
        return typed
    from desktop.app.errors import UseCaseError
    from desktop.bootstrap import kept_password_for
    from desktop.core.codes import ErrorCode
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    try:
        return kept_password_for(url, KeyringSecretStore())
    except SecretsUnavailable as exc:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None
