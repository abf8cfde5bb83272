"""Secrets live only in the OS keyring (R24): never in a file, the database or a log."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "RenewDesk"
BACKEND_VARIABLE = "PYTHON_KEYRING_BACKEND"
SECRET_KEYS: tuple[str, ...] = ("smtp.password", "gateway.api_key", "links.signing_key", "db.password")

HOW_TO_CONFIGURE = (
    "No usable keyring: RenewDesk keeps secrets only in the operating system's keyring. "
    "Start a Secret Service (for example gnome-keyring or KeePassXC with its Secret Service "
    "integration) in this session, or choose a keyring backend with the PYTHON_KEYRING_BACKEND "
    "environment variable (see `python -m keyring --list-backends`)."
)

# The bundle (PyInstaller, sys.frozen) has no `python -m keyring` and its own keyring backends
# built in: only the system's keyring helps there.
HOW_TO_CONFIGURE_BUNDLED = (
    "No usable keyring: RenewDesk keeps secrets only in the operating system's keyring. "
    "Start a Secret Service in this session (for example gnome-keyring, KWallet or KeePassXC with "
    "its Secret Service integration; on a desktop, signing in to it usually starts it) and unlock "
    "it; on Windows and macOS the system keyring (Credential Manager, Keychain) is used by itself."
)


def how_to_configure() -> str:
    """What to do when there is no usable keyring, for the way this program runs."""
    return HOW_TO_CONFIGURE_BUNDLED if getattr(sys, "frozen", False) else HOW_TO_CONFIGURE


class SecretsUnavailable(RuntimeError):
    """No keyring backend can keep a secret here; the message says how to configure one."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(how_to_configure() + (f" ({detail})" if detail else ""))


class UnknownSecret(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"{key}: unknown secret; known: " + ", ".join(SECRET_KEYS))


class SecretStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


def _refuses(backend: KeyringBackend) -> str | None:
    """Backends that cannot keep a secret, or would keep it in a plain file, are refused."""
    name = backend_name(backend)
    if name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null"):
        return "no keyring backend is available"
    if "keyrings.alt" in name or "Plaintext" in name:
        return f"{name} keeps secrets in a plain file"
    return None


def usable_backend() -> KeyringBackend:
    """The keyring backend secrets go to, or SecretsUnavailable saying why there is none: refused
    (a plain file, none at all) or one named in PYTHON_KEYRING_BACKEND (or keyring's own
    configuration file) that cannot be loaded."""
    import keyring  # loaded by the first secret asked for, not by every start

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring imports the named module and class: any failure of that
        raise SecretsUnavailable(_load_failure(exc)) from None
    problem = _refuses(backend)
    if problem:
        raise SecretsUnavailable(problem)
    return backend


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _load_failure(exc: Exception) -> str:
    named = os.environ.get(BACKEND_VARIABLE)
    if named is None:
        return f"the backend named in keyring's configuration cannot be loaded: {type(exc).__name__}: {exc}"
    where = f"{BACKEND_VARIABLE}={named}"
    return f"{where} cannot be loaded: {type(exc).__name__}: {exc}"


class KeyringSecretStore:
    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def _backend(self) -> KeyringBackend:
        # keyring (and its backends) is loaded by the first secret asked for, not by every start.
        return usable_backend()

    def get(self, key: str) -> str | None:
        _check_key(key)
        import keyring.errors

        try:
            return self._backend().get_password(self._service, key)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(str(exc)) from None

    def set(self, key: str, value: str) -> None:
        _check_key(key)
        import keyring.errors

        try:
            self._backend().set_password(self._service, key, value)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(str(exc)) from None


def _check_key(key: str) -> None:
    if key not in SECRET_KEYS:
        raise UnknownSecret(key)
