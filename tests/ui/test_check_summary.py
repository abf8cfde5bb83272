"""The About dialog's summary of the checks tells failed checks from checks not run, in en/he/es
(issue 13)."""

from __future__ import annotations

import pytest

from desktop.app.doctor import Check
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome
from desktop.ui import application as application_module
from desktop.ui.dialogs import check_texts
from tests.ui.test_translations import compiled_catalogs  # noqa: F401 (the fixture)

CHECKS = (
    Check(CheckKind.DATABASE, CheckOutcome.FAILED, CheckFinding.DATABASE_NO_FILE, {"path": "x", "url": "u"}),
    Check(CheckKind.KEYRING, CheckOutcome.FAILED, CheckFinding.DATABASE_NO_FILE, {"path": "x", "url": "u"}),
    *(
        Check(kind, CheckOutcome.NOT_RUN, CheckFinding.DATABASE_NO_FILE)
        for kind in (
            CheckKind.SCHEMA,
            CheckKind.SIGNING_KEY,
            CheckKind.SMTP,
            CheckKind.GATEWAY,
            CheckKind.CLOCK,
        )
    ),
)


@pytest.mark.usefixtures("compiled_catalogs")
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("he", "2 בדיקות לא עברו, 5 בדיקות לא בוצעו"),
        ("es", "2 comprobaciones no superadas, 5 sin comprobar"),
    ],
)
def test_failed_and_not_run_are_counted_apart(language: str, expected: str) -> None:
    application_module.install_language(application_module.application(), language)
    assert check_texts.summary(CHECKS) == expected


@pytest.mark.usefixtures("compiled_catalogs")
def test_in_english_too() -> None:
    application_module.install_language(application_module.application(), "en")
    said = check_texts.summary(CHECKS)
    assert said.startswith("2 check") and said.endswith("did not pass, 5 not checked")
