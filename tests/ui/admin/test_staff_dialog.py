"""The staff dialog (admin, R23, R26) driven as an admin does: add a member, change a role, reset a
password that then signs in, disable a member after confirming, and the refusal to demote the last
active admin shown in the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.actor import Role
from desktop.app.auth import MAX_FAILURES, sign_in
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.app.staff import add_staff, list_staff
from desktop.bootstrap import AppContext
from desktop.ui.admin.staff_dialog import (
    AddStaffDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
    StaffDialog,
)
from desktop.ui.application import install_language
from desktop.ui.colours import muted_color
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import audit_rows
from tests.support.actors import TEST_ADMIN
from tests.ui.driving import cell_text, row_count, while_modal

PASSWORD = "correct horse battery"
NEW_PASSWORD = "battery staple 77"
NAME, ROLE, STATE, LOCKED = range(4)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(30_000)


@pytest.fixture
def workspace(sctx: AppContext) -> Desk:
    add_staff(sctx, TEST_ADMIN, "adam", "admin", PASSWORD)
    add_staff(sctx, TEST_ADMIN, "sara", "sales", PASSWORD)
    signed_in = Desk(sctx)
    signed_in.adopt(signed_in.make(sign_in, "adam", PASSWORD).actor)
    return signed_in


def open_dialog(qtbot: QtBot, workspace: Desk, tasks: TaskRunner) -> StaffDialog:
    dialog = StaffDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog, tasks)
    return dialog


def settle(qtbot: QtBot, dialog: StaffDialog, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not tasks.busy and not dialog.loading)


def names(dialog: StaffDialog) -> list[str]:
    return [cell_text(dialog.table, row, NAME) for row in range(row_count(dialog.table))]


def cell(dialog: StaffDialog, name: str, column: int) -> str:
    return cell_text(dialog.table, names(dialog).index(name), column)


def choose(dialog: StaffDialog, name: str) -> None:
    dialog.table.selectRow(names(dialog).index(name))
    selected = dialog.selected()
    assert selected is not None and selected.name == name


def roles(ctx: AppContext) -> dict[str, tuple[Role, bool]]:
    return {member.name: (member.role, member.active) for member in list_staff(ctx, TEST_ADMIN)}


def click_ok(qtbot: QtBot, form: AddStaffDialog | ChangeRoleDialog | ResetPasswordDialog) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not form.working)


def test_the_list_shows_each_member_with_role_and_state(
    qtbot: QtBot, workspace: Desk, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)

    assert names(dialog) == ["adam", "sara"]
    assert [cell(dialog, "adam", ROLE), cell(dialog, "sara", ROLE)] == ["Administrator", "Sales"]
    assert cell(dialog, "sara", STATE) == "Active" and cell(dialog, "sara", LOCKED) == ""
    # nothing chosen yet: only Add… is offered
    assert dialog.add_button.isEnabled()
    assert not dialog.role_button.isEnabled() and not dialog.active_button.isEnabled()


def test_a_member_added_through_the_dialog_is_listed(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)

    def steps(form: AddStaffDialog) -> None:
        assert form.password.echoMode() == QLineEdit.EchoMode.Password
        assert form.repeat.echoMode() == QLineEdit.EchoMode.Password
        assert [form.role.itemText(i) for i in range(form.role.count())] == [
            "Sales",
            "Finance",
            "Administrator",
        ]
        form.name.setText("nora")
        form.role.setCurrentIndex(form.role.findData("finance"))
        form.password.setText(PASSWORD)
        form.repeat.setText(PASSWORD + "!")
        click_ok(qtbot, form)
        assert form.error.text() == "The two passwords differ."  # said before any use case runs
        assert form.isVisible() and "nora" not in roles(sctx)
        form.password.setText("short")
        form.repeat.setText("short")
        click_ok(qtbot, form)
        assert form.error.text() == "The password must have at least 8 characters."
        assert form.isVisible()
        form.password.setText(PASSWORD)
        form.repeat.setText(PASSWORD)
        click_ok(qtbot, form)
        qtbot.waitUntil(lambda: not form.isVisible())

    while_modal(dialog.add_button.click, AddStaffDialog, steps)
    settle(qtbot, dialog, tasks)

    assert names(dialog) == ["adam", "nora", "sara"]
    assert cell(dialog, "nora", ROLE) == "Finance" and cell(dialog, "nora", STATE) == "Active"
    assert dialog.note.text() == "nora was added."
    selected = dialog.selected()
    assert selected is not None and selected.name == "nora"
    assert sign_in(sctx, "nora", PASSWORD).actor.role is Role.FINANCE
    assert [
        row.actor
        for row in audit_rows(sctx, "staff.added")
        if row.after
        == {
            "name": "nora",
            "role": "finance",
            "active": True,
        }
    ] == ["adam"]


def test_a_taken_name_is_refused_in_the_form(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)

    def steps(form: AddStaffDialog) -> None:
        form.name.setText("Sara")
        form.password.setText(PASSWORD)
        form.repeat.setText(PASSWORD)
        click_ok(qtbot, form)
        assert form.error.text() == "This name is taken."
        assert form.isVisible()
        form.reject()

    while_modal(dialog.add_button.click, AddStaffDialog, steps)
    settle(qtbot, dialog, tasks)
    assert names(dialog) == ["adam", "sara"]
    assert dialog.note.text() == ""


def test_a_role_changed_through_the_dialog(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)
    choose(dialog, "sara")

    def steps(form: ChangeRoleDialog) -> None:
        assert form.role.currentData() == "sales"  # starts at the member's role
        form.role.setCurrentIndex(form.role.findData("finance"))
        click_ok(qtbot, form)
        qtbot.waitUntil(lambda: not form.isVisible())

    while_modal(dialog.role_button.click, ChangeRoleDialog, steps)
    settle(qtbot, dialog, tasks)

    assert cell(dialog, "sara", ROLE) == "Finance"
    assert dialog.note.text() == "sara is now: Finance."
    assert roles(sctx)["sara"] == (Role.FINANCE, True)
    [row] = audit_rows(sctx, "staff.role_changed")
    assert (row.actor, row.after) == ("adam", {"name": "sara", "role": "finance"})


def test_a_password_reset_lifts_the_lock_and_the_new_password_signs_in(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(UseCaseError):
            sign_in(sctx, "sara", "wrong password")
    dialog = open_dialog(qtbot, workspace, tasks)
    assert cell(dialog, "sara", LOCKED) != ""  # shown as locked
    choose(dialog, "sara")

    def steps(form: ResetPasswordDialog) -> None:
        assert form.password.echoMode() == QLineEdit.EchoMode.Password
        form.password.setText(NEW_PASSWORD)
        form.repeat.setText(NEW_PASSWORD + "?")
        click_ok(qtbot, form)
        assert form.error.text() == "The two passwords differ." and form.isVisible()
        form.repeat.setText(NEW_PASSWORD)
        click_ok(qtbot, form)
        qtbot.waitUntil(lambda: not form.isVisible())

    while_modal(dialog.password_button.click, ResetPasswordDialog, steps)
    settle(qtbot, dialog, tasks)

    assert cell(dialog, "sara", LOCKED) == ""
    assert dialog.note.text() == "The password of sara was reset."
    assert sign_in(sctx, "sara", NEW_PASSWORD).actor.name == "sara"
    with pytest.raises(UseCaseError):
        sign_in(sctx, "sara", PASSWORD)


def test_disabling_asks_first_and_the_member_is_listed_as_disabled(
    qtbot: QtBot,
    sctx: AppContext,
    workspace: Desk,
    tasks: TaskRunner,
    message_boxes: list[tuple[str, str]],
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)
    choose(dialog, "sara")
    assert dialog.active_button.text() == "Disable"

    dialog.active_button.click()
    settle(qtbot, dialog, tasks)

    assert message_boxes == [
        ("Disable a staff member", "Disable sara? They will no longer be able to sign in.")
    ]
    assert cell(dialog, "sara", STATE) == "Disabled"
    assert dialog.note.text() == "sara was disabled."
    assert dialog.active_button.text() == "Enable"  # sara is still chosen
    with pytest.raises(UseCaseError) as refused:
        sign_in(sctx, "sara", PASSWORD)
    assert refused.value.code == "sign_in_failed"

    dialog.active_button.click()  # enabling asks nothing
    settle(qtbot, dialog, tasks)
    assert len(message_boxes) == 1
    assert cell(dialog, "sara", STATE) == "Active" and dialog.active_button.text() == "Disable"
    assert sign_in(sctx, "sara", PASSWORD).actor.name == "sara"


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot,
    sctx: AppContext,
    workspace: Desk,
    tasks: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def say_no(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(say_no))
    dialog = open_dialog(qtbot, workspace, tasks)
    choose(dialog, "sara")

    dialog.active_button.click()

    assert len(asked) == 1
    assert not tasks.busy
    assert cell(dialog, "sara", STATE) == "Active"
    assert roles(sctx)["sara"] == (Role.SALES, True)
    assert audit_rows(sctx, "staff.disabled") == []


def test_the_last_admin_refusal_is_shown_and_changes_nothing(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    dialog = open_dialog(qtbot, workspace, tasks)
    choose(dialog, "adam")
    assert not dialog.active_button.isEnabled()  # nobody disables themselves
    assert dialog.active_button.toolTip() == "You cannot disable yourself."

    def steps(form: ChangeRoleDialog) -> None:
        form.role.setCurrentIndex(form.role.findData("sales"))
        click_ok(qtbot, form)
        assert form.error.text() == (
            "adam is the last active administrator. Make another member an administrator first."
        )
        assert form.isVisible()
        form.reject()

    while_modal(dialog.role_button.click, ChangeRoleDialog, steps)
    settle(qtbot, dialog, tasks)

    assert cell(dialog, "adam", ROLE) == "Administrator"
    assert roles(sctx)["adam"] == (Role.ADMIN, True)
    assert audit_rows(sctx, "staff.role_changed") == []


def test_a_role_without_staff_rights_sees_the_refusal_and_no_action(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    workspace.adopt(workspace.make(sign_in, "sara", PASSWORD).actor)
    dialog = open_dialog(qtbot, workspace, tasks)

    assert dialog.error.text() == "Your role may not do this."
    assert names(dialog) == []
    assert not dialog.add_button.isEnabled()


def test_right_to_left_the_changed_member_stays_chosen(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    """QTableView.selectRow selects nothing right to left when the columns fill the width; the dialog
    must keep the member chosen after each refresh in Hebrew too."""
    install_language(qapp, "he")
    dialog = open_dialog(qtbot, workspace, tasks)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sara = next(member.id for member in dialog.members if member.name == "sara")
    dialog.select(sara)
    chosen = dialog.selected()
    assert chosen is not None and chosen.name == "sara" and dialog.active_button.isEnabled()

    dialog.active_button.click()
    settle(qtbot, dialog, tasks)

    assert roles(sctx)["sara"] == (Role.SALES, False)
    chosen = dialog.selected()
    assert chosen is not None and chosen.name == "sara" and not chosen.active
    assert dialog.active_button.isEnabled() and dialog.password_button.isEnabled()


def test_the_list_follows_a_staff_change_made_elsewhere(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    """R34: another window of this desk adds a member; the open list shows them without a refresh."""
    dialog = open_dialog(qtbot, workspace, tasks)
    assert names(dialog) == ["adam", "sara"]
    workspace.call(add_staff, "nora", "finance", PASSWORD)
    qtbot.waitUntil(lambda: names(dialog) == ["adam", "nora", "sara"])
    assert cell(dialog, "nora", ROLE) == "Finance"


def test_the_chosen_member_stays_chosen_when_the_list_reloads_around_them(
    qtbot: QtBot, sctx: AppContext, workspace: Desk, tasks: TaskRunner
) -> None:
    """A reload (here: a member added elsewhere, R34) moves sara down a row: the selection follows
    her, not the row, and the buttons still act on her; a disabled member is greyed out."""
    dialog = open_dialog(qtbot, workspace, tasks)
    dialog.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert names(dialog) == ["sara", "adam"]
    choose(dialog, "sara")
    workspace.call(add_staff, "bella", "finance", PASSWORD)
    qtbot.waitUntil(lambda: names(dialog) == ["sara", "bella", "adam"])
    settle(qtbot, dialog, tasks)
    chosen = dialog.selected()
    assert chosen is not None and chosen.name == "sara"
    assert [index.row() for index in dialog.table.selectionModel().selectedRows()] == [0]
    assert dialog.role_button.isEnabled() and dialog.active_button.text() == "Disable"

    dialog.active_button.click()  # message boxes answer Yes
    settle(qtbot, dialog, tasks)
    chosen = dialog.selected()
    assert chosen is not None and chosen.name == "sara" and not chosen.active
    model = dialog.table.model()
    greyed = model.index(names(dialog).index("sara"), STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert greyed == muted_color() and cell(dialog, "sara", STATE) == "Disabled"
    assert model.index(names(dialog).index("adam"), STATE).data(Qt.ItemDataRole.ForegroundRole) is None
