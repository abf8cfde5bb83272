"""The Settings model declares each setting once (type, bounds, default); these properties hold every
reader to it: `normalize` (config set, the form's save) and the model itself take exactly the declared
values, and nothing stored is only spaces or carries an invisible or control character."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.codes import SettingFault
from desktop.core.plain_text import BIDI_CONTROLS
from desktop.settings import SPECS, Kind, SettingError, Settings, SettingSpec, normalize

WHOLE = [spec for spec in SPECS if spec.kind is Kind.INT]
TYPED = [spec for spec in SPECS if spec.kind in (Kind.TEXT, Kind.HOST, Kind.EMAIL, Kind.URL, Kind.TIMEZONE)]
# Digits of other scripts (Arabic-Indic, Persian, full-width, Devanagari...): int() takes them all.
FOREIGN_DIGITS = st.characters(categories=["Nd"]).filter(lambda ch: not "0" <= ch <= "9")
SPACES = st.text(st.sampled_from(" \t\u00a0\u2003\u3000"), min_size=1, max_size=6)
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def _ids(spec: SettingSpec) -> str:
    return spec.key


def test_every_declared_default_is_the_models_default() -> None:
    defaults = Settings()
    for spec in SPECS:
        assert normalize(spec.key, spec.default) == spec.default
        assert spec.parse(spec.default) == getattr(defaults, spec.attr)
    assert Settings.from_mapping({}) == defaults


def test_every_whole_number_setting_declares_its_bounds() -> None:
    assert WHOLE, "no whole-number setting found"
    for spec in WHOLE:
        assert spec.low is not None and spec.high is not None and spec.low < spec.high
        assert spec.low <= int(spec.default) <= spec.high


@given(st.sampled_from(WHOLE), st.integers(min_value=-(10**7), max_value=10**7))
def test_a_whole_number_is_taken_exactly_within_its_declared_bounds(spec: SettingSpec, value: int) -> None:
    assert spec.low is not None and spec.high is not None
    inside = spec.low <= value <= spec.high
    if inside:
        assert normalize(spec.key, f" {value} ") == str(value)
        changed = replace(Settings(), **{spec.attr: value})  # type: ignore[arg-type]
        assert getattr(changed, spec.attr) == value
        return
    with pytest.raises(SettingError) as caught:
        normalize(spec.key, str(value))
    assert caught.value.key == spec.key
    assert f"from {spec.low} to {spec.high}" in caught.value.problem
    with pytest.raises(ValueError):
        replace(Settings(), **{spec.attr: value})  # type: ignore[arg-type]


@given(st.sampled_from(WHOLE), st.text(FOREIGN_DIGITS, min_size=1, max_size=3))
def test_digits_of_other_scripts_are_refused_naming_the_key(spec: SettingSpec, digits: str) -> None:
    """int("٣٠") is 30: a value nobody can read back in the form is refused, not stored."""
    with pytest.raises(SettingError) as caught:
        normalize(spec.key, digits)
    assert caught.value.key == spec.key
    assert str(caught.value).startswith(f"{spec.key}: ")


@pytest.mark.parametrize("spec", SPECS, ids=_ids)
@given(spaces=SPACES)
def test_a_value_of_only_spaces_is_refused_for_every_setting(spec: SettingSpec, spaces: str) -> None:
    with pytest.raises(SettingError) as caught:
        normalize(spec.key, spaces)
    assert caught.value.key == spec.key
    if spec.kind not in (Kind.INT, Kind.BOOL):  # a setting that needs a value says so
        wanted = SettingFault.EMPTY if spec.required else SettingFault.ONLY_SPACES
        assert caught.value.fault is wanted


@pytest.mark.parametrize("spec", TYPED, ids=_ids)
@pytest.mark.parametrize("invisible", INVISIBLE, ids=lambda ch: f"U+{ord(ch):04X}")
def test_invisible_characters_are_refused_naming_the_key_and_the_character(
    spec: SettingSpec, invisible: str
) -> None:
    value = (
        f"Levi{invisible}Hosting"
        if spec.kind is Kind.TEXT
        else spec.default[:3] + invisible + spec.default[3:]
    )
    with pytest.raises(SettingError) as caught:
        normalize(spec.key, value)
    assert caught.value.key == spec.key
    if spec.kind is not Kind.EMAIL:  # the address rule refuses it in its own words
        assert caught.value.fault is SettingFault.CHARACTER
        assert caught.value.character == invisible
        assert f"U+{ord(invisible):04X}" in caught.value.problem


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\r", "\n", "\x7f", "\x85", "\u2028"])
def test_the_mail_server_takes_no_control_character(control: str) -> None:
    with pytest.raises(SettingError) as caught:
        normalize("smtp.host", f"mail{control}.example.com")
    assert caught.value.key == "smtp.host"
    assert caught.value.fault is SettingFault.CHARACTER


@pytest.mark.parametrize(
    "host", ["mail.example.com", "192.0.2.10", "[2001:db8::1]", "::1", "מייל.example.co.il"]
)
def test_the_mail_server_takes_names_and_addresses(host: str) -> None:
    assert normalize("smtp.host", f" {host} ") == host


@given(st.sampled_from(TYPED), st.text(max_size=40))
def test_whatever_is_typed_is_refused_or_stored_clean_and_stable(spec: SettingSpec, typed: str) -> None:
    try:
        stored = normalize(spec.key, typed)
    except SettingError as exc:
        assert exc.key == spec.key and exc.problem
        return
    assert stored == stored.strip()
    assert stored or not spec.required
    assert not any(ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cf") for ch in stored)
    assert normalize(spec.key, stored) == stored


@given(st.sampled_from(SPECS), st.text(max_size=30))
def test_the_model_takes_and_refuses_exactly_what_normalize_does(spec: SettingSpec, typed: str) -> None:
    """One check per field: a Settings built with a value (tests, dataclasses.replace) keeps what
    `config set` would store, or refuses it with the same words, naming the same key."""
    try:
        stored = normalize(spec.key, typed)
    except SettingError as refused:
        with pytest.raises(SettingError) as caught:
            replace(Settings(), **{spec.attr: typed})  # type: ignore[arg-type]
        assert (caught.value.key, caught.value.problem, caught.value.fault) == (
            refused.key,
            refused.problem,
            refused.fault,
        )
        return
    built = replace(Settings(), **{spec.attr: typed})  # type: ignore[arg-type]
    assert built.as_text()[spec.key] == stored
