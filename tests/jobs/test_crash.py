"""R17 and SPEC 2b: `due-run` processes killed (SIGKILL) at random moments, some of them between the
gateway's answer and the program's commit, then a normal run: no charge twice, none lost, nothing left
pending or unknown; outcomes the killed runs never learned are settled with the gateway by key."""

from __future__ import annotations

import contextlib
import random
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store.database import Database
from tests.jobs.concurrency_helpers import (
    BACKENDS,
    Child,
    Launcher,
    Mail,
    assert_no_events,
    check_settled,
    database_url,
    event_key,
    ledger_rows,
    open_database,
    populate,
    stop_all,
    unsettled,
)
from tests.jobs.smtp_helpers import smtp_fixture  # noqa: F401 (the fixture "smtp")

# Kills are placed within a run (by time, or by gateway call), so a run of this size has as many
# moments to kill in as a larger one; the 10,000-cycle run of bench/due_run_together.py shows speed.
SERVICES = 600
PROCESSES = 2
ROUNDS = 3
SEED = 20270315
POLL = 0.02  # how long a wait on a child lasts between two looks at the gateway's ledger


@dataclass
class Kill:
    """When one child is killed: `delay` seconds after its start, or as soon as the gateway's ledger
    holds `calls` rows (right after a gateway call, before the program commits what it learned)."""

    child: Child
    delay: float | None = None
    calls: int | None = None

    def describe(self) -> str:
        when = f"{self.delay:.1f}s" if self.delay is not None else f"call {self.calls}"
        return when + ("†" if self.child.killed else "")

    def due(self, db: Database) -> bool:
        if self.delay is not None:
            return time.perf_counter() >= self.child.started + self.delay
        assert self.calls is not None
        return ledger_rows(db) >= self.calls

    def pause(self) -> float:
        if self.delay is None:
            return POLL
        return max(0.0, min(POLL, self.child.started + self.delay - time.perf_counter()))


def _carry_out(kills: list[Kill], db: Database) -> None:
    """Waits on the children and kills each at its moment, unless it ended by itself before; a wait
    on a child with a time-out is the only timer."""
    waiting = list(kills)
    while waiting:
        for kill in list(waiting):
            child = kill.child
            if child.proc.poll() is not None:
                child.wait()
                assert child.proc.returncode == 0, f"a run failed by itself: {child.stderr()[-3000:]}"
                waiting.remove(kill)
            elif kill.due(db):
                child.kill()
                waiting.remove(kill)
        if waiting:
            with contextlib.suppress(subprocess.TimeoutExpired):
                waiting[0].child.wait(timeout=min(kill.pause() for kill in waiting))


@pytest.mark.parametrize("backend", BACKENDS)
def test_runs_killed_at_random_moments_then_a_normal_run_settle_every_charge_once(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    rng = random.Random(SEED)
    # How long one run takes on its own, on a database built the same way: kills fall within it.
    calibration_folder = tmp_path / "calibration"
    calibration_folder.mkdir()
    server = request.getfixturevalue("smtp")  # the notices go out, so that the charges are made
    calibration_mail = Mail(server.port, calibration_folder / "keyring.json")
    calibration = populate(
        database_url(request, backend, calibration_folder), SERVICES, mail=calibration_mail
    )
    single = Launcher(calibration.url, calibration_folder, mail=calibration_mail).run(1)[0].seconds

    mail = Mail(server.port, tmp_path / "keyring.json")
    population = populate(database_url(request, backend, tmp_path), SERVICES, mail=mail)
    launcher = Launcher(population.url, tmp_path, mail=mail)
    rounds: list[str] = []
    try:
        with open_database(population.url) as db:
            for _ in range(ROUNDS):
                first, second = launcher.start(PROCESSES)
                # One child killed at a random moment of a run, the other right after a random gateway
                # call yet to come (every cycle makes two: its card check and its charge).
                done = ledger_rows(db)
                kills = [Kill(first, delay=rng.uniform(0, single))]
                if done < 2 * SERVICES:
                    kills.append(Kill(second, calls=rng.randint(done + 1, 2 * SERVICES)))
                else:
                    kills.append(Kill(second, delay=rng.uniform(0, single)))
                _carry_out(kills, db)
                left = unsettled(population.url)
                rounds.append(
                    " + ".join(kill.describe() for kill in kills)
                    + f": {left['gateway_charges']} charged by the gateway, {left['attempts_open']} attempts"
                    f" open, {left['cycles_charging']} cycles charging, {left['cycles_leased']} leased"
                )
        killed = [child for child in launcher.children if child.killed]
        assert killed, "no run was killed: the delays all fell after the runs' ends"
        before_final = unsettled(population.url)

        final = launcher.run(1)
        figures = check_settled(population)
        again = launcher.run(1)
        assert_no_events(again)
        check_settled(population)
    finally:
        stop_all(launcher.children)

    # What the runs that ended normally reported, each thing once across all of them.
    reported = [
        event_key(event) for child in launcher.children if not child.killed for event in child.events()
    ]
    assert len(reported) == len(set(reported)), "an event was reported by two runs"
    print(
        f"\n{backend}, {SERVICES} due cycles: one run alone {single:.1f} s; rounds of {PROCESSES} "
        f"(kill at, † killed): " + "; ".join(rounds) + f"; before the final run: {before_final}; "
        f"final run {final[0].seconds:.1f} s, "
        f"{sum(1 for event in final[0].events() if event['type'] == 'charged')} charged by it; "
        f"attempts {figures['attempts']} ({figures['attempts_not_sent']} never sent, charged again "
        f"under a new key), {figures['timeouts_settled']} time-outs settled by key"
    )
