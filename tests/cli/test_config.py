"""`python main.py config ...`: settings validated and audited, secrets only in the keyring (R22, R24)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from desktop.app.config import set_secret
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry
from tests.cli.helpers import (
    OS_ACTOR,
    audit_rows,
    count_rows,
    every_row_as_text,
    files_containing,
    stored_settings,
)
from tests.conftest import Cli
from tests.support import workstation
from tests.support.actors import TEST_ADMIN
from tests.support.keyrings import MemoryKeyring

SECRET = "s3cr3t-Pa55-zq8x"


def test_config_set_then_get_and_the_change_is_audited(cli: Cli) -> None:
    changed = cli("config", "set", "check_days_before", "10")
    assert changed.returncode == 0, changed.stderr
    assert "check_days_before = 10" in changed.stdout

    read = cli("config", "get", "check_days_before")
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "10"

    rows = audit_rows(cli.db, "setting.changed")
    assert rows == [
        {
            "actor": OS_ACTOR,
            "action": "setting.changed",
            "entity": "setting",
            "entity_id": "check_days_before",
            "before": None,
            "after": {"value": "10"},
        }
    ]

    again = cli("config", "set", "check_days_before", "12")
    assert again.returncode == 0, again.stderr
    second = audit_rows(cli.db, "setting.changed")[-1]
    assert (second["before"], second["after"]) == ({"value": "10"}, {"value": "12"})
    assert cli("config", "get", "check_days_before").stdout.strip() == "12"


def test_config_set_to_the_same_value_writes_no_second_audit_row(sqlite_cli: Cli) -> None:
    assert sqlite_cli("config", "set", "smtp.port", "587").returncode == 0
    assert sqlite_cli("config", "set", "smtp.port", "587").returncode == 0
    assert len(audit_rows(sqlite_cli.db, "setting.changed")) == 1


def test_config_list_shows_every_setting_with_defaults(sqlite_cli: Cli) -> None:
    listed = sqlite_cli("config", "list")
    assert listed.returncode == 0, listed.stderr
    lines = dict(line.split(" = ", 1) for line in listed.stdout.splitlines())
    assert lines["check_days_before"] == "15"
    assert lines["charge_lead_days"] == "0"
    assert lines["late_charge_grace_days"] == "7"
    assert "timezone" in lines and "smtp.host" in lines and "company.name" in lines


def test_db_option_is_accepted_after_every_config_action(sqlite_cli: Cli, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'after.sqlite3'}"
    workstation.prepare(url, sqlite_cli.keyring_file)
    other = Cli(db=url, keyring_file=sqlite_cli.keyring_file)
    assert other("config", "set", "company.name", "Levi Hosting").returncode == 0
    for action in (["list"], ["get", "company.name"]):
        result = sqlite_cli("config", *action, "--db", url)
        assert result.returncode == 0, result.stderr
        assert "Levi Hosting" in result.stdout


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("check_days_before", "abc"),
        ("check_days_before", "-1"),
        ("no.such.setting", "1"),
        ("timezone", "Mars/Base"),
        ("smtp.port", "70000"),
        ("mail.from", "not an address"),
        ("portal.renew_url", "ftp://portal.example.com"),
    ],
)
def test_a_bad_value_is_refused_naming_the_key_and_changes_nothing(cli: Cli, key: str, value: str) -> None:
    assert cli("config", "set", "timezone", "Asia/Jerusalem").returncode == 0
    settings_before = stored_settings(cli.db)
    audit_before = count_rows(cli.db, AuditEntry)

    refused = cli("config", "set", key, value)

    assert refused.returncode == 2
    assert key in refused.stderr
    assert "Traceback" not in refused.stderr
    assert refused.stdout == ""
    assert stored_settings(cli.db) == settings_before
    assert count_rows(cli.db, AuditEntry) == audit_before


def test_config_get_of_an_unknown_key_is_refused(sqlite_cli: Cli) -> None:
    result = sqlite_cli("config", "get", "no.such.setting")
    assert result.returncode == 2
    assert "no.such.setting" in result.stderr and "unknown" in result.stderr


def test_set_secret_reads_stdin_into_the_keyring_only(cli: Cli, tmp_path: Path) -> None:
    result = cli("config", "set-secret", "smtp.password", stdin=SECRET + "\n")
    assert result.returncode == 0, result.stderr
    assert SECRET not in result.stdout + result.stderr

    kept = json.loads(cli.keyring_file.read_text())
    assert kept == {"RenewDesk/smtp.password": SECRET}  # the newline that ends the input is not kept
    assert files_containing(tmp_path, SECRET) == [cli.keyring_file]
    assert SECRET not in every_row_as_text(cli.db)

    rows = audit_rows(cli.db, "secret.changed")
    assert [(row["actor"], row["entity_id"]) for row in rows] == [(OS_ACTOR, "smtp.password")]
    assert SECRET not in json.dumps(rows)


def test_set_secret_of_an_unknown_key_is_refused(sqlite_cli: Cli, tmp_path: Path) -> None:
    result = sqlite_cli("config", "set-secret", "smtp.passwd", stdin=SECRET)
    assert result.returncode == 2
    assert "smtp.passwd" in result.stderr
    assert not sqlite_cli.keyring_file.exists()
    assert files_containing(tmp_path, SECRET) == []


def test_an_empty_secret_is_refused(sqlite_cli: Cli) -> None:
    result = sqlite_cli("config", "set-secret", "gateway.api_key", stdin="")
    assert result.returncode == 2
    assert "gateway.api_key" in result.stderr and "empty" in result.stderr
    assert not sqlite_cli.keyring_file.exists()
    assert audit_rows(sqlite_cli.db, "secret.changed") == []


def test_without_a_usable_keyring_set_secret_says_how_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "config",
        "set-secret",
        "smtp.password",
        stdin=SECRET,
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 2
    message = result.stderr
    assert "Traceback" not in message
    assert "keyring" in message.lower()
    assert "PYTHON_KEYRING_BACKEND" in message  # how to configure one
    assert SECRET not in result.stdout + message
    assert not cli.keyring_file.exists()
    assert files_containing(tmp_path, SECRET) == []
    assert SECRET not in every_row_as_text(cli.db)
    assert audit_rows(cli.db, "secret.changed") == []


@pytest.mark.parametrize("backend", ["no_such_module.Keyring", "keyring.backends.fail.NoSuchClass"])
def test_a_keyring_backend_that_cannot_be_loaded_is_said_as_no_usable_keyring(
    sqlite_cli: Cli, backend: str
) -> None:
    result = sqlite_cli("config", "init-signing-key", env={"PYTHON_KEYRING_BACKEND": backend})
    assert result.returncode == 2, result.stderr
    assert "internal error" not in result.stderr
    assert "No usable keyring" in result.stderr
    assert f"PYTHON_KEYRING_BACKEND={backend} cannot be loaded" in result.stderr
    assert not sqlite_cli.keyring_file.exists()


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plain-text file backend, which must never be used (R24)."""


def test_a_plain_text_keyring_is_refused(ctx: AppContext) -> None:
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)  # the autouse fixture puts the previous one back
    with pytest.raises(UseCaseError) as refused:
        set_secret(ctx, TEST_ADMIN, "smtp.password", SECRET)
    assert refused.value.code == "keyring_unavailable"
    assert "plain file" in refused.value.params["detail"]
    assert backend.values == {}
    with ctx.db.reading() as session:
        assert session.scalars(select(AuditEntry)).all() == []
