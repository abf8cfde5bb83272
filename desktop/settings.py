"""Typed settings: the one source of settings. Values live as text in the database (so every
workstation on one database shares them); this module knows their keys, defaults and rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.core.addresses import AddressError, header_text_problem, mail_address
from desktop.core.plain_text import character_name, refused_character


class SettingError(ValueError):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise ValueError(f"must be a whole number from {low} to {high}") from None
        if not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return parse


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError("must be true or false")


def _zone(text: str) -> str:
    try:
        ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("must be an IANA time zone such as Asia/Jerusalem or Europe/Madrid") from None
    return text.strip()


def _text(text: str) -> str:
    return text.strip()


def _host(text: str) -> str:
    value = text.strip()
    if not value or any(ch.isspace() for ch in value):
        raise ValueError("must be a host name or address")
    return value


def _line(text: str) -> str:
    """One line of text that may go into a mail header (the From name): no CR, LF or control
    character could break the header or add one (R31), and, as in every stored name, no
    bidirectional control that would show it reversed."""
    value = text.strip()
    problem = header_text_problem(value)
    if problem is not None:
        raise ValueError(problem)
    ch = refused_character(value)
    if ch is not None:
        raise ValueError(f"must not contain {character_name(ch)}")
    return value


def _email(text: str) -> str:
    try:
        return mail_address(text)
    except AddressError as exc:
        raise ValueError(f"must be an e-mail address such as renewals@example.com ({exc.reason})") from None


def _https_url(text: str) -> str:
    value = text.strip()
    parts = urlsplit(value)
    if parts.scheme not in {"https", "http"} or not parts.netloc:
        raise ValueError("must be an http(s) address such as https://portal.example.com/renew")
    return value


@dataclass(frozen=True)
class SettingSpec:
    """`kind` says what the setting holds, so that a form can pick its widget and name what is
    wrong with a value: "int" (a whole number from `low` to `high`), "bool", "timezone", "host",
    "email", "url" or "text"."""

    key: str
    attr: str
    default: str
    parse: Callable[[str], object]
    kind: str = "text"
    low: int | None = None
    high: int | None = None


KINDS: tuple[str, ...] = ("int", "bool", "timezone", "host", "email", "url", "text")


def _whole(key: str, attr: str, default: str, low: int, high: int) -> SettingSpec:
    return SettingSpec(key, attr, default, _int_between(low, high), "int", low, high)


SPECS: tuple[SettingSpec, ...] = (
    _whole("check_days_before", "check_days_before", "15", 0, 90),
    _whole("charge_lead_days", "charge_lead_days", "0", 0, 60),
    _whole("late_charge_grace_days", "late_charge_grace_days", "7", 0, 60),
    SettingSpec("timezone", "timezone", "UTC", _zone, "timezone"),
    SettingSpec("smtp.host", "smtp_host", "localhost", _host, "host"),
    _whole("smtp.port", "smtp_port", "25", 1, 65535),
    SettingSpec("smtp.user", "smtp_user", "", _line, "text"),
    SettingSpec("smtp.starttls", "smtp_starttls", "false", _bool, "bool"),
    SettingSpec("mail.from", "mail_from", "renewals@localhost.localdomain", _email, "email"),
    SettingSpec(
        "portal.renew_url", "portal_renew_url", "https://portal.example.com/renew", _https_url, "url"
    ),
    SettingSpec(
        "portal.settings_url", "portal_settings_url", "https://portal.example.com/settings", _https_url, "url"
    ),
    SettingSpec("company.name", "company_name", "RenewDesk Hosting", _line, "text"),
    _whole("links.valid_days", "links_valid_days", "30", 1, 365),
    _whole("scheduler.interval_minutes", "scheduler_interval_minutes", "10", 1, 1440),
    _whole("gateway.concurrency", "gateway_concurrency", "8", 1, 64),
    _whole("sandbox.latency_ms", "sandbox_latency_ms", "0", 0, 60000),
    _whole("mail.give_up_days", "mail_give_up_days", "3", 1, 60),
)
SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}


def normalize(key: str, value: str) -> str:
    """The text to store for a setting, or SettingError naming what is wrong."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise SettingError(key, "unknown setting; known: " + ", ".join(SPEC_BY_KEY))
    try:
        parsed = spec.parse(value)
    except ValueError as exc:
        raise SettingError(key, str(exc)) from None
    if isinstance(parsed, bool):
        return "true" if parsed else "false"
    return str(parsed)


@dataclass(frozen=True)
class Settings:
    check_days_before: int = 15
    charge_lead_days: int = 0
    late_charge_grace_days: int = 7
    timezone: str = "UTC"
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_starttls: bool = False
    mail_from: str = "renewals@localhost.localdomain"
    portal_renew_url: str = "https://portal.example.com/renew"
    portal_settings_url: str = "https://portal.example.com/settings"
    company_name: str = "RenewDesk Hosting"
    links_valid_days: int = 30
    scheduler_interval_minutes: int = 10
    gateway_concurrency: int = 8
    sandbox_latency_ms: int = 0
    mail_give_up_days: int = 3

    @classmethod
    def from_mapping(cls, stored: Mapping[str, str]) -> Settings:
        """Stored text that no longer parses falls back to the default rather than stopping the
        program: `config set` validates, so this only happens after a hand edit of the database."""
        values: dict[str, object] = {}
        for spec in SPECS:
            text = stored.get(spec.key)
            try:
                values[spec.attr] = spec.parse(text if text is not None else spec.default)
            except ValueError:
                values[spec.attr] = spec.parse(spec.default)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def as_text(self) -> dict[str, str]:
        by_attr = {spec.attr: spec.key for spec in SPECS}
        result: dict[str, str] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            result[by_attr[field.name]] = (
                ("true" if value else "false") if isinstance(value, bool) else str(value)
            )
        return result
