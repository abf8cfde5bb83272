"""Typed settings: the one source of settings. Values live as text in the database (so every
workstation on one database shares them); the Settings model below declares, once, each setting's
key, type, bounds and default, and every reader (`config set/get`, the settings form, the program)
asks it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.core.addresses import AddressError, mail_address
from desktop.core.codes import SettingFault
from desktop.core.plain_text import character_name, invisible_character, refused_character


class Kind(StrEnum):
    """What a setting holds: the form picks its widget by it, and names what is wrong by it."""

    INT = "int"  # a whole number from `low` to `high`
    BOOL = "bool"
    TIMEZONE = "timezone"
    HOST = "host"
    EMAIL = "email"
    URL = "url"
    TEXT = "text"
    LINES = "lines"  # text of several lines (an address, payment instructions)


class SettingError(ValueError):
    def __init__(
        self, key: str, problem: str, fault: SettingFault = SettingFault.FORM, character: str | None = None
    ) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem
        self.fault = fault
        self.character = character


class _Refused(ValueError):
    """A value refused for a reason the form names, raised inside a validator."""

    def __init__(self, fault: SettingFault, problem: str, character: str | None = None) -> None:
        super().__init__(problem)
        self.fault = fault
        self.character = character


_ASCII_WHOLE = re.compile(r"[0-9]{1,9}")


def _text(value: object, *, required: bool = True) -> str:
    """Every typed text alike: surrounding spaces trimmed; a value of only spaces refused (it would be
    stored as empty); no control, zero-width or bidirectional character anywhere."""
    if not isinstance(value, str):
        raise _Refused(SettingFault.FORM, "must be text")
    stripped = value.strip()
    if value and not stripped:
        if required:
            raise _Refused(SettingFault.EMPTY, "is only spaces: it needs a value")
        raise _Refused(SettingFault.ONLY_SPACES, "is only spaces: leave it empty or type a value")
    if required and not stripped:
        raise _Refused(SettingFault.EMPTY, "must not be empty")
    ch = refused_character(stripped) or invisible_character(stripped)
    if ch is not None:
        raise _Refused(SettingFault.CHARACTER, f"must not contain {character_name(ch)}", ch)
    return stripped


def _whole(value: object) -> int:
    """A whole number in the digits 0-9 only: int() would also take "٣٠", "３０" or "1_0"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if not _ASCII_WHOLE.fullmatch(text):
        raise _Refused(SettingFault.FORM, "must be a whole number in the digits 0-9")
    return int(text)


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    lowered = value.strip().lower() if isinstance(value, str) else ""
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise _Refused(SettingFault.FORM, "must be true or false")


def _zone(value: object) -> str:
    text = _text(value)
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Refused(
            SettingFault.FORM, "must be an IANA time zone such as Asia/Jerusalem or Europe/Madrid"
        ) from None
    return text


def _host(value: object) -> str:
    """A host name (IDN letters allowed), an IPv4 address or an IPv6 one, nothing else."""
    text = _text(value)
    bad = next((ch for ch in text if not (ch.isalnum() or ch in ".-_:[]")), None)
    if bad is not None:
        if unicodedata.category(bad).startswith("C"):
            raise _Refused(SettingFault.CHARACTER, f"must not contain {character_name(bad)}", bad)
        raise _Refused(SettingFault.FORM, "must be a host name or address such as smtp.example.com")
    if len(text) > 253:
        raise _Refused(SettingFault.FORM, "must be a host name of at most 253 characters")
    return text


def _line(value: object) -> str:
    """One line of text that may go into a mail header (the From name, the SMTP login)."""
    return _text(value)


def _optional_line(value: object) -> str:
    return _text(value, required=False)


