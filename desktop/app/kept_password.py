"""The password a connection test, a change of connection or an opening uses when none is given: the
keyring's db.password, only for the server this workstation remembers (same host, port, database and
user). Which password belongs to which server is desktop.bootstrap's one rule (kept_password_for):
asked here, never copied. Here too the one rule for a server remembered by an earlier RenewDesk,
which did not write down whether a password was kept, when the keyring cannot be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.secrets import SecretStore


def password_or_kept(url: str, typed: str | None) -> str | None:
    """`typed` when there is one; otherwise the remembered server's kept password (None for another
    server, and for one that needs none). A keyring that cannot be read is refused
    (KEYRING_UNAVAILABLE), not taken for no password: the server's own "no password supplied" would
    send the person after the wrong fault."""
    if typed:
        return typed
    from desktop.app.errors import UseCaseError
    from desktop.core.codes import ErrorCode
    from desktop.secrets import KeyringSecretStore, SecretsUnavailable

    try:
        return kept_or_needless(url, KeyringSecretStore())
    except SecretsUnavailable as exc:
        raise UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=str(exc)) from None


def kept_or_needless(url: str, secrets: SecretStore) -> str | None:
    """kept_password_for, with one way past a keyring that cannot be read: a server remembered by an
    earlier RenewDesk (password_kept not written down) that takes the connection without a password
    needs none (None). Otherwise SecretsUnavailable, as kept_password_for raised it."""
    from desktop import workstation
    from desktop.app.connection_verdicts import check_connection
    from desktop.bootstrap import kept_password_for
    from desktop.secrets import SecretsUnavailable

    try:
        return kept_password_for(url, secrets)
    except SecretsUnavailable:
        try:
            said = workstation.load().password_kept
        except workstation.WorkstationFileError:
            said = True  # read a moment ago, damaged now: nothing to go on
        if said is None and check_connection(url, None).usable:
            return None
        raise


def with_kept_or_needless(url: str, secrets: SecretStore) -> str:
    """`url` with the password kept_or_needless finds written in, else as it is (doctor's opening)."""
    password = kept_or_needless(url, secrets)
    if password is None:
        return url
    from desktop.store.engine import parse_url

    return parse_url(url).set(password=password).render_as_string(hide_password=False)
