"""The fields of a card typed by staff (R38): number, holder and expiry, each judged as it is typed by
the same rules the use case applies (desktop.app.cards.check_card_fields, desktop.core.fields), the
problem said under the field in the interface's language.

The number is handed out once, by `take_number()`, which empties the field (and its undo history) at
the same moment: the caller passes it straight to the work that tokenises it, and no attribute of this
widget or of its dialog keeps it (R20). Used by the Add card and Replace card dialogs, and by any
other dialog that takes a card typed on the phone (the Record payment dialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop.app.cards import card_holder
from desktop.core import fields
from desktop.core.cards import normalize_number
from desktop.core.fields import Field, FieldError, FieldProblem
from desktop.ui import colours, field_texts

# Digits in groups as people type them from the card; nothing else gets into the field.
_NUMBER_CHARACTERS = QRegularExpression(r"[0-9 -]{0,23}")
_EXPIRY_CHARACTERS = QRegularExpression(r"[0-9 /]{0,9}")
_MOST_CARD_DIGITS = 16  # a number this long is finished: say at once when it fails the check


class CardEntry(QWidget):
    """Emits `changed` whenever what is typed changes; `complete()` says whether all three are right."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._left: set[Field] = set()  # fields the person has left once: now an empty one is said too
        self._touched: set[Field] = set()  # fields the person has typed in: their problem is said at once
        self._locked = False

        self.number = QLineEdit(self)
        self.number.setObjectName("card_number")
        self.number.setValidator(QRegularExpressionValidator(_NUMBER_CHARACTERS, self.number))
        self.number.setPlaceholderText("4242 4242 4242 4242")
        # Digits read left to right in every language; no input method may learn or suggest them.
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.number.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.holder = QLineEdit(self)
        self.holder.setObjectName("card_holder")
        self.expiry = QLineEdit(self)
        self.expiry.setObjectName("card_expiry")
        self.expiry.setValidator(QRegularExpressionValidator(_EXPIRY_CHARACTERS, self.expiry))
        self.expiry.setPlaceholderText(self.tr("MM/YYYY"))
        self.expiry.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.expiry.setMaximumWidth(120)

        self.problems: dict[Field, QLabel] = {}
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, edit in (
            (Field.CARD_NUMBER, self.number),
            (Field.CARD_HOLDER, self.holder),
            (Field.CARD_EXPIRY, self.expiry),
        ):
            line = QHBoxLayout()
            line.addWidget(edit)
            if edit is self.expiry:
                line.addStretch(1)  # a short field
            form.addRow(field_texts.field_name(field), line)
            # What is wrong, on a row of its own under the field, as wide as the form and wrapped: a
            # long message (Spanish, Hebrew) is never cut to the width of a short field.
            problem = QLabel(self)
            problem.setObjectName(f"{field.value}_problem")
            problem.setWordWrap(True)
            problem.setStyleSheet(colours.error_style())
            problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.problems[field] = problem
            form.addRow(problem)
            form.setRowVisible(problem, False)
            edit.textChanged.connect(self._typed)
            edit.textEdited.connect(lambda _, field=field: self._touch(field))
            edit.editingFinished.connect(lambda field=field: self._left_field(field))
        # Why the dialog's button is still disabled, untouched fields included: a field says nothing
        # under itself until typed in, and a disabled button takes no click to ask.
        self.missing = QLabel(self)
        self.missing.setObjectName("card_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {colours.muted_color().name()};")
        self.missing.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        self._show()

    # -- what is typed ------------------------------------------------------------------------------

    def set_holder(self, name: str) -> None:
        self.holder.setText(name)

    def holder_text(self) -> str:
        return self.holder.text()

    def expiry_value(self) -> tuple[int, int] | None:
        try:
            return fields.parse_expiry(self.expiry.text())
        except FieldError:
            return None

    def errors(self) -> dict[Field, FieldError]:
        """Every field's problem now, by the use case's own rules."""
        found: dict[Field, FieldError] = {}
        for field, rule in (
            (Field.CARD_NUMBER, lambda: fields.card_number(self.number.text())),
            (Field.CARD_HOLDER, lambda: card_holder(self.holder.text())),
            (
                Field.CARD_EXPIRY,
                lambda: fields.card_expiry(*fields.parse_expiry(self.expiry.text()), self._today),
            ),
        ):
            try:
                rule()
            except FieldError as exc:
                found[field] = exc.with_traceback(None)  # no frame that saw the number lingers
        return found

    def complete(self) -> bool:
        return not self.errors()

    def missing_text(self) -> str:
        """What is still missing or wrong, every field named ('' when the card is complete): for the
        line under the fields and the tooltip of the button it keeps disabled."""
        return field_texts.still_needed(self.errors())

    def take_number(self) -> str:
        """The number's digits, handed out once: the field is emptied at the same moment (its undo
        history with it), so that the number lives on only in the work it is handed to."""
        digits = normalize_number(self.number.text().strip())
        self.number.setText("")  # setText, not undo-able typing: Ctrl+Z cannot bring it back
        self._left.discard(Field.CARD_NUMBER)
        self._touched.discard(Field.CARD_NUMBER)
        self._show()
        return digits

    def clear(self) -> None:
        for edit in (self.number, self.holder, self.expiry):
            edit.setText("")
        self._left.clear()
        self._touched.clear()
        self._show()

    def set_locked(self, locked: bool) -> None:
        for edit in (self.number, self.holder, self.expiry):
            edit.setReadOnly(locked)
        self._locked = locked
        self._show()

    # -- saying what is wrong, where it is typed -----------------------------------------------------

    def _typed(self) -> None:
        self._show()
        self.changed.emit()

    def _touch(self, field: Field) -> None:
        self._touched.add(field)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._show()  # a card entry switched off (another choice made) asks for nothing

    def _left_field(self, field: Field) -> None:
        self._left.add(field)
        self._show()

    def _finished(self, field: Field) -> bool:
        """Typed far enough to be judged: left once, or as long as such a value gets. The holder is
        judged as soon as it is typed in (a name of spaces is wrong at once); a number or an expiry
        being typed is judged when it is as long as it gets, or emptied again."""
        if field in self._left:
            return True
        if field in self._touched and (field is Field.CARD_HOLDER or not self._text(field).strip()):
            return True
        if field is Field.CARD_NUMBER:
            return len(normalize_number(self.number.text())) >= _MOST_CARD_DIGITS
        if field is Field.CARD_EXPIRY:
            return self.expiry_value() is not None
        return False

    def _show(self) -> None:
        errors = self.errors()
        for field, label in self.problems.items():
            error = errors.get(field)
            shown = error is not None and (
                self._finished(field) or error.problem in (FieldProblem.CHARACTER, FieldProblem.TOO_LONG)
            )
            label.setText(self._words(error) if error is not None and shown else "")
            self._form.setRowVisible(label, shown)
        missing = "" if self._locked or not self.isEnabled() else field_texts.still_needed(errors)
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))

    def _text(self, field: Field) -> str:
        edits = {
            Field.CARD_NUMBER: self.number,
            Field.CARD_HOLDER: self.holder,
            Field.CARD_EXPIRY: self.expiry,
        }
        return edits[field].text()

    def _words(self, error: FieldError) -> str:
        if error.field is Field.CARD_HOLDER and error.problem is FieldProblem.FORM:
            return self.tr("Type the holder's name here, not the card number.")
        if error.field is Field.CARD_EXPIRY and error.problem is FieldProblem.FORM:
            return self.tr("Type the month and year as on the card: MM/YYYY.")
        return field_texts.problem_text(error.problem, error.detail, error.field)
