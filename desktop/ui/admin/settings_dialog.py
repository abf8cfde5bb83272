"""The settings dialog (admin): every setting grouped by what it is for, with the widget its kind
needs; the secrets as password fields that are never filled in (empty keeps what the keyring has);
"Send test e-mail…" with the values shown, saved or not. Save is all or nothing: a wrong value is
named next to its field and nothing is kept. Every read and write runs on the task runner's worker."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import config
from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.config import SettingField, SettingProblem, SettingsForm
from desktop.app.desk import Desk
from desktop.app.errors import UseCaseError
from desktop.core.codes import ErrorCode
from desktop.ui import colours, formatting, messages
from desktop.ui.admin import settings_texts
from desktop.ui.application import current_language
from desktop.ui.changes import watch
from desktop.ui.tasks import TaskRunner

# The pages of the dialog and what each holds, settings and secrets alike, in the order shown. A
# setting or a secret that no page names goes on the last one.
PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("due", ("check_days_before", "charge_lead_days", "late_charge_grace_days", "timezone")),
    (
        "mail",
        (
            "smtp.host",
            "smtp.port",
            "smtp.starttls",
            "smtp.user",
            "smtp.password",
            "mail.from",
            "mail.give_up_days",
        ),
    ),
    ("links", ("portal.renew_url", "portal.settings_url", "links.valid_days", "links.signing_key")),
    ("company", ("company.name", "company.address", "company.tax_id")),
    ("documents", ("proforma.valid_days", "proforma.payment_text")),
    (
        "background",
        ("scheduler.interval_minutes", "gateway.concurrency", "sandbox.latency_ms", "gateway.api_key"),
    ),
)
# Values that read left to right whatever the interface's direction.
LEFT_TO_RIGHT_KINDS = frozenset({"host", "email", "url", "timezone"})


def _done_style() -> str:
    return f"color: {colours.success_color().name()};"


class SettingRow:
    """One setting's editor and the line under it that says what is wrong with its value."""

    def __init__(self, field: SettingField, parent: QWidget) -> None:
        self.key, self.kind = field.key, field.kind
        self.editor = self._editor(field, parent)
        self.problem = QLabel(parent)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(colours.error_style())
        self.problem.hide()
        self.field = QWidget(parent)
        column = QVBoxLayout(self.field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(self.editor, QSpinBox | QComboBox):  # a number or a zone needs no full width
            self.editor.setMinimumWidth(120 if isinstance(self.editor, QSpinBox) else 280)
            column.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignLeading)
        else:
            column.addWidget(self.editor)
        column.addWidget(self.problem)
        if isinstance(self.editor, QPlainTextEdit):  # its few lines, not the rest of the page
            self.field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_text(field.value)

    @staticmethod
    def _editor(field: SettingField, parent: QWidget) -> QWidget:
        editor: QWidget
        if field.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(
                field.low if field.low is not None else 0,
                field.high if field.high is not None else 2_147_483_647,
            )
            spin.setAlignment(Qt.AlignmentFlag.AlignTrailing)
            editor = spin
        elif field.kind == "bool":
            editor = QCheckBox(parent)
        elif field.kind == "lines":
            # An address or payment instructions: several lines, as printed on the documents.
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            editor = text
        elif field.kind == "timezone":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            zones = sorted(available_timezones())
            combo.addItems(zones)
            completer = QCompleter(zones, combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            editor = combo
        else:
            line = QLineEdit(parent)
            line.setClearButtonEnabled(True)
            editor = line
        if field.kind in LEFT_TO_RIGHT_KINDS:
            editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        editor.setObjectName(field.key)
        return editor

    def text(self) -> str:
        editor = self.editor
        if isinstance(editor, QSpinBox):
            return str(editor.value())
        if isinstance(editor, QCheckBox):
            return "true" if editor.isChecked() else "false"
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_text(self, value: str) -> None:
        editor = self.editor
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value == "true")
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))


