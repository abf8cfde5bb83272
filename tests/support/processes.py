"""How a test runs `python main.py ...` in a child process: through the CLI zygote
(tests/support/cli_zygote.py), a process that has imported the program once and forks a child per
command, or as a new interpreter when the zygote cannot stand for one (not on Linux, or a command
whose environment changes what an interpreter reads as it starts).

RENEWDESK_TEST_NEW_INTERPRETERS=1 makes every command a new interpreter, as before the zygote."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("cli_client.py")
# Read by the interpreter as it starts (encoding, flags, paths), so a forked child would not follow
# them; PYTHONPATH is the same for every command, and keyring reads its backend at first use.
_READ_AT_START = ("PYTHON", "LANG", "LC_")
_SAME_FOR_ALL = {"PYTHONPATH", "PYTHON_KEYRING_BACKEND"}


class Zygote:
    def __init__(self, environment: dict[str, str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="renewdesk-zygote-"))
        self.socket = str(self.folder / "socket")
        self.environment = environment
        # Not the captured stderr of the test that happens to start it: what the zygote says is kept.
        with (self.folder / "zygote.log").open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.support.cli_zygote", self.socket],
                cwd=ROOT,
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the CLI zygote did not start")

    def stands_for(self, environment: dict[str, str]) -> bool:
        """Whether a child of this zygote runs as a new interpreter would under `environment`."""
        if self.process.poll() is not None:
            return False
        keys = {key for key in {*environment, *self.environment} if key.startswith(_READ_AT_START)}
        return all(environment.get(key) == self.environment.get(key) for key in keys - _SAME_FOR_ALL)

    def command(self, args: list[str]) -> list[str]:
        return [sys.executable, "-I", "-S", str(CLIENT), self.socket, *args]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_zygote: Zygote | None = None
_starting = threading.Lock()  # tests run commands from several threads at once (six at a time)


def _shared_zygote() -> Zygote | None:
    global _zygote
    if os.environ.get("RENEWDESK_TEST_NEW_INTERPRETERS") or not sys.platform.startswith("linux"):
        return None
    with _starting:
        if _zygote is None:
            _zygote = Zygote({**os.environ, "PYTHONPATH": str(ROOT)})
            atexit.register(_zygote.stop)
        return _zygote


def program_command(args: list[str], environment: dict[str, str]) -> list[str]:
    """The command line that runs `args` (`[main.py, ...]`) as a child process under `environment`."""
    zygote = _shared_zygote()
    if zygote is not None and zygote.stands_for(environment):
        return zygote.command(args)
    return [sys.executable, *args]
