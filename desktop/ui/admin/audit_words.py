"""An audit entry in people's words: "Card: Visa •••• 4242 → Mastercard •••• 4444" instead of
"card_id: 51 -> 50". Things the entry points at are named as the use case found them; one deleted
since is named by what the entry itself kept ("levi.co.il (deleted)") or as "Service #147 (deleted)".
Domains, addresses and card digits are kept whole in any language. Plain functions of the entry:
they run on the worker thread as well as on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.app.actor import Role
from desktop.app.audit_log import AuditRow
from desktop.app.audit_names import ENTITY_REFS, REFERENCE_KEYS, Named, Ref, as_id
from desktop.core.display import card_text
from desktop.ui import formatting
from desktop.ui.admin import audit_texts, settings_texts, staff_texts
from desktop.ui.application import current_language

NOTHING = "—"
SUMMARY_LENGTH = 160
SCHEDULER = "system:scheduler"

_AMOUNTS = ("amount", "amount_minor", "total")
_DAYS = ("due", "expires_on", "from", "to")
_MOMENTS = ("locked_until", "failing_since", "next_attempt_at")
_REASONS = ("stop_reason", "reason", "was_reason")
_PEOPLE = ("name", "bill_to", "holder", "customer", "company")


@dataclass(frozen=True)
class Line:
    """One field of an entry: its name, its value before and after, and whether it changed."""

    field: str
    before: str
    after: str
    changed: bool


# A page of 500 entries names the same few people, services and cards again and again: each is put
# in words once per language (the direction of a name is worked out letter by letter).
_CACHE = 4096


def actor(label: str) -> str:
    return _actor(label, current_language())


@lru_cache(maxsize=_CACHE)
def _actor(label: str, _language: str) -> str:
    if label == SCHEDULER:
        return staff_texts.role_name(Role.SYSTEM)
    return formatting.ltr(label)


def service_name(name: str, kind: str | None = None) -> str:
    return _service_name(name, kind, current_language())


@lru_cache(maxsize=_CACHE)
def _service_name(name: str, kind: str | None, _language: str) -> str:
    looks_like_domain = "." in name and not any(ch.isspace() for ch in name)
    if kind == "domain" or (kind is None and looks_like_domain):
        return formatting.domain(name)
    return formatting.name(name)


def card(brand: str, last4: str, exp_month: int | None = None, exp_year: int | None = None) -> str:
    """ "Visa •••• 4242 (12/30)": a renewed card has the same brand and last four, so a swap between
    the two reads as two cards only with the expiry."""
    expiry = f" ({exp_month:02d}/{exp_year % 100:02d})" if exp_month and exp_year else ""
    return formatting.ltr(card_text(brand, last4) + expiry)


def _named_text(named: Named) -> str:
    return _named_words(named, current_language())


@lru_cache(maxsize=_CACHE)
def _named_words(named: Named, _language: str) -> str:
    if named.ref in (Ref.SERVICE, Ref.CYCLE):
        return service_name(named.name, named.detail)
    if named.ref is Ref.CARD:
        return card(named.name, named.detail or "", named.exp_month, named.exp_year)
    if named.ref is Ref.CONTACT:
        shown = formatting.name(named.name)
        if named.detail and named.detail != named.name:
            return QCoreApplication.translate("AuditWords", "{name} ({company})").format(
                name=shown, company=formatting.name(named.detail)
            )
        return shown
    if named.ref is Ref.OUTBOX:
        return QCoreApplication.translate("AuditWords", "{kind} to {address}").format(
            kind=audit_texts.mail_kind(named.detail or ""), address=formatting.email(named.name)
        )
    return formatting.ltr(named.name)


def _recorded(ref: Ref, side: Mapping[str, Any]) -> str | None:
    """The name an entry kept of what it points at, for when that thing is gone."""
    if ref is Ref.CARD:  # a removed card's entry keeps its brand and last 4 (never more, R20)
        brand, last4 = side.get("brand"), side.get("card")
        return card(brand, last4) if isinstance(brand, str) and isinstance(last4, str) else None
    key = {
        Ref.SERVICE: "service",
        Ref.CYCLE: "service",
        Ref.STAFF: "name",
        Ref.CONTACT: "name",  # a removed billing contact's entry keeps its name
        Ref.OUTBOX: "to",
    }.get(ref)
    value = side.get(key) if key else None
    if not isinstance(value, str) or not value:
        return None
    if ref is Ref.OUTBOX:
        return formatting.email(value)
    return service_name(value) if ref in (Ref.SERVICE, Ref.CYCLE) else formatting.ltr(value)


def named(row: AuditRow, ref: Ref, number: int, side: Mapping[str, Any]) -> str:
    found = (row.names or {}).get((ref, number))
    if found is not None:
        return _named_text(found)
    recorded = _recorded(ref, side)
    return audit_texts.deleted(recorded) if recorded else audit_texts.gone(ref.value, number)


def _parsed_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _parsed_moment(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def value_text(row: AuditRow, key: str, value: Any, side: Mapping[str, Any]) -> str:
    """One value as a person reads it; `side` is the before or the after it belongs to."""
    if value is None or value == "":
        return NOTHING
    ref = REFERENCE_KEYS.get(key)
    number = as_id(value)
    if ref is not None and number is not None:
        return named(row, ref, number, side)
    if isinstance(value, bool):
        return audit_texts.on_off(value) if key == "enabled" else audit_texts.yes_no(value)
    if isinstance(value, int) and key == "period_months":
        return audit_texts.months(value)
    if isinstance(value, int) and key in _AMOUNTS and isinstance(side.get("currency"), str):
        return formatting.money(value, side["currency"])
    if isinstance(value, dict):
        parts = [
            f"{field_name(row, k, v)}: {value_text(row, k, v, value)}"
            for k, v in value.items()
            if v is not None
        ]
        return "; ".join(parts) or NOTHING
    if isinstance(value, list):
        if key == "services":
            return ", ".join(service_name(str(item)) for item in value) or NOTHING
        return ", ".join(value_text(row, key, item, side) for item in value) or NOTHING
    if not isinstance(value, str):
        return str(value)
    if key in ("status", "was"):
        return audit_texts.status("payment" if row.action.startswith("payment.") else row.entity, value)
    return _text_value(key, value)


def _text_value(key: str, value: str) -> str:
    words = {
        "stop_reason": audit_texts.reason,
        "reason": audit_texts.reason,
        "was_reason": audit_texts.reason,
        "state": audit_texts.mail_state,
        "kind": audit_texts.mail_kind,
        "notice": audit_texts.mail_kind,
        "role": staff_texts.role_name,
        "language": audit_texts.language,
        "action": audit_texts.action,
        "who": actor,
        "service": service_name,
    }.get(key)
    if words is not None:
        return words(value)
    if key in ("to", "email") and "@" in value:
        return formatting.email(value)
    if key == "card":
        return formatting.ltr(f"•••• {value}")
    if key in _DAYS and (day := _parsed_day(value)) is not None:
        return formatting.day(day)
    if key in _MOMENTS and (moment := _parsed_moment(value)) is not None:
        return formatting.moment(moment)
    if key in _PEOPLE:
        return formatting.name(value)
    return formatting.ltr(value)


def field_name(row: AuditRow, key: str, value: Any = None) -> str:
    if key == "value" and row.entity == "setting" and row.entity_id:
        return settings_texts.label(row.entity_id)
    return audit_texts.field(key, value)


def _shown_keys(side: Mapping[str, Any]) -> list[str]:
    """The keys worth a line: the currency goes with its amount, a service's name with its id."""
    keys = list(side)
    if "currency" in keys and any(k in side for k in _AMOUNTS):
        keys.remove("currency")
    if "service" in keys and as_id(side.get("service_id")) is not None:
        keys.remove("service")
    return keys


