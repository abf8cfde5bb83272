"""The one entry point of the windows: `desk.call(use_case, *args)` calls `use_case(ctx, actor, *args)`
with the program's context and the person signed in, checked against the staff table at every call
(a member switched off or demoted meanwhile is refused by the use case's own role check, R23).

Nothing here is written from a worker thread: `call` reads the actor and never stores it; the window
adopts a new actor (sign-in, sign-out, a changed role) on the GUI thread. After a use case marked
`@announces(...)` returns, the listeners hear what changed (on the calling thread; the Qt side
forwards it to the GUI thread by a queued signal)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Concatenate, ParamSpec, TypeVar

from desktop.app import auth
from desktop.app.actor import Actor, Permission
from desktop.app.changes import Change, announced_by
from desktop.bootstrap import AppContext

P = ParamSpec("P")
R = TypeVar("R")

Listener = Callable[[frozenset[Change]], None]


class Desk:
    def __init__(self, ctx: AppContext, actor: Actor | None = None) -> None:
        self._ctx = ctx
        self._actor = actor
        # Members who signed in here are checked against the staff table at every step.
        self._signed_in = False
        self._listeners: list[Listener] = []

    # -- who is working (GUI thread) --------------------------------------------------------------

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def adopt(self, actor: Actor | None, *, signed_in: bool = True) -> None:
        """The person now at the desk (after sign-in, a role change or sign-out)."""
        self._actor = actor
        self._signed_in = signed_in and actor is not None

    def may(self, permission: Permission) -> bool:
        return self._actor is not None and self._actor.may(permission)

    def today(self) -> date:
        return self._ctx.today()

    @property
    def workstation(self) -> str:
        """This workstation's name (R43), for the window's title."""
        return self._ctx.workstation

    # -- doing things (any thread) ------------------------------------------------------------------

    def current_actor(self) -> Actor:
        """The signed-in member as the staff table has them now (role changes, switched off)."""
        if self._actor is None:
            raise PermissionError("nobody is signed in")
        if self._signed_in:
            return auth.current_actor(self._ctx, self._actor)
        return self._actor

    def call(
        self,
        use_case: Callable[Concatenate[AppContext, Actor, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        result = use_case(self._ctx, self.current_actor(), *args, **kwargs)
        changed = announced_by(use_case)
        if changed:
            self.announce(changed)
        return result

    def make(self, factory: Callable[Concatenate[AppContext, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """For the app's parts that need the context but act for nobody yet (sign-in, the first admin,
        the background checks)."""
        return factory(self._ctx, *args, **kwargs)

    # -- what changed ---------------------------------------------------------------------------

    def on_change(self, listener: Listener) -> None:
        """Listeners are added on the GUI thread, before any work runs."""
        self._listeners.append(listener)

    def announce(self, changed: frozenset[Change]) -> None:
        for listener in tuple(self._listeners):
            listener(changed)
