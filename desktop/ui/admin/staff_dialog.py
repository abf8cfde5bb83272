"""Staff (admin, R23, R26): the list of staff members with their role, whether they are active and
whether they are locked out; add a member, change a role, reset a password (which also lifts a
lockout), disable or enable a member. Every database call runs on the task runner's worker; a refusal
says why and changes nothing. The list follows every staff change, made here, in another window or on
another workstation's command line announced here (R34)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import staff
from desktop.app.actor import STAFF_ROLES, Permission, Role
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.staff import StaffMember
from desktop.ui import messages
from desktop.ui.admin.staff_model import Column, StaffModel, staff_rows
from desktop.ui.admin.staff_texts import role_name
from desktop.ui.changes import watch
from desktop.ui.colours import error_style
from desktop.ui.data_table import set_up_table
from desktop.ui.table_model import ROW_ROLE
from desktop.ui.tasks import TaskRunner


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in STAFF_ROLES:
        combo.addItem(role_name(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


class _ChangeDialog(QDialog):
    """A small form whose OK runs one use case on the worker: it stays open, with the refusal in its
    own label, until the use case succeeds, and cannot be closed while the work is under way."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.member: StaffMember | None = None
        self.working = False
        self.error = QLabel(self)
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def _start(self, work: Callable[[], StaffMember]) -> None:
        self.error.clear()
        self.working = True
        self.buttons.setEnabled(False)
        self._tasks.run(work, self._done, self._failed, owner=self)

    def _done(self, member: StaffMember) -> None:
        self.working = False
        self.buttons.setEnabled(True)
        self.member = member
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.working = False
        self.buttons.setEnabled(True)
        self.say(messages.error(error))

    def say(self, text: str) -> None:
        """Shows why OK did nothing, growing the form when the words need more lines than it has."""
        self.error.setText(text)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def reject(self) -> None:
        if not self.working:  # the change under way would go unseen by the list
            super().reject()


class AddStaffDialog(_ChangeDialog):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Add a staff member"))
        self.name = QLineEdit(self)
        self.role = _role_combo(self, Role.SALES)
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.ok_button.setText(self.tr("Add"))
        self.name.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords differ."))
            return
        workspace = self._workspace
        name, role, password = self.name.text(), str(self.role.currentData()), self.password.text()
        self._start(lambda: workspace.call(staff.add_staff, name, role, password))


