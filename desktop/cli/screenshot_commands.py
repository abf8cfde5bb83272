"""`screenshot --view V --out FILE.png`: a window rendered offscreen by a headless actor, for
documentation and review."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.app.desk import Desk
from desktop.app.identity import headless_actor
from desktop.bootstrap import AppContext


def screenshot(ctx: AppContext, args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.launcher import screenshot as render  # Qt is loaded only for the windows

    actor = headless_actor(ctx, "screenshot")
    render(Desk(ctx, actor), args.view, args.customer, args.lang, Path(args.out))
    print(f"wrote {args.out}")
    return 0
