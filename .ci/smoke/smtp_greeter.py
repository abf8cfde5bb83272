"""A mail server for .ci/smoke-test that greets and accepts nothing: doctor's SMTP check must connect
and be greeted, and send nothing (R44). It answers EHLO, HELO, NOOP, RSET and QUIT, refuses every other
command, writes each command it was given to the log file, and stops by itself after a while.

    python3 smtp_greeter.py PORT_FILE LOG_FILE     (the port it listens on, on 127.0.0.1, is written
                                                    to PORT_FILE)"""

from __future__ import annotations

import socket
import sys
import time

LIFETIME_S = 600
ANSWERS = {
    "EHLO": b"250-smoke.invalid greets you\r\n250 HELP\r\n",
    "HELO": b"250 smoke.invalid\r\n",
    "NOOP": b"250 OK\r\n",
    "RSET": b"250 OK\r\n",
}


def serve(connection: socket.socket, log: list[str]) -> None:
    connection.settimeout(10)
    stream = connection.makefile("rwb")
    stream.write(b"220 smoke.invalid ESMTP (accepts no mail)\r\n")
    stream.flush()
    for raw in stream:
        line = raw.decode("ascii", "replace").strip()
        verb = line.split(" ", 1)[0].upper()
        log.append(verb)
        if verb == "QUIT":
            stream.write(b"221 bye\r\n")
            stream.flush()
            return
        stream.write(ANSWERS.get(verb, b"502 this server accepts no mail\r\n"))
        stream.flush()


def main() -> None:
    port_file, log_file = sys.argv[1], sys.argv[2]
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(1)
    with open(port_file, "w", encoding="ascii") as handle:
        handle.write(str(listener.getsockname()[1]))
    ends = time.monotonic() + LIFETIME_S
    while time.monotonic() < ends:
        try:
            connection, _ = listener.accept()
        except TimeoutError:
            continue
        log: list[str] = []
        try:
            with connection:
                serve(connection, log)
        except OSError:
            pass
        with open(log_file, "a", encoding="ascii") as handle:
            handle.write(" ".join(log) + "\n")


if __name__ == "__main__":
    main()
