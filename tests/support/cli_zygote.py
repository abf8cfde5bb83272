"""A process that has imported the program once and forks a child for every `python main.py ...` a test
runs, so that a command costs a fork instead of a second and more of imports (desktop.cli loads
SQLAlchemy, Alembic, argon2 and every use case; a thousand commands run in the suite).

Each child is the program as `python main.py ARGS` would run it: its own process, with the caller's
argument list, environment, working folder, standard input, output and error (the caller's own file
descriptors, passed over a Unix socket), and its exit status given back to the caller
(tests/support/cli_client.py, which exits with it). What differs from a new interpreter is what
happened before the fork: the imports, and the interpreter settings read at start (locale, PYTHON*
variables): tests.support.processes sends a command whose environment changes those to a new
interpreter instead.

    python -m tests.support.cli_zygote SOCKET_PATH   (prints "ready" when it listens)"""

from __future__ import annotations

import array
import json
import os
import random
import runpy
import select
import signal
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any

MAX_FDS = 3


@dataclass
class Request:
    argv: list[str]
    env: dict[str, str]
    cwd: str
    fds: list[int]


def _receive(connection: socket.socket) -> Request:
    """A message is its length (8 bytes, sent with the three file descriptors), then JSON."""
    fds = array.array("i")
    header, ancillary, _flags, _address = connection.recvmsg(8, socket.CMSG_SPACE(MAX_FDS * fds.itemsize))
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(payload[: len(payload) - (len(payload) % fds.itemsize)])
    while len(header) < 8:
        header += connection.recv(8 - len(header))
    size = int.from_bytes(header, "big")
    body = b""
    while len(body) < size:
        chunk = connection.recv(size - len(body))
        if not chunk:
            raise ConnectionError("the caller went away mid-message")
        body += chunk
    message: dict[str, Any] = json.loads(body)
    return Request(argv=message["argv"], env=message["env"], cwd=message["cwd"], fds=list(fds))


def _send(connection: socket.socket, **message: Any) -> None:
    connection.sendall(json.dumps(message).encode() + b"\n")


def _become_the_program(request: Request) -> None:
    """In the forked child: the standard streams, folder, environment and arguments of the request."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for target, fd in enumerate(request.fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request.cwd)
    os.environ.clear()
    os.environ.update(request.env)
    time.tzset()
    random.seed()  # a new interpreter's random numbers differ from run to run; a fork's would not
    import keyring.core

    keyring.core._keyring_backend = None  # chosen at first use, from this command's environment
    sys.argv = list(request.argv)
    sys.path[0] = os.path.dirname(os.path.abspath(request.argv[0]))


def _watch(connection: socket.socket, child: int) -> None:
    """In the forked middle process: reports the program's pid and, when it ends, its wait status;
    kills it when the caller goes away first (a test's time-out kills the caller)."""
    _send(connection, pid=child)
    pidfd = os.pidfd_open(child)
    while True:
        ready, _, _ = select.select([pidfd, connection.fileno()], [], [])
        if pidfd in ready:
            _, status = os.waitpid(child, 0)
            _send(connection, status=status)
            return
        if not connection.recv(1):  # the caller is gone
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            return


def _remove(path: str) -> None:
    folder = os.path.dirname(path)
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    os.rmdir(folder)


def serve(path: str) -> Request:
    """Returns only in a forked child, with the request it is to run."""
    parent = os.getppid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    listener.settimeout(1.0)
    print("ready", flush=True)
    while True:
        while True:  # middle processes that have finished
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
        if os.getppid() != parent:  # the test session is gone (killed): leave no socket behind
            _remove(path)
            sys.exit(0)
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        connection.settimeout(None)
        try:
            request = _receive(connection)
        except (OSError, ValueError):  # the caller went away (a killed test) or sent nonsense
            connection.close()
            continue
        if os.fork() == 0:  # the middle process
            listener.close()
            sys.stdout.flush()
            sys.stderr.flush()
            child = os.fork()
            if child == 0:
                connection.close()
                _become_the_program(request)
                return request
            for fd in request.fds:
                os.close(fd)
            try:
                _watch(connection, child)
            finally:
                os._exit(0)
        connection.close()
        for fd in request.fds:
            os.close(fd)


def _warm() -> None:
    """Imports what every command imports, and reads the migrations once, before any fork."""
    import alembic.command  # noqa: F401  (loaded by a run only when a migration is due)

    import desktop.bootstrap
    import desktop.cli  # noqa: F401
    from desktop.cli.areas import lazy_entries
    from desktop.store import migrate

    # A command loads its handler only when it runs (desktop/cli/registry.py): the children are
    # spared those imports by loading every handler here once. The window's stays out (Qt).
    for entry in lazy_entries().values():
        if entry.context:
            entry.handler()
    migrate.alembic_scripts()


if __name__ == "__main__":
    _warm()
    _request = serve(sys.argv[1])
    del _request
    runpy.run_path(sys.argv[0], run_name="__main__")
