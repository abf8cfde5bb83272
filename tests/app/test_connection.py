"""Where a workstation's data is (R43): which connection a run uses, what a test of a connection says
(on a real SQLite file and a real PostgreSQL server), and remembering one: the password in the
keyring, never in the file; nothing changed when it is refused."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from desktop import workstation
from desktop.app.connection import (
    DB_PASSWORD,
    Chosen,
    Source,
    SslMode,
    Verdict,
    check_connection,
    chosen_connection,
    database_url,
    open_context,
    password_kept,
    postgres_url,
    remember_connection,
    sqlite_url_here,
    without_password,
)
from desktop.app.errors import UseCaseError
from desktop.bootstrap import kept_password_for, with_kept_password
from desktop.core.codes import ErrorCode
from desktop.secrets import KeyringSecretStore
from desktop.store import migrate
from desktop.store.engine import make_engine
from desktop.workstation import Remembered
from tests.support.keyrings import MemoryKeyring
from tests.support.password_role import PASSWORD, owned_database
from tests.support.password_role import password_role as make_password_role
from tests.support.postgres import PgServer


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own configuration and data folders: the remembered file starts absent."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


def _migrated(url: str) -> str:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return url


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- which connection ---------------------------------------------------------------------------------


def test_nothing_chosen_means_the_window_asks_and_a_command_takes_the_data_folder() -> None:
    chosen = chosen_connection(None)
    assert chosen.source is Source.NONE_YET and chosen.url is None
    assert chosen.workstation == workstation.default_name()
    command = chosen.or_default()
    assert command.source is Source.DEFAULT and command.url == sqlite_url_here()
    assert command.url.startswith("sqlite:///") and "RenewDesk" in command.url


def test_db_wins_over_the_remembered_connection_and_the_name_stays(tmp_path: Path) -> None:
    workstation.save(workstation.Remembered("sqlite:////srv/remembered.db", "front-desk"))
    remembered = chosen_connection(None)
    assert (remembered.url, remembered.source, remembered.workstation) == (
        "sqlite:////srv/remembered.db",
        Source.REMEMBERED,
        "front-desk",
    )
    given = chosen_connection(str(tmp_path / "other.db"))
    assert given.source is Source.FROM_ARGUMENT
    assert given.url == f"sqlite:///{tmp_path / 'other.db'}"
    assert given.workstation == "front-desk"
    assert given.or_default() is given


def test_a_plain_path_is_a_sqlite_file_and_a_share_stays_a_share(tmp_path: Path) -> None:
    assert database_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("//server/share/rd.db") == "sqlite://///server/share/rd.db"
    assert database_url(str(tmp_path / "x" / ".." / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"


def test_a_damaged_remembered_file_is_said_not_guessed() -> None:
    path = workstation.file_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.raises(workstation.WorkstationFileError, match="not a RenewDesk workstation file"):
        chosen_connection(None)


# -- the form's URL -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(SslMode))
def test_the_servers_fields_make_a_url_that_reads_back_the_same(mode: SslMode) -> None:
    url = postgres_url(" db.example.com ", 6432, "renew desk/2026", "sales@acme:1", mode)
    parsed = make_url(url)
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.host, parsed.port, parsed.database, parsed.username) == (
        "db.example.com",
        6432,
        "renew desk/2026",
        "sales@acme:1",
    )
    assert parsed.password is None
    assert parsed.query == {"sslmode": mode.value}


def test_an_ipv6_server_is_bracketed() -> None:
    parsed = make_url(postgres_url("::1", 5432, "rd", "u", SslMode.PREFER))
    assert parsed.host == "::1" and parsed.port == 5432


def test_a_shown_url_has_no_password() -> None:
    shown = without_password("postgresql+psycopg://u:hunter2@h:5432/d?sslmode=require")
    assert "hunter2" not in shown and shown == "postgresql+psycopg://u@h:5432/d?sslmode=require"


# -- testing a connection: SQLite ------------------------------------------------------------------


def test_a_new_file_is_empty_and_the_test_makes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "rd.db"
    check = check_connection(f"sqlite:///{target}")
    assert check.verdict is Verdict.EMPTY and check.usable
    assert not (tmp_path / "new").exists()


def test_a_renewdesk_file_at_this_version_is_ready(sqlite_url: str) -> None:
    check = check_connection(_migrated(sqlite_url))
    assert check.verdict is Verdict.READY
    assert str(migrate.head_revision()) in check.detail


def test_an_older_file_will_be_brought_up_to_date(sqlite_url: str) -> None:
    path = Path(_migrated(sqlite_url).removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    check = check_connection(sqlite_url)
    assert check.verdict is Verdict.OLDER and check.usable and "0001" in check.detail


def test_a_newer_file_is_refused(sqlite_url: str) -> None:
    path = Path(_migrated(sqlite_url).removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    check = check_connection(sqlite_url)
    assert check.verdict is Verdict.NEWER and not check.usable
    assert "update RenewDesk" in check.detail


def test_another_programs_file_and_a_text_file_are_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    before = foreign.read_bytes()
    check = check_connection(f"sqlite:///{foreign}")
    assert check.verdict is Verdict.FOREIGN and "invoices" in check.detail
    assert foreign.read_bytes() == before and not Path(f"{foreign}-wal").exists()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello, not a database " * 200)
    assert check_connection(f"sqlite:///{notes}").verdict is Verdict.FOREIGN
    assert notes.read_text().startswith("hello")


def test_a_file_on_a_network_share_is_refused_with_the_way_out() -> None:
    check = check_connection("sqlite:////" + "/fileserver/office/renewdesk.db")
    assert check.verdict is Verdict.NETWORK_SHARE
    assert "network share" in check.detail and "postgresql+psycopg://" in check.detail


@pytest.mark.parametrize(
    "url",
    ["sqlite://", "sqlite:///:memory:", "mysql://u@h/d", "not a url", "sqlite:///x.db?mode=ro", "a\x00b"],
)
def test_a_url_that_cannot_be_used_is_said_so(url: str) -> None:
    check = check_connection(url)
    assert check.verdict is Verdict.NOT_USABLE and check.detail


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    check = check_connection(f"sqlite:///{tmp_path}")
    assert check.verdict is Verdict.NOT_USABLE and "is a folder" in check.detail


@pytest.mark.parametrize(("path", "kind"), [("/dev/null", "a device"), ("/proc/version", "makes it up")])
def test_a_device_or_a_system_file_is_not_an_empty_database(path: str, kind: str) -> None:
    check = check_connection(f"sqlite:///{path}")
    assert check.verdict is Verdict.NOT_USABLE
    assert f"{path} is not a file" in check.detail and kind in check.detail


def test_a_fifo_is_not_a_file_and_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    check = check_connection(f"sqlite:///{fifo}")  # reading it would wait for a writer forever
    assert check.verdict is Verdict.NOT_USABLE and "a FIFO" in check.detail


# -- testing a connection: PostgreSQL --------------------------------------------------------------


@pytest.fixture
def server_database(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def password_role(pg_server: PgServer) -> str:
    return make_password_role(pg_server)


def _server_url(server: PgServer, database: str, user: str = "renewdesk", password: str | None = None) -> str:
    secret = f":{password}" if password else ""
    return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{server.port}/{database}"


@pytest.mark.postgres
def test_an_empty_server_database_will_be_set_up_and_the_test_makes_no_table(
    pg_server: PgServer, server_database: str
) -> None:
    url = postgres_url("127.0.0.1", pg_server.port, server_database, "renewdesk", SslMode.DISABLE)
    check = check_connection(url)
    assert check.verdict is Verdict.EMPTY, check.detail
    with psycopg.connect(
        f"host=127.0.0.1 port={pg_server.port} user=renewdesk dbname={server_database}"
    ) as c:
        assert c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


@pytest.mark.postgres
def test_a_server_database_at_this_version_is_ready(pg_server: PgServer, server_database: str) -> None:
    url = _migrated(_server_url(pg_server, server_database))
    assert check_connection(url).verdict is Verdict.READY


@pytest.mark.postgres
def test_a_newer_or_foreign_server_database_is_refused(pg_server: PgServer, server_database: str) -> None:
    url = _migrated(_server_url(pg_server, server_database))
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert check_connection(url).verdict is Verdict.NEWER
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    assert check_connection(url).verdict is Verdict.FOREIGN


@pytest.mark.postgres
def test_a_wrong_password_and_the_right_one(pg_server: PgServer, password_role: str) -> None:
    url = _server_url(pg_server, "postgres", user=password_role)
    wrong = check_connection(url, "not-it")
    assert wrong.verdict is Verdict.LOGIN_REFUSED and password_role in wrong.detail
    assert "not-it" not in wrong.detail
    assert check_connection(url).verdict is Verdict.LOGIN_REFUSED  # none given
    right = check_connection(url, PASSWORD)
    assert right.verdict is Verdict.FOREIGN or right.verdict is Verdict.EMPTY, right.detail
    assert PASSWORD not in right.detail and PASSWORD not in right.url


@pytest.mark.postgres
def test_no_such_database(pg_server: PgServer) -> None:
    check = check_connection(_server_url(pg_server, "no_such_db_here"))
    assert check.verdict is Verdict.NO_SUCH_DATABASE and "no_such_db_here" in check.detail


def test_a_closed_port_is_unreachable_not_an_exception() -> None:
    port = _closed_port()
    check = check_connection(f"postgresql+psycopg://someone:pw@127.0.0.1:{port}/rd")
    assert check.verdict is Verdict.UNREACHABLE and str(port) in check.detail
    assert "pw@" not in check.url and ":pw" not in check.detail


def test_a_host_that_does_not_exist_is_unreachable() -> None:
    check = check_connection("postgresql+psycopg://u@no-such-host.invalid:5432/rd")
    assert check.verdict is Verdict.UNREACHABLE


def test_a_server_url_needs_psycopg() -> None:
    assert check_connection("postgresql://u@127.0.0.1/rd").verdict is Verdict.NOT_USABLE


# -- remembering -----------------------------------------------------------------------------------


def test_this_computer_only_is_remembered_with_its_name(memory_keyring: MemoryKeyring) -> None:
    remembered, check = remember_connection(sqlite_url_here(), None, "front-desk")
    assert check.verdict is Verdict.EMPTY
    assert remembered == workstation.Remembered(sqlite_url_here(), "front-desk")
    assert workstation.load() == remembered
    assert chosen_connection(None) == Chosen(sqlite_url_here(), "front-desk", Source.REMEMBERED)
    assert memory_keyring.values == {}
    # Connecting again without a name keeps the one remembered.
    assert remember_connection(sqlite_url_here(), None)[0].name == "front-desk"


@pytest.mark.postgres
def test_a_servers_password_goes_to_the_keyring_never_the_file(
    pg_server: PgServer, password_role: str, memory_keyring: MemoryKeyring
) -> None:
    secret = PASSWORD
    url = postgres_url("127.0.0.1", pg_server.port, "postgres", password_role, SslMode.PREFER)
    with pytest.raises(UseCaseError) as refused:
        remember_connection(url, "wrong", "ws-1")
    assert refused.value.code is ErrorCode.CONNECTION_UNUSABLE
    assert refused.value.params["verdict"] == Verdict.LOGIN_REFUSED.value
    assert not workstation.file_path().exists() and memory_keyring.values == {}
    # "postgres" has no RenewDesk tables but is not empty either on some servers: an empty one.
    name = owned_database(pg_server, password_role)
    try:
        url = postgres_url("127.0.0.1", pg_server.port, name, password_role, SslMode.PREFER)
        _, check = remember_connection(url, secret, "ws-1")
        assert check.verdict is Verdict.EMPTY
        written = workstation.file_path().read_text()
        assert secret not in written and "s3cret" not in written
        assert json.loads(written) == {"url": url, "name": "ws-1", "password_kept": True}
        assert memory_keyring.values[("RenewDesk", DB_PASSWORD)] == secret
        assert password_kept() is True
        # The window and the commands open it with the kept password.
        ctx = open_context(chosen_connection(None))
        try:
            assert ctx.workstation == "ws-1"
            with ctx.db.reading() as session:
                assert session.scalar(text("SELECT current_user")) == password_role
        finally:
            ctx.close()
        # A password written in the URL is moved to the keyring, never into the file.
        with_secret = url.replace(f"{password_role}@", f"{password_role}:{quote(secret, safe='')}@")
        memory_keyring.values.clear()
        remember_connection(with_secret, None)
        assert "s3cret" not in workstation.file_path().read_text()
        assert memory_keyring.values[("RenewDesk", DB_PASSWORD)] == secret
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_a_server_without_password_empties_the_one_kept_before(
    pg_server: PgServer, server_database: str, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.values[("RenewDesk", DB_PASSWORD)] = "for-the-old-server"
    remember_connection(_server_url(pg_server, server_database), None)
    assert memory_keyring.values[("RenewDesk", DB_PASSWORD)] == ""
    assert password_kept() is False


def test_a_refused_connection_changes_nothing(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    workstation.save(workstation.Remembered("sqlite:////kept/before.db", "kept"))
    before = workstation.file_path().read_bytes()
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER)")
    for url in (f"sqlite:///{foreign}", f"postgresql+psycopg://u:pw@127.0.0.1:{_closed_port()}/rd"):
        with pytest.raises(UseCaseError) as refused:
            remember_connection(url, "pw", "other")
        assert refused.value.code is ErrorCode.CONNECTION_UNUSABLE
    assert workstation.file_path().read_bytes() == before and memory_keyring.values == {}


@pytest.mark.parametrize("name", ["", " lead", "a:b", "x" * 41, "tab\there", "zero\u200bwidth"])
def test_a_name_that_cannot_be_one_is_refused(name: str) -> None:
    with pytest.raises(UseCaseError) as refused:
        remember_connection(sqlite_url_here(), None, name)
    assert refused.value.code is ErrorCode.WORKSTATION_NAME_INVALID
    # A reason by code, which each window words in its language (never English inside a translation).
    assert refused.value.params["problem"] == workstation.name_problem(name)
    assert refused.value.params["problem"] in {problem.value for problem in workstation.NameProblem}
    assert not workstation.file_path().exists()


@pytest.mark.postgres
def test_no_keyring_refuses_a_servers_password_and_remembers_nothing(
    pg_server: PgServer, server_database: str
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(UseCaseError) as refused:
        remember_connection(_server_url(pg_server, server_database), "a-password")
    assert refused.value.code is ErrorCode.KEYRING_UNAVAILABLE
    assert "keyring" in str(refused.value.params["detail"])
    assert not workstation.file_path().exists()
    # A SQLite file needs no keyring.
    assert remember_connection(sqlite_url_here(), None)[0].url == sqlite_url_here()


def test_a_database_name_with_a_question_mark_is_not_read_as_options() -> None:
    parsed = make_url(postgres_url("h", 5432, "what?sslmode=disable", "u", SslMode.VERIFY_FULL))
    assert parsed.query == {"sslmode": "verify-full"} and parsed.database == "what%3Fsslmode=disable"


@pytest.mark.postgres
def test_a_database_name_with_a_question_mark_is_no_such_database(pg_server: PgServer) -> None:
    url = postgres_url("127.0.0.1", pg_server.port, "rd?x", "renewdesk", SslMode.DISABLE)
    assert check_connection(url).verdict is Verdict.NO_SUCH_DATABASE


def test_choosing_again_mends_a_damaged_remembered_file() -> None:
    path = workstation.file_path()
    path.parent.mkdir(parents=True)
    path.write_text("\x00\x01 not json")
    remembered, _ = remember_connection(sqlite_url_here(), None, "mended")
    assert workstation.load() == remembered == workstation.Remembered(sqlite_url_here(), "mended")


@pytest.mark.parametrize("host", ["a@127.0.0.1", "x/127.0.0.1", "db example", "db#1", "db?sslmode=disable"])
def test_a_host_is_only_ever_itself(host: str) -> None:
    url = postgres_url(host, 5432, "rd", "u", SslMode.REQUIRE)
    parsed = make_url(url)
    assert parsed.username == "u" and parsed.database == "rd" and parsed.query == {"sslmode": "require"}
    assert parsed.host not in ("127.0.0.1", "db", "x", "a")
    assert check_connection(url).verdict is Verdict.UNREACHABLE


def test_a_chosen_new_file_is_made_and_a_missing_remembered_one_is_not_made_again(tmp_path: Path) -> None:
    from desktop.store.recognition import DatabaseRefused

    target = tmp_path / "usb" / "rd.sqlite3"
    remember_connection(f"sqlite:///{target}", None, "till")
    assert target.exists() and check_connection(f"sqlite:///{target}").verdict is Verdict.READY
    ctx = open_context(chosen_connection(None))
    ctx.close()
    target.unlink()
    with pytest.raises(DatabaseRefused, match="is not there"):
        open_context(chosen_connection(None))
    assert not target.exists()
    # --db names a file for this run: a new one is made as before.
    ctx = open_context(chosen_connection(str(target)))
    ctx.close()
    assert target.exists()


# -- the kept password goes to the remembered server only ---------------------------------------------

REMEMBERED_SERVER = "postgresql+psycopg://clerk@db.example:5432/renewdesk"


@pytest.mark.parametrize(
    ("url", "gets_it"),
    [
        (REMEMBERED_SERVER, True),
        ("postgresql+psycopg://clerk@DB.example/renewdesk?sslmode=require", True),  # its default port
        ("postgresql+psycopg://clerk@elsewhere.example:5432/renewdesk", False),
        ("postgresql+psycopg://clerk@db.example:5433/renewdesk", False),
        ("postgresql+psycopg://clerk@db.example:5432/other", False),
        ("postgresql+psycopg://admin@db.example:5432/renewdesk", False),
        ("postgresql+psycopg://clerk:own@db.example:5432/renewdesk", False),  # it brings its own
    ],
)
def test_the_kept_password_is_given_to_the_remembered_server_only(
    memory_keyring: MemoryKeyring, url: str, gets_it: bool
) -> None:
    workstation.save(Remembered(REMEMBERED_SERVER, "ws-1"))
    memory_keyring.values[("RenewDesk", DB_PASSWORD)] = "kept-secret"
    assert kept_password_for(url, KeyringSecretStore()) == ("kept-secret" if gets_it else None)
    assert ("kept-secret" in with_kept_password(url, KeyringSecretStore())) is gets_it


def test_nothing_remembered_gives_no_password(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.values[("RenewDesk", DB_PASSWORD)] = "kept-secret"
    assert kept_password_for(REMEMBERED_SERVER, KeyringSecretStore()) is None


@pytest.mark.postgres
@pytest.mark.parametrize("other", ["another_database", "another_host_name"])
def test_db_naming_another_server_does_not_receive_the_kept_password(
    pg_server: PgServer, password_role: str, memory_keyring: MemoryKeyring, other: str
) -> None:
    remembered_db = owned_database(pg_server, password_role)
    other_db = owned_database(pg_server, password_role)
    try:
        url = postgres_url("127.0.0.1", pg_server.port, remembered_db, password_role, SslMode.PREFER)
        remember_connection(url, PASSWORD, "ws-1")
        ctx = open_context(chosen_connection(None))  # the remembered server: its password is given
        ctx.close()
        # The same role on "another server": another database, or the same one under another name
        # (the role's password is asked from 127.0.0.1 only; "localhost" is a name of its own).
        if other == "another_database":
            elsewhere = postgres_url("127.0.0.1", pg_server.port, other_db, password_role, SslMode.PREFER)
        else:
            elsewhere = url.replace("@127.0.0.1:", "@localhost:")
        assert kept_password_for(elsewhere, KeyringSecretStore()) is None
        if other == "another_database":
            with pytest.raises(OperationalError, match="password"):
                open_context(chosen_connection(elsewhere)).close()
    finally:
        pg_server.drop_database(remembered_db)
        pg_server.drop_database(other_db)
