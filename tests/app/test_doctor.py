"""The checks of a workstation (R44) on a real SQLite file and a real PostgreSQL server, with a real
SMTP server on loopback: every check passing on a configured database, and each failing alone, the
others still run and said; the database is only read, never migrated or made."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import create_engine, text

from desktop.app import doctor
from desktop.app.doctor import Check, checks_here, run_checks
from desktop.bootstrap import AppContext, build_context
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome
from desktop.jobs import signing_key as keys
from desktop.secrets import KeyringSecretStore
from desktop.store import migrate
from tests.jobs.smtp_helpers import (
    HOST,
    SmtpServer,
    dead_smtp_port_fixture,  # noqa: F401 (the fixture "dead_smtp_port")
    point_smtp_at,
    running_smtp,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.support.keyrings import MemoryKeyring


def by_kind(checks: tuple[Check, ...]) -> dict[CheckKind, Check]:
    return {check.kind: check for check in checks}


def url_of(ctx: AppContext) -> str:
    return ctx.db.engine.url.render_as_string(hide_password=False)


def version_of(url: str) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = connection.scalar(text("SELECT version_num FROM alembic_version"))
            return None if found is None else str(found)
    finally:
        engine.dispose()


def set_version(url: str, version: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": version})
    finally:
        engine.dispose()


@pytest.fixture
def never_greets() -> Iterator[int]:
    """A port that takes the connection and never says a word: a hung server."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind((HOST, 0))
        server.listen(4)
        yield int(server.getsockname()[1])


def test_every_check_passes_on_a_configured_database_and_nothing_is_sent(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    checks = checks_here(ctx)
    assert [check.kind for check in checks] == list(CheckKind)
    assert [check.outcome for check in checks] == [CheckOutcome.PASSED] * len(CheckKind), checks
    assert doctor.all_passed(checks)
    found = by_kind(checks)
    assert found[CheckKind.SCHEMA].params["version"] == migrate.head_revision()
    assert found[CheckKind.SMTP].finding is CheckFinding.SMTP_GREETS
    assert found[CheckKind.SMTP].params["server"] == f"{HOST}:{smtp.port}"
    assert "links.signing_key" in found[CheckKind.KEYRING].params["kept"]
    expected_clock = (
        CheckFinding.CLOCK_SAME_MACHINE if ctx.db.dialect == "sqlite" else CheckFinding.CLOCK_AGREES
    )
    assert found[CheckKind.CLOCK].finding is expected_clock
    assert smtp.received() == []  # connected and greeted: no message


def test_a_mail_server_that_is_down_fails_only_the_smtp_check(ctx: AppContext, dead_smtp_port: int) -> None:
    point_smtp_at(ctx, dead_smtp_port)
    found = by_kind(checks_here(ctx))
    smtp = found.pop(CheckKind.SMTP)
    assert smtp.outcome is CheckOutcome.FAILED
    assert smtp.finding is CheckFinding.SMTP_UNREACHABLE
    assert "refused" in smtp.params["detail"].lower()
    assert all(check.passed for check in found.values()), found


def test_the_smtp_login_is_tried_and_a_wrong_password_is_said(ctx: AppContext) -> None:
    with running_smtp(("mailer", "right")) as server:
        point_smtp_at(ctx, server.port, signing_key=True, **{"smtp.user": "mailer"})
        ctx.secrets.set("smtp.password", "right")
        good = by_kind(checks_here(ctx))[CheckKind.SMTP]
        ctx.secrets.set("smtp.password", "wrong")
        bad = by_kind(checks_here(ctx))[CheckKind.SMTP]
        # smtplib tries the next mechanism after a refusal: the wrong password may be given twice
        assert server.handler.logins[0] == ("mailer", "right")
        assert set(server.handler.logins[1:]) == {("mailer", "wrong")}
        assert server.received() == []
    assert good.passed and good.params["user"] == "mailer"
    assert bad.finding is CheckFinding.SMTP_REFUSED and bad.params["detail"].startswith("535")
    assert "wrong" not in str(bad.params) and "right" not in str(good.params)


def test_an_smtp_user_without_a_password_here_is_said(ctx: AppContext, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"smtp.user": "mailer"})
    check = by_kind(checks_here(ctx))[CheckKind.SMTP]
    assert check.finding is CheckFinding.SMTP_NO_PASSWORD and check.params["user"] == "mailer"


def test_no_keyring_fails_the_keyring_and_leaves_the_signing_key_unchecked(
    ctx: AppContext, smtp: SmtpServer
) -> None:
    point_smtp_at(ctx, smtp.port)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # the fixture puts it back
    found = by_kind(checks_here(ctx))
    assert found[CheckKind.KEYRING].finding is CheckFinding.KEYRING_UNUSABLE
    assert "keyring" in found[CheckKind.KEYRING].params["detail"].lower()
    assert found[CheckKind.SIGNING_KEY].outcome is CheckOutcome.NOT_RUN
    assert found[CheckKind.SIGNING_KEY].params["because"] == CheckKind.KEYRING.value
    for kind in (CheckKind.DATABASE, CheckKind.SCHEMA, CheckKind.SMTP, CheckKind.GATEWAY, CheckKind.CLOCK):
        assert found[kind].passed, found[kind]


