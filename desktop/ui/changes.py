"""Every open view shows the new state after a change (R34): the desk announces what a use case
changed, on whatever thread it ran; the bus brings it to the GUI thread, and each view that watches
one of those changes reloads what it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from desktop.app.changes import Change
from desktop.app.desk import Desk

_buses: WeakKeyDictionary[Desk, ChangeBus] = WeakKeyDictionary()


class ChangeBus(QObject):
    """One per desk, made on the GUI thread; its signal crosses threads queued."""

    changed = Signal(object)  # frozenset[Change]

    @classmethod
    def of(cls, desk: Desk) -> ChangeBus:
        bus = _buses.get(desk)
        if bus is None:
            bus = cls()
            _buses[desk] = bus
            desk.on_change(bus.changed.emit)
        return bus


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
    ChangeBus.of(desk).changed.connect(watcher.heard)
