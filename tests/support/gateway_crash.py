"""The program stopping dead around a gateway call, for tests of what is kept: a Crash (a BaseException,
as a kill or a power cut ends everything after it) raised after the sandbox gateway did the work."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

import pytest

from desktop.bootstrap import AppContext
from desktop.gateway.sandbox import SandboxGateway


class Crash(BaseException):
    """The program stopping dead at this point: nothing after it runs."""


class _CrashAfter:
    """The sandbox gateway whose `call` (charge, refund) is done, then the program stops dead before
    it hears the answer."""

    def __init__(self, inner: SandboxGateway, call: str) -> None:
        self._inner, self._call = inner, call

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._inner, name)
        if name != self._call:
            return real

        def done_then_dead(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)
            raise Crash

        return done_then_dead


@contextmanager
def dead_after(ctx: AppContext, call: str = "charge", *, surely: bool = True) -> Iterator[None]:
    """Within it, the gateway's `call` is made and then the program stops dead: a Crash, which must
    come (`surely`) or may (the work may never reach that call)."""
    inner = ctx.gateway
    ctx.gateway = cast(SandboxGateway, _CrashAfter(inner, call))
    try:
        if surely:
            with pytest.raises(Crash):
                yield
        else:
            with contextlib.suppress(Crash):
                yield
    finally:
        ctx.gateway = inner


def crash() -> None:
    """Given as `on_sent`: the program stops dead just before the gateway is asked."""
    raise Crash


def dead(work: Callable[[], Any]) -> None:
    """Runs work that is expected to stop dead."""
    with pytest.raises(Crash):
        work()
