"""A mail server that accepts connections and never answers (hostile test of issue 13, defect 22: Quit
showed "Finishing the background checks…" for 22 s and due-run took 32 s). Every step of a session has
a time-out, and a run's sending is cut short within a fraction of a second when it is asked to stop
(the window quitting): what was not sent waits for the next run, not counted as a failed try."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from desktop.app.background import BackgroundChecks
from desktop.bootstrap import AppContext
from desktop.core.codes import MailState
from desktop.jobs.outbox_sender import send_outbox
from desktop.mail.smtp import TIMEOUT_SECONDS, SmtpConfig, SmtpConnection
from tests.jobs.smtp_helpers import HOST, outbox_rows, point_smtp_at, queue_notices

# Far above what a cut-short session takes (a tenth of a second): only reached when it is not cut.
PROMPTLY = 3.0


@dataclass
class SilentServer:
    """Accepts every connection and says nothing. `connected` is set once a client is in."""

    port: int
    connected: threading.Event = field(default_factory=threading.Event)


@pytest.fixture(name="silent_server")
def silent_server_fixture() -> Iterator[SilentServer]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((HOST, 0))
    listener.listen(8)
    server = SilentServer(int(listener.getsockname()[1]))
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # the listener was closed: the test is over
            held.append(connection)
            server.connected.set()

    threading.Thread(target=accept, daemon=True).start()
    yield server
    listener.close()
    for connection in held:
        connection.close()


def test_every_step_of_a_session_has_a_time_out(silent_server: SilentServer) -> None:
    assert TIMEOUT_SECONDS <= 10  # a due run with a silent server is held 10 s at most, not 30
    config = SmtpConfig(HOST, silent_server.port, "", None, False, "a@example.com", "Hosting")
    started = time.monotonic()
    with pytest.raises((OSError, TimeoutError)), SmtpConnection(config, timeout=0.5):
        pass  # never reached: the greeting never comes
    assert time.monotonic() - started < PROMPTLY


def test_a_run_asked_to_stop_leaves_a_silent_server_at_once_and_its_mail_queued(
    ctx: AppContext, silent_server: SilentServer
) -> None:
    point_smtp_at(ctx, silent_server.port)
    ids = queue_notices(ctx, customers=2)
    cancel = threading.Event()

    def quit_once_connected() -> None:
        silent_server.connected.wait(30)
        cancel.set()

    threading.Thread(target=quit_once_connected, daemon=True).start()
    started = time.monotonic()

    result = send_outbox(ctx, cancel=cancel)

    assert time.monotonic() - started < PROMPTLY
    assert (result.sent, result.failed, result.errors) == (0, 0, [])
    rows = {row.id: row for row in outbox_rows(ctx)}
    for outbox_id in ids:
        row = rows[outbox_id]
        assert (row.status, row.attempts, row.last_error, row.lease_owner) == (
            MailState.QUEUED.value,
            0,
            None,
            None,
        )


def test_the_background_checks_stop_within_seconds_while_a_silent_server_holds_the_sending(
    ctx: AppContext, silent_server: SilentServer
) -> None:
    """What Quit waits for: the scheduler's stop, with the run's sending held by the server."""
    point_smtp_at(ctx, silent_server.port)
    queue_notices(ctx, customers=1)
    checks = BackgroundChecks(ctx, lambda report: None)
    checks.start()
    assert silent_server.connected.wait(30)
    assert checks.run_under_way
    started = time.monotonic()

    checks.stop()

    assert time.monotonic() - started < PROMPTLY
    assert [row.status for row in outbox_rows(ctx)] == [MailState.QUEUED.value]
