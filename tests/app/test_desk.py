"""The desk calls a use case as the person signed in and announces what the use case changed."""

from __future__ import annotations

import pytest

from desktop.app import customers, recurring, staff
from desktop.app.actor import Actor, Role
from desktop.app.changes import Change, announced_by
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.bootstrap import AppContext
from tests.support.actors import TEST_ADMIN


@pytest.mark.parametrize(
    ("use_case", "changes"),
    [
        (recurring.enable_recurring, {Change.ACCOUNTS, Change.CHARGES, Change.MAIL}),
        (recurring.disable_recurring, {Change.ACCOUNTS, Change.CHARGES, Change.MAIL}),
        (staff.add_staff, {Change.STAFF}),
        (customers.find_customers, set()),
    ],
)
def test_use_cases_that_change_data_say_what_they_change(use_case: object, changes: set[Change]) -> None:
    assert callable(use_case)
    assert announced_by(use_case) == changes


def test_a_call_that_changes_data_is_announced_once_and_a_refused_one_not_at_all(ctx: AppContext) -> None:
    desk = Desk(ctx, TEST_ADMIN)
    heard: list[frozenset[Change]] = []
    desk.on_change(heard.append)

    desk.call(customers.find_customers, "")
    assert heard == []
    desk.call(staff.add_staff, "nora", "sales", "a long enough password 1")
    assert heard == [frozenset({Change.STAFF})]

    with pytest.raises(UseCaseError):
        desk.call(staff.add_staff, "nora", "sales", "a long enough password 1")  # the name is taken
    assert heard == [frozenset({Change.STAFF})]


def test_the_desk_never_acts_for_nobody(ctx: AppContext) -> None:
    with pytest.raises(PermissionError):
        Desk(ctx).call(customers.find_customers, "")


def test_a_sales_member_is_refused_what_sales_may_not_do(ctx: AppContext) -> None:
    desk = Desk(ctx, Actor("sam", Role.SALES))
    with pytest.raises(UseCaseError) as refused:
        desk.call(staff.list_staff)
    assert refused.value.code == "forbidden"