class SettingsDialog(QDialog):
    def __init__(self, workspace: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace, self._tasks = workspace, tasks
        self.setWindowTitle(self.tr("Settings"))
        self.form: SettingsForm | None = None
        self.rows: dict[str, SettingRow] = {}
        self.read_only = False
        self.secrets: dict[str, QLineEdit] = {}
        self.changed_keys: list[str] = []
        self.kept_secrets: list[str] = []
        self._page_of: dict[str, int] = {}
        self._working = False
        self._saving = False
        self._reload_wanted = False  # another admin saved while this dialog was busy
        self._last_address = ""
        # The test e-mail waits on the mail server (seconds): on its own worker, so that the main
        # window's loads never queue behind it.
        self._mail_tasks = TaskRunner(self)
        self._sending = False
        self._close_when_sent = False  # Cancel pressed while the test e-mail was on its way

        self.pages = QTabWidget(self)
        self.pages.hide()
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(colours.error_style())
        self.keyring_note.hide()
        self.secrets_note = QLabel(
            self.tr(
                "Passwords and keys are kept in this workstation's keyring, never in the database, and are never shown again: a field left empty keeps what is kept."  # noqa: E501
            ),
            self,
        )
        self.secrets_note.setWordWrap(True)
        self.secrets_note.hide()
        self.status = QLabel(self.tr("Loading the settings…"), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Send test e-mail…"), self)
        self.test_button.setToolTip(
            self.tr("Sends an e-mail through the mail server with the values shown here, saved or not.")
        )
        self.test_button.setEnabled(False)
        self.test_button.clicked.connect(self.send_test_email)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.secrets_note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(700, 480)
        self._working = True
        tasks.run(
            lambda: workspace.call(config.settings_form), self._show_form, self._load_failed, owner=self
        )
        # Another admin's save (on this workstation or, through the background checks, another one)
        # shows here too (R34).
        watch(self, workspace, {Change.SETTINGS}, self._settings_changed)

    # -- loading -------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.form is not None

    @property
    def busy(self) -> bool:
        return self._working

    def _page_title(self, page: str) -> str:
        titles = {
            "due": self.tr("Due checks && charges"),
            "mail": self.tr("E-mail (SMTP)"),
            "links": self.tr("Links && portal"),
            "company": self.tr("Company"),
            "documents": self.tr("Proformas && invoices"),
            "background": self.tr("Background && gateway"),
        }
        return titles.get(page, page)

    def _show_form(self, form: SettingsForm) -> None:
        self._working = False
        self.form = form
        fields = {field.key: field for field in form.settings}
        secrets = {secret.key: secret.is_set for secret in form.secrets}
        named = {key for _, keys in PAGES for key in keys}
        leftovers = tuple(key for key in [*fields, *secrets] if key not in named)
        for index, (page, keys) in enumerate(PAGES):
            last = index == len(PAGES) - 1
            widget = QWidget(self.pages)
            rows = QFormLayout(widget)
            rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys + (leftovers if last else ()):
                if key in fields:
                    self._add_setting(widget, rows, fields[key], index)
                elif key in secrets:
                    self._add_secret(widget, rows, key, secrets[key], form.keyring_problem is not None, index)
            if page == "mail":
                rows.addRow(self._test_row(widget))
            if page == "links":
                note = QLabel(
                    self.tr(
                        "Every workstation that shares this database must keep the same link-signing key: type the same key on each of them, and give it to the customer portal."  # noqa: E501
                    ),
                    widget,
                )
                note.setWordWrap(True)
                note.setStyleSheet("font-weight: 600;")
                rows.addRow(note)
            self.pages.addTab(widget, self._page_title(page))
        if form.keyring_problem is not None:
            self.keyring_note.setText(
                messages.error(UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=form.keyring_problem))
            )
            self.keyring_note.show()
        self.pages.show()
        self._fit_tabs()
        self.secrets_note.show()
        self.status.clear()
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(True)
        if not self._workspace.may(Permission.MANAGE_SETTINGS):
            self._read_only()

    def _fit_tabs(self) -> None:
        """Every page's title whole (in Spanish "Segundo plano" was cut behind scroll arrows): the
        dialog widens to its tab bar, as far as the screen allows."""
        layout = self.layout()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        needed = self.pages.tabBar().sizeHint().width() + margins + 8
        room = self.screen().availableGeometry().width()
        if self.width() < needed:
            self.resize(min(needed, room), self.height())

    def _read_only(self) -> None:
        """Finance looks at the settings and changes none (R23)."""
        self.read_only = True
        for row in self.rows.values():
            row.editor.setEnabled(False)
        for line in self.secrets.values():
            line.setEnabled(False)
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(False)
        for button in (self.save_button, self.test_button):
            button.setToolTip(messages.unavailable("role"))

    def _add_setting(self, page: QWidget, rows: QFormLayout, field: SettingField, index: int) -> None:
        row = SettingRow(field, page)
        label = QLabel(settings_texts.label(field.key), page)
        tip = self._tooltip(field)
        for widget in (label, row.editor):
            widget.setToolTip(tip)
        label.setBuddy(row.editor)
        rows.addRow(label, row.field)
        self.rows[field.key] = row
        self._page_of[field.key] = index

    def _tooltip(self, field: SettingField) -> str:
        """What the setting does, the values it takes and its default, all as the model declares."""
        shown = field.default if field.default else self.tr("(empty)")
        allowed = (
            self.tr("From {low} to {high}.").format(low=field.low, high=field.high)
            if field.low is not None and field.high is not None
            else ""
        )
        parts = (
            settings_texts.explanation(field.key),
            allowed,
            self.tr("Default: {value}").format(value=shown),
        )
        return "\n".join(part for part in parts if part)

    def _add_secret(
        self, page: QWidget, rows: QFormLayout, key: str, is_set: bool, no_keyring: bool, index: int
    ) -> None:
        line = QLineEdit(page)
        line.setEchoMode(QLineEdit.EchoMode.Password)
        line.setObjectName(key)
        if no_keyring:
            line.setPlaceholderText(self.tr("no keyring"))
            line.setEnabled(False)
        else:
            line.setPlaceholderText(self._secret_placeholder(is_set))
        label = QLabel(settings_texts.label(key), page)
        tip = settings_texts.explanation(key)
        label.setToolTip(tip)
        line.setToolTip(tip)
        label.setBuddy(line)
        rows.addRow(label, line)
        self.secrets[key] = line
        self._page_of[key] = index

    def _secret_placeholder(self, is_set: bool) -> str:
        return self.tr("set — type a new one to replace it") if is_set else self.tr("not set")

    def _test_row(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.test_button)
        row.addStretch(1)
        return holder

    def _load_failed(self, error: BaseException) -> None:
        self._working = False
        self._say(messages.error(error), colours.error_style())

    # -- another admin's save ------------------------------------------------------------------

    def _settings_changed(self) -> None:
        if not self.loaded or self._saving:
            return  # not shown yet, or this dialog's own save, after which it closes
        if self._working:
            self._reload_wanted = True
            return
        self._reload_wanted = False
        workspace = self._workspace
        self._tasks.run(lambda: workspace.call(config.settings_form), self._show_newer, owner=self)

    def _show_newer(self, newer: SettingsForm) -> None:
        """The values another admin saved replace the ones shown, except those typed here and not
        saved yet: they are kept, and named, since saving now would replace the other admin's."""
        older = self.form
        if older is None or self._saving:
            return
        shown_before = {field.key: field.value for field in older.settings}
        kept: list[str] = []
        changed = False
        for field in newer.settings:
            row = self.rows.get(field.key)
            before = shown_before.get(field.key)
            if row is None or before == field.value:
                continue
            changed = True
            if row.text() == before:
                row.set_text(field.value)
            else:
                kept.append(settings_texts.label(field.key))
        for secret in newer.secrets:
            line = self.secrets.get(secret.key)
            if line is not None and line.isEnabled():
                line.setPlaceholderText(self._secret_placeholder(secret.is_set))
        self.form = newer
        if not changed:
            return
        if kept:
            self._say(
                self.tr(
                    "Another admin saved the settings meanwhile; their values are shown, except what you typed in: {names}. Saving replaces theirs there."  # noqa: E501
                ).format(names=", ".join(kept)),
                colours.error_style(),
            )
        else:
            self._say(self.tr("Another admin saved the settings meanwhile; their values are shown."))

    # -- what the dialog holds -------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """Every setting as shown, saved or not."""
        return {key: row.text() for key, row in self.rows.items()}

    def typed_secrets(self) -> dict[str, str]:
        """Only the secrets typed in: an empty field keeps what the keyring has."""
        return {key: line.text() for key, line in self.secrets.items() if line.text()}

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.save_button.setEnabled(not working and self.loaded and not self.read_only)
        self.test_button.setEnabled(not working and self.loaded and not self.read_only)
        if not working and self._reload_wanted:
            self._settings_changed()

    def _show_problems(self, problems: list[SettingProblem]) -> str:
        """Marks each wrong field, opens the page of the first, and returns the names of them all."""
        names: list[str] = []
        for problem in problems:
            row = self.rows.get(problem.key)
            if row is not None:
                row.show_problem(settings_texts.problem_text(problem))
            names.append(settings_texts.label(problem.key))
        first = next((p.key for p in problems if p.key in self._page_of), None)
        if first is not None:
            self.pages.setCurrentIndex(self._page_of[first])
            if first in self.rows:
                self.rows[first].editor.setFocus()
        return ", ".join(names)

    def _clear_problems(self) -> None:
        for row in self.rows.values():
            row.show_problem(None)

    # -- save ------------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.loaded or self._working:
            return
        workspace, values, secrets = self._workspace, self.values(), self.typed_secrets()
        self._clear_problems()
        self._set_working(True)
        self._saving = True
        self.buttons.setEnabled(False)
        self._say(self.tr("Saving…"))

        def work() -> tuple[list[str], list[str]]:
            changed = workspace.call(config.save_settings, values)  # all or nothing, before any secret
            try:
                kept = workspace.call(config.save_secrets, secrets) if secrets else []
            except UseCaseError as exc:
                if not changed:
                    raise
                raise UseCaseError(exc.code, **exc.params, settings_saved=changed) from exc
            return changed, kept

        self._tasks.run(work, self._saved, self._save_failed, owner=self)

    def _saved(self, result: tuple[list[str], list[str]]) -> None:
        self._set_working(False)
        self._saving = False
        self.buttons.setEnabled(True)
        self.changed_keys, self.kept_secrets = result
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_working(False)
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, UseCaseError) and error.code is ErrorCode.SETTINGS_INVALID:
            names = self._show_problems(list(error.params.get("problems", [])))
            self._say(
                self.tr("Nothing was saved. Check these settings: {names}").format(names=names),
                colours.error_style(),
            )
        elif isinstance(error, UseCaseError) and "settings_saved" in error.params:
            self._say(
                self.tr("The settings were saved, but the passwords and keys were not: {error}").format(
                    error=messages.error(error)
                ),
                colours.error_style(),
            )
        else:
            self._say(messages.error(error), colours.error_style())

    # -- test e-mail -----------------------------------------------------------------------------

    def ask_address(self) -> str | None:
        """The address to send the test e-mail to, asked in a small dialog; None when cancelled."""
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Send test e-mail"))
        ask.setLabelText(self.tr("Send a test e-mail, with the settings shown (saved or not), to:"))
        ask.setInputMode(QInputDialog.InputMode.TextInput)
        sender = self.rows["mail.from"].text() if "mail.from" in self.rows else ""
        ask.setTextValue(self._last_address or sender)
        ask.setOkButtonText(self.tr("Send"))
        accepted = ask.exec() == QDialog.DialogCode.Accepted
        address = ask.textValue().strip()
        ask.deleteLater()
        return address if accepted else None

    def send_test_email(self) -> None:
        if not self.loaded or self._working:
            return
        address = self.ask_address()
        if address is None:
            return
        self._last_address = address
        workspace, values, language = self._workspace, self.values(), current_language()
        password = self.secrets["smtp.password"].text() if "smtp.password" in self.secrets else ""
        self._clear_problems()
        self._set_working(True)
        self._set_sending(True)
        shown = formatting.email(address)
        self._say(self.tr("Sending a test e-mail to {address}…").format(address=shown))
        self._mail_tasks.run(
            lambda: workspace.call(
                config.send_test_email, address, values, smtp_password=password or None, language=language
            ),
            lambda _: self._test_sent(shown),
            self._test_failed,
            owner=self,
        )

    def _set_sending(self, sending: bool) -> None:
        """The values sent are the ones shown: the fields stay as they are until the answer."""
        self._sending = sending
        self.pages.setEnabled(not sending)

    @property
    def sending(self) -> bool:
        return self._sending

    def _sent_or_failed(self) -> bool:
        """True when the dialog closes now: Cancel was pressed while the e-mail was on its way."""
        self._set_sending(False)
        self._set_working(False)
        if self._close_when_sent:
            self._close_when_sent = False
            self.buttons.setEnabled(True)
            super().reject()
            return True
        return False

    def _test_sent(self, shown: str) -> None:
        if self._sent_or_failed():
            return
        self._say(
            self.tr("The test e-mail was sent to {address}. Check that it arrived.").format(address=shown),
            _done_style(),
        )

    def _test_failed(self, error: BaseException) -> None:
        if self._sent_or_failed():
            return
        if isinstance(error, UseCaseError) and error.code is ErrorCode.SETTINGS_INVALID:
            names = self._show_problems(list(error.params.get("problems", [])))
            self._say(
                self.tr("The test e-mail was not sent. Check these settings: {names}").format(names=names),
                colours.error_style(),
            )
        else:
            self._say(messages.error(error), colours.error_style())

    # -- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel (or Escape, or the close button) closes without saving; not while a save is under
        way, whose outcome the dialog then shows. A test e-mail on its way cannot be called back from
        the server: Cancel is disabled, the dialog says it is finishing and closes when the server
        has answered (within the test e-mail's time limit)."""
        if self._saving:
            return
        if self._sending:
            self._close_when_sent = True
            self.buttons.setEnabled(False)
            self._say(self.tr("Sending the test e-mail… (finishing)"))
            return
        super().reject()
