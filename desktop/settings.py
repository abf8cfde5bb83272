"""Typed settings: the one source of settings. Values live as text in the database (so every
workstation on one database shares them); the Settings model below declares, once, each setting's
key, type, bounds and default, and every reader (`config set/get`, the settings form, the program)
asks it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, get_type_hints
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import annotated_types
from pydantic import BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass as pydantic_dataclass

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


@dataclass(frozen=True)
class Key:
    """A field's stored key and kind, declared beside its type."""

    key: str
    kind: Kind
    required: bool = True  # False: an empty value is allowed (it means "none")


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


WHOLE = BeforeValidator(_whole)


# Pydantic's validators are built when first used, not at import (issue 13): a start whose stored
# settings are their defaults or parse field by field (from_mapping) never builds the whole class's.
@pydantic_dataclass(frozen=True, config=ConfigDict(defer_build=True))
class Settings:
    """Every setting with its type, bounds and default. Constructed with Python values (tests,
    `dataclasses.replace`) or through from_mapping with the stored text."""

    check_days_before: Annotated[int, WHOLE, Field(ge=0, le=90), Key("check_days_before", Kind.INT)] = 15
    charge_lead_days: Annotated[int, WHOLE, Field(ge=0, le=60), Key("charge_lead_days", Kind.INT)] = 0
    late_charge_grace_days: Annotated[
        int, WHOLE, Field(ge=0, le=60), Key("late_charge_grace_days", Kind.INT)
    ] = 7
    timezone: Annotated[str, BeforeValidator(_zone), Key("timezone", Kind.TIMEZONE)] = "UTC"
    smtp_host: Annotated[str, BeforeValidator(_host), Key("smtp.host", Kind.HOST)] = "localhost"
    smtp_port: Annotated[int, WHOLE, Field(ge=1, le=65535), Key("smtp.port", Kind.INT)] = 25
    smtp_user: Annotated[
        str, BeforeValidator(_optional_line), Key("smtp.user", Kind.TEXT, required=False)
    ] = ""
    smtp_starttls: Annotated[bool, BeforeValidator(_bool), Key("smtp.starttls", Kind.BOOL)] = False
    mail_from: Annotated[str, BeforeValidator(_email), Key("mail.from", Kind.EMAIL)] = (
        "renewals@localhost.localdomain"
    )
    portal_renew_url: Annotated[str, BeforeValidator(_url), Key("portal.renew_url", Kind.URL)] = (
        "https://portal.example.com/renew"
    )
    portal_settings_url: Annotated[str, BeforeValidator(_url), Key("portal.settings_url", Kind.URL)] = (
        "https://portal.example.com/settings"
    )
    company_name: Annotated[str, BeforeValidator(_line), Key("company.name", Kind.TEXT)] = "RenewDesk Hosting"
    company_address: Annotated[
        str, BeforeValidator(_optional_lines), Key("company.address", Kind.LINES, required=False)
    ] = ""
    company_tax_id: Annotated[
        str, BeforeValidator(_optional_line), Key("company.tax_id", Kind.TEXT, required=False)
    ] = ""
    proforma_valid_days: Annotated[int, WHOLE, Field(ge=1, le=365), Key("proforma.valid_days", Kind.INT)] = 30
    proforma_payment_text: Annotated[
        str, BeforeValidator(_optional_lines), Key("proforma.payment_text", Kind.LINES, required=False)
    ] = ""
    links_valid_days: Annotated[int, WHOLE, Field(ge=1, le=365), Key("links.valid_days", Kind.INT)] = 30
    scheduler_interval_minutes: Annotated[
        int, WHOLE, Field(ge=1, le=1440), Key("scheduler.interval_minutes", Kind.INT)
    ] = 10
    gateway_concurrency: Annotated[int, WHOLE, Field(ge=1, le=64), Key("gateway.concurrency", Kind.INT)] = 8
    sandbox_latency_ms: Annotated[int, WHOLE, Field(ge=0, le=60000), Key("sandbox.latency_ms", Kind.INT)] = 0
    mail_give_up_days: Annotated[int, WHOLE, Field(ge=1, le=60), Key("mail.give_up_days", Kind.INT)] = 3

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
        # Each value is its field's declared default or went through its field's own validator (the
        # field's whole annotation), so the class's validator would only check them again.
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
    ValueError (a pydantic ValidationError) for a wrong one."""

    key: str
    attr: str
    default: str
    parse: Callable[[object], Any]
    kind: Kind = Kind.TEXT
    low: int | None = None
    high: int | None = None
    required: bool = True


def _bounds(metadata: tuple[object, ...]) -> tuple[int | None, int | None]:
    low = high = None
    for item in metadata:
        for part in getattr(item, "metadata", [item]):
            if isinstance(part, annotated_types.Ge):
                low = int(part.ge)  # type: ignore[call-overload]
            elif isinstance(part, annotated_types.Le):
                high = int(part.le)  # type: ignore[call-overload]
    return low, high


class _Parser:
    """A field's validator (pydantic's TypeAdapter of the field's annotation), built on its first
    use: building all of them costs a start that parses none tens of milliseconds (issue 13)."""

    def __init__(self, hint: Any) -> None:
        self._hint = hint
        self._validate: Callable[[object], Any] | None = None

    def __call__(self, value: object) -> Any:
        if self._validate is None:
            self._validate = TypeAdapter(self._hint).validate_python
        return self._validate(value)


@cache
def _declared() -> tuple[SettingSpec, ...]:
    hints = get_type_hints(Settings, include_extras=True)
    specs = []
    for field in fields(Settings):
        hint = hints[field.name]
        metadata = tuple(hint.__metadata__)
        key = next(item for item in metadata if isinstance(item, Key))
        low, high = _bounds(metadata)
        specs.append(
            SettingSpec(
                key=key.key,
                attr=field.name,
                default=_stored_text(field.default),
                parse=_Parser(hint),
                kind=key.kind,
                low=low,
                high=high,
                required=key.required,
            )
        )
    return tuple(specs)


SPECS: tuple[SettingSpec, ...] = _declared()
SPEC_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}
# The declared defaults as Python values, each valid by the class's own declaration (tested).
_DEFAULTS: dict[str, Any] = {field.name: field.default for field in fields(Settings)}
KINDS: tuple[str, ...] = tuple(Kind)


def _setting_error(spec: SettingSpec, exc: ValidationError) -> SettingError:
    """The first problem of a value, in English, and what kind of problem it is."""
    error = exc.errors()[0]
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, _Refused):
        if spec.kind is Kind.INT and cause.fault is SettingFault.FORM:
            return SettingError(
                spec.key, f"must be a whole number from {spec.low} to {spec.high}, in the digits 0-9"
            )
        return SettingError(spec.key, str(cause), cause.fault, cause.character)
    if spec.kind is Kind.INT:  # out of its bounds
        return SettingError(spec.key, f"must be a whole number from {spec.low} to {spec.high}")
    return SettingError(spec.key, error["msg"])


def normalize(key: str, value: str) -> str:
    """The text to store for a setting, or SettingError naming the key and what is wrong."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise SettingError(key, "unknown setting; known: " + ", ".join(SPEC_BY_KEY), SettingFault.UNKNOWN)
    try:
        parsed = spec.parse(value)
    except ValidationError as exc:
        raise _setting_error(spec, exc) from None
    return _stored_text(parsed)
