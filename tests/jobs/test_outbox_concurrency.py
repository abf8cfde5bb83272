"""Two senders of one outbox, in separate processes, against a real SMTP server on loopback; every
delivery is counted by its Message-ID (R17, R31, issue 10 defect 5):

- a batch that outlives its lease (a slow server, a short lease) is not sent again by the other;
- two processes whose clocks differ by days do not both send a message;
- a process killed right after the server accepted a message: the next run sends that one again with
  the same Message-ID, and every other message once.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from desktop.bootstrap import AppContext
from desktop.core.clock import ManualClock
from tests.conftest import ROOT, Cli
from tests.jobs.smtp_helpers import (
    CHECK_DAY,
    RecordingHandler,
    SmtpServer,
    outbox_rows,
    point_smtp_at,
    queue_notices,
    running_smtp,
    share_signing_key,
)

CHILD_TIMEOUT = 300


@dataclass
class SlowHandler(RecordingHandler):
    """Takes `delay` seconds over each message, and can kill a sender right after accepting its
    `kill_at`-th message, before the sender hears the answer."""

    delay: float = 0.0
    kill_at: int | None = None
    victim: subprocess.Popen[bytes] | None = None
    first_message: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.first_message.set()
        if self.delay:
            await asyncio.sleep(self.delay)  # a slow server: the batch outlives the lease
        answer = await super().handle_DATA(server, session, envelope)
        if self.kill_at is not None and len(self.snapshot()) == self.kill_at and self.victim is not None:
            self.victim.kill()
            self.victim.wait()
        return answer


@pytest.fixture(name="slow_smtp")
def slow_smtp_fixture() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        handler = SlowHandler()
        server.controller.handler = handler  # each new connection gets the controller's handler
        server.handler = handler
        yield server


def _handler(server: SmtpServer) -> SlowHandler:
    assert isinstance(server.handler, SlowHandler)
    return server.handler


def _outbox(ctx: AppContext, clock: ManualClock, cli: Cli, server: SmtpServer, messages: int) -> list[int]:
    """`messages` notices queued at the very start of CHECK_DAY, so that a child process whose clock
    is on CHECK_DAY at any time of day finds them due; the children have the signing key."""
    clock.set(datetime(CHECK_DAY.year, CHECK_DAY.month, CHECK_DAY.day, 0, 0, tzinfo=UTC))
    point_smtp_at(ctx, server.port)
    share_signing_key(ctx, cli.keyring_file)
    return queue_notices(ctx, customers=messages)


def _start(cli: Cli, day: date, lease_seconds: int | None = None) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tests.jobs.outbox_child", cli.db, "--today", day.isoformat()]
    if lease_seconds is not None:
        command += ["--lease-seconds", str(lease_seconds)]
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
        "RENEWDESK_TEST_KEYRING_FILE": str(cli.keyring_file),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _finish(child: subprocess.Popen[bytes]) -> dict[str, object]:
    out, err = child.communicate(timeout=CHILD_TIMEOUT)
    assert child.returncode == 0, err.decode()[-3000:]
    answer: dict[str, object] = json.loads(out)
    return answer


def _deliveries(server: SmtpServer) -> Counter[str]:
    return Counter(str(item.message["Message-ID"]) for item in server.received())


def _assert_each_sent_once(ctx: AppContext, server: SmtpServer, ids: list[int]) -> None:
    deliveries = _deliveries(server)
    twice = {message_id: count for message_id, count in deliveries.items() if count > 1}
    assert twice == {}, f"{sum(twice.values()) - len(twice)} duplicates of {len(ids)}"
    rows = outbox_rows(ctx)
    assert [row.id for row in rows] == ids
    assert all(row.status == "sent" and row.lease_owner is None for row in rows)
    assert set(deliveries) == {row.message_id for row in rows}


def test_a_batch_longer_than_the_lease_is_not_sent_again_by_another_process(
    ctx: AppContext, clock: ManualClock, cli: Cli, slow_smtp: SmtpServer
) -> None:
    ids = _outbox(ctx, clock, cli, slow_smtp, messages=240)
    _handler(slow_smtp).delay = 0.02  # 240 messages take about 5 s; a lease lasts 1 s

    first = _start(cli, CHECK_DAY, lease_seconds=1)
    assert _handler(slow_smtp).first_message.wait(CHILD_TIMEOUT)
    second = _start(cli, CHECK_DAY, lease_seconds=1)
    results = [_finish(first), _finish(second)]

    assert sum(int(str(result["sent"])) for result in results) == len(ids)
    assert all(result["errors"] == [] and int(str(result["sent"])) > 0 for result in results)
    _assert_each_sent_once(ctx, slow_smtp, ids)


def test_two_processes_whose_clocks_differ_send_each_message_once(
    ctx: AppContext, clock: ManualClock, cli: Cli, slow_smtp: SmtpServer
) -> None:
    ids = _outbox(ctx, clock, cli, slow_smtp, messages=240)
    _handler(slow_smtp).delay = 0.02  # the second starts while the first is still sending

    behind = _start(cli, CHECK_DAY)
    assert _handler(slow_smtp).first_message.wait(CHILD_TIMEOUT)
    ahead = _start(cli, CHECK_DAY + timedelta(days=2))  # its clock says the others' leases ran out
    results = [_finish(behind), _finish(ahead)]

    assert sum(int(str(result["sent"])) for result in results) == len(ids)
    assert all(int(str(result["sent"])) > 0 for result in results)
    _assert_each_sent_once(ctx, slow_smtp, ids)


def test_a_message_accepted_just_before_a_crash_is_sent_again_with_the_same_message_id(
    ctx: AppContext, clock: ManualClock, cli: Cli, slow_smtp: SmtpServer
) -> None:
    ids = _outbox(ctx, clock, cli, slow_smtp, messages=12)
    handler = _handler(slow_smtp)
    handler.kill_at = 5

    handler.victim = crashed = _start(cli, CHECK_DAY)
    crashed.communicate(timeout=CHILD_TIMEOUT)
    assert crashed.returncode == -9  # killed by the server's handler
    assert len(slow_smtp.received()) == 5
    states = Counter(row.status for row in outbox_rows(ctx))
    assert states == {"sent": 4, "queued": 8}  # the 5th was accepted, but never marked sent

    rerun = _finish(_start(cli, CHECK_DAY))

    assert rerun["sent"] == 8
    deliveries = _deliveries(slow_smtp)
    rows = outbox_rows(ctx)
    assert all(row.status == "sent" for row in rows)
    fifth = rows[4]
    assert deliveries[str(fifth.message_id)] == 2  # the same message, recognisable as such
    assert {message_id: count for message_id, count in deliveries.items() if count != 1} == {
        fifth.message_id: 2
    }
    assert set(deliveries) == {row.message_id for row in rows} and len(deliveries) == len(ids)
