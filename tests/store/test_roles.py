"""R23: the service layer enforces the roles; a refused call changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.app.actor import SCHEDULER, Actor, Permission, Role, require
from desktop.app.config import get_setting, set_secret, set_setting
from desktop.app.errors import UseCaseError
from desktop.app.ledger import gateway_ledger
from desktop.app.staff import add_staff, staff_count
from desktop.bootstrap import AppContext
from desktop.store.models import AuditEntry, SettingRow
from tests.support.keyrings import MemoryKeyring

SALES = Actor("bob", Role.SALES)
FINANCE = Actor("fiona", Role.FINANCE)
ADMIN = Actor("ada", Role.ADMIN)


def audit_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_require_refuses_sales_the_settings() -> None:
    with pytest.raises(UseCaseError) as refused:
        require(SALES, Permission.MANAGE_SETTINGS)
    assert refused.value.code == "forbidden"
    assert refused.value.params == {"actor": "bob", "role": "sales", "permission": "manage_settings"}
    require(ADMIN, Permission.MANAGE_SETTINGS)  # allowed: no exception


@pytest.mark.parametrize(
    ("actor", "permission", "allowed"),
    [
        (SALES, Permission.MANAGE_RECURRING, True),
        (SALES, Permission.MANAGE_CARDS, True),
        (SALES, Permission.VIEW_FINANCE, False),
        (SALES, Permission.MANAGE_STAFF, False),
        (FINANCE, Permission.VIEW_FINANCE, True),
        (FINANCE, Permission.EXPORT_DATA, True),
        (FINANCE, Permission.MANAGE_RECURRING, False),
        (FINANCE, Permission.MANAGE_STAFF, False),
        (FINANCE, Permission.MANAGE_SETTINGS, False),
        (ADMIN, Permission.MANAGE_STAFF, True),
        (ADMIN, Permission.RUN_DUE_CHECKS, True),
        (SCHEDULER, Permission.RUN_DUE_CHECKS, True),
        (SCHEDULER, Permission.MANAGE_SETTINGS, False),
        (SCHEDULER, Permission.MANAGE_STAFF, False),
    ],
)
def test_role_permissions(actor: Actor, permission: Permission, allowed: bool) -> None:
    assert actor.may(permission) is allowed
    if allowed:
        require(actor, permission)
    else:
        with pytest.raises(UseCaseError, match="forbidden"):
            require(actor, permission)


def test_sales_may_not_change_a_setting(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        set_setting(ctx, SALES, "check_days_before", "10")
    assert refused.value.code == "forbidden"
    assert get_setting(ctx, ADMIN, "check_days_before") == "15"
    assert ctx.settings.check_days_before == 15
    with ctx.db.reading() as session:
        assert session.get(SettingRow, "check_days_before") is None
    assert audit_count(ctx) == 0

    assert set_setting(ctx, ADMIN, "check_days_before", "10") == "10"
    assert ctx.settings.check_days_before == 10


def test_sales_and_finance_may_not_set_a_secret(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    for actor in (SALES, FINANCE):
        with pytest.raises(UseCaseError, match="forbidden"):
            set_secret(ctx, actor, "smtp.password", "hunter2-long")
    assert memory_keyring.values == {}
    assert audit_count(ctx) == 0


def test_finance_may_not_manage_staff(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError) as refused:
        add_staff(ctx, FINANCE, "carl", "sales", "long-enough-password")
    assert refused.value.code == "forbidden"
    with pytest.raises(UseCaseError, match="forbidden"):
        add_staff(ctx, SALES, "carl", "sales", "long-enough-password")
    assert staff_count(ctx) == 0
    assert audit_count(ctx) == 0

    added = add_staff(ctx, ADMIN, "carl", "sales", "long-enough-password")
    assert (added.name, added.role) == ("carl", Role.SALES)


def test_sales_may_not_read_the_gateway_ledger_but_finance_may(ctx: AppContext) -> None:
    with pytest.raises(UseCaseError, match="forbidden"):
        gateway_ledger(ctx, SALES)
    assert gateway_ledger(ctx, FINANCE) == []
