"""A remembered server whose password is in a keyring that is not there: every way in says the keyring
message (how to set one up), not the server's "no password supplied" (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop import workstation
from desktop.app import doctor, startup
from desktop.app.connection import chosen_connection, open_context, remember_connection
from desktop.app.errors import UseCaseError
from desktop.app.kept_password import password_or_kept
from desktop.bootstrap import kept_password_for
from desktop.core.codes import CheckFinding, CheckKind, ErrorCode
from desktop.secrets import HOW_TO_CONFIGURE, KeyringSecretStore, SecretsUnavailable
from tests.support.password_role import owned_database
from tests.support.password_role import password_role as make_password_role
from tests.support.postgres import PgServer

ROOT = Path(__file__).resolve().parents[2]
REMEMBERED = "postgresql+psycopg://clerk@db.example.invalid:5432/renewdesk"


@pytest.fixture(autouse=True)
def no_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # memory_keyring puts it back


def test_the_remembered_servers_password_asks_the_keyring_and_says_it_is_missing() -> None:
    workstation.save(workstation.Remembered(REMEMBERED, "ws"))
    with pytest.raises(SecretsUnavailable, match="No usable keyring"):
        kept_password_for(REMEMBERED, KeyringSecretStore())
    with pytest.raises(SecretsUnavailable):
        open_context(chosen_connection(None))  # before any connection is tried


def test_another_server_or_a_file_never_needed_the_keyring(tmp_path: Path) -> None:
    workstation.save(workstation.Remembered(REMEMBERED, "ws"))
    assert (
        kept_password_for("postgresql+psycopg://clerk@other.invalid/renewdesk", KeyringSecretStore()) is None
    )
    assert kept_password_for(f"sqlite:///{tmp_path / 'a.db'}", KeyringSecretStore()) is None
    assert kept_password_for(REMEMBERED.replace("clerk@", "clerk:pw@"), KeyringSecretStore()) is None


def test_the_windows_start_says_the_keyring_not_a_refused_password() -> None:
    workstation.save(workstation.Remembered(REMEMBERED, "ws"))
    with pytest.raises(startup.StartFailed) as failed:
        startup.open_desk(None)
    assert HOW_TO_CONFIGURE.split(":")[0] in failed.value.detail


def test_doctor_fails_the_database_line_with_the_keyring_message() -> None:
    workstation.save(workstation.Remembered(REMEMBERED, "ws"))
    checks = {check.kind: check for check in doctor.run_checks(REMEMBERED)}
    database = checks[CheckKind.DATABASE]
    assert not database.passed and database.finding is CheckFinding.DATABASE_UNREACHABLE
    assert "No usable keyring" in database.params["detail"]


@pytest.mark.postgres
def test_a_command_on_the_remembered_server_says_the_keyring(pg_server: PgServer, tmp_path: Path) -> None:
    role = make_password_role(pg_server)
    name = owned_database(pg_server, role)
    try:
        url = f"postgresql+psycopg://{role}@127.0.0.1:{pg_server.port}/{name}"
        (tmp_path / "config" / "RenewDesk").mkdir(parents=True)
        (tmp_path / "config" / "RenewDesk" / workstation.FILE_NAME).write_text(
            json.dumps({"url": url, "name": "ws"})
        )
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONPATH": str(ROOT),
        }
        ran = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "followup"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert ran.returncode == 1, ran.stderr
        assert "No usable keyring" in ran.stderr
        assert "no password supplied" not in ran.stderr
    finally:
        pg_server.drop_database(name)


def test_a_server_remembered_without_a_password_never_asks_the_keyring() -> None:
    workstation.save(workstation.Remembered(REMEMBERED, "ws", password_kept=False))
    assert kept_password_for(REMEMBERED, KeyringSecretStore()) is None  # the broken keyring not asked
    assert workstation.load().password_kept is False


def test_a_remembered_file_says_whether_a_password_was_kept_and_nothing_else(tmp_path: Path) -> None:
    where = tmp_path / "workstation.json"
    where.write_text(json.dumps({"url": REMEMBERED, "name": "ws", "password_kept": "no"}))
    with pytest.raises(workstation.WorkstationFileError, match="unexpected content"):
        workstation.load(where)
    where.write_text(json.dumps({"url": REMEMBERED, "name": "ws"}))  # written by an earlier RenewDesk
    assert workstation.load(where).password_kept is None  # unknown: the keyring is asked, as then


@pytest.mark.postgres
def test_a_server_that_needs_no_password_is_chosen_and_used_without_a_keyring(
    pg_server: PgServer, tmp_path: Path
) -> None:
    name = pg_server.create_database()
    try:
        url = f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        remembered, _ = remember_connection(url, None, "ws")
        assert remembered.password_kept is False and workstation.load() == remembered
        opened = startup.open_desk(None)
        assert opened.staff == 0
        opened.desk._ctx.close()  # the test holds what the window would
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONPATH": str(ROOT),
        }
        commands = (
            (["workstation", "connect", url, "--name", "ws"], "\n"),  # an empty line: no password
            (["staff", "add", "dana", "--role", "admin"], "a long password 1\n"),
            (["followup"], ""),
            (["workstation", "show"], ""),
        )
        for command, typed in commands:
            ran = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), *command],
                capture_output=True,
                text=True,
                env=env,
                input=typed,
                timeout=120,
            )
            assert ran.returncode == 0, ran.stderr
            assert "keyring" not in ran.stderr.lower()
        assert "password:     none kept" in ran.stdout
        assert workstation.load() == remembered  # connect wrote it again: needing no password
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_a_server_remembered_by_an_earlier_renewdesk_that_needs_no_password_opens_without_a_keyring(
    pg_server: PgServer,
) -> None:
    name = pg_server.create_database()
    try:
        url = f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        workstation.file_path().parent.mkdir(parents=True)
        workstation.file_path().write_text(json.dumps({"url": url, "name": "ws"}))  # no password_kept
        before = workstation.file_path().read_bytes()
        opened = startup.open_desk(None)
        assert opened.staff == 0
        opened.desk._ctx.close()  # the test holds what the window would
        assert workstation.file_path().read_bytes() == before  # opening writes nothing down
        checks = {check.kind: check for check in doctor.run_checks(url)}
        assert checks[CheckKind.DATABASE].passed  # doctor says what the opening did
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_a_server_remembered_by_an_earlier_renewdesk_that_needs_a_password_says_the_keyring(
    pg_server: PgServer,
) -> None:
    role = make_password_role(pg_server)
    name = owned_database(pg_server, role)
    try:
        url = f"postgresql+psycopg://{role}@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        workstation.save(workstation.Remembered(url, "ws"))  # no password_kept
        with pytest.raises(startup.StartFailed) as failed:
            startup.open_desk(None)
        assert HOW_TO_CONFIGURE.split(":")[0] in failed.value.detail
        with pytest.raises(UseCaseError) as refused:
            password_or_kept(url, None)
        assert refused.value.code is ErrorCode.KEYRING_UNAVAILABLE
    finally:
        pg_server.drop_database(name)
