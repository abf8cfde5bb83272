"""Import files written to hurt (issue 10, defect 10): each is refused whole with its JSON path and a
stable code, changes nothing, and never reaches the database driver, where PostgreSQL would fail on
a NUL byte or an overlong text with a traceback that quoted customers' names and e-mails."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.app.actor import Actor, Role
from desktop.app.audit_log import csv_cells
from desktop.app.finance_export import safe_cell
from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused, Problem, describe
from desktop.app.interchange.validate import read_document
from desktop.bootstrap import AppContext
from tests.interchange.helpers import encode, export_text, fresh_document, snapshot, spec_bytes

Key = str | int
C0: tuple[Key, ...] = ("customers", 0)

# Every free text of the format with the width of its column (desktop/store/models).
TEXT_FIELDS: list[tuple[tuple[Key, ...], int]] = [
    ((*C0, "ref"), 100),
    ((*C0, "name"), 200),
    ((*C0, "phone"), 40),
    ((*C0, "contacts", 0, "ref"), 100),
    ((*C0, "contacts", 0, "name"), 200),
    ((*C0, "contacts", 0, "company"), 200),
    ((*C0, "contacts", 0, "phone"), 40),
    ((*C0, "cards", 0, "ref"), 100),
    ((*C0, "cards", 0, "holder"), 200),
    ((*C0, "cards", 0, "invalid_reason"), 60),
    ((*C0, "services", 0, "ref"), 100),
    ((*C0, "services", 1, "name"), 253),
    ((*C0, "services", 1, "plan"), 100),
    ((*C0, "orders", 0, "service"), 100),
    ((*C0, "services", 0, "auto_renew", "card"), 100),
    ((*C0, "services", 0, "auto_renew", "billing_contact"), 100),
    (("price_list", 1, "item"), 100),
]
REFUSED = [
    "\x00",  # NUL: PostgreSQL refuses it in text
    "\x1b",  # ESC: starts terminal control sequences
    "\x07",
    "\x7f",
    "\x85",  # a C1 control: a line break for some readers
    "\n",
    "\r",
    "\t",
    "\u2028",  # line separator
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # right-to-left override: "Trojan Source"
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]

# An admin may import everything; what is tested here is refused before any role matters.
TEST_ADMIN = Actor("test-admin", Role.ADMIN)


def _path(loc: tuple[Key, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _set(doc: dict[str, Any], loc: tuple[Key, ...], value: Any) -> None:
    node: Any = doc
    for key in loc[:-1]:
        node = node[key]
    node[loc[-1]] = value


def _problems(raw: bytes) -> list[Problem]:
    doc, problems = read_document(raw)
    assert doc is None and problems, "the file was accepted"
    return problems


def _raw(doc: dict[str, Any]) -> bytes:
    # ensure_ascii: a lone surrogate travels as the escape \ud800, as a hostile file would carry it.
    return json.dumps(doc).encode()


def test_three_thousand_levels_of_nesting_are_refused_not_a_recursion_error() -> None:
    deep = '{"format": "renewdesk/1", "customers": ' + "[" * 3000 + "]" * 3000 + "}"
    problems = _problems(deep.encode())
    assert [(p.path, p.code) for p in problems] == [("$", "too_deep")]
    assert "nests deeper" in describe(problems[0])


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"format": "renewdesk/1", "customers": [], "customers": []}', "customers"),
        ('{"format": "renewdesk/1", "format": "renewdesk/1"}', "format"),
    ],
)
def test_a_key_given_twice_is_refused_with_its_name_and_path(text: str, path: str) -> None:
    problems = _problems(text.encode())
    assert [(p.path, p.code, p.params) for p in problems] == [(path, "duplicate_key", {"key": path})]


def test_a_key_given_twice_deep_inside_is_named_with_its_whole_path() -> None:
    doc = fresh_document()
    text = json.dumps(doc).replace('"holder": "Dana Levi"', '"holder": "Dana Levi", "holder": "Someone Else"')
    assert text.count('"holder"') == 2
    problems = _problems(text.encode())
    assert [(p.path, p.code) for p in problems] == [("customers[0].cards[0].holder", "duplicate_key")]
    assert describe(problems[0]) == (
        "customers[0].cards[0].holder: the key holder is given twice in the same object"
    )


def test_a_number_of_five_thousand_digits_is_refused() -> None:
    doc = fresh_document()
    text = json.dumps(doc).replace('"exp_month": 12', '"exp_month": ' + "1" * 5000)
    assert [p.code for p in _problems(text.encode())] == ["not_json"]


@pytest.mark.parametrize("moment", ["2026-01-05T10:00:00", "2026-01-05 10:00:00", "2026-01-05T10:00"])
def test_a_stop_time_without_a_time_zone_is_refused(moment: str) -> None:
    doc = fresh_document()
    renew = doc["customers"][0]["services"][0]["auto_renew"]
    renew.update(enabled=False, stop_reason="card_check_failed", stopped_at=moment)
    problems = _problems(_raw(doc))
    assert [(p.path, p.code) for p in problems] == [
        ("customers[0].services[0].auto_renew.stopped_at", "no_timezone")
    ]


def test_a_stop_time_with_its_time_zone_is_taken() -> None:
    doc = fresh_document()
    renew = doc["customers"][0]["services"][0]["auto_renew"]
    renew.update(enabled=False, stop_reason="card_check_failed", stopped_at="2026-01-05T10:00:00+02:00")
    parsed, problems = read_document(_raw(doc))
    assert problems == [] and parsed is not None


@pytest.mark.parametrize(
    ("loc", "day"),
    [
        ((*C0, "services", 0, "expires_on"), "9999-12-31"),
        ((*C0, "services", 0, "expires_on"), "0001-01-01"),
        ((*C0, "orders", 0, "date"), "9999-12-31"),
    ],
)
def test_days_whose_arithmetic_would_overflow_are_refused(loc: tuple[Key, ...], day: str) -> None:
    doc = fresh_document()
    _set(doc, loc, day)
    problems = _problems(_raw(doc))
    assert [(p.path, p.code) for p in problems] == [(_path(loc), "day_out_of_range")]
    assert "from 1970-01-01 to 2199-12-31" in describe(problems[0])


@pytest.mark.parametrize(("loc", "width"), TEXT_FIELDS, ids=[_path(loc) for loc, _ in TEXT_FIELDS])
def test_every_text_refuses_control_and_direction_characters(loc: tuple[Key, ...], width: int) -> None:
    for ch in REFUSED:
        doc = fresh_document()
        _set(doc, loc, f"ab{ch}cd")
        problems = _problems(_raw(doc))
        assert (_path(loc), "refused_character") in [(p.path, p.code) for p in problems], repr(ch)
        message = describe(next(p for p in problems if p.code == "refused_character"))
        assert f"U+{ord(ch):04X}" in message
        assert ch not in message, "the message itself carries the character"


@pytest.mark.parametrize(("loc", "width"), TEXT_FIELDS, ids=[_path(loc) for loc, _ in TEXT_FIELDS])
def test_every_text_longer_than_its_column_is_refused_with_its_path(loc: tuple[Key, ...], width: int) -> None:
    doc = fresh_document()
    _set(doc, loc, "x" * (width + 1))
    problems = _problems(_raw(doc))
    assert (_path(loc), "too_long") in [(p.path, p.code) for p in problems]


def _longest_document() -> dict[str, Any]:
    """The fresh example with every text at its column's width, in Hebrew where a name may be."""
    doc = fresh_document()
    customer = doc["customers"][0]
    service_ref = "s" * 100
    card_ref, contact_ref = "v" * 100, "k" * 100
    customer.update(ref="c" * 100, name="ש" * 200, phone="5" * 40)
    customer["contacts"][0].update(ref=contact_ref, name="ח" * 200, company="ב" * 200, phone="6" * 40)
    customer["cards"][0].update(ref=card_ref, holder="ד" * 200)
    customer["services"][0].update(ref=service_ref)
    customer["services"][0]["auto_renew"].update(card=card_ref, billing_contact=contact_ref)
    customer["services"][1].update(name="n" * 253, plan="p" * 100)
    customer["services"][1]["auto_renew"].update(card=card_ref)
    customer["orders"][0]["service"] = service_ref
    doc["price_list"][1]["item"] = "p" * 100
    return doc


