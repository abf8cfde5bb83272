"""The big account fast (issue 13), figures printed, never a timed test: the 50,000-domain account
opened in the sales window to a painted table, beside the floor measured in the same run (the same
rows read with plain SQL into a bare table model, painted); Recurring All on those 50,000 (an absolute
target).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_account.py [--quick]

bench/startup.py imports `measure()` and prints these figures with the others.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.startup_figures import Figure  # noqa: E402

BIG_ACCOUNT = 50_000
QUICK_ACCOUNT = 5_000
OPEN_TARGET_S = 0.5  # the absolute target, beside the floor
RECURRING_TARGET_S = 2.5
TIMES = 3  # opens measured; the median is the figure

# The columns the account's table shows, read the plainest way: what any program must at least do.
_FLOOR_SQL = """
SELECT s.id, s.ref, s.kind, s.name, s.plan, s.expires_on, s.period_months, a.enabled, a.card_id,
       a.billing_contact_id, a.period_months, a.installments, a.stop_reason, a.stopped_at
FROM services s JOIN auto_renew a ON a.service_id = s.id
WHERE s.customer_id = ? ORDER BY s.name
"""


def build(url: str, services: int) -> None:
    """Customer 1 with one good card, one order (so Recurring is offered) and `services` .com
    domains with auto-renew off; customer 2 with one domain (something else to open in between)."""
    from sqlalchemy import insert

    from bench.common import NoSecrets, add_com_price, add_domain_account
    from desktop.bootstrap import build_context
    from desktop.core.search_text import address_key, name_key
    from desktop.store.models import Customer

    ctx = build_context(url, secrets=NoSecrets())
    now, start = datetime.now(UTC), date.today() + timedelta(days=40)
    with ctx.db.transaction() as session:
        add_com_price(session)
        session.execute(
            insert(Customer),
            [
                {
                    "id": i,
                    "ref": f"c{i}",
                    "name": name,
                    "email": f"c{i}@example.com",
                    "phone": None,
                    "language": "en",
                    "currency": "USD",
                    "search_name": name_key(name),
                    "search_email": address_key(f"c{i}@example.com"),
                    "created_at": now,
                }
                for i, name in ((1, "Dana Levi"), (2, "Yossi Cohen"))
            ],
        )
        add_domain_account(
            session,
            now=now,
            start=start,
            ids=range(1, services + 2),
            customer_of=lambda i: 1 if i <= services else 2,
            holder="Dana Levi",
        )
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    ctx.close()


class _PaintClock:
    """Notes when a widget is next painted with what it waits for (`ready()`), and ends the wait."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and clock.painted is None and clock.ready():
                    clock.painted = time.perf_counter()
                    clock.loop.quit()
                return False

        self.ready: Callable[[], bool] = lambda: False
        self.painted: float | None = None
        self.loop = QEventLoop()
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def arm(self, ready: Callable[[], bool]) -> None:
        self.ready, self.painted = ready, None

    def wait(self, seconds: float = 120) -> float:
        """Runs the window until the paint (no polling: the worker has the processor to itself)."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(seconds * 1000), self.loop.quit)
        self.loop.exec()
        if self.painted is None:
            raise TimeoutError("the table was not painted in time")
        return self.painted


def _wait(done: Callable[[], bool], seconds: float = 60) -> None:
    """Runs the window until `done()`, looking every few milliseconds. (Not a loop of
    processEvents(): PySide6 6.12 on Python 3.11 takes a reference from None at every call of a
    method returning nothing, and a few thousand of them end the process.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    if not done():
        raise TimeoutError("the window did not get there in time")


def _open_in_window(url: str, services: int) -> list[float]:
    """Seconds from asking for the account (a click on the customer) to its table painted, TIMES
    times (another customer opened in between, so each is a whole new account shown)."""
    from bench.common import NoSecrets
    from desktop.app.actor import Actor, Role
    from desktop.app.desk import Desk
    from desktop.bootstrap import build_context
    from desktop.ui.gui_gc import freeze_what_started
    from desktop.ui.main_window import MainWindow

    ctx = build_context(url, secrets=NoSecrets())
    window = MainWindow(Desk(ctx, Actor("bench", Role.SALES)))
    window.resize(1280, 800)
    window.show()
    freeze_what_started()  # as the program does once its window is shown (desktop/ui/start_up.py)
    window.tasks.wait()
    panel = window.account_panel
    clock = _PaintClock(panel.table.viewport())
    times = []
    try:
        for _ in range(TIMES):
            panel.open_customer(2)
            _wait(lambda: panel.account is not None and panel.account.customer.id == 2)
            _wait(lambda: not window.tasks.busy)
            clock.arm(lambda: panel.model.rowCount() == services)
            started = time.perf_counter()
            panel.open_customer(1)
            times.append(clock.wait() - started)
            _wait(lambda: not window.tasks.busy)
    finally:
        window.tasks.wait()
        window.close()
        ctx.close()
    return times


def _floor(path: Path, services: int) -> list[float]:
    """The same rows by plain SQL into a bare model, shown in a bare table and painted."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 9

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    view = QTableView()
    view.resize(1280, 640)
    view.show()
    clock = _PaintClock(view.viewport())
    times = []
    for _ in range(TIMES):
        view.setModel(None)
        _wait(lambda: True)
        clock.arm(lambda: view.model() is not None and view.model().rowCount() == services)
        started = time.perf_counter()
        with sqlite3.connect(path) as connection:
            rows = connection.execute(_FLOOR_SQL, (1,)).fetchall()
        view.setModel(Bare(rows))
        times.append(clock.wait() - started)
    view.close()
    return times


def _recurring_all_and_off(url: str) -> tuple[float, float]:
    """Seconds of Recurring All on the big account (every domain switched on, committed), then of
    switching them all off (R27: an audit entry and an e-mail each)."""
    from sqlalchemy import select

    from bench.common import NoSecrets
    from desktop.app.actor import Actor, Role
    from desktop.app.desk import Desk
    from desktop.app.recurring import disable_recurring, enable_recurring
    from desktop.bootstrap import build_context
    from desktop.store.models import Service

    ctx = build_context(url, secrets=NoSecrets())
    try:
        with ctx.db.reading() as session:
            ids = list(session.scalars(select(Service.id).where(Service.customer_id == 1)))
        desk = Desk(ctx, Actor("bench", Role.SALES))
        started = time.perf_counter()
        desk.call(enable_recurring, 1, ids, card_id=1)
        switched_on = time.perf_counter()
        desk.call(disable_recurring, 1, ids)
        return switched_on - started, time.perf_counter() - switched_on
    finally:
        ctx.close()


def measure(quick: bool = False) -> list[Figure]:
    """The account's figures; `quick` uses 5,000 domains instead of 50,000."""
    from desktop.ui.application import application, install_language

    services = QUICK_ACCOUNT if quick else BIG_ACCOUNT
    size = f"{services // 1000},000"
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / "account.sqlite3"
        build(f"sqlite:///{built}", services)
        app = application()
        install_language(app, "en")
        floor = statistics.median(_floor(built, services))
        opened = statistics.median(_open_in_window(f"sqlite:///{built}", services))
        fresh = Path(folder) / "recurring.sqlite3"
        shutil.copyfile(built, fresh)
        recurring, off = _recurring_all_and_off(f"sqlite:///{fresh}")
    return [
        Figure(f"{size}-domain account opened, painted", opened, "s", floor=floor, target=OPEN_TARGET_S),
        Figure(f"Recurring All on {size} domains", recurring, "s", target=RECURRING_TARGET_S),
        Figure(f"Switch off on {size} domains", off, "s"),
    ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="5,000 domains instead of 50,000")
    args = parser.parse_args(argv)
    for figure in measure(quick=args.quick):
        print(figure.line())


if __name__ == "__main__":
    main()