def test_the_signing_key_not_made_missing_here_or_not_the_databases(
    ctx: AppContext, smtp: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=False)
    findings = []
    findings.append(by_kind(checks_here(ctx))[CheckKind.SIGNING_KEY])
    point_smtp_at(ctx, smtp.port)  # makes the key
    findings.append(by_kind(checks_here(ctx))[CheckKind.SIGNING_KEY])
    ctx.secrets.set(keys.SECRET, "another-workstation-made-this-key")
    findings.append(by_kind(checks_here(ctx))[CheckKind.SIGNING_KEY])
    memory_keyring.values.clear()
    findings.append(by_kind(checks_here(ctx))[CheckKind.SIGNING_KEY])
    assert [check.finding for check in findings] == [
        CheckFinding.SIGNING_KEY_NOT_CREATED,
        CheckFinding.SIGNING_KEY_MATCHES,
        CheckFinding.SIGNING_KEY_MISMATCH,
        CheckFinding.SIGNING_KEY_MISSING_HERE,
    ]
    assert [check.passed for check in findings] == [False, True, False, False]


def test_an_older_database_is_said_and_left_unmigrated(db_url: str) -> None:
    from alembic import command

    config = migrate._config()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    found = by_kind(run_checks(db_url))
    assert found[CheckKind.DATABASE].passed
    schema = found[CheckKind.SCHEMA]
    assert schema.finding is CheckFinding.SCHEMA_OLDER and schema.outcome is CheckOutcome.FAILED
    assert schema.params["version"] == "0005" and schema.params["head"] == migrate.head_revision()
    assert found[CheckKind.SMTP].outcome is CheckOutcome.NOT_RUN
    assert found[CheckKind.SMTP].params["because"] == CheckKind.SCHEMA.value
    assert version_of(db_url) == "0005"  # doctor reads, never migrates


def test_a_newer_database_is_said_as_newer(ctx: AppContext) -> None:
    url = url_of(ctx)
    set_version(url, "9999")
    found = by_kind(run_checks(url, secrets=ctx.secrets))
    assert found[CheckKind.DATABASE].passed
    assert found[CheckKind.SCHEMA].finding is CheckFinding.SCHEMA_NEWER
    assert found[CheckKind.SCHEMA].params["version"] == "9999"
    assert found[CheckKind.KEYRING].passed
    assert {found[kind].outcome for kind in (CheckKind.SIGNING_KEY, CheckKind.CLOCK)} == {
        CheckOutcome.NOT_RUN
    }
    assert version_of(url) == "9999"


def test_an_empty_database_is_said_and_not_set_up(db_url: str) -> None:
    found = by_kind(run_checks(db_url))
    if db_url.startswith("sqlite"):
        path = Path(db_url.removeprefix("sqlite:///"))
        assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_NO_FILE
        assert not path.exists()  # doctor makes no file
        assert found[CheckKind.SCHEMA].params["because"] == CheckKind.DATABASE.value
    else:
        assert found[CheckKind.DATABASE].passed
        assert found[CheckKind.SCHEMA].finding is CheckFinding.SCHEMA_EMPTY
        engine = create_engine(db_url)
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 0
        engine.dispose()


def test_a_foreign_database_is_refused_by_name(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    engine = create_engine(f"sqlite:///{foreign}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices_of_another_program (id INTEGER)"))
    engine.dispose()
    found = by_kind(run_checks(f"sqlite:///{foreign}"))
    assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_REFUSED
    assert "not a RenewDesk database" in found[CheckKind.DATABASE].params["detail"]
    assert [found[kind].outcome for kind in (CheckKind.SCHEMA, CheckKind.GATEWAY)] == [
        CheckOutcome.NOT_RUN
    ] * 2


def test_an_unreachable_server_fails_the_database_and_the_rest_say_why(
    dead_smtp_port: int, memory_keyring: MemoryKeyring
) -> None:
    url = f"postgresql+psycopg://clerk:s3cret-pw@127.0.0.1:{dead_smtp_port}/renewdesk"
    started = datetime.now(UTC)
    checks = run_checks(url)
    assert datetime.now(UTC) - started < timedelta(seconds=doctor.BOUND_SECONDS)
    found = by_kind(checks)
    assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_UNREACHABLE
    assert found[CheckKind.KEYRING].passed
    dependent = (CheckKind.SCHEMA, CheckKind.SIGNING_KEY, CheckKind.SMTP, CheckKind.GATEWAY, CheckKind.CLOCK)
    for kind in dependent:
        assert found[kind].outcome is CheckOutcome.NOT_RUN
        assert found[kind].params["because"] == CheckKind.DATABASE.value
    assert "s3cret-pw" not in repr(checks)
    assert (
        found[CheckKind.DATABASE].params["url"]
        == f"postgresql+psycopg://clerk@127.0.0.1:{dead_smtp_port}/renewdesk"
    )


