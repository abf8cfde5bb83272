"""What New/Edit customer and New/Edit billing contact share: fields checked as they are typed by the
use case's rules (desktop.core.fields, through FieldForm), Save kept disabled while a field is wrong,
the save run off the GUI thread as one short transaction (Cancel waits for it), and a refusal for a
field shown under that field, any other in a message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field, FieldProblem
from desktop.ui import messages
from desktop.ui.customers.field_form import FieldForm
from desktop.ui.tasks import TaskRunner

Saved = TypeVar("Saved")


class FieldDialog(QDialog, Generic[Saved]):
    """Subclasses add their editors to `self.form`, then call `lay_out()`, fill the editors, and call
    `finish()`; they give `save_work` and `retranslate` (ending with this one's)."""

    intro: QLabel
    status: QLabel
    buttons: QDialogButtonBox
    save_button: QPushButton
    cancel_button: QPushButton

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.saved: Saved | None = None
        self.saving = False
        self.form = FieldForm(self)
        self._addresses: list[QPlainTextEdit] = []

    def address_editor(self) -> QPlainTextEdit:
        """An address as printed on documents: a few lines; Tab moves on rather than typing a tab."""
        editor = QPlainTextEdit(self)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._addresses.append(editor)
        return editor

    def lay_out(self) -> None:
        """After the editors (so that Tab goes through them first): the intro above the fields, the
        status and Save / Cancel below."""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form.form_layout)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(lambda _: self._update_buttons())

    def finish(self) -> None:
        """Once the editors are filled: the words, each field checked, and the size."""
        self.retranslate()
        self.form.check_all()
        self._update_buttons()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def retranslate(self) -> None:
        for address in self._addresses:
            address.setPlaceholderText(self.tr("As printed on documents; one line each"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.form.valid and not self.saving)
        self.save_button.setToolTip("" if self.form.valid else self.tr("Correct the fields marked first"))

    # -- saving ------------------------------------------------------------------------------------

    def save_work(self) -> Callable[[], Saved]:
        """The use case's call with the form as it is now, to run off the GUI thread."""
        raise NotImplementedError

    def save(self) -> None:
        if not self.form.check_all() or self.saving:
            return
        work = self.save_work()
        self.saving = True
        self.status.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        # A save is one short transaction: once sent it cannot be called back, so Cancel waits for it.
        self.cancel_button.setEnabled(False)
        self._tasks.run(work, self._saved, self._refused, owner=self)

    def _saved(self, saved: Saved) -> None:
        self.saving = False
        self.saved = saved
        self.accept()

    def refused_here(self, error: UseCaseError) -> bool:
        """A refusal the dialog shows in its own way (True), rather than in a message."""
        return False

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.status.clear()
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        if isinstance(error, UseCaseError):
            if error.code == ErrorCode.FIELD_INVALID and self._field_refused(error):
                return
            if self.refused_here(error):
                return
        QMessageBox.warning(self, self.windowTitle(), messages.error(error))

    def _field_refused(self, error: UseCaseError) -> bool:
        """Shown under its field, when the dialog has that field."""
        try:
            field = Field(str(error.params.get("field")))
            problem = FieldProblem(str(error.params.get("problem")))
        except ValueError:
            return False
        return self.form.refused(field, problem, str(error.params.get("detail", "")))
