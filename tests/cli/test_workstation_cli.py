"""`workstation connect URL [--name NAME]` and `workstation show [--json]` (R43), run as IT staff would
on a new computer: tested, then remembered (the password in the keyring, never in the file); every
other command then works on the remembered database as that workstation, and `--db` overrides it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import select, text

from desktop.store import migrate
from desktop.store.engine import make_engine
from desktop.store.models import DueRun
from tests.cli.helpers import open_database
from tests.conftest import ROOT
from tests.support.password_role import PASSWORD, owned_database, password_role
from tests.support.postgres import PgServer
from tests.support.processes import program_command


class Workstation:
    """A computer of its own: its own configuration and data folders and keyring file."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.keyring_file = home / "keyring.json"
        home.mkdir(parents=True, exist_ok=True)

    @property
    def file(self) -> Path:
        return self.home / "config" / "RenewDesk" / "workstation.json"

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        environment = {
            **os.environ,
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
            "RENEWDESK_TEST_KEYRING_FILE": str(self.keyring_file),
            "PYTHONPATH": str(ROOT),
        }
        return subprocess.run(
            program_command([str(ROOT / "main.py"), *args], environment),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.home,
            env=environment,
            timeout=120,
        )

    def keyring(self) -> dict[str, str]:
        return json.loads(self.keyring_file.read_text()) if self.keyring_file.exists() else {}


@pytest.fixture
def computer(tmp_path: Path) -> Workstation:
    return Workstation(tmp_path / "computer")


def _migrated(url: str) -> str:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return url