def test_a_network_share_is_refused_with_the_way_to_a_server() -> None:
    found = by_kind(run_checks("sqlite:////" + "/fileserver/share/renewdesk.sqlite3"))
    assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_URL_REFUSED
    assert "network share" in found[CheckKind.DATABASE].params["detail"]


def test_a_clock_more_than_two_minutes_off_the_servers_fails(ctx: AppContext, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port)
    ahead = run_checks(url_of(ctx), secrets=ctx.secrets, now=lambda: datetime.now(UTC) + timedelta(minutes=5))
    clock = by_kind(ahead)[CheckKind.CLOCK]
    if ctx.db.dialect == "sqlite":  # the database's clock is this computer's own: nothing to compare
        assert clock.finding is CheckFinding.CLOCK_SAME_MACHINE and clock.passed
        return
    assert clock.finding is CheckFinding.CLOCK_OFF and clock.params["ahead"] == "yes"
    assert 290 <= int(clock.params["seconds"]) <= 310
    near = run_checks(url_of(ctx), secrets=ctx.secrets, now=lambda: datetime.now(UTC) - timedelta(seconds=90))
    assert by_kind(near)[CheckKind.CLOCK].finding is CheckFinding.CLOCK_AGREES


def test_an_unknown_time_zone_is_said(ctx: AppContext) -> None:
    with ctx.db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO settings (key, value, updated_at, updated_by) "
                "VALUES ('timezone', 'Mars/Base', :at, 'a hand edit')"
            ),
            {"at": datetime.now(UTC)},
        )
    clock = by_kind(checks_here(ctx))[CheckKind.CLOCK]
    assert clock.finding is CheckFinding.TIMEZONE_UNKNOWN and clock.params["zone"] == "Mars/Base"


def test_a_hung_server_is_given_up_on_and_the_checks_after_it_still_run(
    ctx: AppContext, never_greets: int
) -> None:
    point_smtp_at(ctx, never_greets)
    found = by_kind(run_checks(url_of(ctx), secrets=ctx.secrets, bound=1.0))
    assert found[CheckKind.SMTP].finding is CheckFinding.NO_ANSWER_IN_TIME
    assert found[CheckKind.SMTP].params["seconds"] == "1"
    assert found[CheckKind.GATEWAY].passed and found[CheckKind.CLOCK].passed


def test_an_empty_file_is_said_empty_and_left_as_it_was(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    found = by_kind(run_checks(f"sqlite:///{empty}"))
    assert found[CheckKind.DATABASE].passed
    assert found[CheckKind.SCHEMA].finding is CheckFinding.SCHEMA_EMPTY
    assert empty.stat().st_size == 0 and sorted(path.name for path in tmp_path.iterdir()) == [empty.name]


@pytest.mark.parametrize("path", ["/dev/null", "/proc/version"])
def test_a_device_is_not_taken_for_an_empty_database(path: str) -> None:
    found = by_kind(run_checks(f"sqlite:///{path}"))
    assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_URL_REFUSED
    assert f"{path} is not a file" in found[CheckKind.DATABASE].params["detail"]


def test_starttls_asked_of_a_server_without_it_is_said(ctx: AppContext, smtp: SmtpServer) -> None:
    point_smtp_at(ctx, smtp.port, signing_key=True, **{"smtp.starttls": "true"})
    check = by_kind(checks_here(ctx))[CheckKind.SMTP]
    assert check.finding is CheckFinding.SMTP_REFUSED
    assert "STARTTLS" in check.params["detail"]
    assert smtp.received() == []


def test_damage_deep_in_a_sqlite_file_is_found(sctx_url: str) -> None:
    """The cheap look of every start reads each table's first row; doctor reads every page."""
    path = Path(sctx_url.removeprefix("sqlite:///"))
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:  # the last page, a leaf of the filled table, torn
        handle.seek((pages - 1) * page_size + 100)
        handle.write(b"\xff" * 300)
    found = by_kind(run_checks(sctx_url))
    assert found[CheckKind.DATABASE].finding is CheckFinding.DATABASE_REFUSED
    assert "damaged" in found[CheckKind.DATABASE].params["detail"]
    assert found[CheckKind.SCHEMA].outcome is CheckOutcome.NOT_RUN


@pytest.fixture
def sctx_url(sqlite_url: str, fresh_copy: Callable[[str], None]) -> str:
    """A migrated SQLite file with a table of many pages, written through (no WAL left over)."""
    fresh_copy(sqlite_url)
    ctx = build_context(sqlite_url, secrets=KeyringSecretStore())
    try:
        with ctx.db.transaction() as session:
            for number in range(3000):
                session.execute(
                    text(
                        "INSERT INTO settings (key, value, updated_at, updated_by) "
                        "VALUES (:key, :value, :at, 'filler')"
                    ),
                    {"key": f"filler.{number:05d}", "value": "x" * 200, "at": datetime.now(UTC)},
                )
    finally:
        ctx.close()
    connection = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return sqlite_url
