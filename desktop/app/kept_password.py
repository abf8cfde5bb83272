"""The password a connection test or a change of connection uses when the person leaves the password
empty: the keyring's db.password, only for the server this workstation remembers (same host, port,
database and user). Which password belongs to which server is desktop.bootstrap's one rule
(kept_password_for): asked here, never copied."""

from __future__ import annotations


def password_or_kept(url: str, typed: str | None) -> str | None:
    """`typed` when there is one; otherwise the remembered server's kept password (None for another
    server, and for one remembered needing none). A keyring that cannot be read is refused
    (KEYRING_UNAVAILABLE), not taken for no password: the server's own "no password supplied" would
    send the person after the wrong fault; but a server remembered by an earlier RenewDesk (which did
    not write down whether a password was kept) that takes the connection without one needs none,
    so it can be chosen again without a keyring."""
    if typed:
        return typed
    from desktop import workstation
    from desktop.app.connection_verdicts import check_connection
    from desktop.app.errors import UseCaseError
    from desktop.bootstrap import kept_password_for
    from desktop.core.codes import ErrorCode
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    try:
        return kept_password_for(url, KeyringSecretStore())
    except SecretsUnavailable as exc:
        unavailable = UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc))
    try:
        said = workstation.load().password_kept
    except workstation.WorkstationFileError:
        said = True  # kept_password_for read it a moment ago: changed meanwhile, nothing to guess
    if said is None and check_connection(url, None).usable:
        return None
    raise unavailable
