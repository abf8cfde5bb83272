"""The model-based test of auto-renewal (tests/model), run long: many more examples and steps than CI
runs. Prints how many steps it ran, how many distinct model states it saw (dates taken relative to
the day), the charges, crashes and lost SMTP acknowledgements it went through, and every rule it found
broken, each with the shortest sequence of steps hypothesis found.

    .venv/bin/python bench/model_long.py [--examples 300] [--steps 40] [--backend sqlite|postgresql]
        [--without RULE ...] [--charge-without-notice] [--no-shrink]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis.stateful import INVARIANT_MARKER, run_state_machine_as_test  # noqa: E402

from tests.model.machine import Harness, ModelMachine, machine_without  # noqa: E402
from tests.model.world import closed_port, losing_smtp  # noqa: E402
from tests.support import postgres  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402


@contextmanager
def databases(backend: str) -> Iterator[Callable[[], str]]:
    if backend == "postgresql":
        server = postgres.start()
        try:
            yield lambda: server.url(server.create_database())
        finally:
            server.stop()
        return
    with tempfile.TemporaryDirectory(prefix="renewdesk-model-") as folder:
        count = iter(range(10**9))
        yield lambda: f"sqlite:///{Path(folder) / f'model-{next(count)}.sqlite3'}"


def readable(failure: str) -> str:
    """The failure without the invariant calls hypothesis lists after every step: the steps remain."""
    checks = {
        name for name in dir(ModelMachine) if getattr(getattr(ModelMachine, name), INVARIANT_MARKER, None)
    }
    return "\n".join(
        line for line in failure.splitlines() if not any(f"state.{check}()" in line for check in checks)
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=300, help="how many random sequences")
    parser.add_argument("--steps", type=int, default=40, help="the most steps in one sequence")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--without", nargs="*", default=[], metavar="RULE", help="rules to leave out")
    parser.add_argument(
        "--charge-without-notice",
        action="store_true",
        help="accept a caught-up charge without the missed notice (look past that finding)",
    )
    parser.add_argument("--no-shrink", action="store_true", help="report failures as found, unshrunk")
    args = parser.parse_args()

    keyring.set_keyring(MemoryKeyring())
    phases = [Phase.explicit, Phase.generate] + ([] if args.no_shrink else [Phase.shrink])
    chosen = settings(
        max_examples=args.examples,
        stateful_step_count=args.steps,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    machine = machine_without(
        frozenset(args.without), notice_before_every_charge=not args.charge_without_notice
    )
    stats = ModelMachine.stats
    failures: list[str] = []
    started = time.perf_counter()
    with databases(args.backend) as new_url, losing_smtp() as (server, handler), closed_port() as dead:
        machine.harness = Harness(new_url=new_url, smtp=server, handler=handler, dead_port=dead)
        try:
            run_state_machine_as_test(machine, settings=chosen)
        except BaseException as exc:  # every failure is reported; none ends the report
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(readable("".join(traceback.format_exception(exc))))
    seconds = time.perf_counter() - started
    print(
        f"{args.backend}: {stats.examples} sequences, {stats.steps} steps, "
        f"{len(stats.states)} distinct model states, {stats.charges} charges at most in one sequence, "
        f"{stats.crashes} runs crashed after a charge, {stats.lost_acks} SMTP acknowledgements lost; "
        f"{seconds:.0f} s"
    )
    if not failures:
        print("invariant failures: none")
        return 0
    print(f"invariant failures: {len(failures)}")
    for failure in failures:
        print(failure)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
