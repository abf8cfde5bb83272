"""Runs one command in a child of the CLI zygote (tests/support/cli_zygote.py) and exits as that
child did. Standard library only, started with `python -I -S`, so that it costs milliseconds:

    python -I -S tests/support/cli_client.py SOCKET_PATH main.py ARGS...

The child gets this process's standard input, output and error, environment and working folder."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys


def main() -> None:
    path, *argv = sys.argv[1:]
    message = json.dumps({"argv": argv, "env": dict(os.environ), "cwd": os.getcwd()}).encode()
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.connect(path)
    socket.send_fds(connection, [len(message).to_bytes(8, "big")], [0, 1, 2])
    connection.sendall(message)
    replies = connection.makefile("rb")
    status: int | None = None
    for line in replies:
        reply = json.loads(line)
        if "status" in reply:
            status = reply["status"]
    if status is None:
        sys.stderr.write("cli_client: the zygote gave no exit status\n")
        os._exit(70)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
    os._exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
