"""Every code a use case refuses with, and every state the windows show, has words in every language:
no person ever reads "Refused: some_code" or a raw state such as "needs_attention"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.errors import UseCaseError
from desktop.cli.messages import describe
from desktop.core.bidi import LRI, PDI
from desktop.core.codes import (
    AttemptStatus,
    CycleStatus,
    ErrorCode,
    MailState,
    Risk,
    RunOutcome,
    StopReason,
    Unavailable,
)
from desktop.ui import messages
from desktop.ui.admin import run_texts
from desktop.ui.application import install_language
from desktop.ui.mail import texts as mail_texts

HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
PLACEHOLDER = re.compile(r"\{[a-z_]+(![a-z])?\}")
# A value for every parameter any refusal names, so that a text left unfilled shows as "{name}".
PARAMS: dict[str, object] = {
    "actor": "dana",
    "address": "dana@example.com",
    "allowed": "3, 12, 24, 36",
    "amount": "120.00 USD",
    "card_id": 7,
    "command": "export",
    "contact_id": 8,
    "contact": "K-1",
    "count": 3,
    "customer_id": 9,
    "customer": "C-1001",
    "detail": "connection refused",
    "field": "email",
    "first": "2026-03-02",
    "folder": "/tmp/none",
    "format": "pdf",
    "got": 900,
    "high": 90,
    "holder": "Dana Levi",
    "id": 12,
    "installments": 13,
    "keys": ["smtp.port"],
    "key": "smtp.port",
    "last4": "4242",
    "known": "csv, xlsx",
    "last": "2026-03-01",
    "limit": 900,
    "login": "dana",
    "low": 1,
    "minimum": 12,
    "most": 500,
    "name": "Dana",
    "names": "example.com",
    "numbers": [1001],
    "number": 1001,
    "path": "/tmp/out.csv",
    "period": 5,
    "permission": "manage_settings",
    "problems": ["smtp.port: must be a whole number from 1 to 65535"],
    "problem": "must be a whole number from 1 to 65535",
    "reasons": ["no_order"],
    "reason": "card_declined",
    "ref": "K-1",
    "role": "sales",
    "secret": "links.signing_key",
    "service_ids": [4],
    "service_id": 4,
    "services": ["example.com"],
    "staff_id": 3,
    "state": "queued",
    "status": "paid",
    "until": "2026-03-01T10:15:00+00:00",
    "what": "customers",
}
SHOWN_STATES: tuple[tuple[str, Callable[[str], str], tuple[str, ...]], ...] = (
    ("cycle", messages.history_what, tuple(CycleStatus)),
    ("attempt", messages.history_what, tuple(AttemptStatus)),
    ("stop reason", messages.stop_reason, tuple(StopReason)),
    ("risk", messages.risk, tuple(Risk)),
    ("short risk", messages.risk_short, tuple(Risk)),
    ("unavailable", messages.unavailable, tuple(Unavailable)),
    ("run outcome", run_texts.outcome, tuple(RunOutcome)),
    ("e-mail", lambda state: mail_texts.state(MailState(state)), tuple(MailState)),
)


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    yield lambda language: install_language(qapp, language)
    install_language(qapp, "en")


def _texts(language: str, in_language: Callable[[str], None]) -> dict[ErrorCode, str]:
    in_language(language)
    return {code: messages.error(UseCaseError(code, **PARAMS)) for code in ErrorCode}


def test_every_refusal_has_words_in_every_language(in_language: Callable[[str], None]) -> None:
    english, hebrew, spanish = (_texts(language, in_language) for language in ("en", "he", "es"))
    for code in ErrorCode:
        for language, text in (("en", english[code]), ("he", hebrew[code]), ("es", spanish[code])):
            assert text.strip(), f"{code} ({language}): no text"
            assert code.value not in text, f"{code} ({language}) shows its code: {text}"
            assert not PLACEHOLDER.search(text), f"{code} ({language}) left a blank: {text}"
            assert not text.startswith("Refused:"), f"{code} ({language}) falls back: {text}"
        assert hebrew[code] != english[code], f"{code}: no Hebrew text"
        assert HEBREW_LETTER.search(hebrew[code]), f"{code}: no Hebrew text: {hebrew[code]}"
        assert spanish[code] != english[code], f"{code}: no Spanish text"


def test_every_state_people_see_has_words_in_every_language(in_language: Callable[[str], None]) -> None:
    for language in ("en", "he", "es"):
        in_language(language)
        for what, words, members in SHOWN_STATES:
            for member in members:
                text = words(member)
                assert text.strip() and "_" not in text, f"{what} {member} ({language}) shows its code"
                if language == "he":
                    assert HEBREW_LETTER.search(text), f"{what} {member}: no Hebrew text: {text}"
                if language == "es":
                    assert text != member, f"{what} {member}: no Spanish text"


def test_the_last_resort_is_only_for_a_code_no_use_case_has() -> None:
    """UseCaseError takes only known codes, so "Refused: {code}" cannot reach a person."""
    with pytest.raises(ValueError):
        UseCaseError("no_such_code")  # type: ignore[arg-type]


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_refusal_has_a_sentence_on_the_command_line(code: ErrorCode) -> None:
    text = describe(UseCaseError(code, **PARAMS))
    assert text and not text.startswith(code.value), f"{code} has no sentence: {text}"
    assert not PLACEHOLDER.search(text), f"{code} left a blank: {text}"
    assert "{" not in text, text


@pytest.mark.parametrize(
    ("count", "window", "command_line"),
    [
        (1, "The file was refused (1 problem). Nothing was changed.", "(1 problem)"),
        (3, "The file was refused (3 problems). Nothing was changed.", "(3 problems)"),
    ],
)
def test_a_refused_file_counts_its_problems_in_the_right_form(
    in_language: Callable[[str], None], count: int, window: str, command_line: str
) -> None:
    in_language("en")
    assert messages.error(UseCaseError(ErrorCode.IMPORT_REFUSED, count=count)) == window
    assert command_line in describe(UseCaseError(ErrorCode.IMPORT_REFUSED, count=count))
    in_language("he")
    hebrew = messages.error(UseCaseError(ErrorCode.IMPORT_REFUSED, count=count))
    assert f"{count} בעי" in hebrew and ("בעיה" in hebrew) == (count == 1)


def test_a_systems_english_detail_stays_one_left_to_right_run_in_hebrew(
    in_language: Callable[[str], None],
) -> None:
    """A keyring's or a server's English words inside a Hebrew sentence read as they were written, not
    with their words reordered by the Hebrew around them; in English no marks are added."""
    detail = "No usable keyring: start a Secret Service (for example gnome-keyring) and unlock it."
    refusal = UseCaseError(ErrorCode.KEYRING_UNAVAILABLE, detail=detail)
    in_language("he")
    hebrew = messages.error(refusal)
    assert f"{LRI}{detail}{PDI}" in hebrew
    assert f"{LRI}boom: disk full{PDI}" in messages.error(OSError("boom: disk full"))
    in_language("en")
    assert detail in messages.error(refusal) and LRI not in messages.error(refusal)
