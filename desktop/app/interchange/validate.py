"""Reads an import file and finds every problem in it, each with its JSON path. Nothing here writes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from desktop.app.interchange import json_text
from desktop.app.interchange.problems import Problem, json_path
from desktop.app.interchange.schema import (
    FORMAT,
    CardIn,
    CustomerIn,
    DocumentIn,
    ServiceIn,
    domain_ascii,
    validate_domain,
    validate_tld,
)
from desktop.core.cards import is_expired, looks_like_card_number, normalize_number
from desktop.core.codes import StopReason
from desktop.core.money import MoneyError, minor_digits, parse_amount
from desktop.core.periods import (
    DOMAIN_PERIODS,
    HOSTING_PERIODS,
    ServiceKind,
    is_allowed_period,
    max_installments,
)
from desktop.core.refs import ref_key

MAX_PROBLEMS = 50
# Amounts are kept as 64-bit integers of minor units (BIGINT).
MAX_MINOR = 2**63 - 1

_EXPECTED = {
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "int_parsing": "a whole number",
    "string_type": "text",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "dict_type": "an object",
    "date_type": "a date (YYYY-MM-DD)",
    "datetime_type": "a date and time",
}


@dataclass(frozen=True)
class InDatabase:
    """Answers which refs and domains of a file the database already holds."""

    customer_refs: Callable[[Iterable[str]], set[str]]
    domain_keys: Callable[[Iterable[str]], set[str]]


def read_document(raw: bytes) -> tuple[DocumentIn | None, list[Problem]]:
    if not raw.strip():
        return None, [Problem("$", "empty_file")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem("$", "not_utf8", {"position": exc.start})]
    if not text.strip():
        return None, [Problem("$", "empty_file")]
    data, problems = json_text.parse(text)
    if problems:
        return None, problems
    if not isinstance(data, dict):
        return None, [Problem("$", "not_object")]
    if "format" not in data:
        return None, [Problem("format", "missing")]
    if data["format"] != FORMAT:
        return None, [Problem("format", "format", {"got": json.dumps(data["format"], ensure_ascii=False)})]
    try:
        return DocumentIn.model_validate_json(text), []
    except ValidationError as exc:
        return None, [_from_pydantic(error) for error in exc.errors(include_input=False, include_url=False)]


def _from_pydantic(error: ErrorDetails) -> Problem:
    path = json_path([part for part in error["loc"] if isinstance(part, str | int)])
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    if kind == "missing":
        return Problem(path, "missing")
    if kind == "extra_forbidden":
        return Problem(path, "unknown_key")
    if kind == "timezone_aware":
        return Problem(path, "no_timezone")
    if kind in _EXPECTED:
        return Problem(path, "wrong_type", {"expected": _EXPECTED[kind]})
    if kind.startswith("date_"):
        return Problem(path, "bad_date")
    if kind.startswith("datetime_"):
        return Problem(path, "bad_datetime")
    if kind == "literal_error":
        return Problem(path, "not_one_of", {"expected": ctx.get("expected", "")})
    if kind == "string_too_short":
        return Problem(path, "empty")
    if kind == "string_too_long":
        return Problem(path, "too_long", {"max_length": ctx.get("max_length")})
    if kind == "string_pattern_mismatch" and path.endswith("last4"):
        return Problem(path, "last4")
    if kind in {
        "luhn",
        "exp_month",
        "exp_year",
        "period_months",
        "bad_email",
        "unknown_currency",
        "not_decimal",
        "negative_amount",
        "refused_character",
        "day_out_of_range",
        "card_number_in_text",
    }:
        return Problem(path, kind, ctx)
    return Problem(path, "wrong_type", {"expected": error["msg"]})


class _Checker:
    def __init__(self, doc: DocumentIn, today: date, existing: InDatabase) -> None:
        self.doc, self.today, self.existing = doc, today, existing
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(path, code, params))

    def amount(self, path: str, text: str, currency: str) -> None:
        try:
            minor = parse_amount(text, currency)
        except MoneyError:
            self.add(path, "too_many_decimals", got=text, digits=minor_digits(currency), currency=currency)
            return
        if minor > MAX_MINOR:
            self.add(path, "amount_too_large", got=text, currency=currency)

    def run(self) -> list[Problem]:
        self.price_list()
        # Refs are one ref case aside (desktop.core.refs): keyed by ref_key, each with its first place.
        first_customer: dict[str, tuple[str, str]] = {}
        first_domain: dict[str, str] = {}
        for c_index, customer in enumerate(self.doc.customers):
            path = f"customers[{c_index}]"
            first = first_customer.get(ref_key(customer.ref))
            if first is not None:
                self.add(f"{path}.ref", "duplicate_ref", ref=customer.ref, first=first[1])
            else:
                first_customer[ref_key(customer.ref)] = (customer.ref, f"{path}.ref")
            self.customer(path, customer, first_domain)
        where = dict(first_customer.values())
        for ref in self.existing.customer_refs(where):
            self.add(where[ref], "ref_exists", ref=ref)
        for key in self.existing.domain_keys(first_domain):
            self.add(first_domain[key], "domain_exists", name=key)
        return self.problems

    def price_list(self) -> None:
        seen: dict[tuple[str, str, int, str], str] = {}
        for index, price in enumerate(self.doc.price_list):
            path = f"price_list[{index}]"
            item = price.item
            if price.kind == "domain":
                try:
                    item = validate_tld(price.item)
                except PydanticCustomError as exc:
                    self.add(f"{path}.item", exc.type, **(exc.context or {}))
            kind = ServiceKind(price.kind)
            if not is_allowed_period(kind, price.period_months):
                code = "hosting_period" if kind is ServiceKind.HOSTING else "domain_period"
                self.add(f"{path}.period_months", code, got=price.period_months)
            self.amount(f"{path}.price", price.price, price.currency)
            key = (price.kind, item.lower(), price.period_months, price.currency)
            if key in seen:
                self.add(
                    path,
                    "duplicate_price",
                    kind=price.kind,
                    item=item,
                    period=price.period_months,
                    currency=price.currency,
                    first=seen[key],
                )
            else:
                seen[key] = path

    def customer(self, path: str, customer: CustomerIn, first_domain: dict[str, str]) -> None:
        contacts = self.refs(path, "contacts", [contact.ref for contact in customer.contacts])
        cards = self.refs(path, "cards", [card.ref for card in customer.cards])
        services = self.refs(path, "services", [service.ref for service in customer.services])
        for index, card in enumerate(customer.cards):
            card_path = f"{path}.cards[{index}]"
            if card.number is not None and card.token is not None:
                self.add(card_path, "card_number_and_token")
            elif card.number is None and card.token is None:
                self.add(card_path, "card_number_or_token")
            elif card.token is not None and (card.brand is None or card.last4 is None):
                self.add(card_path, "token_needs_brand_last4")
            self.card_texts(card_path, card)
            if is_expired(card.exp_month, card.exp_year, self.today):
                self.add(
                    f"{card_path}.exp_year",
                    "card_expired",
                    month=card.exp_month,
                    year=card.exp_year,
                    today=self.today.isoformat(),
                )
        hosting_names: dict[str, str] = {}
        for index, service in enumerate(customer.services):
            service_path = f"{path}.services[{index}]"
            if service.kind == "domain":
                try:
                    key = domain_ascii(validate_domain(service.name))
                except PydanticCustomError as exc:
                    self.add(f"{service_path}.name", exc.type, **(exc.context or {}))
                else:
                    if key in first_domain:
                        self.add(
                            f"{service_path}.name",
                            "duplicate_domain",
                            name=service.name,
                            first=first_domain[key],
                        )
                    else:
                        first_domain[key] = f"{service_path}.name"
            else:
                name_key = service.name.casefold()
                if name_key in hosting_names:
                    self.add(
                        f"{service_path}.name",
                        "duplicate_service_name",
                        name=service.name,
                        first=hosting_names[name_key],
                    )
                else:
                    hosting_names[name_key] = f"{service_path}.name"
            self.service(service_path, service, contacts, cards)
        for index, order in enumerate(customer.orders):
            order_path = f"{path}.orders[{index}]"
            if ref_key(order.service) not in services:
                self.add(f"{order_path}.service", "unknown_service", ref=order.service)
            if order.installments < 1:
                self.add(f"{order_path}.installments", "installments_min", got=order.installments)
            elif order.installments > order.period_months:
                self.add(
                    f"{order_path}.installments",
                    "installments_max",
                    got=order.installments,
                    most=order.period_months,
                    period=order.period_months,
                )
            self.amount(f"{order_path}.amount", order.amount, order.currency or customer.currency)

    def card_texts(self, card_path: str, card: CardIn) -> None:
        """R20: a full card number is never stored, so no text of a card may be one; a token that is a
        card number was never tokenised. The problem shows the last 4 digits only."""
        # The holder and the ref are Text and Ref, which refuse a card number for every record alike.
        texts = {"token": card.token, "brand": card.brand}
        for name, text in texts.items():
            if text is not None and looks_like_card_number(text):
                code = "token_is_card_number" if name == "token" else "card_number_in_text"
                self.add(f"{card_path}.{name}", code, last4=normalize_number(text.strip())[-4:])

    def refs(self, path: str, part: str, refs: list[str]) -> set[str]:
        """The refs' keys (desktop.core.refs); a ref the same as one before it case aside is refused."""
        first: dict[str, str] = {}
        for index, ref in enumerate(refs):
            where = f"{path}.{part}[{index}].ref"
            if ref_key(ref) in first:
                self.add(where, "duplicate_ref", ref=ref, first=first[ref_key(ref)])
            else:
                first[ref_key(ref)] = where
        return set(first)

    def service(self, path: str, service: ServiceIn, contacts: set[str], cards: set[str]) -> None:
        kind = ServiceKind(service.kind)
        if kind is ServiceKind.HOSTING:
            if service.plan is None:
                self.add(f"{path}.plan", "plan_required")
            if service.period_months not in HOSTING_PERIODS:
                self.add(f"{path}.period_months", "hosting_period", got=service.period_months)
        else:
            if service.plan is not None:
                self.add(f"{path}.plan", "plan_not_for_domain")
            if service.period_months not in DOMAIN_PERIODS:
                self.add(f"{path}.period_months", "domain_period", got=service.period_months)
        renew = service.auto_renew
        if renew is None:
            return
        renew_path = f"{path}.auto_renew"
        if renew.card is not None and ref_key(renew.card) not in cards:
            self.add(f"{renew_path}.card", "unknown_card", ref=renew.card)
        if renew.billing_contact is not None and ref_key(renew.billing_contact) not in contacts:
            self.add(f"{renew_path}.billing_contact", "unknown_contact", ref=renew.billing_contact)
        if renew.stop_reason is not None and renew.stop_reason not in set(StopReason):
            self.add(
                f"{renew_path}.stop_reason",
                "stop_reason",
                got=renew.stop_reason,
                expected=", ".join(StopReason),
            )
        period = renew.period_months if renew.period_months is not None else service.period_months
        if kind is ServiceKind.DOMAIN:
            if renew.period_months is not None and renew.period_months != service.period_months:
                self.add(
                    f"{renew_path}.period_months",
                    "domain_period_choice",
                    got=renew.period_months,
                    expected=service.period_months,
                )
            if renew.installments is not None and renew.installments != 1:
                self.add(f"{renew_path}.installments", "domain_installments", got=renew.installments)
            return
        if period not in HOSTING_PERIODS:
            if renew.period_months is not None:
                self.add(f"{renew_path}.period_months", "hosting_period", got=period)
            return
        if renew.installments is not None:
            most = max_installments(kind, period)
            if renew.installments < 1:
                self.add(f"{renew_path}.installments", "installments_min", got=renew.installments)
            elif renew.installments > most:
                self.add(
                    f"{renew_path}.installments",
                    "installments_max",
                    got=renew.installments,
                    most=most,
                    period=period,
                )


def check_document(doc: DocumentIn, today: date, existing: InDatabase) -> list[Problem]:
    problems = _Checker(doc, today, existing).run()
    if len(problems) > MAX_PROBLEMS:
        hidden = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], Problem("$", "too_many_problems", {"more": hidden})]
    return problems