def test_nothing_chosen_shows_this_computers_own_file(computer: Workstation) -> None:
    shown = computer("workstation", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    facts = json.loads(shown.stdout)
    assert facts["source"] == "default"
    assert facts["url"] == f"sqlite:///{computer.home / 'data' / 'RenewDesk' / 'renewdesk.sqlite3'}"
    assert facts["config_file"] == str(computer.file)
    assert facts["password_kept"] is False and facts["workstation"]


def test_connect_a_file_then_every_command_works_on_it_as_this_workstation(
    computer: Workstation, tmp_path: Path
) -> None:
    target = tmp_path / "office" / "rd.sqlite3"
    connected = computer("workstation", "connect", str(target), "--name", "front-desk")
    assert connected.returncode == 0, connected.stderr
    assert "was made and set up" in connected.stdout and "front-desk" in connected.stdout
    assert json.loads(computer.file.read_text()) == {"url": f"sqlite:///{target}", "name": "front-desk"}
    shown = computer("workstation", "show")
    assert f"sqlite:///{target}" in shown.stdout and "remembered on this workstation" in shown.stdout
    assert "front-desk" in shown.stdout
    # No --db: the due run works on the remembered file, and its run names the workstation.
    ran = computer("due-run")
    assert ran.returncode == 0, ran.stderr
    assert target.exists()
    with open_database(f"sqlite:///{target}") as db, db.reading() as session:
        owners = list(session.scalars(select(DueRun.owner)))
    assert owners and all(owner.endswith(":front-desk") for owner in owners)
    # --db overrides it for one run, and the name stays.
    other = tmp_path / "other.sqlite3"
    overridden = computer("--db", str(other), "workstation", "show", "--json")
    assert json.loads(overridden.stdout)["source"] == "argument"
    assert json.loads(overridden.stdout)["url"] == f"sqlite:///{other}"
    assert computer("--db", str(other), "due-run").returncode == 0
    assert other.exists()
    with open_database(f"sqlite:///{target}") as db, db.reading() as session:
        assert len(list(session.scalars(select(DueRun.owner)))) == len(owners)


def test_connect_again_without_a_name_keeps_it(computer: Workstation, tmp_path: Path) -> None:
    assert computer("workstation", "connect", str(tmp_path / "a.db"), "--name", "ws-7").returncode == 0
    assert computer("workstation", "connect", str(tmp_path / "b.db")).returncode == 0
    assert json.loads(computer.file.read_text())["name"] == "ws-7"


@pytest.mark.postgres
def test_connect_the_companys_server_with_the_password_from_stdin(
    computer: Workstation, pg_server: PgServer
) -> None:
    role = password_role(pg_server)
    name = owned_database(pg_server, role)
    try:
        url = f"postgresql+psycopg://{role}@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        wrong = computer("workstation", "connect", url, stdin="not-it\n")
        assert wrong.returncode == 2
        assert "refused the user" in wrong.stderr and "nothing was remembered" in wrong.stderr
        assert not computer.file.exists() and computer.keyring() == {}
        connected = computer("workstation", "connect", url, "--name", "sales-2", stdin=PASSWORD + "\n")
        assert connected.returncode == 0, connected.stderr
        assert "is empty: RenewDesk will set it up" in connected.stdout
        assert "kept in the keyring as db.password" in connected.stdout
        written = computer.file.read_text()
        assert PASSWORD not in written and "s3cret" not in written
        assert json.loads(written)["url"] == url
        assert computer.keyring() == {"RenewDesk/db.password": PASSWORD}
        facts = json.loads(computer("workstation", "show", "--json").stdout)
        assert facts == {
            "url": url,
            "source": "remembered",
            "workstation": "sales-2",
            "config_file": str(computer.file),
            "password_kept": True,
        }
        ran = computer("due-run")
        assert ran.returncode == 0, ran.stderr
        engine = make_engine(f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}")
        with engine.connect() as connection:
            owners = list(connection.scalars(text("SELECT owner FROM due_runs")))
        engine.dispose()
        assert owners and all(owner.endswith(":sales-2") for owner in owners)
        # A password written in the URL moves to the keyring; the file never has it.
        in_url = url.replace(f"{role}@", f"{role}:{quote(PASSWORD, safe='')}@")
        computer.keyring_file.unlink()
        assert computer("workstation", "connect", in_url).returncode == 0
        assert "s3cret" not in computer.file.read_text()
        assert computer.keyring() == {"RenewDesk/db.password": PASSWORD}
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_a_newer_or_foreign_server_database_is_refused(computer: Workstation, pg_server: PgServer) -> None:
    name = pg_server.create_database()
    try:
        url = _migrated(f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}")
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        engine.dispose()
        newer = computer("workstation", "connect", url, stdin="\n")
        assert newer.returncode == 1 and "newer schema" in newer.stderr
        assert not computer.file.exists()
    finally:
        pg_server.drop_database(name)


def test_an_unreachable_server_is_exit_1_and_nothing_is_remembered(
    computer: Workstation, tmp_path: Path
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://rd@127.0.0.1:{port}/rd"
    refused = computer("workstation", "connect", url, stdin="a-password\n")
    assert refused.returncode == 1
    assert "cannot be reached" in refused.stderr and "a-password" not in refused.stderr
    assert not computer.file.exists() and computer.keyring() == {}


def test_a_foreign_file_and_a_network_share_are_refused(computer: Workstation, tmp_path: Path) -> None:
    foreign = tmp_path / "accounts.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER)")
    refused = computer("workstation", "connect", str(foreign))
    assert refused.returncode == 2 and "not a RenewDesk database" in refused.stderr
    share = computer("workstation", "connect", "//fileserver/office/renewdesk.db")
    assert share.returncode == 2
    assert "network share" in share.stderr and "postgresql+psycopg://" in share.stderr
    assert not computer.file.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--name", "a:b"), "colon"),
        (("--name", " lead"), "spaces"),
        (("--name", "x" * 41), "longer than 40"),
        (("--name", "bell\x07"), "invisible character"),
    ],
)
def test_hostile_names_are_refused(
    computer: Workstation, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    refused = computer("workstation", "connect", str(tmp_path / "rd.db"), *args)
    assert refused.returncode == 2 and says in refused.stderr
    assert "Traceback" not in refused.stderr and not computer.file.exists()


@pytest.mark.parametrize(
    "url", ["mysql://u@h/d", "postgresql://u@127.0.0.1/rd", "sqlite:///:memory:", "notaurl://:::", "x" * 5000]
)
def test_hostile_urls_are_refused(computer: Workstation, url: str) -> None:
    refused = computer("workstation", "connect", url, stdin="\n")
    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr and not computer.file.exists()


def test_connect_takes_no_db_and_show_no_url(computer: Workstation, tmp_path: Path) -> None:
    both = computer("--db", str(tmp_path / "a.db"), "workstation", "connect", str(tmp_path / "b.db"))
    assert both.returncode == 2 and "not --db" in both.stderr
    assert computer("workstation", "show", "extra").returncode == 2
    assert computer("workstation").returncode == 2


def test_a_damaged_remembered_file_is_said_by_every_command(computer: Workstation) -> None:
    computer.file.parent.mkdir(parents=True)
    computer.file.write_text("[1, 2")
    for args in (("workstation", "show"), ("due-run",)):
        said = computer(*args)
        assert said.returncode == 1 and "not a RenewDesk workstation file" in said.stderr
        assert "workstation connect" in said.stderr and "Traceback" not in said.stderr
    # Choosing the connection again mends it.
    assert computer("workstation", "connect", str(computer.home / "rd.db")).returncode == 0
    assert computer("workstation", "show").returncode == 0


@pytest.mark.postgres
def test_two_workstations_on_the_companys_server_each_under_its_name(
    tmp_path: Path, pg_server: PgServer
) -> None:
    name = pg_server.create_database()
    try:
        url = f"postgresql+psycopg://renewdesk@127.0.0.1:{pg_server.port}/{name}?sslmode=disable"
        front, back = Workstation(tmp_path / "front"), Workstation(tmp_path / "back")
        for computer, called in ((front, "front-desk"), (back, "back-office")):
            connected = computer("workstation", "connect", url, "--name", called, stdin="\n")
            assert connected.returncode == 0, connected.stderr
            assert computer.keyring() == {}  # the server asked for no password: none kept
        added = front("staff", "add", "dana", "--role", "admin", stdin="a long password 1\n")
        assert added.returncode == 0, added.stderr
        assert front("due-run").returncode == 0 and back("due-run").returncode == 0
        engine = make_engine(url)
        with engine.connect() as connection:
            owners = list(connection.scalars(text("SELECT owner FROM due_runs ORDER BY id")))
            written = list(connection.execute(text("SELECT action, workstation FROM audit_log")))
        engine.dispose()
        assert [owner.rsplit(":", 1)[1] for owner in owners] == ["front-desk", "back-office"]
        assert ("staff.added", "front-desk") in [tuple(row) for row in written]
    finally:
        pg_server.drop_database(name)


def test_a_missing_remembered_file_is_said_not_made_again(computer: Workstation, tmp_path: Path) -> None:
    target = tmp_path / "drive" / "rd.sqlite3"
    assert computer("workstation", "connect", str(target)).returncode == 0
    assert target.exists()
    target.unlink()
    ran = computer("due-run")
    assert ran.returncode == 1 and "is not there" in ran.stderr and "workstation connect" in ran.stderr
    assert not target.exists()
