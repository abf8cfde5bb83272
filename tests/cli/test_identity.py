"""R35: a headless command acts as the staff member linked to the operating-system login that runs it,
with that member's role, like PostgreSQL's peer authentication. Before, every command ran as an admin
with no sign-in at all."""

from __future__ import annotations

import io
import pwd
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.actor import Actor, Role
from desktop.app.config import all_settings, get_setting
from desktop.app.errors import UseCaseError
from desktop.app.identity import headless_actor, os_login
from desktop.app.interchange.load import import_document
from desktop.app.signing_key import init_signing_key
from desktop.app.staff import (
    add_staff,
    create_first_admin,
    create_first_admin_for_login,
    link_os_user,
    list_staff,
    set_active,
)
from desktop.bootstrap import AppContext, build_context
from desktop.cli import main
from desktop.store.models import AuditEntry, Staff
from tests.cli.helpers import OS_ACTOR, audit_rows, count_rows, open_database
from tests.conftest import Cli
from tests.interchange.helpers import SPEC_EXAMPLE, spec_bytes
from tests.support.actors import TEST_ADMIN
from tests.support.keyrings import MemoryKeyring
from tests.support.workstation import FileSecretStore

LOGIN = os_login()
OTHER_LOGIN = "someone-else"
PASSWORD = "correct-horse-42"
OLGA = Actor("olga", Role.ADMIN, login=OTHER_LOGIN)


def _olga_is_the_admin(ctx: AppContext) -> None:
    """A database in use whose only admin is linked to another login: ours is linked to nobody."""
    create_first_admin_for_login(ctx, OTHER_LOGIN, "olga", PASSWORD)


def _link_us_to(ctx: AppContext, name: str, role: str) -> None:
    add_staff(ctx, OLGA, name, role, PASSWORD)
    link_os_user(ctx, OLGA, name, LOGIN)