class ChangeRoleDialog(_ChangeDialog):
    def __init__(
        self, workspace: Desk, tasks: TaskRunner, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._workspace, self.staff_id = workspace, member.id
        self.setWindowTitle(self.tr("Change the role of {name}").format(name=member.name))
        self.role = _role_combo(self, member.role)
        self.form.addRow(self.tr("Staff member"), QLabel(member.name, self))
        self.form.addRow(self.tr("Role"), self.role)
        self.ok_button.setText(self.tr("Change role"))

    def submit(self) -> None:
        workspace, staff_id, role = self._workspace, self.staff_id, str(self.role.currentData())
        self._start(lambda: workspace.call(staff.change_role, staff_id, role))


class ResetPasswordDialog(_ChangeDialog):
    def __init__(
        self, workspace: Desk, tasks: TaskRunner, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._workspace, self.staff_id = workspace, member.id
        self.setWindowTitle(self.tr("Reset the password of {name}").format(name=member.name))
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        hint = QLabel(self.tr("The new password works at once, and a lockout is lifted."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Staff member"), QLabel(member.name, self))
        self.form.addRow(hint)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.ok_button.setText(self.tr("Reset password"))
        self.password.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords differ."))
            return
        workspace, staff_id, password = self._workspace, self.staff_id, self.password.text()
        self._start(lambda: workspace.call(staff.reset_password, staff_id, password))


class StaffDialog(QDialog):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.setWindowTitle(self.tr("Staff"))
        self.resize(760, 440)
        self.members: list[StaffMember] = []
        self.loading = False
        self.model = StaffModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_table(self.table, Column.NAME, ())
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # A handful of rows: measuring them costs nothing, and every name and time shows whole.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Kept in an attribute: PySide6 would otherwise let the selection model's wrapper go.
        self._selection = self.table.selectionModel()
        self._selection.selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.change_role())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.password_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        self.add_button.clicked.connect(self.add_member)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        actions = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_buttons()
        watch(self, workspace, {Change.STAFF}, self.refresh)
        self.refresh()

    # -- the list --------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reloads the list on the worker; keeps the chosen member chosen, or chooses `select`."""
        keep = select if select is not None else self._chosen_id()
        self.loading = True
        self._update_buttons()
        workspace = self._workspace
        self._tasks.run(
            lambda: workspace.call(staff.list_staff),
            lambda members: self._show(members, keep),
            self._failed,
            owner=self,
        )

    def selected(self) -> StaffMember | None:
        chosen = self._chosen_id()
        return next((member for member in self.members if member.id == chosen), None)

    def select(self, staff_id: int) -> None:
        ids = [member.id for member in self.model.shown_rows()]
        if staff_id in ids:
            # Not QTableView.selectRow: right to left it looks for the column at the viewport's far
            # edge, finds none when the columns do not fill the width, and selects nothing.
            index = self.table.model().index(ids.index(staff_id), 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)

    def _chosen_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        member = rows[0].data(ROW_ROLE) if rows else None
        return member.id if isinstance(member, StaffMember) else None

    def _show(self, members: list[StaffMember], keep: int | None) -> None:
        self.members = members
        self.model.set_rows(staff_rows(members))  # a reset: the selection is chosen again below
        self.loading = False
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = self.selected()
        allowed = self._workspace.may(Permission.MANAGE_STAFF) and not self.loading
        self.add_button.setEnabled(allowed)
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(allowed and member is not None)
        self.active_button.setText(
            self.tr("Enable") if member is not None and not member.active else self.tr("Disable")
        )
        actor = self._workspace.actor
        if (
            member is not None
            and actor is not None
            and member.active
            and member.name.casefold() == actor.name.casefold()
        ):
            self.active_button.setEnabled(False)
            self.active_button.setToolTip(self.tr("You cannot disable yourself."))
        else:
            self.active_button.setToolTip("")

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.error.setText(messages.error(error))
        self._update_buttons()

    # -- the changes -----------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = AddStaffDialog(self._workspace, self._tasks, self)
        self._after(dialog, lambda member: self.tr("{name} was added.").format(name=member.name))

    def change_role(self) -> None:
        member = self.selected()
        if member is None or not self.role_button.isEnabled():
            return
        dialog = ChangeRoleDialog(self._workspace, self._tasks, member, self)
        self._after(
            dialog,
            lambda changed: self.tr("{name} is now: {role}.").format(
                name=changed.name, role=role_name(changed.role)
            ),
        )

    def reset_password(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = ResetPasswordDialog(self._workspace, self._tasks, member, self)
        self._after(
            dialog, lambda changed: self.tr("The password of {name} was reset.").format(name=changed.name)
        )

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        if member.active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable a staff member"),
                self.tr("Disable {name}? They will no longer be able to sign in.").format(name=member.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        workspace, staff_id, active = self._workspace, member.id, not member.active
        self.error.clear()
        self.loading = True
        self._update_buttons()
        self._tasks.run(
            lambda: workspace.call(staff.set_active, staff_id, active),
            self._toggled,
            self._refused,
            owner=self,
        )

    def _toggled(self, member: StaffMember) -> None:
        self.note.setText(
            self.tr("{name} was enabled.").format(name=member.name)
            if member.active
            else self.tr("{name} was disabled.").format(name=member.name)
        )
        self.refresh(select=member.id)

    def _refused(self, error: BaseException) -> None:
        self.note.clear()
        self.refresh()
        self.error.setText(messages.error(error))

    def _after(self, dialog: _ChangeDialog, said: Callable[[StaffMember], str]) -> None:
        """Runs the form; the list is reloaded however it ended (another admin may have changed it)."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        member = dialog.member
        dialog.deleteLater()
        if accepted and member is not None:
            self.error.clear()
            self.note.setText(said(member))
            self.refresh(select=member.id)
        else:
            self.refresh()
