"""The sandbox gateway's own ledger, for finance and for checks of what was really charged."""

from __future__ import annotations

from typing import Any

from desktop.app.actor import Actor, Permission, require
from desktop.bootstrap import AppContext


def gateway_ledger(ctx: AppContext, actor: Actor) -> list[dict[str, Any]]:
    require(actor, Permission.VIEW_FINANCE)
    return ctx.gateway.entries()
