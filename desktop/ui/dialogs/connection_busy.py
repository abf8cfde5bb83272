"""The connection dialog's busy state. While a test runs everything waits but Cancel (or Quit) and
Help: Cancel closes the dialog at once and the test's result, when it comes, is dropped (the test runs
abandonable: the program may end without waiting for a server's timeout). While the tested connection
is being kept it is too late to cancel: Cancel waits a moment, then the dialog closes by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.ui.dialogs.connection_form import ConnectionForm


class BusyState:
    def __init__(self, form: ConnectionForm, test_button: QPushButton, buttons: QDialogButtonBox) -> None:
        self._form, self._test_button, self._buttons = form, test_button, buttons
        self.remembering = False  # the tested connection is being kept: too late to cancel

    def show(self, busy: bool) -> None:
        self._form.set_choosing(not busy)
        self.show_ready(enabled=not busy)
        self._button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not (busy and self.remembering))

    def show_ready(self, *, enabled: bool = True) -> None:
        """Test and Use this connection: only for a form complete enough to test."""
        ready = enabled and self._form.complete
        self._test_button.setEnabled(ready)
        self._button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        return self._buttons.button(which)
