"""A customer is found by the phone as people say it, national or international (hostile test 14,
defect 23): "054-959-8188" did not find the customer kept as "+972-54-9598188"."""

from __future__ import annotations

import pytest

from desktop.app.customer_search import phone_keys, search_customers
from desktop.bootstrap import AppContext
from tests.app.helpers import SALES, account
from tests.jobs.helpers import document, load

KEPT_INTERNATIONAL, KEPT_NATIONAL = "+972-54-9598188", "03-555-1234"


@pytest.fixture
def phones(ctx: AppContext) -> AppContext:
    load(
        ctx,
        document(
            [
                account("intl", [], name="Noa International", phone=KEPT_INTERNATIONAL),
                account("natl", [], name="Ron National", phone=KEPT_NATIONAL),
                account("other", [], name="Avi Other", phone="+972-53-1111111"),
            ]
        ),
    )
    return ctx


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("054-959-8188", {"intl"}),
        ("0549598188", {"intl"}),
        ("+972 54 959 8188", {"intl"}),
        ("00972549598188", {"intl"}),
        ("972549598188", {"intl"}),
        ("959-8188", {"intl"}),
        ("053-959-8188", set()),
        ("+972-3-555-1234", {"natl"}),
        ("03 5551234", {"natl"}),
        ("555-1234", {"natl"}),
        ("+1 3 555 1234", {"natl"}),  # another country's code: the digits after it are all that is known
    ],
)
def test_a_phone_is_found_written_either_way(phones: AppContext, typed: str, found: set[str]) -> None:
    hits = search_customers(phones, SALES, typed).hits
    assert {hit.ref for hit in hits} == found


def test_too_few_digits_look_for_no_phone() -> None:
    assert phone_keys("054") == set() and phone_keys("+97") == set()
    assert phone_keys("0549") == {"0549"}  # four digits typed: as typed only, no shorter key
