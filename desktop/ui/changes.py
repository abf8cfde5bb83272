"""Every open view shows the new state after a change (R34): the desk announces what a use case
changed, on whatever thread it ran; the bus brings it to the GUI thread, and each view that watches
one of those changes reloads what it shows.

Other processes (another workstation, the command line, their background checks) announce nothing
here: while a desk has views, its bus polls the audit log every few seconds (desktop/app/change_feed.py)
on a small runner of its own and announces what they changed the same way. A change of this process
is heard twice then, once from the desk and once from the log: a second reload, never a stale view."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary, finalize

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app import change_feed
from desktop.app.change_feed import FeedMark
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.ui.tasks import TaskRunner

_buses: WeakKeyDictionary[Desk, ChangeBus] = WeakKeyDictionary()
# Buses whose desk has gone. A desk may go on any thread (the last work holding it ends on a worker),
# but a bus, its timer and its worker are deleted on the GUI thread only: here, at the next bus made.
_retired: list[ChangeBus] = []

POLL_MS = 5_000  # how soon a change made by another process shows


class ChangeBus(QObject):
    """One per desk, made on the GUI thread; its signal crosses threads queued."""

    changed = Signal(object)  # frozenset[Change]

    @classmethod
    def of(cls, desk: Desk) -> ChangeBus:
        bus = _buses.get(desk)
        if bus is None:
            _retired.clear()
            bus = cls(desk.make(change_feed.reader))
            _buses[desk] = bus
            desk.on_change(bus.changed.emit)
            finalize(desk, _retired.append, bus)
        return bus

    def __init__(self, read: change_feed.Reader) -> None:
        super().__init__()
        self._read = read  # the log of the desk's database; the bus never keeps its desk alive
        self._views = 0
        self._mark: FeedMark | None = None
        self._polling = False
        # Its own worker: a poll never waits behind a window's work, nor holds it up.
        self._runner = TaskRunner(self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def _view_added(self, view: QObject) -> None:
        self._views += 1
        view.destroyed.connect(self._view_gone)
        if not self.timer.isActive():
            self.timer.start()
            self.poll()  # the log's end now: what is written after it is news to the views

    def _view_gone(self, *_: object) -> None:
        self._views -= 1
        if self._views <= 0:
            self.timer.stop()

    def poll(self) -> None:
        """Asks the log what changed since the last poll; one poll at a time."""
        if self._polling:
            return
        self._polling = True
        read, mark = self._read, self._mark
        self._runner.run(lambda: read(mark), self._heard, self._not_heard, owner=self)

    def _heard(self, news: tuple[FeedMark, frozenset[Change]]) -> None:
        self._polling = False
        self._mark, changed = news
        if changed and self._views > 0:
            self.changed.emit(changed)

    def _not_heard(self, _: BaseException) -> None:
        # The database did not answer this time (a network blip): the next poll asks again.
        self._polling = False

    def wait(self, milliseconds: int = -1) -> bool:
        """Until the poll under way has finished (tests, closing)."""
        return self._runner.wait(milliseconds)

    @property
    def polling(self) -> bool:
        return self._polling


class _Watcher(QObject):
    """A child of the view: it goes with the view, and so does its connection."""

    def __init__(self, view: QObject, wanted: frozenset[Change], reload: Callable[[], None]) -> None:
        super().__init__(view)
        self._wanted, self._reload = wanted, reload

    def heard(self, changed: object) -> None:
        if isinstance(changed, frozenset) and changed & self._wanted:
            self._reload()


def watch(view: QObject, desk: Desk, wanted: Iterable[Change], reload: Callable[[], None]) -> None:
    """`reload()` runs on the GUI thread whenever a change among `wanted` is announced, as long as
    `view` lives."""
    watcher = _Watcher(view, frozenset(wanted), reload)
    bus = ChangeBus.of(desk)
    bus.changed.connect(watcher.heard)
    bus._view_added(watcher)


def settle(desk: Desk, milliseconds: int = 30_000) -> None:
    """Waits for the desk's poll of the log under way, if any (before its database goes away)."""
    bus = _buses.get(desk)
    if bus is not None:
        bus.wait(milliseconds)
