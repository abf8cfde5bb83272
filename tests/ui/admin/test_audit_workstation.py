"""The audit window says on which workstation each entry was written (R43): its own column, the name
written by the workstation that did it, empty for entries from before workstations had names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.config import set_setting
from desktop.app.desk import Desk
from desktop.bootstrap import AppContext, build_context
from desktop.core.clock import ManualClock
from desktop.secrets import KeyringSecretStore
from desktop.store.models import AuditEntry
from desktop.ui.admin.audit_dialog import AuditDialog
from desktop.ui.admin.audit_model import Column
from desktop.ui.application import install_language
from desktop.ui.tasks import TaskRunner
from tests.app.helpers import ADMIN

WAIT_MS = 30_000


@pytest.fixture
def north(sqlite_url: str, clock: ManualClock, fresh_copy: Callable[[str], None]) -> Iterator[AppContext]:
    fresh_copy(sqlite_url)
    context = build_context(sqlite_url, clock=clock, secrets=KeyringSecretStore(), workstation="Front desk")
    yield context
    context.close()


@pytest.mark.parametrize("language", ["en", "es", "he"])
def test_the_workstation_column(qtbot: QtBot, qapp: QApplication, north: AppContext, language: str) -> None:
    with north.db.transaction() as session:  # written before workstations had names
        session.add(
            AuditEntry(
                at=north.clock.now() - timedelta(minutes=5),
                actor="os:root",
                action="setting.changed",
                entity="x",
            )
        )
    set_setting(north, ADMIN, "charge_lead_days", "2")
    install_language(qapp, language)
    tasks = TaskRunner()
    dialog = AuditDialog(Desk(north, ADMIN), tasks)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        qtbot.waitUntil(lambda: not tasks.busy and not dialog.loading, timeout=WAIT_MS)
        model = dialog.model
        shown = [str(model.index(row, Column.WORKSTATION).data()) for row in range(model.rowCount())]
        assert shown == ["Front desk", ""]
        title = dialog.model.header(Column.WORKSTATION)
        assert title == {"en": "Workstation", "es": "Puesto", "he": "עמדת עבודה"}[language]
        metrics = dialog.table.fontMetrics()
        assert dialog.table.columnWidth(Column.WORKSTATION) >= metrics.horizontalAdvance(title)
    finally:
        dialog.reject()
        tasks.wait(WAIT_MS)
        install_language(qapp, "en")