class InProcess:
    """Runs the command line's `main` in this process (no child to start: the login is the same),
    for the many cases where a child process would only make the test slow."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.db, self._capsys, self._monkeypatch = db, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self._capsys.readouterr()
        code = main(["--db", self.db, "--today", "2026-11-24", *args])
        out, err = self._capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err


@pytest.fixture
def in_process(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> InProcess:
    return InProcess(sqlite_url, capsys, monkeypatch)


@pytest.fixture
def sqlite_ctx(sqlite_url: str) -> Iterator[AppContext]:
    """The database of `bare_sqlite_cli`, opened in this process."""
    context = build_context(sqlite_url)
    yield context
    context.close()


def _os_user_of(url: str, name: str) -> str | None:
    with open_database(url) as db, db.reading() as session:
        member = session.query(Staff).filter(Staff.name == name).one()
        return member.os_user


# -- the login ------------------------------------------------------------------------------------


def test_the_login_is_the_real_user_ids_not_the_environments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", OTHER_LOGIN)
    monkeypatch.setenv("LOGNAME", OTHER_LOGIN)
    monkeypatch.setenv("USERNAME", OTHER_LOGIN)
    assert os_login() == pwd.getpwuid(__import__("os").getuid()).pw_name != OTHER_LOGIN


def test_setting_user_in_the_environment_does_not_make_a_command_someone_else(
    bare_sqlite_cli: Cli, sqlite_ctx: AppContext
) -> None:
    _olga_is_the_admin(sqlite_ctx)  # olga, an admin, is linked to OTHER_LOGIN
    spoofed = {"USER": OTHER_LOGIN, "LOGNAME": OTHER_LOGIN, "USERNAME": OTHER_LOGIN}

    result = bare_sqlite_cli("config", "set", "company.name", "Taken Over", env=spoofed)

    assert result.returncode == 2
    assert f"the login {LOGIN} is not linked" in result.stderr
    assert audit_rows(bare_sqlite_cli.db, "setting.changed") == []


# -- an unlinked login ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["import", str(SPEC_EXAMPLE)],
        ["export"],
        ["demo", "--customers", "1"],
        ["config", "list"],
        ["config", "get", "smtp.host"],
        ["config", "set", "company.name", "Mine Now"],
        ["config", "set-secret", "smtp.password"],
        ["config", "init-signing-key"],
        ["staff", "add", "eve", "--role", "admin"],
        ["staff", "link", "olga", "--os-user", LOGIN],
        ["upcoming"],
        ["gateway", "ledger"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_an_unlinked_login_may_not_run_commands(
    in_process: InProcess, sqlite_ctx: AppContext, memory_keyring: MemoryKeyring, command: list[str]
) -> None:
    _olga_is_the_admin(sqlite_ctx)
    audit_before = count_rows(in_process.db, AuditEntry)

    code, out, err = in_process(*command, stdin="a-secret-of-16-chars-or-more\n")

    assert code == 2, out
    assert f"the login {LOGIN} is not linked to a staff member" in err
    assert f"staff link NAME --os-user {LOGIN}" in err  # how an admin links it
    assert out == ""
    assert count_rows(in_process.db, AuditEntry) == audit_before
    assert count_rows(in_process.db, Staff) == 1
    assert _os_user_of(in_process.db, "olga") == OTHER_LOGIN
    assert memory_keyring.values == {}


def test_an_unlinked_login_may_run_the_due_checks_as_the_scheduler(bare_cli: Cli, ctx: AppContext) -> None:
    _olga_is_the_admin(ctx)
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")
    with_keyring = build_context(bare_cli.db, secrets=FileSecretStore(bare_cli.keyring_file))
    init_signing_key(with_keyring, OLGA)  # the e-mails it queues can be signed (R33)
    with_keyring.close()
    assert headless_actor(ctx, "due-run").name == "system:scheduler"

    result = bare_cli("due-run", "--json", today=None)

    assert result.returncode == 0, result.stderr
    assert '"events"' in result.stdout
    # Another day than the clock's is an admin's tool: a run dated ahead would charge early.
    ahead = bare_cli("due-run", "--json", today="2027-11-24")
    assert ahead.returncode == 2
    assert "not linked" in ahead.stderr and "due-run --today" in ahead.stderr
    assert bare_cli("gateway", "ledger", "--json").stdout.strip() in ("", "[]")
    assert bare_cli("--help").returncode == 0
    assert bare_cli("due-run", "--help").returncode == 0


# -- a database with no staff ---------------------------------------------------------------------


def test_on_a_database_with_no_staff_the_first_admin_is_linked_to_the_login(bare_cli: Cli) -> None:
    refused = bare_cli("config", "list")
    assert refused.returncode == 2
    assert "no staff yet" in refused.stderr and "staff add NAME --role admin" in refused.stderr
    not_admin = bare_cli("staff", "add", "sam", "--role", "sales", stdin=PASSWORD)
    assert not_admin.returncode == 2
    assert "first member is an admin" in not_admin.stderr

    made = bare_cli("staff", "add", "root-admin", "--role", "admin", stdin=PASSWORD)

    assert made.returncode == 0, made.stderr
    assert f"linked to the login {LOGIN}" in made.stdout
    assert _os_user_of(bare_cli.db, "root-admin") == LOGIN
    [added] = audit_rows(bare_cli.db, "staff.added")
    assert added["actor"] == f"os:{LOGIN}"
    assert added["after"] == {"name": "root-admin", "role": "admin", "active": True, "os_user": LOGIN}

    # From now on the login is root-admin, with root-admin's role, and the audit log says both.
    assert bare_cli("config", "set", "company.name", "Levi Hosting").returncode == 0
    assert audit_rows(bare_cli.db, "setting.changed")[0]["actor"] == f"root-admin (os:{LOGIN})"
    second = bare_cli("staff", "add", "sara", "--role", "sales", stdin=PASSWORD)
    assert second.returncode == 0, second.stderr
    assert _os_user_of(bare_cli.db, "sara") is None


def test_two_first_admins_at_once_make_one(ctx: AppContext) -> None:
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def first_admin(index: int) -> None:
        barrier.wait()
        try:
            create_first_admin_for_login(ctx, f"login-{index}", f"admin-{index}", PASSWORD)
            outcomes.append("made")
        except UseCaseError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=first_admin, args=(index,)) for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["first_admin_exists"] * 3 + ["made"]
    assert len(list_staff(ctx, TEST_ADMIN)) == 1


def test_the_windows_first_admin_needs_an_empty_database(ctx: AppContext) -> None:
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")  # customers, and no staff

    with pytest.raises(UseCaseError) as refused:
        create_first_admin(ctx, Actor("setup:mallory", Role.ADMIN), "mallory", PASSWORD)

    assert refused.value.code == "database_not_empty"
    assert list_staff(ctx, TEST_ADMIN) == []


def test_the_windows_first_admin_on_an_empty_database_then_never_again(ctx: AppContext) -> None:
    create_first_admin(ctx, Actor("setup:adam", Role.ADMIN), "adam", PASSWORD)
    with pytest.raises(UseCaseError) as refused:
        create_first_admin(ctx, Actor("setup:eve", Role.ADMIN), "eve", PASSWORD)
    assert refused.value.code == "first_admin_exists"


# -- a linked login has its member's role ----------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        ("sales", [], [["config", "list"], ["export"], ["upcoming"], ["config", "set", "company.name", "X"]]),
        ("finance", [["config", "list"], ["export"], ["upcoming"]], [["config", "set", "company.name", "X"]]),
    ],
)
def test_a_linked_login_has_its_members_role(
    in_process: InProcess,
    sqlite_ctx: AppContext,
    role: str,
    allowed: list[list[str]],
    refused: list[list[str]],
) -> None:
    _olga_is_the_admin(sqlite_ctx)
    _link_us_to(sqlite_ctx, "mia", role)

    for command in allowed:
        code, _, err = in_process(*command)
        assert code == 0, (command, err)
    for command in refused:
        code, _, err = in_process(*command)
        assert code == 2, command
        assert f"mia (os:{LOGIN}) ({role}) may not do this" in err
    assert audit_rows(in_process.db, "setting.changed") == []


def test_a_disabled_members_login_is_refused(in_process: InProcess, sqlite_ctx: AppContext) -> None:
    _olga_is_the_admin(sqlite_ctx)
    _link_us_to(sqlite_ctx, "mia", "admin")
    assert in_process("config", "list")[0] == 0
    [mia] = [member for member in list_staff(sqlite_ctx, OLGA) if member.name == "mia"]
    set_active(sqlite_ctx, OLGA, mia.id, False)

    code, _, err = in_process("config", "list")

    assert code == 2
    assert f"the login {LOGIN} is linked to mia, who is disabled" in err


def test_sales_may_not_read_settings_through_the_use_case(ctx: AppContext) -> None:
    for actor in (Actor("sara", Role.SALES), Actor("system:scheduler", Role.SYSTEM)):
        with pytest.raises(UseCaseError) as refused:
            get_setting(ctx, actor, "smtp.host")
        assert refused.value.code == "forbidden"
        with pytest.raises(UseCaseError) as refused:
            all_settings(ctx, actor)
        assert refused.value.code == "forbidden"
    assert get_setting(ctx, Actor("fina", Role.FINANCE), "check_days_before") == "15"


# -- staff link ------------------------------------------------------------------------------------


def test_an_admin_links_and_unlinks_a_login_and_it_is_audited(cli: Cli) -> None:
    assert cli("staff", "add", "sara", "--role", "sales", stdin=PASSWORD).returncode == 0
    assert cli("staff", "add", "fina", "--role", "finance", stdin=PASSWORD).returncode == 0

    linked = cli("staff", "link", "SARA", "--os-user", "sara-login")
    assert linked.returncode == 0, linked.stderr
    assert "sara is linked to the login sara-login" in linked.stdout
    assert _os_user_of(cli.db, "sara") == "sara-login"

    taken = cli("staff", "link", "fina", "--os-user", "sara-login")  # one member per login
    assert taken.returncode == 2
    assert "sara-login is already linked to sara" in taken.stderr
    assert _os_user_of(cli.db, "fina") is None
    assert cli("staff", "link", "nobody", "--os-user", "x").returncode == 2
    assert cli("staff", "link", "fina", "--os-user", "two words").returncode == 2

    unlinked = cli("staff", "link", "sara", "--os-user", "")
    assert unlinked.returncode == 0, unlinked.stderr
    assert _os_user_of(cli.db, "sara") is None
    assert cli("staff", "link", "fina", "--os-user", "sara-login").returncode == 0

    rows = audit_rows(cli.db)
    changes = [
        (row["actor"], row["action"], row["before"], row["after"])
        for row in rows
        if row["action"].startswith("staff.os_user")
    ]
    assert changes == [
        (
            OS_ACTOR,
            "staff.os_user_linked",
            {"name": "sara", "os_user": None},
            {"name": "sara", "os_user": "sara-login"},
        ),
        (
            OS_ACTOR,
            "staff.os_user_unlinked",
            {"name": "sara", "os_user": "sara-login"},
            {"name": "sara", "os_user": None},
        ),
        (
            OS_ACTOR,
            "staff.os_user_linked",
            {"name": "fina", "os_user": None},
            {"name": "fina", "os_user": "sara-login"},
        ),
    ]


def test_only_an_admin_links_logins(ctx: AppContext) -> None:
    _olga_is_the_admin(ctx)
    add_staff(ctx, OLGA, "fina", "finance", PASSWORD)
    with pytest.raises(UseCaseError) as refused:
        link_os_user(ctx, Actor("fina", Role.FINANCE, login="fina"), "fina", "fina")
    assert refused.value.code == "forbidden"


def test_the_cli_fixture_is_an_admin_linked_to_this_login(cli: Cli, tmp_path: Path) -> None:
    """What every other command-line test relies on."""
    assert _os_user_of(cli.db, "cli-admin") == LOGIN
    assert cli("config", "set", "company.name", "Levi").returncode == 0
    assert audit_rows(cli.db, "setting.changed")[0]["actor"] == OS_ACTOR == f"cli-admin (os:{LOGIN})"
