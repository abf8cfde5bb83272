"""The advice given when there is no usable keyring fits the way the program runs: from source
`python -m keyring` and PYTHON_KEYRING_BACKEND help; inside the bundle (sys.frozen) they cannot."""

from __future__ import annotations

import sys

import pytest

from desktop.secrets import SecretsUnavailable


def test_from_source_the_advice_names_the_keyring_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    message = str(SecretsUnavailable("no keyring backend is available"))
    assert "PYTHON_KEYRING_BACKEND" in message and "python -m keyring" in message
    assert message.endswith("(no keyring backend is available)")


def test_in_the_bundle_the_advice_names_only_what_a_person_can_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    message = str(SecretsUnavailable("no keyring backend is available"))
    assert "python" not in message.lower() and "PYTHON_KEYRING_BACKEND" not in message
    assert "Secret Service" in message and "keyring" in message
    assert message.endswith("(no keyring backend is available)")
