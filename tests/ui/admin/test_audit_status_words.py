"""A status in the audit log is said in the window's language as what it is the status of: a
proforma's ("paid"), a card payment's ("received, not applied") or a renewal cycle's ("card checked");
never the stored code, and never a cycle's words for a proforma's status."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.audit_log import AuditRow
from desktop.core.codes import AttemptStatus, CycleStatus, ProformaStatus
from desktop.ui.admin import audit_words
from desktop.ui.application import install_language

AT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def _row(action: str, entity: str, before: str, after: str) -> AuditRow:
    return AuditRow(
        1, AT, "dana", action, entity, "7", None, None, None, {"status": before}, {"status": after}
    )


@pytest.fixture(params=["en", "he", "es"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.mark.parametrize(
    ("action", "entity", "codes"),
    [
        ("proforma.paid", "proforma", [s.value for s in ProformaStatus]),
        ("payment.not_applied", "proforma", [s.value for s in AttemptStatus]),
        ("cycle.reopened", "cycle", [s.value for s in CycleStatus]),
    ],
)
def test_every_status_is_said_in_words_of_what_it_is_about(
    language: str, action: str, entity: str, codes: list[str]
) -> None:
    said = {
        code: audit_words.value_text(_row(action, entity, code, code), "status", code, {}) for code in codes
    }
    for code, words in said.items():
        assert words and "_" not in words, (code, words)  # "not_sent", "needs_attention" never shown
        assert language == "en" or words != code, (code, words)
    assert len(set(said.values())) == len(codes)  # no two statuses read alike


def test_a_paid_proforma_is_paid_not_a_cycles_charged(language: str) -> None:
    row = _row("proforma.paid", "proforma", "open", "paid")
    expected = {"en": "paid", "he": "שולם", "es": "pagada"}[language]
    assert audit_words.value_text(row, "status", "paid", {}) == expected
    assert audit_words.value_text(row, "status", "open", {}) != audit_words.value_text(
        _row("cycle.reopened", "cycle", "open", "open"), "status", "open", {}
    )
