"""Every malformed import is refused whole, names its JSON path and a stable code, and changes nothing.

Each case mutates a deep copy of the SPEC example (with its own customer ref and domains) and is
tried on a database that already holds the SPEC example, so that "unchanged" means something."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused, Problem, describe
from desktop.bootstrap import AppContext
from tests.interchange.helpers import (
    encode,
    extra_customer,
    fresh_document,
    row_counts,
    snapshot,
    spec_bytes,
    spec_document,
)
from tests.support.actors import TEST_ADMIN

Doc = dict[str, Any]
Key = str | int
C0: tuple[Key, ...] = ("customers", 0)
CARD: tuple[Key, ...] = (*C0, "cards", 0)
DOMAIN: tuple[Key, ...] = (*C0, "services", 0)
HOSTING: tuple[Key, ...] = (*C0, "services", 1)
ORDER: tuple[Key, ...] = (*C0, "orders", 0)
PRICE: tuple[Key, ...] = ("price_list", 0)


def _parent(doc: Doc, path: tuple[Key, ...]) -> Any:
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    return node


def put(path: tuple[Key, ...], value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        _parent(doc, path)[path[-1]] = copy.deepcopy(value)

    return mutate


def drop(path: tuple[Key, ...]) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        del _parent(doc, path)[path[-1]]

    return mutate


def append(path: tuple[Key, ...], make: Callable[[Doc], Any]) -> Callable[[Doc], None]:
    """Appends make(doc) to the list at path; make sees the document as it stands."""

    def mutate(doc: Doc) -> None:
        _parent(doc, (*path, 0)).append(make(doc))

    return mutate


def both(*steps: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        for step in steps:
            step(doc)

    return mutate


def domain_service(ref: str, name: str) -> Callable[[Doc], Any]:
    def make(doc: Doc) -> Any:
        service = copy.deepcopy(doc["customers"][0]["services"][0])
        service.update(ref=ref, name=name)
        return service

    return make


def copy_of(path: tuple[Key, ...], **changes: Any) -> Callable[[Doc], Any]:
    def make(doc: Doc) -> Any:
        item = copy.deepcopy(_parent(doc, path)[path[-1]])
        item.update(changes)
        return item

    return make


def other_customer(index: int, **changes: Any) -> Callable[[Doc], Any]:
    def make(_doc: Doc) -> Any:
        customer = extra_customer(index)
        customer.update(changes)
        return customer

    return make


def raw(data: bytes) -> Callable[[Doc], bytes]:
    return lambda _doc: data


def spec_text_with(old: str, new: str, encoding: str) -> bytes:
    text = spec_bytes().decode("utf-8")
    assert old in text
    return text.replace(old, new).encode(encoding)


@dataclass(frozen=True)
class Case:
    name: str
    mutate: Callable[[Doc], Any]
    path: str
    code: str
    only: bool = True  # the expected problem is the only one reported


CASES: list[Case] = [
    # --- the file itself ----------------------------------------------------------------------
    Case("empty_file", raw(b""), "$", "empty_file"),
    Case("whitespace_only", raw(b" \n\t\r\n"), "$", "empty_file"),
    Case("bom_only", raw(b"\xef\xbb\xbf"), "$", "empty_file"),
    Case("not_json_text", raw(b"customers: Dana Levi"), "$", "not_json"),
    Case("not_json_cut_off", lambda doc: encode(doc)[:-20], "$", "not_json"),
    Case("not_json_trailing_garbage", lambda doc: encode(doc) + b"}", "$", "not_json"),
    Case("not_json_single_quotes", raw(b"{'format': 'renewdesk/1'}"), "$", "not_json"),
    Case("not_utf8_latin1", raw(spec_text_with("Dana Levi", "José Núñez", "latin-1")), "$", "not_utf8"),
    Case("not_utf8_utf16", raw(spec_text_with("Dana Levi", "Dana Levi", "utf-16")), "$", "not_utf8"),
    Case("not_utf8_lone_byte", raw(b'{"format": "renewdesk/1", "x": "\xff"}'), "$", "not_utf8"),
    Case("not_an_object", raw(b'[{"format": "renewdesk/1"}]'), "$", "not_object"),
    Case("json_null", raw(b"null"), "$", "not_object"),
    # --- format -------------------------------------------------------------------------------
    Case("format_wrong", put(("format",), "renewdesk/2"), "format", "format"),
    Case("format_other_program", put(("format",), "whmcs/7"), "format", "format"),
    Case("format_number", put(("format",), 1), "format", "format"),
    Case("format_missing", drop(("format",)), "format", "missing"),
    # --- unknown keys -------------------------------------------------------------------------
    Case("unknown_key_top", put(("customer",), []), "customer", "unknown_key"),
    Case("unknown_key_customer", put((*C0, "nickname"), "Dani"), "customers[0].nickname", "unknown_key"),
    Case("unknown_key_card_cvv", put((*CARD, "cvv"), "123"), "customers[0].cards[0].cvv", "unknown_key"),
    Case(
        "unknown_key_auto_renew",
        put((*DOMAIN, "auto_renew", "enable"), True),
        "customers[0].services[0].auto_renew.enable",
        "unknown_key",
    ),
    Case("unknown_key_price", put((*PRICE, "vat"), "17"), "price_list[0].vat", "unknown_key"),
    Case("unknown_key_order", put((*ORDER, "paid"), True), "customers[0].orders[0].paid", "unknown_key"),
    # --- missing fields -----------------------------------------------------------------------
    Case("missing_customer_ref", drop((*C0, "ref")), "customers[0].ref", "missing"),
    Case("missing_customer_email", drop((*C0, "email")), "customers[0].email", "missing"),
    Case("missing_card_exp_month", drop((*CARD, "exp_month")), "customers[0].cards[0].exp_month", "missing"),
    Case("missing_card_holder", drop((*CARD, "holder")), "customers[0].cards[0].holder", "missing"),
    Case(
        "missing_service_expires_on",
        drop((*HOSTING, "expires_on")),
        "customers[0].services[1].expires_on",
        "missing",
    ),
    Case("missing_order_amount", drop((*ORDER, "amount")), "customers[0].orders[0].amount", "missing"),
    Case("missing_price_currency", drop((*PRICE, "currency")), "price_list[0].currency", "missing"),
    Case(
        "missing_contact_name", drop((*C0, "contacts", 0, "name")), "customers[0].contacts[0].name", "missing"
    ),
    # --- wrong types --------------------------------------------------------------------------
    Case(
        "type_exp_month_text",
        put((*CARD, "exp_month"), "12"),
        "customers[0].cards[0].exp_month",
        "wrong_type",
    ),
    Case(
        "type_exp_year_float",
        put((*CARD, "exp_year"), 2027.5),
        "customers[0].cards[0].exp_year",
        "wrong_type",
    ),
    Case(
        "type_exp_month_bool",
        put((*CARD, "exp_month"), True),
        "customers[0].cards[0].exp_month",
        "wrong_type",
    ),
    Case(
        "type_enabled_text",
        put((*DOMAIN, "auto_renew", "enabled"), "yes"),
        "customers[0].services[0].auto_renew.enabled",
        "wrong_type",
    ),
    Case("type_customers_object", put(("customers",), {"cust-2": {}}), "customers", "wrong_type"),
    Case("type_contacts_text", put((*C0, "contacts"), "k1"), "customers[0].contacts", "wrong_type"),
    Case("type_customer_name_null", put((*C0, "name"), None), "customers[0].name", "wrong_type"),
    Case(
        "type_card_number_json_number",
        put((*CARD, "number"), 4242424242424242),
        "customers[0].cards[0].number",
        "wrong_type",
    ),
    Case(
        "type_price_period_text",
        put((*PRICE, "period_months"), "12"),
        "price_list[0].period_months",
        "wrong_type",
    ),
    Case(
        "type_installments_text",
        put((*HOSTING, "auto_renew", "installments"), "3"),
        "customers[0].services[1].auto_renew.installments",
        "wrong_type",
    ),
    Case(
        "type_auto_renew_bool",
        put((*DOMAIN, "auto_renew"), True),
        "customers[0].services[0].auto_renew",
        "wrong_type",
    ),
    # --- other single values ------------------------------------------------------------------
    Case("language_unknown", put((*C0, "language"), "fr"), "customers[0].language", "not_one_of"),
    Case(
        "service_kind_unknown", put((*HOSTING, "kind"), "vps"), "customers[0].services[1].kind", "not_one_of"
    ),
    Case("order_kind_unknown", put((*ORDER, "kind"), "gift"), "customers[0].orders[0].kind", "not_one_of"),
    Case("email_not_an_address", put((*C0, "email"), "noa at example"), "customers[0].email", "bad_email"),
    Case(
        "contact_email_no_domain",
        put((*C0, "contacts", 0, "email"), "billing@"),
        "customers[0].contacts[0].email",
        "bad_email",
    ),
    Case("name_empty", put((*C0, "name"), "   "), "customers[0].name", "empty"),
    Case("name_too_long", put((*C0, "name"), "N" * 201), "customers[0].name", "too_long"),
    Case("ref_empty", put((*CARD, "ref"), ""), "customers[0].cards[0].ref", "empty"),
    Case("plan_too_long", put((*HOSTING, "plan"), "p" * 150), "customers[0].services[1].plan", "too_long"),
    Case("price_item_too_long", put(("price_list", 1, "item"), "p" * 150), "price_list[1].item", "too_long"),
    Case(
        "stop_reason_unknown",
        put((*DOMAIN, "auto_renew", "stop_reason"), "bored"),
        "customers[0].services[0].auto_renew.stop_reason",
        "stop_reason",
    ),
    # --- card numbers -------------------------------------------------------------------------
    Case("luhn_fails", put((*CARD, "number"), "4242424242424241"), "customers[0].cards[0].number", "luhn"),
    Case(
        "luhn_fails_spaced",
        put((*CARD, "number"), "4242 4242 4242 4241"),
        "customers[0].cards[0].number",
        "luhn",
    ),
    Case(
        "luhn_letters", put((*CARD, "number"), "4242-4242-4242-424x"), "customers[0].cards[0].number", "luhn"
    ),
    Case("luhn_too_short", put((*CARD, "number"), "4242"), "customers[0].cards[0].number", "luhn"),
    Case("luhn_empty", put((*CARD, "number"), ""), "customers[0].cards[0].number", "luhn"),
    Case(
        "luhn_fullwidth_digits",
        put((*CARD, "number"), "４２４２４２４２４２４２４２４２"),
        "customers[0].cards[0].number",
        "luhn",
    ),
    Case(
        "card_number_and_token",
        both(put((*CARD, "token"), "tok_x"), put((*CARD, "brand"), "visa"), put((*CARD, "last4"), "4242")),
        "customers[0].cards[0]",
        "card_number_and_token",
    ),
    Case("card_no_number_no_token", drop((*CARD, "number")), "customers[0].cards[0]", "card_number_or_token"),
    Case(
        "card_token_without_brand",
        both(drop((*CARD, "number")), put((*CARD, "token"), "tok_x"), put((*CARD, "last4"), "4242")),
        "customers[0].cards[0]",
        "token_needs_brand_last4",
    ),
    Case(
        "card_last4_not_digits",
        both(
            drop((*CARD, "number")),
            put((*CARD, "token"), "tok_x"),
            put((*CARD, "brand"), "visa"),
            put((*CARD, "last4"), "42a2"),
        ),
        "customers[0].cards[0].last4",
        "last4",
    ),
    # --- expiry -------------------------------------------------------------------------------
    Case("exp_month_13", put((*CARD, "exp_month"), 13), "customers[0].cards[0].exp_month", "exp_month"),
    Case("exp_month_0", put((*CARD, "exp_month"), 0), "customers[0].cards[0].exp_month", "exp_month"),
    Case("exp_year_two_digits", put((*CARD, "exp_year"), 27), "customers[0].cards[0].exp_year", "exp_year"),
    Case(
        "exp_month_13_fourth_customer",
        both(
            append(("customers",), other_customer(1)),
            append(("customers",), other_customer(2)),
            append(("customers",), other_customer(3)),
            put(("customers", 3, "cards", 0, "exp_month"), 13),
        ),
        "customers[3].cards[0].exp_month",
        "exp_month",
    ),
    Case(
        "card_expired_last_month",
        both(put((*CARD, "exp_month"), 10), put((*CARD, "exp_year"), 2026)),
        "customers[0].cards[0].exp_year",
        "card_expired",
    ),
    Case(
        "card_expired_last_year",
        both(put((*CARD, "exp_month"), 12), put((*CARD, "exp_year"), 2025)),
        "customers[0].cards[0].exp_year",
        "card_expired",
    ),
    # --- references ---------------------------------------------------------------------------
    Case(
        "auto_renew_unknown_card",
        put((*DOMAIN, "auto_renew", "card"), "v9"),
        "customers[0].services[0].auto_renew.card",
        "unknown_card",
    ),
    Case(
        "auto_renew_card_of_another_customer",
        both(
            append(("customers",), other_customer(1)),
            put(("customers", 1, "cards", 0, "ref"), "v-other"),
            put(("customers", 1, "services", 0, "auto_renew", "card"), "v-other"),
            put(("customers", 1, "services", 1, "auto_renew", "card"), "v-other"),
            put((*DOMAIN, "auto_renew", "card"), "v-other"),
        ),
        "customers[0].services[0].auto_renew.card",
        "unknown_card",
    ),
    Case(
        "auto_renew_unknown_contact",
        put((*DOMAIN, "auto_renew", "billing_contact"), "k9"),
        "customers[0].services[0].auto_renew.billing_contact",
        "unknown_contact",
    ),
    Case(
        "order_unknown_service",
        put((*ORDER, "service"), "s9"),
        "customers[0].orders[0].service",
        "unknown_service",
    ),
    # --- duplicates ---------------------------------------------------------------------------
    Case(
        "duplicate_customer_ref",
        append(("customers",), other_customer(1, ref="cust-2")),
        "customers[1].ref",
        "duplicate_ref",
    ),
    Case(
        "duplicate_card_ref",
        append((*C0, "cards"), copy_of(CARD)),
        "customers[0].cards[1].ref",
        "duplicate_ref",
    ),
    Case(
        "duplicate_contact_ref",
        append((*C0, "contacts"), copy_of((*C0, "contacts", 0), name="Other Ltd")),
        "customers[0].contacts[1].ref",
        "duplicate_ref",
    ),
    Case(
        "duplicate_service_ref",
        append((*C0, "services"), domain_service("s1", "cohen.com")),
        "customers[0].services[2].ref",
        "duplicate_ref",
    ),
    Case(
        "duplicate_domain",
        append((*C0, "services"), domain_service("s3", "cohen.co.il")),
        "customers[0].services[2].name",
        "duplicate_domain",
    ),
    Case(
        "duplicate_domain_case_and_dot",
        append((*C0, "services"), domain_service("s3", "COHEN.Co.IL.")),
        "customers[0].services[2].name",
        "duplicate_domain",
    ),
    Case(
        "duplicate_domain_idna_forms",
        both(
            put((*DOMAIN, "name"), "bücher.co.il"),
            append((*C0, "services"), domain_service("s3", "xn--bcher-kva.co.il")),
        ),
        "customers[0].services[2].name",
        "duplicate_domain",
    ),
    Case(
        "duplicate_domain_two_customers",
        both(
            append(("customers",), other_customer(1)),
            put(("customers", 1, "services", 0, "name"), "cohen.co.il"),
        ),
        "customers[1].services[0].name",
        "duplicate_domain",
    ),
    Case(
        "duplicate_hosting_name",
        append((*C0, "services"), copy_of(HOSTING, ref="s3", name="Cohen-Site")),
        "customers[0].services[2].name",
        "duplicate_service_name",
    ),
    Case(
        "duplicate_price",
        append(("price_list",), copy_of(PRICE, price="60.00")),
        "price_list[2]",
        "duplicate_price",
    ),
    Case("customer_ref_in_database", put((*C0, "ref"), "cust-1"), "customers[0].ref", "ref_exists"),
    Case(
        "domain_in_database",
        put((*DOMAIN, "name"), "levi.co.il"),
        "customers[0].services[0].name",
        "domain_exists",
    ),
    Case(
        "domain_in_database_other_case",
        put((*DOMAIN, "name"), "LEVI.CO.IL"),
        "customers[0].services[0].name",
        "domain_exists",
    ),
    # --- money --------------------------------------------------------------------------------
    Case("price_negative", put((*PRICE, "price"), "-59.00"), "price_list[0].price", "negative_amount"),
    Case("price_negative_json_number", put((*PRICE, "price"), -59), "price_list[0].price", "negative_amount"),
    Case(
        "order_amount_negative",
        put((*ORDER, "amount"), "-1.00"),
        "customers[0].orders[0].amount",
        "negative_amount",
    ),
    Case("price_comma", put((*PRICE, "price"), "59,00"), "price_list[0].price", "not_decimal"),
    Case("price_words", put((*PRICE, "price"), "fifty nine"), "price_list[0].price", "not_decimal"),
    Case("price_exponent", put((*PRICE, "price"), "5.9e1"), "price_list[0].price", "not_decimal"),
    Case("price_empty", put((*PRICE, "price"), ""), "price_list[0].price", "not_decimal"),
    Case("price_nan", put((*PRICE, "price"), "NaN"), "price_list[0].price", "not_decimal"),
    Case("price_currency_sign", put((*PRICE, "price"), "₪59"), "price_list[0].price", "not_decimal"),
    Case("price_two_points", put((*PRICE, "price"), "59.00.1"), "price_list[0].price", "not_decimal"),
    Case("price_json_infinity", put((*PRICE, "price"), 1e400), "price_list[0].price", "not_decimal"),
    Case(
        "order_amount_plus", put((*ORDER, "amount"), "+59.00"), "customers[0].orders[0].amount", "not_decimal"
    ),
    Case(
        "price_too_many_decimals",
        put((*PRICE, "price"), "59.001"),
        "price_list[0].price",
        "too_many_decimals",
    ),
    Case(
        "price_too_large",
        put((*PRICE, "price"), "99999999999999999999.00"),
        "price_list[0].price",
        "amount_too_large",
    ),
    Case(
        "order_amount_too_large",
        put((*ORDER, "amount"), 10**25),
        "customers[0].orders[0].amount",
        "amount_too_large",
    ),
    Case(
        "price_currency_unknown",
        put((*PRICE, "currency"), "XYZ"),
        "price_list[0].currency",
        "unknown_currency",
    ),
    Case(
        "customer_currency_unknown",
        put((*C0, "currency"), "SHEKEL"),
        "customers[0].currency",
        "unknown_currency",
    ),
    Case(
        "order_currency_lower_case",
        put((*ORDER, "currency"), "ils"),
        "customers[0].orders[0].currency",
        "unknown_currency",
    ),
    # --- periods and installments -------------------------------------------------------------
    Case(
        "hosting_period_6",
        put((*HOSTING, "period_months"), 6),
        "customers[0].services[1].period_months",
        "hosting_period",
    ),
    Case(
        "hosting_period_1",
        put((*HOSTING, "period_months"), 1),
        "customers[0].services[1].period_months",
        "hosting_period",
    ),
    Case(
        "hosting_period_48",
        put((*HOSTING, "period_months"), 48),
        "customers[0].services[1].period_months",
        "hosting_period",
    ),
    Case(
        "hosting_period_0",
        put((*HOSTING, "period_months"), 0),
        "customers[0].services[1].period_months",
        "period_months",
    ),
    Case(
        "hosting_price_period_6",
        put(("price_list", 1, "period_months"), 6),
        "price_list[1].period_months",
        "hosting_period",
    ),
    Case(
        "hosting_auto_renew_period_6",
        put((*HOSTING, "auto_renew", "period_months"), 6),
        "customers[0].services[1].auto_renew.period_months",
        "hosting_period",
    ),
    Case(
        "domain_period_18",
        put((*DOMAIN, "period_months"), 18),
        "customers[0].services[0].period_months",
        "domain_period",
    ),
    Case(
        "installments_12_above_3",
        put((*HOSTING, "auto_renew", "installments"), 4),
        "customers[0].services[1].auto_renew.installments",
        "installments_max",
    ),
    Case(
        "installments_3_above_1",
        both(put((*HOSTING, "period_months"), 3), put((*HOSTING, "auto_renew", "installments"), 2)),
        "customers[0].services[1].auto_renew.installments",
        "installments_max",
    ),
    Case(
        "installments_24_above_5",
        both(put((*HOSTING, "period_months"), 24), put((*HOSTING, "auto_renew", "installments"), 6)),
        "customers[0].services[1].auto_renew.installments",
        "installments_max",
    ),
    Case(
        "installments_36_above_7",
        both(put((*HOSTING, "period_months"), 36), put((*HOSTING, "auto_renew", "installments"), 8)),
        "customers[0].services[1].auto_renew.installments",
        "installments_max",
    ),
    Case(
        "installments_renew_period_above",
        put((*HOSTING, "auto_renew", "period_months"), 3),
        "customers[0].services[1].auto_renew.installments",
        "installments_max",
    ),
    Case(
        "installments_zero",
        put((*HOSTING, "auto_renew", "installments"), 0),
        "customers[0].services[1].auto_renew.installments",
        "installments_min",
    ),
    Case(
        "order_installments_above_period",
        put((*ORDER, "installments"), 13),
        "customers[0].orders[0].installments",
        "installments_max",
    ),
    Case(
        "order_installments_zero",
        put((*ORDER, "installments"), 0),
        "customers[0].orders[0].installments",
        "installments_min",
    ),
    Case(
        "domain_installments_2",
        put((*DOMAIN, "auto_renew", "installments"), 2),
        "customers[0].services[0].auto_renew.installments",
        "domain_installments",
    ),
    Case(
        "domain_period_choice",
        put((*DOMAIN, "auto_renew", "period_months"), 24),
        "customers[0].services[0].auto_renew.period_months",
        "domain_period_choice",
    ),
    Case("hosting_without_plan", drop((*HOSTING, "plan")), "customers[0].services[1].plan", "plan_required"),
    Case(
        "domain_with_plan",
        put((*DOMAIN, "plan"), "basic"),
        "customers[0].services[0].plan",
        "plan_not_for_domain",
    ),
    # --- dates --------------------------------------------------------------------------------
    Case(
        "date_feb_30",
        put((*DOMAIN, "expires_on"), "2026-02-30"),
        "customers[0].services[0].expires_on",
        "bad_date",
    ),
    Case(
        "date_feb_29_not_leap", put((*ORDER, "date"), "2025-02-29"), "customers[0].orders[0].date", "bad_date"
    ),
    Case(
        "date_month_13",
        put((*HOSTING, "expires_on"), "2026-13-01"),
        "customers[0].services[1].expires_on",
        "bad_date",
    ),
    Case(
        "date_day_first",
        put((*DOMAIN, "expires_on"), "01/12/2026"),
        "customers[0].services[0].expires_on",
        "bad_date",
    ),
    Case(
        "datetime_not_a_time",
        put((*DOMAIN, "auto_renew", "stopped_at"), "yesterday"),
        "customers[0].services[0].auto_renew.stopped_at",
        "bad_datetime",
    ),
    # --- domain names -------------------------------------------------------------------------
    Case(
        "domain_spaces",
        put((*DOMAIN, "name"), "cohen site.co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_underscore",
        put((*DOMAIN, "name"), "co_hen.co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_leading_hyphen",
        put((*DOMAIN, "name"), "-cohen.co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case("domain_no_ending", put((*DOMAIN, "name"), "cohen"), "customers[0].services[0].name", "bad_domain"),
    Case(
        "domain_empty_label",
        put((*DOMAIN, "name"), "cohen..co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_label_too_long",
        put((*DOMAIN, "name"), "c" * 64 + ".co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_bad_punycode",
        put((*DOMAIN, "name"), "xn--abc.co.il"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_ip_address",
        put((*DOMAIN, "name"), "192.168.1.10"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case(
        "domain_numeric_ending",
        put((*DOMAIN, "name"), "cohen.123"),
        "customers[0].services[0].name",
        "bad_domain",
    ),
    Case("price_tld_without_dot", put((*PRICE, "item"), "co.il"), "price_list[0].item", "bad_tld"),
    Case("price_tld_underscore", put((*PRICE, "item"), ".c_m"), "price_list[0].item", "bad_tld"),
]


def test_case_names_are_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


def _build(case: Case) -> bytes:
    document = fresh_document()
    result = case.mutate(document)
    if isinstance(result, bytes):
        return result
    assert result is None
    return encode(document)


@pytest.fixture
def loaded(ctx: AppContext) -> AppContext:
    """The database holds the SPEC example, imported once."""
    summary = import_document(ctx, TEST_ADMIN, spec_bytes(), "spec")
    assert summary.customers == 1
    return ctx


def test_the_unmutated_document_imports(loaded: AppContext) -> None:
    """The control: without its mutation each case's document imports, so each refusal is the mutation's."""
    summary = import_document(loaded, TEST_ADMIN, encode(fresh_document()), "fresh")
    assert (summary.customers, summary.services, summary.cards, summary.orders) == (1, 2, 1, 1)
    assert row_counts(loaded)["customers"] == 2


def test_four_valid_customers_import(loaded: AppContext) -> None:
    document = fresh_document()
    document["customers"] += [extra_customer(i) for i in (1, 2, 3)]
    summary = import_document(loaded, TEST_ADMIN, encode(document), "four")
    assert summary.customers == 4


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_refused_with_path_and_nothing_changes(loaded: AppContext, case: Case) -> None:
    data = _build(case)
    before = snapshot(loaded)
    with pytest.raises(ImportRefused) as refused:
        import_document(loaded, TEST_ADMIN, data, "bad")
    problems: list[Problem] = refused.value.problems
    found = [(p.path, p.code) for p in problems]
    assert (case.path, case.code) in found, found
    if case.only:
        assert len(problems) == 1, found
    for problem in problems:
        sentence = describe(problem)
        assert sentence.startswith(f"{problem.path}: "), sentence
        assert sentence != f"{problem.path}: {problem.code}", f"no sentence for {problem.code}"
    assert snapshot(loaded) == before


def test_many_problems_are_all_reported_with_their_paths(loaded: AppContext) -> None:
    document = fresh_document()
    document["customers"][0]["cards"][0]["exp_month"] = 13
    document["customers"][0]["services"][1]["period_months"] = 6
    document["price_list"][0]["price"] = "-1"
    before = snapshot(loaded)
    with pytest.raises(ImportRefused) as refused:
        import_document(loaded, TEST_ADMIN, encode(document), "bad")
    paths = {p.path for p in refused.value.problems}
    assert {
        "customers[0].cards[0].exp_month",
        "price_list[0].price",
    } <= paths
    assert snapshot(loaded) == before


def test_too_many_problems_are_capped(loaded: AppContext) -> None:
    document = fresh_document()
    document["customers"] = [extra_customer(i) for i in range(80)]
    for customer in document["customers"]:
        customer["services"][0]["auto_renew"]["card"] = "nope"
    before = snapshot(loaded)
    with pytest.raises(ImportRefused) as refused:
        import_document(loaded, TEST_ADMIN, encode(document), "bad")
    problems = refused.value.problems
    assert problems[-1].code == "too_many_problems"
    assert problems[-1].params["more"] == 80 - (len(problems) - 1)
    assert problems[0].path == "customers[0].services[0].auto_renew.card"
    assert snapshot(loaded) == before


def test_a_card_valid_to_the_end_of_this_month_is_not_expired(loaded: AppContext) -> None:
    """R19: 11/2026 is valid through 2026-11-30, and today is 2026-11-24."""
    document = fresh_document()
    document["customers"][0]["cards"][0].update(exp_month=11, exp_year=2026)
    assert import_document(loaded, TEST_ADMIN, encode(document), "ok").cards == 1


def test_a_utf8_bom_is_accepted(ctx: AppContext) -> None:
    summary = import_document(ctx, TEST_ADMIN, b"\xef\xbb\xbf" + spec_bytes(), "bom")
    assert summary.customers == 1


def test_the_spec_example_itself_is_not_refused_by_a_fresh_database(ctx: AppContext) -> None:
    before = spec_document()
    summary = import_document(ctx, TEST_ADMIN, encode(before), "spec")
    assert (summary.customers, summary.contacts, summary.prices) == (1, 1, 2)