def test_texts_as_long_as_their_columns_are_kept_whole(ctx: AppContext) -> None:
    """The bounds of the format are the columns' own: nothing the check lets through is cut or
    refused by PostgreSQL."""
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec.json")
    summary = import_document(ctx, TEST_ADMIN, encode(_longest_document()), "longest.json")
    assert summary.customers == 1
    exported = json.loads(export_text(ctx))
    names = {customer["name"] for customer in exported["customers"]}
    assert "ש" * 200 in names


@pytest.mark.parametrize("ch", ["\x00", "\u202e", "\x1b"])
def test_a_hostile_name_changes_nothing_on_either_database(ctx: AppContext, ch: str) -> None:
    """A NUL byte reached PostgreSQL before and ended in a traceback quoting customers' data."""
    import_document(ctx, TEST_ADMIN, spec_bytes(), "spec.json")
    before = snapshot(ctx)
    doc = fresh_document()
    doc["customers"][0]["name"] = f"Noa{ch}Cohen"
    doc["customers"][0]["cards"][0]["holder"] = f"Noa{ch}Cohen"
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, encode(doc), "hostile.json")
    assert {(p.path, p.code) for p in refused.value.problems} == {
        ("customers[0].name", "refused_character"),
        ("customers[0].cards[0].holder", "refused_character"),
    }
    assert snapshot(ctx) == before


