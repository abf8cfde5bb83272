"""What a window holds: the program's context and who is signed in. Each method is one thing a
person does, checked against the signed-in actor's role by the use case itself (R23). The windows
see this class only, never the database or the gateway."""

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
from desktop.app.actor import SCHEDULER, Actor, Permission, Role
from desktop.app.background import BackgroundChecks, CheckReport
from desktop.app.due_checks import DueRunReport, run_due_checks
from desktop.app.interchange.demo import load_demo
from desktop.app.interchange.load import ImportSummary, import_document
from desktop.app.views import AccountView, CustomerHit
from desktop.bootstrap import AppContext
from desktop.jobs.due_engine import Progress


class Workspace:
    def __init__(self, ctx: AppContext, actor: Actor | None = None) -> None:
        self._ctx = ctx
        self.actor = actor
        # Members who signed in here are checked against the staff table at every step.
        self._signed_in = False

    # -- who is working ------------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        return staff.staff_count(self._ctx) == 0

    def create_first_admin(self, name: str, password: str) -> None:
        member = staff.create_first_admin(self._ctx, Actor(f"setup:{name}", Role.ADMIN), name, password)
        self.actor = Actor(member.name, member.role)
        self._signed_in = True

    def sign_in(self, name: str, password: str) -> auth.Session:
        signed = auth.sign_in(self._ctx, name, password)
        self.actor = signed.actor
        self._signed_in = True
        return signed

    def may(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.may(permission)

    def _who(self) -> Actor:
        if self.actor is None:
            raise PermissionError("nobody is signed in")
        if self._signed_in:
            self.actor = auth.current_actor(self._ctx, self.actor)
        return self.actor

    def today(self) -> date:
        return self._ctx.today()

    def settings_value(self, key: str) -> str:
        return self._ctx.settings.as_text()[key]

    # -- sales ---------------------------------------------------------------------------------

    def find_customers(self, text: str, page: int = 0) -> list[CustomerHit]:
        return customers.find_customers(self._ctx, self._who(), text, page=page)

    def load_account(self, customer_id: int) -> AccountView:
        return customers.load_account(self._ctx, self._who(), customer_id)

    def preview_recurring(
        self, customer_id: int, service_ids: Sequence[int], card_id: int | None, contact_id: int | None
    ) -> recurring.RecurringPreview:
        return recurring.preview_recurring(
            self._ctx, self._who(), customer_id, service_ids, card_id, contact_id
        )

    def enable_recurring(
        self,
        customer_id: int,
        service_ids: Sequence[int],
        card_id: int | None,
        contact_id: int | None,
        mismatch_acknowledged: bool,
    ) -> recurring.RecurringPreview:
        return recurring.enable_recurring(
            self._ctx,
            self._who(),
            customer_id,
            service_ids,
            card_id=card_id,
            contact_id=contact_id,
            mismatch_acknowledged=mismatch_acknowledged,
        )

    def disable_recurring(self, customer_id: int, service_ids: Sequence[int]) -> int:
        return recurring.disable_recurring(self._ctx, self._who(), customer_id, service_ids)

    def change_service_settings(
        self,
        service_id: int,
        *,
        card_id: int | None,
        contact_id: int | None,
        period_months: int | None,
        installments: int | None,
    ) -> None:
        recurring.change_service_settings(
            self._ctx,
            self._who(),
            service_id,
            card_id=card_id,
            contact_id=contact_id,
            period_months=period_months,
            installments=installments,
        )

    def service_history(self, service_id: int) -> list[history.HistoryEntry]:
        return history.service_history(self._ctx, self._who(), service_id)

    def issue_proformas(
        self, customer_id: int, service_ids: Sequence[int] | None, contact_id: int | None
    ) -> list[proformas.ProformaView]:
        return proformas.issue_proformas(self._ctx, self._who(), customer_id, service_ids, contact_id)

    # -- finance -------------------------------------------------------------------------------

    def upcoming_charges(self, days: int = 30) -> finance.Forecast:
        return finance.upcoming_charges(self._ctx, self._who(), days=days)

    def past_results(
        self, first_day: date, last_day: date
    ) -> tuple[tuple[finance.PastResult, ...], tuple[finance.OutcomeTotal, ...]]:
        return finance.past_results(self._ctx, self._who(), first_day, last_day)

    def export_forecast(
        self,
        forecast: finance.Forecast,
        path: str,
        file_format: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        return finance_files.export_forecast(
            self._ctx, self._who(), forecast, path, file_format, progress=progress, cancel=cancel
        )

    # -- staff (admin) ---------------------------------------------------------------------------

    def list_staff(self) -> list[staff.StaffMember]:
        return staff.list_staff(self._ctx, self._who())

    def add_staff(self, name: str, role: str, password: str) -> staff.StaffMember:
        return staff.add_staff(self._ctx, self._who(), name, role, password)

    def change_role(self, staff_id: int, role: str) -> staff.StaffMember:
        """An admin who steps down (another active admin remains) works on with their new role."""
        member = staff.change_role(self._ctx, self._who(), staff_id, role)
        if self.actor is not None and member.name == self.actor.name:
            self.actor = Actor(member.name, member.role)
        self._signed_in = True
        return member

    def reset_password(self, staff_id: int, new_password: str) -> staff.StaffMember:
        return staff.reset_password(self._ctx, self._who(), staff_id, new_password)

    def set_staff_active(self, staff_id: int, active: bool) -> staff.StaffMember:
        return staff.set_active(self._ctx, self._who(), staff_id, active)

    # -- audit log -------------------------------------------------------------------------------

    def browse_audit(
        self, audit_filter: audit_log.AuditFilter, limit: int = 500, before_id: int | None = None
    ) -> audit_log.AuditPage:
        """The newest entries that match, older than `before_id` when given (the next page)."""
        return audit_log.browse_audit(self._ctx, self._who(), audit_filter, limit, before_id)

    def audit_choices(self) -> tuple[list[str], list[str]]:
        """Who appears in the log and which actions it holds: for the filters."""
        return audit_log.audit_choices(self._ctx, self._who())

    def export_audit_csv(
        self,
        audit_filter: audit_log.AuditFilter,
        path: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        return audit_log.export_audit_csv(
            self._ctx, self._who(), audit_filter, path, progress=progress, cancel=cancel
        )

    # -- settings and secrets (admin) ------------------------------------------------------------

    def settings_form(self) -> settings_admin.SettingsForm:
        """Every setting in force with its default, and which secrets are kept (never their values)."""
        return settings_admin.settings_form(self._ctx, self._who())

    def save_settings(self, values: dict[str, str]) -> list[str]:
        """All or nothing (settings_invalid names every wrong key); returns the changed keys."""
        return settings_admin.save_settings(self._ctx, self._who(), values)

    def save_secrets(self, secrets: dict[str, str]) -> list[str]:
        """Keeps the non-empty secrets in this workstation's keyring; returns their keys."""
        return settings_admin.save_secrets(self._ctx, self._who(), secrets)

    def send_test_email(
        self,
        to_address: str,
        values: dict[str, str] | None = None,
        smtp_password: str | None = None,
        language: str = "en",
    ) -> None:
        settings_admin.send_test_email(
            self._ctx, self._who(), to_address, values, smtp_password=smtp_password, language=language
        )

    # -- data and background checks -------------------------------------------------------------

    def import_file(self, raw: bytes, source: str) -> ImportSummary:
        return import_document(self._ctx, self._who(), raw, source)

    def load_demo(
        self, customers_count: int = 50, services_per_customer: int = 4, seed: int = 1
    ) -> ImportSummary:
        return load_demo(
            self._ctx,
            self._who(),
            customers=customers_count,
            services_per_customer=services_per_customer,
            seed=seed,
        )

    def run_due_checks(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> DueRunReport:
        return run_due_checks(self._ctx, SCHEDULER, progress=progress, cancel=cancel)

    def background_checks(self, on_report: Callable[[CheckReport], None]) -> BackgroundChecks:
        return BackgroundChecks(self._ctx, on_report)

    def run_checks_now(self, checks: BackgroundChecks) -> None:
        checks.run_now(self._who())

    def recent_runs(self, limit: int = 100) -> list[operations.RunView]:
        return operations.recent_runs(self._ctx, self._who(), limit)

    def run_events(self, run_id: int) -> list[operations.RunEventView]:
        return operations.run_events(self._ctx, self._who(), run_id)

    def last_finished_run(self) -> operations.RunView | None:
        return operations.last_finished_run(self._ctx, self._who())
