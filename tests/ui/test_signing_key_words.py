"""Operations → E-mails says why the sending workstation had no link-signing key in words, never
as a code such as "(not_created)", in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.jobs.signing_key import SigningKeyStatus
from desktop.ui.application import install_language
from desktop.ui.mail.texts import error_text


@pytest.mark.parametrize("language", ["en", "he", "es"])
@pytest.mark.parametrize(
    "status", [status for status in SigningKeyStatus if status is not SigningKeyStatus.OK]
)
def test_a_missing_signing_key_is_said_in_words(
    qapp: QApplication, language: str, status: SigningKeyStatus
) -> None:
    install_language(qapp, language)
    said = error_text(f"no usable link-signing key on this workstation ({status.value})")
    assert status.value not in said and "_" not in said
    if language == "en":
        assert said.startswith("No link-signing key on the workstation that sent it (")
