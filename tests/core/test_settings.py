"""Typed settings: normalize (for `config set`) and Settings.from_mapping (desktop.settings)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.settings import SPEC_BY_KEY, SPECS, SettingError, Settings, SettingSpec, normalize

INT_RANGES = {
    "check_days_before": (0, 90),
    "charge_lead_days": (0, 60),
    "late_charge_grace_days": (0, 60),
    "smtp.port": (1, 65535),
    "links.valid_days": (1, 365),
    "scheduler.interval_minutes": (1, 1440),
    "gateway.concurrency": (1, 64),
    "sandbox.latency_ms": (0, 60000),
}


def test_spec_keys_of_the_specification_are_known() -> None:
    for key in (
        "check_days_before",
        "charge_lead_days",
        "late_charge_grace_days",
        "timezone",
        "smtp.host",
        "smtp.port",
        "smtp.user",
        "smtp.starttls",
        "mail.from",
        "portal.renew_url",
        "portal.settings_url",
        "company.name",
    ):
        assert key in SPEC_BY_KEY


def test_defaults_of_the_specification() -> None:
    settings = Settings()
    assert (settings.check_days_before, settings.charge_lead_days, settings.late_charge_grace_days) == (
        15,
        0,
        7,
    )
    assert Settings.from_mapping({}) == settings  # the SPECS defaults and the dataclass defaults agree


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_every_default_normalizes_to_itself(spec: SettingSpec) -> None:
    assert normalize(spec.key, spec.default) == spec.default


# --- normalize: accepted values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("check_days_before", "20", "20"),
        ("check_days_before", " 20 ", "20"),
        ("check_days_before", "0", "0"),
        ("check_days_before", "90", "90"),
        ("check_days_before", "007", "7"),
        ("late_charge_grace_days", "60", "60"),
        ("timezone", "Asia/Jerusalem", "Asia/Jerusalem"),
        ("timezone", " Europe/Madrid ", "Europe/Madrid"),
        ("timezone", "UTC", "UTC"),
        ("smtp.host", " mail.example.com ", "mail.example.com"),
        ("smtp.host", "192.0.2.10", "192.0.2.10"),
        ("smtp.port", "587", "587"),
        ("smtp.port", "1", "1"),
        ("smtp.port", "65535", "65535"),
        ("smtp.user", "", ""),
        ("smtp.user", " renewals ", "renewals"),
        ("smtp.starttls", "true", "true"),
        ("smtp.starttls", "YES", "true"),
        ("smtp.starttls", "on", "true"),
        ("smtp.starttls", "1", "true"),
        ("smtp.starttls", "False", "false"),
        ("smtp.starttls", "off", "false"),
        ("smtp.starttls", " no ", "false"),
        ("mail.from", " renewals@example.com ", "renewals@example.com"),
        ("mail.from", "renewals@mail.example.co.il", "renewals@mail.example.co.il"),
        ("portal.renew_url", "https://portal.example.com/renew", "https://portal.example.com/renew"),
        ("portal.settings_url", " http://localhost:8080/settings ", "http://localhost:8080/settings"),
        ("company.name", '  Levi Hosting בע"מ ', 'Levi Hosting בע"מ'),
    ],
)
def test_normalize_accepts_and_normalizes(key: str, value: str, stored: str) -> None:
    assert normalize(key, value) == stored


# --- normalize: refused values -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("check_days_before", "abc"),
        ("check_days_before", ""),
        ("check_days_before", "1.5"),
        ("check_days_before", "-1"),
        ("check_days_before", "91"),
        ("charge_lead_days", "61"),
        ("late_charge_grace_days", "seven"),
        ("timezone", "Mars/Base"),
        ("timezone", ""),
        ("timezone", "Asia"),
        ("timezone", "../etc/passwd"),
        ("timezone", "/etc/localtime"),
        ("smtp.host", ""),
        ("smtp.host", "mail example.com"),
        ("smtp.port", "70000"),
        ("smtp.port", "0"),
        ("smtp.port", "smtp"),
        ("smtp.starttls", "maybe"),
        ("smtp.starttls", ""),
        ("mail.from", "nope"),
        ("mail.from", "renewals@localhost"),
        ("mail.from", "@example.com"),
        ("mail.from", "re newals@example.com"),
        ("mail.from", ""),
        ("portal.renew_url", "portal.example.com/renew"),
        ("portal.renew_url", "ftp://portal.example.com/renew"),
        ("portal.renew_url", "javascript:alert(1)"),
        ("portal.settings_url", "https://"),
        ("links.valid_days", "0"),
        ("scheduler.interval_minutes", "1441"),
        ("gateway.concurrency", "65"),
        ("sandbox.latency_ms", "-5"),
    ],
)
def test_normalize_refuses_with_an_error_naming_the_key(key: str, value: str) -> None:
    with pytest.raises(SettingError) as caught:
        normalize(key, value)
    assert caught.value.key == key
    assert str(caught.value).startswith(f"{key}: ")
    assert caught.value.problem


def test_normalize_refuses_an_unknown_key_and_lists_the_known_ones() -> None:
    with pytest.raises(SettingError) as caught:
        normalize("smtp.hostname", "mail.example.com")
    assert caught.value.key == "smtp.hostname"
    assert "smtp.host" in caught.value.problem
    assert "check_days_before" in caught.value.problem


def test_setting_error_is_a_value_error() -> None:
    assert issubclass(SettingError, ValueError)


@given(st.sampled_from(sorted(INT_RANGES)), st.integers(min_value=-(10**6), max_value=10**6))
def test_whole_number_settings_accept_exactly_their_range(key: str, value: int) -> None:
    low, high = INT_RANGES[key]
    if low <= value <= high:
        assert normalize(key, str(value)) == str(value)
        assert normalize(key, f"  {value}\n") == str(value)
    else:
        with pytest.raises(SettingError) as caught:
            normalize(key, str(value))
        assert caught.value.key == key


# --- from_mapping --------------------------------------------------------------------------------


def test_from_mapping_reads_stored_text() -> None:
    settings = Settings.from_mapping(
        {
            "check_days_before": "20",
            "charge_lead_days": "2",
            "late_charge_grace_days": "3",
            "timezone": "Asia/Jerusalem",
            "smtp.port": "587",
            "smtp.starttls": "yes",
            "mail.from": "billing@example.com",
            "company.name": "Levi Hosting",
        }
    )
    assert settings.check_days_before == 20
    assert settings.charge_lead_days == 2
    assert settings.late_charge_grace_days == 3
    assert settings.timezone == "Asia/Jerusalem"
    assert settings.zone == ZoneInfo("Asia/Jerusalem")
    assert settings.smtp_port == 587
    assert settings.smtp_starttls is True
    assert settings.mail_from == "billing@example.com"
    assert settings.company_name == "Levi Hosting"
    assert settings.smtp_host == "localhost"  # not stored: the default


def test_from_mapping_falls_back_to_defaults_for_garbage() -> None:
    garbage = {
        "check_days_before": "abc",
        "charge_lead_days": "-3",
        "late_charge_grace_days": "",
        "timezone": "Mars/Base",
        "smtp.host": "   ",
        "smtp.port": "70000",
        "smtp.starttls": "maybe",
        "mail.from": "nope",
        "portal.renew_url": "not a url",
        "portal.settings_url": "ftp://x",
        "links.valid_days": "0",
        "scheduler.interval_minutes": "many",
        "gateway.concurrency": "1e3",
        "sandbox.latency_ms": "-1",
        "some.unknown.key": "whatever",
    }
    assert Settings.from_mapping(garbage) == Settings()


def test_from_mapping_keeps_good_values_beside_bad_ones() -> None:
    settings = Settings.from_mapping({"check_days_before": "30", "smtp.port": "99999"})
    assert settings.check_days_before == 30
    assert settings.smtp_port == 25


@given(st.dictionaries(st.sampled_from(sorted(SPEC_BY_KEY)), st.text(max_size=30)))
def test_from_mapping_never_fails_and_takes_each_value_or_its_default(stored: dict[str, str]) -> None:
    settings = Settings.from_mapping(stored)
    for spec in SPECS:
        value = getattr(settings, spec.attr)
        default = spec.parse(spec.default)
        if spec.key not in stored:
            assert value == default
            continue
        try:
            parsed = spec.parse(stored[spec.key])
        except ValueError:
            assert value == default
        else:
            assert value == parsed


def test_as_text_round_trips_through_from_mapping() -> None:
    custom = Settings.from_mapping(
        {"check_days_before": "10", "timezone": "Europe/Madrid", "smtp.starttls": "true", "smtp.user": "ops"}
    )
    text = custom.as_text()
    assert set(text) == set(SPEC_BY_KEY)
    assert text["smtp.starttls"] == "true"
    assert text["check_days_before"] == "10"
    assert Settings.from_mapping(text) == custom
    assert all(normalize(key, value) == value for key, value in text.items())


def test_stored_text_read_field_by_field_is_what_the_model_itself_takes() -> None:
    """from_mapping validates each stored value with its field's own validator and skips the whole
    model's (issue 13: a quick start): the result is the model's own, value for value."""
    stored = {
        "check_days_before": "30",
        "smtp.port": "2525",
        "smtp.starttls": "yes",
        "timezone": "Asia/Jerusalem",
        "mail.from": "  Billing@Example.COM ",
        "company.address": "1 Main St\n\n  Tel Aviv  ",
        "portal.renew_url": "https://renew.example.org/r",
        "gateway.concurrency": "999",  # out of bounds: its default
    }
    read = Settings.from_mapping(stored)
    typed = {
        spec.attr: spec.parse(stored[spec.key])
        for spec in SPECS
        if spec.key in stored and spec.key != "gateway.concurrency"
    }
    assert read == Settings(**typed)
    assert (read.smtp_starttls, read.mail_from, read.gateway_concurrency) == (True, "Billing@example.com", 8)
    assert read.zone == ZoneInfo("Asia/Jerusalem")
