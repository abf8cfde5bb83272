"""The sandbox gateway with a gate on its verification: a test holds "the card is being verified" for
as long as it likes (no sleep), acts meanwhile (presses Cancel, closes a window), then lets the real
sandbox answer."""

from __future__ import annotations

import threading
from typing import Any, cast

from desktop.bootstrap import AppContext
from desktop.gateway.protocol import CallContext, Verification
from desktop.gateway.sandbox import SandboxGateway


class GatedGateway:
    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner
        self.entered = threading.Event()  # a verification has started and waits at the gate
        self.gate = threading.Event()  # set by the test: the verification goes on

    def verify(self, token: str, *, key: str, context: CallContext) -> Verification:
        self.entered.set()
        if not self.gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        return self._inner.verify(token, key=key, context=context)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def gate_verifications(ctx: AppContext) -> GatedGateway:
    """Puts the gate in front of the context's gateway and returns it."""
    gated = GatedGateway(ctx.gateway)
    ctx.gateway = cast(SandboxGateway, gated)
    return gated


class GatedCharges:
    """The sandbox gateway with a gate on its charges: a test holds "the card is being charged" on
    one thread while another workstation (thread) acts, then lets the real sandbox answer."""

    def __init__(self, inner: SandboxGateway) -> None:
        self._inner = inner
        self.entered = threading.Event()  # a charge has started and waits at the gate
        self.gate = threading.Event()  # set by the test: the charge goes on

    def charge(self, *args: Any, **kwargs: Any) -> Any:
        self.entered.set()
        if not self.gate.wait(30):
            raise TimeoutError("the test never opened the gate")
        return self._inner.charge(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def gate_charges(ctx: AppContext) -> GatedCharges:
    """Puts a gate in front of the context's gateway's charges and returns it."""
    gated = GatedCharges(ctx.gateway)
    ctx.gateway = cast(SandboxGateway, gated)
    return gated