def _optional_lines(value: object) -> str:
    """Several lines (an address on a document): each line as `_text`, blank lines dropped."""
    if not isinstance(value, str):
        raise _Refused(SettingFault.FORM, "must be text")
    if value and not value.strip():
        raise _Refused(SettingFault.ONLY_SPACES, "is only spaces: leave it empty or type a value")
    lines = [_text(line, required=False) for line in value.replace("\r\n", "\n").split("\n") if line.strip()]
    return "\n".join(lines)


def _email(value: object) -> str:
    text = _text(value)
    try:
        return mail_address(text)
    except AddressError as exc:
        raise _Refused(
            SettingFault.FORM, f"must be an e-mail address such as renewals@example.com ({exc.reason})"
        ) from None


def _url(value: object) -> str:
    text = _text(value)
    parts = urlsplit(text)
    if parts.scheme not in {"https", "http"} or not parts.netloc or any(ch.isspace() for ch in text):
        raise _Refused(
            SettingFault.FORM, "must be an http(s) address such as https://portal.example.com/renew"
        )
    return text


@dataclass(frozen=True)
class Key:
    """A field's stored key, its kind and its own check (`take`: the value to keep, or _Refused), and
    for a whole number its bounds: declared beside the field's default (field metadata)."""

    key: str
    kind: Kind
    take: Callable[[object], Any]
    low: int | None = None
    high: int | None = None
    required: bool = True  # False: an empty value is allowed (it means "none")

    def parse(self, value: object) -> Any:
        """The value to keep for typed or stored text (or a Python value), or SettingError naming the
        key and what is wrong."""
        try:
            taken = self.take(value)
        except _Refused as refused:
            if self.kind is Kind.INT and refused.fault is SettingFault.FORM:
                raise SettingError(
                    self.key, f"must be a whole number from {self.low} to {self.high}, in the digits 0-9"
                ) from None
            raise SettingError(self.key, str(refused), refused.fault, refused.character) from None
        if (self.low is not None and taken < self.low) or (self.high is not None and taken > self.high):
            raise SettingError(self.key, f"must be a whole number from {self.low} to {self.high}")
        return taken


_KEY = "setting"


def _setting(
    key: str, kind: Kind, default: Any, take: Callable[[object], Any], *, required: bool = True
) -> Any:
    return field(default=default, metadata={_KEY: Key(key, kind, take, required=required)})


def _whole_setting(key: str, default: int, low: int, high: int) -> Any:
    return field(default=default, metadata={_KEY: Key(key, Kind.INT, _whole, low, high)})


