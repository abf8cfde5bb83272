"""`python main.py staff add NAME --role ROLE`, the password from standard input (R23, R26)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from desktop.app.errors import UseCaseError
from desktop.app.staff import add_staff, staff_count
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, Staff
from tests.cli.helpers import OS_ACTOR, audit_rows, count_rows, every_row_as_text, staff_rows
from tests.conftest import Cli
from tests.support.actors import TEST_ADMIN

PASSWORD = "correct-horse-42"


def test_staff_add_keeps_an_argon2id_hash_and_audits(cli: Cli) -> None:
    result = cli("staff", "add", "anna", "--role", "sales", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "anna" in result.stdout and "sales" in result.stdout
    assert PASSWORD not in result.stdout + result.stderr

    [(name, role, password_hash)] = staff_rows(cli.db)
    assert (name, role) == ("anna", "sales")
    assert password_hash.startswith("$argon2id$")
    assert PASSWORD not in password_hash
    assert PASSWORD not in every_row_as_text(cli.db)

    [_first_admin, row] = audit_rows(cli.db, "staff.added")
    assert row["actor"] == OS_ACTOR
    assert row["entity"] == "staff"
    assert row["after"] == {"name": "anna", "role": "sales", "active": True}
    assert row["before"] is None


def test_the_hash_verifies_the_password_and_only_it(sqlite_cli: Cli) -> None:
    assert sqlite_cli("staff", "add", "fiona", "--role", "finance", stdin=PASSWORD).returncode == 0
    [(_, role, password_hash)] = staff_rows(sqlite_cli.db)
    assert role == "finance"
    hasher = PasswordHasher()
    assert hasher.verify(password_hash, PASSWORD)
    with pytest.raises(VerifyMismatchError):
        hasher.verify(password_hash, PASSWORD + "x")


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["bob", "--role", "sales"], "short", "at least 8"),
        (["bob", "--role", "boss"], PASSWORD, "boss"),
        (["anna", "--role", "finance"], PASSWORD, "anna"),
        (["ANNA", "--role", "sales"], PASSWORD, "ANNA"),
        (["os:root", "--role", "admin"], PASSWORD, "reserved"),
    ],
    ids=["short-password", "bad-role", "duplicate", "duplicate-other-case", "reserved-name"],
)
def test_a_refused_staff_add_exits_2_and_changes_nothing(
    cli: Cli, args: list[str], stdin: str, expected: str
) -> None:
    assert cli("staff", "add", "anna", "--role", "sales", stdin=PASSWORD).returncode == 0
    staff_before = staff_rows(cli.db)
    audit_before = count_rows(cli.db, AuditEntry)

    result = cli("staff", "add", *args, stdin=stdin)

    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert stdin not in result.stderr
    assert staff_rows(cli.db) == staff_before
    assert count_rows(cli.db, Staff) == 2  # anna and the fixture's admin
    assert count_rows(cli.db, AuditEntry) == audit_before


def test_the_use_case_refuses_a_role_that_is_not_a_staff_role(ctx: AppContext) -> None:
    for role in ("system", "boss", ""):
        with pytest.raises(UseCaseError) as refused:
            add_staff(ctx, TEST_ADMIN, "bob", role, PASSWORD)
        assert refused.value.code == "role_invalid"
    assert staff_count(ctx) == 0
