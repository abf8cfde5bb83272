"""The unit of work: short sessions that commit whole or roll back whole, never shared between
threads. ORM rows stay inside; callers get plain values back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class Database:
    def __init__(self, engine: Engine, workstation: str | None = None) -> None:
        """`workstation`: the name of the workstation this program runs on (R43). Every session
        carries it (session.info["workstation"]), so that whatever writes the audit log, a use case
        or the background checks, writes where it happened."""
        self.engine = engine
        self.workstation = workstation
        info = {"workstation": workstation}
        self._sessions = sessionmaker(engine, expire_on_commit=False, info=info)
        self._readers = sessionmaker(
            engine.execution_options(renewdesk_readonly=True), expire_on_commit=False, info=info
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Commits when the block ends, rolls back whole when it raises."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: never takes the write lock. Closing it (not rolling back) leaves the
        rows it loaded readable after the block."""
        with self._readers() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
