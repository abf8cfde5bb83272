"""What New/Edit customer and New/Edit billing contact share: fields checked as they are typed by the
use case's rules (desktop.core.fields, through FieldForm), Save kept disabled while a field is wrong,
the save run off the GUI thread as one short transaction (Cancel waits for it), and a refusal for a
field shown under that field, any other in a message.

Editing a record another person or workstation may change at the same time (R34): an untouched dialog
follows their change; a Save refused as changed meanwhile keeps what the person typed over the record
as it is now (each field they changed shows their value, the others the stored one; a field both
changed says under it what the other saved), says so, and the next Save goes against the new state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.core.fields import Field, FieldProblem
from desktop.ui import messages
from desktop.ui.changes import watch
from desktop.ui.customers.field_form import Editor, FieldForm
from desktop.ui.tasks import TaskRunner

Saved = TypeVar("Saved")


def put_text(editor: Editor, text: str) -> None:
    """The editor shows `text` (a combo: the item whose data it is, else as typed)."""
    if isinstance(editor, QLineEdit):
        editor.setText(text)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        index = editor.findData(text)
        if index >= 0:
            editor.setCurrentIndex(index)
        else:
            editor.setCurrentText(text)


def shown_text(editor: Editor, text: str) -> str:
    """How the editor would show `text` to the person (a combo's item, not its code)."""
    if isinstance(editor, QComboBox):
        index = editor.findData(text)
        if index >= 0:
            return editor.itemText(index)
    return text


class FieldDialog(QDialog, Generic[Saved]):
    """Subclasses add their editors to `self.form`, then call `lay_out()`, fill the editors, and call
    `finish()`; they give `save_work` and `retranslate` (ending with this one's). A dialog that edits a
    stored record gives `load_work` and `show_record` too, and is then kept true to it."""

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
        # Each field's text as the record was last shown: what the person changed is what differs.
        self._as_loaded: dict[Field, str] = {}
        # Fields the person and someone else both changed: what the other saved, said under the field.
        self._theirs: dict[Field, str] = {}
        self._kept: dict[Field, str] | None = None  # the person's texts while the record is read anew
        self._asked = 0  # the latest read of the record: an older answer is not shown

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
        layout.addWidget(self.form.missing)  # why Save is disabled, untouched fields included
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(lambda _: self._update_buttons())
        self.form.explain_on(self.save_button)

    def finish(self) -> None:
        """Once the editors are filled: the words, each field checked, and the size."""
        self.retranslate()
        self.form.check_all()
        self._update_buttons()
        layout = self.layout()
        around = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        room = self.screen().availableGeometry().width()
        wide = min(max(self.sizeHint().width(), 520, self.form.width_for_words() + around), room)
        self.resize(wide, self.sizeHint().height())
        self._as_loaded = self._texts()
        if self.load_work() is not None:
            watch(self, self._desk, {Change.ACCOUNTS}, self._changed_elsewhere)

    def retranslate(self) -> None:
        for address in self._addresses:
            address.setPlaceholderText(self.tr("As printed on documents; one line each"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate()
        for field, theirs in self._theirs.items():
            self.form.set_hint(
                field,
                self.tr("Saved meanwhile by someone else: {value}").format(
                    value=shown_text(self.form.editor(field), theirs) or self.tr("(empty)")
                ),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _texts(self) -> dict[Field, str]:
        return {field: self.form.text(field) for field in self.form.fields()}

    def touched(self) -> bool:
        """Something was changed by the person since the record was shown."""
        return self._texts() != self._as_loaded

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.form.valid and not self.saving and self._kept is None)
        self.save_button.setToolTip(self.form.missing_text())

    # -- saving ------------------------------------------------------------------------------------

    def save_work(self) -> Callable[[], Saved]:
        """The use case's call with the form as it is now, to run off the GUI thread."""
        raise NotImplementedError

    def save(self) -> None:
        if not self.form.check_all() or self.saving or self._kept is not None:
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

    # -- the record as it is now --------------------------------------------------------------------

    def load_work(self) -> Callable[[], object] | None:
        """Reads the record as stored now, to run off the GUI thread; None when the dialog makes a new
        record."""
        return None

    def show_record(self, loaded: object) -> bool:
        """The editors filled from what `load_work` read, which is also what the next Save expects to
        find; False when the record is no longer there."""
        raise NotImplementedError

    def _changed_elsewhere(self) -> None:
        # An untouched dialog follows a change made elsewhere; one being edited keeps what was typed
        # (its Save is refused then, and what was typed kept over the record as it is now).
        if self.isVisible() and not self.saving and self._kept is None and not self.touched():
            self._read_again({})

    def _read_again(self, kept: dict[Field, str]) -> None:
        work = self.load_work()
        if work is None:
            return
        self._kept = kept
        self._asked += 1
        asked = self._asked
        self._update_buttons()  # Save waits for the record as it is now
        self._tasks.run(
            work,
            lambda record: self._read(asked, record),
            lambda error: self._not_read(asked, error),
            owner=self,
        )

    def _read(self, asked: int, record: object) -> None:
        if asked != self._asked:
            return
        kept, self._kept = self._kept or {}, None
        loaded = self._as_loaded
        if not self.show_record(record):
            self.status.setText(self.gone_text())
            self.save_button.setEnabled(False)
            return
        stored = self._texts()
        if not kept and stored != loaded:
            self.status.setText(self.tr("Someone else changed this meanwhile: it is shown as it is now."))
        self._theirs = {}
        for field, mine in kept.items():
            if mine == loaded.get(field) or not self.form.editor(field).isEnabled():
                continue  # not changed by the person (or locked now): as stored
            if stored[field] not in (loaded.get(field), mine):
                self._theirs[field] = stored[field]
            put_text(self.form.editor(field), mine)
        for field in self.form.fields():
            self.form.set_hint(field, "")
        self.retranslate()
        self._as_loaded = stored
        self.form.check_all()
        self._update_buttons()

    def _not_read(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._kept = None
        self.status.setText(messages.error(error))
        self._update_buttons()

    def gone_text(self) -> str:
        """Said when the record is no longer there."""
        return ""

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
            if error.code == ErrorCode.CHANGED_MEANWHILE and self.load_work() is not None:
                # Nothing the person typed is lost: kept over the record as it is now.
                self.status.setText(
                    messages.error(error)
                    + "\n"
                    + self.tr("Your changes are kept: check them against what is shown and save again.")
                )
                self._read_again(self._texts())
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