# Checked by the program's own functions, not by a validation library: a start that reads its
# settings loads nothing more than this module (issue 13: pydantic cost every command ~60 ms).
@dataclass(frozen=True)
class Settings:
    """Every setting with its key, kind, own check, bounds and default. Constructed with Python values
    (tests, `dataclasses.replace`: each value other than its declared default is checked, SettingError
    for a wrong one) or through from_mapping with the stored text."""

    check_days_before: int = _whole_setting("check_days_before", 15, 0, 90)
    charge_lead_days: int = _whole_setting("charge_lead_days", 0, 0, 60)
    late_charge_grace_days: int = _whole_setting("late_charge_grace_days", 7, 0, 60)
    timezone: str = _setting("timezone", Kind.TIMEZONE, "UTC", _zone)
    smtp_host: str = _setting("smtp.host", Kind.HOST, "localhost", _host)
    smtp_port: int = _whole_setting("smtp.port", 25, 1, 65535)
    smtp_user: str = _setting("smtp.user", Kind.TEXT, "", _optional_line, required=False)
    smtp_starttls: bool = _setting("smtp.starttls", Kind.BOOL, False, _bool)
    mail_from: str = _setting("mail.from", Kind.EMAIL, "renewals@localhost.localdomain", _email)
    portal_renew_url: str = _setting("portal.renew_url", Kind.URL, "https://portal.example.com/renew", _url)
    portal_settings_url: str = _setting(
        "portal.settings_url", Kind.URL, "https://portal.example.com/settings", _url
    )
    company_name: str = _setting("company.name", Kind.TEXT, "RenewDesk Hosting", _line)
    company_address: str = _setting("company.address", Kind.LINES, "", _optional_lines, required=False)
    company_tax_id: str = _setting("company.tax_id", Kind.TEXT, "", _optional_line, required=False)
    proforma_valid_days: int = _whole_setting("proforma.valid_days", 30, 1, 365)
    proforma_payment_text: str = _setting(
        "proforma.payment_text", Kind.LINES, "", _optional_lines, required=False
    )
    links_valid_days: int = _whole_setting("links.valid_days", 30, 1, 365)
    scheduler_interval_minutes: int = _whole_setting("scheduler.interval_minutes", 10, 1, 1440)
    gateway_concurrency: int = _whole_setting("gateway.concurrency", 8, 1, 64)
    sandbox_latency_ms: int = _whole_setting("sandbox.latency_ms", 0, 0, 60000)
    mail_give_up_days: int = _whole_setting("mail.give_up_days", 3, 1, 60)

    def __post_init__(self) -> None:
        # A declared default is valid by its declaration (tested), and is not checked again: the
        # defaults' checks would load the e-mail address rules for nothing.
        for spec in SPECS:
            value = getattr(self, spec.attr)
            if not _is_default(spec.attr, value):
                object.__setattr__(self, spec.attr, spec.parse(value))

    @classmethod
    def from_mapping(cls, stored: Mapping[str, str]) -> Settings:
        """Stored text that no longer parses falls back to the default rather than stopping the
        program: `config set` validates, so this only happens after a hand edit of the database."""
        values: dict[str, Any] = {}
        for spec in SPECS:
            text = stored.get(spec.key)
            if text is None or text == spec.default:
                values[spec.attr] = _DEFAULTS[spec.attr]
                continue
            try:
                values[spec.attr] = spec.parse(text)
            except ValueError:
                values[spec.attr] = _DEFAULTS[spec.attr]
        # Each value is its field's declared default or went through its field's own check, so
        # __post_init__ would only check them again.
        settings = object.__new__(cls)
        for name, value in values.items():
            object.__setattr__(settings, name, value)
        return settings

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def as_text(self) -> dict[str, str]:
        return {spec.key: _stored_text(getattr(self, spec.attr)) for spec in SPECS}


def _stored_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class SettingSpec:
    """One declared field of Settings as the readers need it: `default` as stored text; `low` and
    `high` the bounds of a whole number; `parse` takes stored or typed text to the value, raising
    SettingError (a ValueError) naming the key and what is wrong."""

    key: str
    attr: str
    default: str
    parse: Callable[[object], Any]
    kind: Kind = Kind.TEXT
    low: int | None = None
    high: int | None = None
    required: bool = True


def _declared() -> tuple[SettingSpec, ...]:
    specs = []
    for declared in fields(Settings):
        key: Key = declared.metadata[_KEY]
        specs.append(
            SettingSpec(
                key=key.key,
                attr=declared.name,
                default=_stored_text(declared.default),
                parse=key.parse,
                kind=key.kind,
                low=key.low,
                high=key.high,
                required=key.required,
            )
        )
    return tuple(specs)


SPECS: tuple[SettingSpec, ...] = _declared()
SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}
# The declared defaults as Python values, each valid by the class's own declaration (tested).
_DEFAULTS: dict[str, Any] = {declared.name: declared.default for declared in fields(Settings)}
KINDS: tuple[str, ...] = tuple(Kind)


def _is_default(attr: str, value: object) -> bool:
    default = _DEFAULTS[attr]
    return type(value) is type(default) and value == default


def normalize(key: str, value: str) -> str:
    """The text to store for a setting, or SettingError naming the key and what is wrong."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise SettingError(key, "unknown setting; known: " + ", ".join(SPEC_BY_KEY), SettingFault.UNKNOWN)
    return _stored_text(spec.parse(value))
