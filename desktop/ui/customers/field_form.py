"""A form whose fields are checked as they are typed, by the same rules the use cases apply
(desktop.core.fields): what is wrong shows under the field, in the interface's language, once the
person has typed there (or a save was refused for it), and the form says whether all is well so that
the dialog keeps its OK disabled until it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.ui import colours, field_texts

Editor = QLineEdit | QPlainTextEdit | QComboBox


def text_of(editor: Editor) -> str:
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    data = editor.currentData()
    return str(data) if data is not None else editor.currentText()


@dataclass
class _Row:
    field: Field
    editor: Editor
    check: Callable[[str], object]
    problem: QLabel
    hint: QLabel
    touched: bool = False
    error: FieldError | None = None


class FieldForm(QObject):
    """Rows of label, editor and the line under it that says what is wrong."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[Field, _Row] = {}
        self._labels: dict[Field, QLabel] = {}
        self._parent = parent
        self._valid = True
        # Why OK is disabled, fields never typed in included (they say nothing under themselves): a
        # line for the dialog to place under the form, and the tooltip of the buttons it keeps off.
        self.missing = QLabel(parent)
        self.missing.setObjectName("form_missing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(f"color: {colours.muted_color().name()};")
        self.missing.hide()
        self._explained: list[QAbstractButton] = []

    def add(self, field: Field, editor: Editor, check: Callable[[str], object]) -> None:
        """`check` raises FieldError when the text is wrong (one of desktop.core.fields' rules)."""
        problem = QLabel(self._parent)
        problem.setObjectName(f"problem_{field.value}")
        problem.setWordWrap(True)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.setStyleSheet(f"color: {colours.risk_color().name()};")
        problem.hide()
        hint = QLabel(self._parent)  # why a field is locked, and the like: not a problem
        hint.setObjectName(f"hint_{field.value}")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet(f"color: {colours.muted_color().name()};")
        hint.hide()
        box = QWidget(self._parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(problem)
        column.addWidget(hint)
        label = QLabel(self._parent)
        label.setBuddy(editor)
        self._labels[field] = label
        self.form_layout.addRow(label, box)
        row = _Row(field, editor, check, problem, hint)
        self._rows[field] = row
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _: self._typed(row))
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda: self._typed(row))
        else:
            editor.currentIndexChanged.connect(lambda _: self._typed(row))
            editor.editTextChanged.connect(lambda _: self._typed(row))
        self.retranslate()

    def retranslate(self) -> None:
        for field, label in self._labels.items():
            label.setText(field_texts.field_name(field) + ":")
        for row in self._rows.values():
            self._show(row)
        self._say_missing()

    def explain_on(self, button: QAbstractButton) -> None:
        """`button`'s tooltip says what is missing while the form is not valid."""
        self._explained.append(button)
        self._say_missing()

    def missing_text(self) -> str:
        """Every field still wrong, named ('' when none)."""
        return field_texts.still_needed(row.field for row in self._rows.values() if row.error is not None)

    def width_for_words(self) -> int:
        """How wide the form must be for its labels and each editor's placeholder to be read whole
        (in Spanish the reference's "Déjelo vacío para obtener el siguiente número libre (C-…)")."""
        labels = max((label.sizeHint().width() for label in self._labels.values()), default=0)
        hints = [
            row.editor.fontMetrics().horizontalAdvance(row.editor.placeholderText()) + 24
            for row in self._rows.values()
            if isinstance(row.editor, QLineEdit | QPlainTextEdit) and row.editor.placeholderText()
        ]
        spacing = max(self.form_layout.horizontalSpacing(), 6)
        return labels + spacing + max(hints, default=0)

    def _say_missing(self) -> None:
        text = self.missing_text()
        self.missing.setText(text)
        self.missing.setVisible(bool(text))
        for button in self._explained:
            button.setToolTip(text)
        self._grow_window()

    def editor(self, field: Field) -> Editor:
        return self._rows[field].editor

    def fields(self) -> tuple[Field, ...]:
        """The form's fields, in its order."""
        return tuple(self._rows)

    def text(self, field: Field) -> str:
        return text_of(self._rows[field].editor)

    def check_all(self) -> bool:
        """Every field judged again (after filling the form in code); errors shown where typed."""
        for row in self._rows.values():
            self._judge(row)
        return self._update_validity()

    @property
    def valid(self) -> bool:
        return self._valid

    def set_hint(self, field: Field, text: str) -> None:
        """A line under the field that is not a problem (why it is locked)."""
        hint = self._rows[field].hint
        hint.setText(text)
        hint.setVisible(bool(text))
        self._grow_window()

    def problem_of(self, field: Field) -> str:
        """What the line under the field says now ("" when nothing)."""
        row = self._rows[field]
        return row.problem.text() if row.error is not None and row.touched else ""

    def refused(self, field: Field, problem: FieldProblem, detail: str) -> bool:
        """A save refused for this field (the use case's word): shown under it. False if the form has
        no such field (the caller then says it another way)."""
        row = self._rows.get(field)
        if row is None:
            return False
        row.touched, row.error = True, FieldError(field, problem, detail)
        self._show(row)
        row.editor.setFocus()
        return True

    def _typed(self, row: _Row) -> None:
        row.touched = True
        self._judge(row)
        self._update_validity()

    def _judge(self, row: _Row) -> None:
        if not row.editor.isEnabled():
            row.error = None  # a locked field keeps what is stored
        else:
            try:
                row.check(text_of(row.editor))
            except FieldError as exc:
                row.error = exc
            else:
                row.error = None
        self._show(row)

    def _show(self, row: _Row) -> None:
        shown = row.error is not None and row.touched
        row.problem.setText(
            field_texts.problem_text(row.error.problem, row.error.detail, row.error.field)
            if row.error
            else ""
        )
        row.problem.setVisible(shown)
        self._grow_window()

    def _grow_window(self) -> None:
        """A problem or hint of two lines gets two lines' height: the window grows (never shrinks) to
        what its layout needs at its width, instead of squeezing the words (Spanish, Hebrew)."""
        window = self._parent.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        width = window.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed > window.height():
            window.resize(width, needed)

    def _update_validity(self) -> bool:
        self._say_missing()
        valid = all(row.error is None for row in self._rows.values())
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid
