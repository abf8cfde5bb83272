"""`config set` with values that used to slip through: refused with exit status 2 and a message
naming the key (and the character), and nothing stored or audited."""

from __future__ import annotations

import pytest

from desktop.store.models import AuditEntry
from tests.cli.helpers import count_rows, stored_settings
from tests.conftest import Cli

HOSTILE = [
    ("company.name", "   ", "only spaces"),
    ("smtp.user", " \t ", "only spaces"),
    ("smtp.host", "mail\x07.example.com", "U+0007"),
    ("smtp.host", "mail\x1b[2J.example.com", "U+001B"),
    ("check_days_before", "٣٠", "0-9"),
    ("smtp.port", "５８７", "0-9"),
    ("company.name", "Levi\u200bHosting", "U+200B ZERO WIDTH SPACE"),
    ("smtp.user", "ops\u200d", "U+200D ZERO WIDTH JOINER"),
]


@pytest.mark.parametrize(("key", "value", "named"), HOSTILE, ids=[f"{k}-{n}" for k, _, n in HOSTILE])
def test_a_hostile_value_is_refused_naming_the_key(sqlite_cli: Cli, key: str, value: str, named: str) -> None:
    assert sqlite_cli("config", "set", "company.name", "Levi Hosting").returncode == 0
    settings_before = stored_settings(sqlite_cli.db)
    audit_before = count_rows(sqlite_cli.db, AuditEntry)

    refused = sqlite_cli("config", "set", key, value)

    assert refused.returncode == 2, refused.stdout
    assert refused.stderr.count(f"{key}: ") == 1, refused.stderr
    assert named in refused.stderr
    assert "Traceback" not in refused.stderr
    assert "\x1b" not in refused.stderr and "\x07" not in refused.stderr  # never echoed raw
    assert stored_settings(sqlite_cli.db) == settings_before
    assert count_rows(sqlite_cli.db, AuditEntry) == audit_before


def test_a_value_of_only_spaces_is_refused_on_postgresql_too(cli: Cli) -> None:
    refused = cli("config", "set", "company.name", "  ")
    assert refused.returncode == 2
    assert "company.name: " in refused.stderr
    assert cli("config", "get", "company.name").stdout.strip() == "RenewDesk Hosting"
