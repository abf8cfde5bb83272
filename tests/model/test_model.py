"""The model-based test of auto-renewal (issue 10, "How to prove it"): random sequences of what people
and time do, run against the real program on SQLite and on PostgreSQL, held after every step to the
reference model of tests/model/reference.py (tests/model/machine.py has the steps and the checks).

Kept short for CI; bench/model_long.py runs the same machine for as long as asked."""

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


@contextmanager
def _harness(new_url: Callable[[], str]) -> Iterator[Harness]:
    with losing_smtp() as (server, handler), closed_port() as dead:
        yield Harness(new_url=new_url, smtp=server, handler=handler, dead_port=dead)


def _sqlite_urls(folder: Path) -> Callable[[], str]:
    count = iter(range(1_000_000))
    return lambda: f"sqlite:///{folder / f'model-{next(count)}.sqlite3'}"


def _postgres_urls(server: PgServer) -> Callable[[], str]:
    return lambda: server.url(server.create_database())


def _run(new_url: Callable[[], str]) -> None:
    machine = machine_without(frozenset())
    with _harness(new_url) as harness:
        machine.harness = harness
        run_state_machine_as_test(machine, settings=SHORT)


def test_promises_kept_on_sqlite(tmp_path: Path) -> None:
    _run(_sqlite_urls(tmp_path))


@pytest.mark.postgres
def test_promises_kept_on_postgresql(pg_server: PgServer) -> None:
    _run(_postgres_urls(pg_server))