def test_a_lone_surrogate_is_refused() -> None:
    """It cannot be written as UTF-8 at all; the JSON escape \\ud800 is how a file carries it."""
    doc = fresh_document()
    doc["customers"][0]["name"] = "ab\ud800cd"
    problems = _problems(_raw(doc))
    assert problems and all(describe(problem) for problem in problems)


def test_a_message_quoting_a_bad_value_escapes_its_control_characters() -> None:
    doc = fresh_document()
    doc["customers"][0]["services"][0]["name"] = "\x1b[2J\u202eevil.com"
    problems = _problems(_raw(doc))
    shown = " ".join(describe(problem) for problem in problems)
    assert "\x1b" not in shown and "\u202e" not in shown


# Spreadsheets (R21): a text a spreadsheet could run as a formula, in any of its disguises.
FORMULA_DISGUISES = ["=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe62"]
FORMULA_DISGUISES += ["\ufe63", "\ufe66", "\u207a", "\u207c", "\u208a", "\u208c", "\ufb29"]


@pytest.mark.parametrize("start", FORMULA_DISGUISES, ids=[f"U+{ord(c):04X}" for c in FORMULA_DISGUISES])
@pytest.mark.parametrize("before", ["", " ", "\u200b", "\u200f"], ids=["bare", "space", "zwsp", "rlm"])
def test_a_cell_that_could_be_a_formula_is_neutralised(start: str, before: str) -> None:
    text = f'{before}{start}HYPERLINK("http://x.example")'
    assert safe_cell(text) == "'" + text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_every_cell_a_spreadsheet_would_read_as_a_formula_is_escaped(text: str) -> None:
    import unicodedata

    visible = [c for c in text if not (c.isspace() and c not in "\t\r\n") and unicodedata.category(c) != "Cf"]
    first = unicodedata.normalize("NFKC", visible[0])[:1] if visible else ""
    escaped = safe_cell(text)
    if first in ("=", "+", "-", "@", "\t", "\r", "\n"):
        assert escaped == "'" + text
    else:
        assert escaped == text


def test_the_audit_log_export_escapes_full_width_formulas() -> None:
    from datetime import UTC, datetime

    from desktop.app.audit_log import AuditRow

    fields = AuditRow.__dataclass_fields__
    values: dict[str, Any] = {name: None for name in fields}
    values.update(
        id=1,
        at=datetime(2026, 1, 1, tzinfo=UTC),
        actor="\uff1dcmd|' /C calc'!A0",
        action="customer.updated",
        entity="customer",
        entity_id="1",
        customer_ref="c1",
        customer_name="\ufe62SUM(A1)",
    )
    cells = csv_cells(AuditRow(**values))
    assert cells[1].startswith("'") and cells[6].startswith("'")


def test_the_spec_example_is_still_taken() -> None:
    doc, problems = read_document(copy.deepcopy(spec_bytes()))
    assert problems == [] and doc is not None
