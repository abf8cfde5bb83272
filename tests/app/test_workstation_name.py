"""Every workstation has a name (R43) and it is written where work is done: the owner of a lease and
of a due run (`host:pid:token:name`, the host kept for the is-the-process-alive check), the
background-checks panel, and the audit log, whichever part of the program writes the entry."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.app.audit_log import CSV_COLUMNS, AuditFilter, browse_audit, csv_cells
from desktop.app.operations import recent_runs
from desktop.app.recurring import disable_recurring
from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.jobs import leases, runs
from desktop.secrets import KeyringSecretStore
from desktop.store.models import AuditEntry, DueRun
from tests.app.helpers import ADMIN, customer_id, service_id
from tests.jobs.helpers import at_nine, domain, load_one, run_on

DAY = date(2026, 12, 20)
NAME = "north desk 2 ✓"


@pytest.fixture
def named(db_url: str, clock: ManualClock, fresh_copy: Callable[[str], None]) -> Iterator[AppContext]:
    fresh_copy(db_url)
    context = build_context(db_url, clock=clock, secrets=KeyringSecretStore(), workstation=NAME)
    yield context
    context.close()


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_an_owner_names_the_host_process_and_workstation() -> None:
    owner = leases.new_owner(NAME)
    host, pid, token, name = owner.split(":", 3)
    assert (host, pid, name) == (leases.HOST[:40], str(os.getpid()), NAME) and len(token) == 8
    assert leases.workstation_of(owner) == NAME and leases.is_alive(owner)
    assert leases.on_this_host(owner)
    # Owners written before workstations had names still read, and still say their host.
    assert leases.workstation_of("old-host:123:abcd1234") == "old-host"
    assert leases.new_owner().count(":") == 2


def test_a_gone_process_is_told_with_or_without_a_name() -> None:
    pid = _dead_pid()
    assert not leases.is_alive(f"{leases.THIS_HOST}:{pid}:aaaa1111:{NAME}")
    assert not leases.is_alive(f"{leases.HOST}:{pid}:aaaa1111")
    assert leases.is_alive(f"elsewhere:{pid}:aaaa1111:{NAME}")  # another machine: its lease tells


def test_the_longest_owner_fits_the_narrowest_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leases, "THIS_HOST", ("h" * 64)[:40])
    owner = leases.new_owner("w" * 40)
    assert len(owner) <= 100  # payment_attempts.sent_by


def test_a_due_run_and_its_audit_entries_name_the_workstation(named: AppContext, clock: ManualClock) -> None:
    load_one(named, domain("d1", "north.example", DAY + timedelta(days=10)))
    run_on(named, clock, DAY)
    with named.db.reading() as session:
        owners = list(session.scalars(select(DueRun.owner)))
        entries = list(session.execute(select(AuditEntry.action, AuditEntry.workstation)))
    assert owners and all(leases.workstation_of(owner) == NAME for owner in owners)
    assert len(entries) >= 2  # the import and the run's card check at least
    assert {workstation for _action, workstation in entries} == {NAME}, entries
    assert [run.workstation for run in recent_runs(named, ADMIN)] == [NAME] * len(owners)


def test_a_use_case_writes_the_workstation_and_the_audit_log_shows_it(named: AppContext) -> None:
    load_one(named, domain("d1", "north.example", DAY + timedelta(days=90)))
    disable_recurring(named, ADMIN, customer_id(named, "cust-1"), [service_id(named, "north.example")])
    page = browse_audit(named, ADMIN, AuditFilter(action="auto_renew.", first_day=None, last_day=None))
    assert page.rows and {row.workstation for row in page.rows} == {NAME}
    assert CSV_COLUMNS[-1] == "workstation" and csv_cells(page.rows[0])[-1] == NAME


def test_an_abandoned_run_of_this_machine_is_still_found(named: AppContext, clock: ManualClock) -> None:
    now = at_nine(DAY)
    clock.set(now)
    with named.db.transaction() as session:
        run = DueRun(
            owner=f"{leases.THIS_HOST}:{_dead_pid()}:aaaa1111:{NAME}",
            run_for=DAY,
            started_at=now,
            heartbeat_at=now,
            outcome="running",
        )
        session.add(run)
    with named.db.transaction() as session:
        assert runs.mark_abandoned(session, now) == [run.id]


def test_about_names_the_workstation(named: AppContext) -> None:
    from desktop.app.about import about

    assert about(named).workstation == NAME
