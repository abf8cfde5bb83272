"""`doctor [--json]` as IT staff run it (R44): one line per check, exit code 0 only when all pass,
one JSON document for monitoring, nothing sent to the mail server, no password printed, and the
connection every command uses (the remembered one when there is no --db)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from desktop.bootstrap import build_context
from desktop.core.codes import CheckKind
from desktop.workstation import Remembered, save
from tests.conftest import ROOT, Cli
from tests.jobs.smtp_helpers import (
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.processes import program_command
from tests.support.workstation import FileSecretStore

KINDS = [kind.value for kind in CheckKind]


def configure(cli: Cli, smtp_port: int) -> None:
    """The mail server and the database's link-signing key, in the keyring file the child reads."""
    ctx = build_context(cli.db, secrets=FileSecretStore(cli.keyring_file))
    try:
        point_smtp_at(ctx, smtp_port)
    finally:
        ctx.close()


def test_a_workstation_set_up_right_passes_every_check(cli: Cli, smtp: SmtpServer) -> None:
    configure(cli, smtp.port)
    done = cli("doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["ok", kind] for kind in KINDS]
    assert lines[0].split()[2] == cli.db  # the URL, here without a password to leave out
    assert "(this program's)" in lines[1]
    assert "nothing was sent" in lines[4]
    assert smtp.received() == []
    assert done.stderr == ""


def test_the_json_document_says_each_check_and_the_whole(cli: Cli, dead_smtp_port: int) -> None:
    configure(cli, dead_smtp_port)
    done = cli("doctor", "--json")
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["passed"] is False
    assert {"program", "version", "database", "workstation"} <= document.keys()
    assert document["database"] == cli.db
    assert [check["kind"] for check in document["checks"]] == KINDS
    smtp = document["checks"][KINDS.index("smtp")]
    assert smtp["passed"] is False and smtp["outcome"] == "failed" and smtp["finding"] == "smtp_unreachable"
    assert smtp["params"]["server"] == f"127.0.0.1:{dead_smtp_port}"
    assert "no connection" in smtp["text"]
    others = [check for check in document["checks"] if check["kind"] != "smtp"]
    assert all(check["passed"] for check in others), others


def test_a_mail_server_that_is_down_is_one_failing_line_and_exit_code_1(
    cli: Cli, dead_smtp_port: int
) -> None:
    configure(cli, dead_smtp_port)
    done = cli("doctor")
    assert done.returncode == 1
    marks = {line.split()[1]: line.split()[0] for line in done.stdout.splitlines()}
    assert marks == {**dict.fromkeys(KINDS, "ok"), "smtp": "FAIL"}
    assert done.stderr == f"renewdesk: 1 of {len(KINDS)} checks did not pass\n"


def test_a_missing_database_file_is_said_and_not_made(bare_sqlite_cli: Cli) -> None:
    path = Path(bare_sqlite_cli.db.removeprefix("sqlite:///"))
    done = bare_sqlite_cli("doctor")
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith("FAIL    database")
    assert "there is no database file" in done.stdout
    assert "not run" in done.stdout.splitlines()[1]
    assert not path.exists() and not path.parent.joinpath(path.name + "-wal").exists()


def test_a_password_is_never_printed(bare_sqlite_cli: Cli, dead_smtp_port: int) -> None:
    url = f"postgresql+psycopg://clerk:s3cret-word@127.0.0.1:{dead_smtp_port}/renewdesk"
    plain = Cli(db=url, keyring_file=bare_sqlite_cli.keyring_file)
    for arguments in (("doctor",), ("doctor", "--json")):
        done = plain(*arguments)
        assert done.returncode == 1
        assert "s3cret-word" not in done.stdout + done.stderr
        assert f"clerk@127.0.0.1:{dead_smtp_port}/renewdesk" in done.stdout


def test_without_db_the_remembered_connection_is_checked(
    sqlite_cli: Cli, smtp: SmtpServer, tmp_path: Path
) -> None:
    configure(sqlite_cli, smtp.port)
    config_home = tmp_path / "config"
    save(Remembered(sqlite_cli.db, "front-desk-2"), config_home / "RenewDesk" / "workstation.json")
    environment = {
        **os.environ,
        "XDG_CONFIG_HOME": str(config_home),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
        "RENEWDESK_TEST_KEYRING_FILE": str(sqlite_cli.keyring_file),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        program_command([str(ROOT / "main.py"), "doctor", "--json"], environment),
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )
    document = json.loads(done.stdout)
    assert done.returncode == 0, done.stdout
    assert document["database"] == sqlite_cli.db and document["workstation"] == "front-desk-2"
    assert not (tmp_path / "data").exists()  # not the default file in the data folder


def test_refused_arguments_change_nothing(bare_sqlite_cli: Cli) -> None:
    path = Path(bare_sqlite_cli.db.removeprefix("sqlite:///"))
    for arguments in (("doctor", "--jsn"), ("doctor", "extra"), ("doctor", "--json=yes")):
        done = bare_sqlite_cli(*arguments)
        assert done.returncode == 2, arguments
        assert "usage:" in done.stderr and done.stdout == ""
    assert not path.exists()


def test_a_keyring_backend_that_cannot_be_loaded_is_a_failing_keyring_check(
    cli: Cli, smtp: SmtpServer
) -> None:
    configure(cli, smtp.port)
    done = cli("doctor", "--json", env={"PYTHON_KEYRING_BACKEND": "no_such_module.Keyring"})
    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr
    keyring = json.loads(done.stdout)["checks"][KINDS.index("keyring")]
    assert keyring["passed"] is False and keyring["finding"] == "keyring_unusable"
    assert "No usable keyring" in keyring["text"]
    assert "PYTHON_KEYRING_BACKEND=no_such_module.Keyring cannot be loaded" in keyring["text"]
