"""Stored settings as text; desktop.settings knows their meaning."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import SettingRow


def load_all(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(SettingRow.key, SettingRow.value))}


def save(session: Session, key: str, value: str, *, by: str, at: datetime) -> str | None:
    """Stores a value; returns the value it replaced (None when new)."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value, updated_at=at, updated_by=by))
        return None
    before = row.value
    row.value, row.updated_at, row.updated_by = value, at, by
    return before