def lines(row: AuditRow) -> list[Line]:
    """Every field of the entry, in the order it was written: after's keys, then those only before.
    A field on both sides changed when its values differ; a field on one side only is what the entry
    recorded around the change (the address of an e-mail given up), shown on its side alone."""
    old, new = row.before or {}, row.after or {}
    old_keys, new_keys = _shown_keys(old), _shown_keys(new)
    result = []
    for key in [*new_keys, *(k for k in old_keys if k not in new_keys)]:
        both = key in old and key in new
        before = value_text(row, key, old[key], old) if key in old else ""
        after = value_text(row, key, new[key], new) if key in new else ""
        sample = new.get(key, old.get(key))
        result.append(Line(field_name(row, key, sample), before, after, both and old[key] != new[key]))
    return result


def change(before: str, after: str) -> str:
    """ "before → after"; a right-to-left language points its arrow the way it reads."""
    return QCoreApplication.translate("AuditWords", "{before} → {after}").format(before=before, after=after)


def summary(row: AuditRow) -> str:
    """What changed, field by field, on one line: "Card: Visa •••• 4242 → Mastercard •••• 4444". An
    entry that changed no field it kept on both sides says what it recorded: "Service: levi.co.il;
    Charge date: Dec 1, 2026"."""
    found = lines(row)
    parts = [
        audit_texts.labelled(line.field, change(line.before, line.after)) for line in found if line.changed
    ]
    if not parts:
        parts = [audit_texts.labelled(line.field, line.after or line.before) for line in found]
    text = "; ".join(parts)
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def concerning(row: AuditRow) -> str:
    """What the entry is about: "Service: levi.co.il", "Setting: Company time zone"."""
    what = audit_texts.entity(row.entity)
    if not row.entity_id:
        return what
    ref, number = ENTITY_REFS.get(row.entity), as_id(row.entity_id)
    if ref is not None and number is not None:
        kept = {**(row.before or {}), **(row.after or {})}
        if (ref, number) in (row.names or {}) or _recorded(ref, kept) is not None:
            return audit_texts.labelled(what, named(row, ref, number, kept))
        return audit_texts.gone(ref.value, number)
    if row.entity in ("setting", "secret"):
        return audit_texts.labelled(what, settings_texts.label(row.entity_id))
    if row.entity == "email":
        return audit_texts.labelled(what, formatting.email(row.entity_id))
    return audit_texts.labelled(what, formatting.ltr(row.entity_id))


def customer(row: AuditRow) -> str:
    if row.customer_ref is not None:
        return _customer(row.customer_name or "", row.customer_ref, current_language())
    if row.customer_id is not None:
        return audit_texts.gone("customer", row.customer_id)
    return ""


@lru_cache(maxsize=_CACHE)
def _customer(name: str, ref: str, _language: str) -> str:
    return QCoreApplication.translate("AuditWords", "{name} ({ref})").format(
        name=formatting.name(name), ref=formatting.ltr(ref)
    )
