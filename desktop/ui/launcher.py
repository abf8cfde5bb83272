"""Renders views offscreen to PNG for documentation and review (`python main.py screenshot`). The
window's own start is desktop/ui/start_up.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.app import customers
from desktop.app.desk import Desk
from desktop.core.refs import find_by_ref
from desktop.ui.admin.audit_dialog import AuditDialog
from desktop.ui.admin.operations_dialog import OperationsDialog
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.admin.staff_dialog import StaffDialog
from desktop.ui.application import application, install_language
from desktop.ui.dialogs.recurring_dialog import RecurringDialog
from desktop.ui.dialogs.service_page import ServicePage
from desktop.ui.finance.finance_window import FinanceWindow
from desktop.ui.main_window import MainWindow


def screenshot(workspace: Desk, view: str, customer_ref: str | None, language: str, out: Path) -> None:
    app = application()
    install_language(app, language)
    window = MainWindow(workspace)
    window.resize(1280, 760)
    window.tasks.wait()
    hits = workspace.call(customers.find_customers, customer_ref or "")
    target: QWidget = window
    if hits:
        chosen = find_by_ref(hits, customer_ref or "") or hits[0]
        account = workspace.call(customers.load_account, chosen.id)
        window.search.query.setText(chosen.name)
        window.show_account(account)
        if view == "recurring":
            domains = [s.id for s in account.services if s.kind == "domain"]
            target = RecurringDialog(
                workspace, window.tasks, account, domains, all_domains=True, parent=window
            )
        elif view == "service" and account.services:
            target = ServicePage(workspace, window.tasks, account, account.services[0], parent=window)
    if view == "finance":
        finance = FinanceWindow(workspace)
        finance.resize(1400, 900)
        finance.show()
        finance.wait_loaded()
        target = finance
    elif view in ("operations", "settings", "staff", "audit"):
        target = _admin_view(workspace, window, view)
    window.show()
    target.show()
    app.processEvents()
    window.tasks.wait()
    app.processEvents()
    window.tasks.wait()  # a dialog's second load (a run's events after its list) comes after the first
    app.processEvents()
    target.grab().save(str(out))
    target.close()
    window.close()
    # The window closes once its background checks have stopped, on the worker: the process must not
    # end while that work still runs and reports back.
    for _ in range(100):
        window.tasks.wait()
        app.processEvents()
        if not window.isVisible() and not window.tasks.busy:
            break


def _admin_view(workspace: Desk, window: MainWindow, view: str) -> QWidget:
    if view == "operations":
        return OperationsDialog(workspace, window.tasks, None, parent=window)
    if view == "settings":
        dialog: QWidget = SettingsDialog(workspace, window.tasks, parent=window)
    elif view == "staff":
        dialog = StaffDialog(workspace, window.tasks, parent=window)
    else:
        dialog = AuditDialog(workspace, window.tasks, parent=window)
    return dialog
