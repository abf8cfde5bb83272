"""R33: the link-signing key is one per database. The database keeps the key's fingerprint, never the
key; an admin makes it once (`config init-signing-key`); other workstations import the same key, and
one whose key is missing or different signs no link. Before, six processes starting on an empty
keyring made four keys, and a workstation without the key silently made its own."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app.actor import Actor, Role
from desktop.app.config import save_secrets, set_secret
from desktop.app.errors import UseCaseError
from desktop.app.signing_key import init_signing_key, signing_key_status
from desktop.bootstrap import AppContext, build_context
from desktop.jobs.outbox_sender import signing_key
from desktop.jobs.signing_key import FINGERPRINT_FACT, SigningKeyStatus
from desktop.mail.links import SigningKeyProblem
from desktop.store.models import AuditEntry, DatabaseFact
from tests.cli.helpers import every_row_as_text
from tests.conftest import Cli
from tests.support.actors import TEST_ADMIN
from tests.support.keyrings import MemoryKeyring

KEY_NAME = "links.signing_key"
TYPED_KEY = "a-typed-signing-key-of-the-company-7781"


def _fingerprint(ctx: AppContext) -> str | None:
    with ctx.db.reading() as session:
        return session.scalar(select(DatabaseFact.value).where(DatabaseFact.key == FINGERPRINT_FACT))


def _url(ctx: AppContext) -> str:
    return ctx.db.engine.url.render_as_string(hide_password=False)


def _refused(code: str, action: object) -> None:
    with pytest.raises(UseCaseError) as refused:
        action()  # type: ignore[operator]
    assert refused.value.code == code


def _another_workstation(memory_keyring: MemoryKeyring) -> None:
    """The same database seen from a workstation whose keyring is its own (and empty)."""
    memory_keyring.values.clear()


def test_init_makes_one_key_its_fingerprint_in_the_database_and_never_the_key(
    ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    assert signing_key_status(ctx, TEST_ADMIN) is SigningKeyStatus.NOT_CREATED

    init_signing_key(ctx, TEST_ADMIN)

    key = ctx.secrets.get(KEY_NAME)
    assert key and len(key) >= 32
    expected = hmac.new(
        key.encode(), b"RenewDesk links.signing_key fingerprint v1", hashlib.sha256
    ).hexdigest()
    assert _fingerprint(ctx) == "hmac-sha256:" + expected
    assert key not in every_row_as_text(_url(ctx))
    assert signing_key(ctx) == key
    assert signing_key_status(ctx, TEST_ADMIN) is SigningKeyStatus.OK

    _refused("signing_key_exists", lambda: init_signing_key(ctx, TEST_ADMIN))
    assert ctx.secrets.get(KEY_NAME) == key  # the second call changed nothing
    with ctx.db.reading() as session:
        created = session.scalars(select(AuditEntry).where(AuditEntry.action == "signing_key.created")).all()
    assert [(row.actor, row.entity_id) for row in created] == [("test-admin", KEY_NAME)]


def test_only_an_admin_makes_or_imports_the_key(ctx: AppContext) -> None:
    for actor in (Actor("fina", Role.FINANCE), Actor("sara", Role.SALES)):
        _refused("forbidden", lambda actor=actor: init_signing_key(ctx, actor))
        _refused("forbidden", lambda actor=actor: set_secret(ctx, actor, KEY_NAME, TYPED_KEY))
    assert _fingerprint(ctx) is None


def test_the_sender_never_makes_a_key_and_says_why_it_has_none(
    ctx: AppContext, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(SigningKeyProblem) as problem:
        signing_key(ctx)
    assert problem.value.reason == "not_created"
    assert memory_keyring.values == {}  # no key of its own

    init_signing_key(ctx, TEST_ADMIN)
    key = ctx.secrets.get(KEY_NAME)
    _another_workstation(memory_keyring)
    with pytest.raises(SigningKeyProblem) as problem:
        signing_key(ctx)
    assert problem.value.reason == "missing_here"
    assert signing_key_status(ctx, Actor("sara", Role.SALES)) is SigningKeyStatus.MISSING_HERE

    memory_keyring.set_password("RenewDesk", KEY_NAME, "a key this workstation made up long ago")
    with pytest.raises(SigningKeyProblem) as problem:
        signing_key(ctx)
    assert problem.value.reason == "mismatch"
    assert signing_key_status(ctx, TEST_ADMIN) is SigningKeyStatus.MISMATCH

    assert key is not None
    set_secret(ctx, TEST_ADMIN, KEY_NAME, key)  # the other workstation imports the database's key
    assert signing_key(ctx) == key


def test_set_secret_keeps_only_the_databases_key(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    init_signing_key(ctx, TEST_ADMIN)
    key = ctx.secrets.get(KEY_NAME)
    _another_workstation(memory_keyring)

    _refused("signing_key_mismatch", lambda: set_secret(ctx, TEST_ADMIN, KEY_NAME, TYPED_KEY))
    assert memory_keyring.values == {}
    # The settings dialog follows the same rule, and a refused key keeps nothing else either.
    _refused(
        "signing_key_mismatch",
        lambda: save_secrets(ctx, TEST_ADMIN, {"smtp.password": "pw-12345678", KEY_NAME: TYPED_KEY}),
    )
    assert memory_keyring.values == {}

    assert key is not None
    assert save_secrets(ctx, TEST_ADMIN, {KEY_NAME: key}) == [KEY_NAME]
    assert signing_key(ctx) == key


def test_the_first_key_typed_in_becomes_the_databases(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    _refused("signing_key_too_short", lambda: set_secret(ctx, TEST_ADMIN, KEY_NAME, "short"))
    assert _fingerprint(ctx) is None

    set_secret(ctx, TEST_ADMIN, KEY_NAME, TYPED_KEY)

    assert signing_key(ctx) == TYPED_KEY
    assert _fingerprint(ctx) is not None
    _refused("signing_key_exists", lambda: init_signing_key(ctx, TEST_ADMIN))
    _another_workstation(memory_keyring)
    _refused("signing_key_mismatch", lambda: set_secret(ctx, TEST_ADMIN, KEY_NAME, TYPED_KEY + "x"))


def test_keys_made_at_once_in_one_process_make_one(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    barrier = threading.Barrier(6)
    outcomes: list[str] = []

    def make() -> None:
        barrier.wait()
        try:
            init_signing_key(ctx, TEST_ADMIN)
            outcomes.append("made")
        except UseCaseError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=make) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["made"] + ["signing_key_exists"] * 5
    assert signing_key_status(ctx, TEST_ADMIN) is SigningKeyStatus.OK


def test_six_processes_making_the_key_at_once_make_one(cli: Cli) -> None:
    results = []
    lock = threading.Lock()

    def run() -> None:
        result = cli("config", "init-signing-key")
        with lock:
            results.append(result)

    threads = [threading.Thread(target=run) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    said = [(result.returncode, result.stderr) for result in results]
    assert sorted(result.returncode for result in results) == [0, 2, 2, 2, 2, 2], said
    for result in results:
        assert "Traceback" not in result.stderr
        if result.returncode == 2:
            assert "already exists" in result.stderr
            assert "config set-secret links.signing_key" in result.stderr  # how others import it
    kept = json.loads(Path(cli.keyring_file).read_text())[f"RenewDesk/{KEY_NAME}"]
    assert cli("config", "set-secret", KEY_NAME, stdin=kept).returncode == 0  # it is the database's
    assert cli("config", "set-secret", KEY_NAME, stdin=TYPED_KEY).returncode == 2


def test_a_second_database_on_this_workstation_takes_the_key_it_keeps(
    ctx: AppContext, tmp_path: Path
) -> None:
    """init-signing-key on another database must not replace this workstation's key: the first
    database would then sign nothing (all its e-mails failing, issue 10 review)."""
    init_signing_key(ctx, TEST_ADMIN)
    first_key = signing_key(ctx)
    other = build_context(f"sqlite:///{tmp_path / 'other.sqlite3'}", clock=ctx.clock, secrets=ctx.secrets)
    try:
        init_signing_key(other, TEST_ADMIN)
        assert signing_key(other) == first_key
        assert signing_key_status(other, TEST_ADMIN) is SigningKeyStatus.OK
    finally:
        other.close()
    assert signing_key(ctx) == first_key
    assert signing_key_status(ctx, TEST_ADMIN) is SigningKeyStatus.OK
