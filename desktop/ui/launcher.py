"""Starts the windows: language, first run or sign-in, then the sales window. Also renders views
offscreen to PNG for documentation and review (`python main.py screenshot`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from desktop.app.workspace import Workspace
from desktop.ui.application import application, install_language, saved_language
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner


def run_gui(workspace: Workspace) -> int:
    app = application()
    language = saved_language()
    install_language(app, language)
    tasks = TaskRunner()
    if workspace.needs_first_admin():
        if FirstRunDialog(workspace, tasks).exec() != QDialog.DialogCode.Accepted:
            return 0
    else:
        dialog = SignInDialog(workspace, tasks, language)
        dialog.language_chosen.connect(lambda code: QSettings().setValue("language", code))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        install_language(app, saved_language())
    window = MainWindow(workspace)
    window.show()
    return int(app.exec())


def screenshot(workspace: Workspace, view: str, customer_ref: str | None, language: str, out: Path) -> None:
    app = application()
    install_language(app, language)
    window = MainWindow(workspace)
    window.resize(1280, 760)
    window.tasks.wait()
    hits = workspace.find_customers(customer_ref or "")
    target: QWidget = window
    if hits:
        chosen = next((hit for hit in hits if hit.ref == customer_ref), hits[0])
        account = workspace.load_account(chosen.id)
        window.search.query.setText(chosen.name)
        window.show_account(account)
        if view == "recurring":
            domains = [s.id for s in account.services if s.kind == "domain"]
            target = RecurringDialog(
                workspace, window.tasks, account, domains, all_domains=True, parent=window
            )
        elif view == "service" and account.services:
            target = ServicePage(workspace, window.tasks, account, account.services[0], parent=window)
    window.show()
    target.show()
    app.processEvents()
    window.tasks.wait()
    app.processEvents()
    target.grab().save(str(out))
    target.close()
    window.close()
