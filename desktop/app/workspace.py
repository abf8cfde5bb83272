"""The windows' older entry points, one pass-through per use case, being replaced by `Desk.call`
(desktop/app/desk.py): a window converted to `desk.call(use_case, ...)` no longer needs them, and
they go when the last caller has gone."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date

from desktop.app import (
    audit_log,
    auth,
    customers,
    finance,
    finance_files,
    history,
    operations,
    proformas,
    recurring,
    staff,
)
from desktop.app import config as settings_admin
from desktop.app.actor import SCHEDULER, Actor, Role
from desktop.app.background import BackgroundChecks, CheckReport
from desktop.app.changes import announced_by
from desktop.app.desk import Desk
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.load import ImportSummary, import_document
from desktop.app.views import AccountView, CustomerHit
from desktop.jobs.due_engine import Progress


class Workspace(Desk):
    # -- who is working ------------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        return staff.staff_count(self._ctx) == 0

    def create_first_admin(self, name: str, password: str) -> None:
        member = staff.create_first_admin(self._ctx, Actor(f"setup:{name}", Role.ADMIN), name, password)
        self.adopt(Actor(member.name, member.role))

    def sign_in(self, name: str, password: str) -> auth.Session:
        signed = auth.sign_in(self._ctx, name, password)
        self.adopt(signed.actor)
        return signed

    def _who(self) -> Actor:
        return self.current_actor()

    def settings_value(self, key: str) -> str:
        return self._ctx.settings.as_text()[key]

    # -- sales ---------------------------------------------------------------------------------

    def find_customers(self, text: str, page: int = 0) -> list[CustomerHit]:
        return self.call(customers.find_customers, text, page=page)

    def load_account(self, customer_id: int) -> AccountView:
        return self.call(customers.load_account, customer_id)

    def preview_recurring(
        self, customer_id: int, service_ids: Sequence[int], card_id: int | None, contact_id: int | None
    ) -> recurring.RecurringPreview:
        return self.call(recurring.preview_recurring, customer_id, service_ids, card_id, contact_id)

    def enable_recurring(
        self,
        customer_id: int,
        service_ids: Sequence[int],
        card_id: int | None,
        contact_id: int | None,
        mismatch_acknowledged: bool,
    ) -> recurring.RecurringPreview:
        return self.call(
            recurring.enable_recurring,
            customer_id,
            service_ids,
            card_id=card_id,
            contact_id=contact_id,
            mismatch_acknowledged=mismatch_acknowledged,
        )

    def disable_recurring(self, customer_id: int, service_ids: Sequence[int]) -> int:
        return self.call(recurring.disable_recurring, customer_id, service_ids)

    def change_service_settings(
        self,
        service_id: int,
        *,
        card_id: int | None,
        contact_id: int | None,
        period_months: int | None,
        installments: int | None,
    ) -> None:
        self.call(
            recurring.change_service_settings,
            service_id,
            card_id=card_id,
            contact_id=contact_id,
            period_months=period_months,
            installments=installments,
        )

    def service_history(self, service_id: int) -> list[history.HistoryEntry]:
        return self.call(history.service_history, service_id)

    def issue_proformas(
        self, customer_id: int, service_ids: Sequence[int] | None, contact_id: int | None
    ) -> list[proformas.ProformaView]:
        return self.call(proformas.issue_proformas, customer_id, service_ids, contact_id)

    # -- finance -------------------------------------------------------------------------------

    def upcoming_charges(self, days: int = 30) -> finance.Forecast:
        return self.call(finance.upcoming_charges, days=days)

    def past_results(
        self, first_day: date, last_day: date
    ) -> tuple[tuple[finance.PastResult, ...], tuple[finance.OutcomeTotal, ...]]:
        return self.call(finance.past_results, first_day, last_day)

    def export_forecast(
        self,
        forecast: finance.Forecast,
        path: str,
        file_format: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        return self.call(
            finance_files.export_forecast, forecast, path, file_format, progress=progress, cancel=cancel
        )

    # -- staff (admin) ---------------------------------------------------------------------------

    def list_staff(self) -> list[staff.StaffMember]:
        return self.call(staff.list_staff)

    def add_staff(self, name: str, role: str, password: str) -> staff.StaffMember:
        return self.call(staff.add_staff, name, role, password)

    def change_role(self, staff_id: int, role: str) -> staff.StaffMember:
        """An admin who steps down (another active admin remains) works on with their new role."""
        member = self.call(staff.change_role, staff_id, role)
        if self.actor is not None and member.name == self.actor.name:
            self.adopt(Actor(member.name, member.role))
        return member

    def reset_password(self, staff_id: int, new_password: str) -> staff.StaffMember:
        return self.call(staff.reset_password, staff_id, new_password)

    def set_staff_active(self, staff_id: int, active: bool) -> staff.StaffMember:
        return self.call(staff.set_active, staff_id, active)

    # -- audit log -------------------------------------------------------------------------------

    def browse_audit(
        self, audit_filter: audit_log.AuditFilter, limit: int = 500, before_id: int | None = None
    ) -> audit_log.AuditPage:
        """The newest entries that match, older than `before_id` when given (the next page)."""
        return self.call(audit_log.browse_audit, audit_filter, limit, before_id)

    def audit_choices(self) -> tuple[list[str], list[str]]:
        """Who appears in the log and which actions it holds: for the filters."""
        return self.call(audit_log.audit_choices)

    def export_audit_csv(
        self,
        audit_filter: audit_log.AuditFilter,
        path: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        return self.call(audit_log.export_audit_csv, audit_filter, path, progress=progress, cancel=cancel)

    # -- settings and secrets (admin) ------------------------------------------------------------

    def settings_form(self) -> settings_admin.SettingsForm:
        """Every setting in force with its default, and which secrets are kept (never their values)."""
        return self.call(settings_admin.settings_form)

    def save_settings(self, values: dict[str, str]) -> list[str]:
        """All or nothing (settings_invalid names every wrong key); returns the changed keys."""
        return self.call(settings_admin.save_settings, values)

    def save_secrets(self, secrets: dict[str, str]) -> list[str]:
        """Keeps the non-empty secrets in this workstation's keyring; returns their keys."""
        return self.call(settings_admin.save_secrets, secrets)

    def send_test_email(
        self,
        to_address: str,
        values: dict[str, str] | None = None,
        smtp_password: str | None = None,
        language: str = "en",
    ) -> None:
        self.call(
            settings_admin.send_test_email, to_address, values, smtp_password=smtp_password, language=language
        )

    # -- data and background checks -------------------------------------------------------------

    def import_file(self, raw: bytes, source: str) -> ImportSummary:
        return self.call(import_document, raw, source)

    def load_demo(
        self, customers_count: int = 50, services_per_customer: int = 4, seed: int = 1
    ) -> ImportSummary:
        return self.call(
            load_demo,
            customers=customers_count,
            services_per_customer=services_per_customer,
            seed=seed,
        )

    def run_due_checks(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> DueRunReport:
        report = run_due_checks(self._ctx, SCHEDULER, progress=progress, cancel=cancel)
        self.announce(announced_by(run_due_checks))
        return report

    def background_checks(self, on_report: Callable[[CheckReport], None]) -> BackgroundChecks:
        return BackgroundChecks(self._ctx, on_report)

    def run_checks_now(self, checks: BackgroundChecks) -> None:
        checks.run_now(self._who())

    def recent_runs(self, limit: int = 100) -> list[operations.RunView]:
        return self.call(operations.recent_runs, limit)

    def run_events(self, run_id: int) -> list[operations.RunEventView]:
        return self.call(operations.run_events, run_id)

    def last_finished_run(self) -> operations.RunView | None:
        return self.call(operations.last_finished_run)
