"""R20: a card imported by token never smuggles a full card number in. A token that is a card number
(the digits of one, with or without spaces and dashes, passing Luhn) was stored and exported as is;
now the file is refused at the token's JSON path, and the message never repeats the number."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app.interchange.load import import_document
from desktop.app.interchange.problems import ImportRefused, describe
from desktop.bootstrap import AppContext
from desktop.core.cards import luhn_valid
from tests.cli.helpers import every_row_as_text
from tests.conftest import Cli
from tests.interchange.helpers import encode, fresh_document
from tests.support.actors import TEST_ADMIN

CARD_PATH = "customers[0].cards[0]"


def _with_card(**fields: Any) -> dict[str, Any]:
    document = fresh_document()
    card = {
        "ref": "v1",
        "token": "tok_from_another_gateway_42",
        "brand": "visa",
        "last4": "4242",
        "exp_month": 6,
        "exp_year": 2029,
        "holder": "Noa Cohen",
    }
    card.update(fields)
    document["customers"][0]["cards"][0] = card
    return document


def _refusal(ctx: AppContext, document: dict[str, Any]) -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        import_document(ctx, TEST_ADMIN, encode(document), "tokens")
    return [describe(problem) for problem in refused.value.problems]


def _with_luhn_digit(body: str) -> str:
    """`body` and the check digit that makes it pass Luhn (worked out here, not by the program)."""
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    "token",
    [
        "4242424242424242",
        "4242 4242 4242 4242",
        "4242-4242-4242-4242",
        " 5555555555554444 ",
        "378282246310005",  # 15 digits (American Express)
        _with_luhn_digit("12345678901"),  # 12 digits, the shortest card number
        _with_luhn_digit("123456789012345678"),  # 19 digits, the longest
    ],
)
def test_a_token_that_is_a_card_number_is_refused_at_its_path(ctx: AppContext, token: str) -> None:
    assert luhn_valid("".join(ch for ch in token if ch.isdigit()))
    lines = _refusal(ctx, _with_card(token=token))

    [line] = lines
    assert line.startswith(f"{CARD_PATH}.token: ")
    assert "must never be a card number" in line
    digits = "".join(ch for ch in token if ch.isdigit())
    assert digits not in line.replace(" ", "").replace("-", "")  # never echoed back in full
    assert digits[-4:] in line  # the last 4, to find the card by
    assert digits not in every_row_as_text(ctx.db.engine.url.render_as_string(hide_password=False))


@pytest.mark.parametrize(
    "token",
    [
        "tok_4242424242424242",  # a gateway's token may hold digits
        "4242424242424241",  # fails Luhn: not a card number
        "12345678901",  # 11 digits: too short to be one
        _with_luhn_digit("1234567890123456789"),  # 20 digits: too long to be one
        "4242.4242.4242.4242",  # dots are not how card numbers are written
    ],
)
def test_a_token_that_is_not_a_card_number_imports(ctx: AppContext, token: str) -> None:
    summary = import_document(ctx, TEST_ADMIN, encode(_with_card(token=token)), "token")
    assert summary.cards == 1


@pytest.mark.parametrize("field", ["holder", "brand", "ref"])
def test_no_other_text_of_a_card_may_be_a_card_number(ctx: AppContext, field: str) -> None:
    document = _with_card(**{field: "4000 0000 0000 0002"})
    if field == "ref":
        for service in document["customers"][0]["services"]:
            service.get("auto_renew", {}).pop("card", None)

    lines = _refusal(ctx, document)

    assert [line.split(": ", 1)[0] for line in lines] == [f"{CARD_PATH}.{field}"]
    assert "4000000000000002" not in lines[0].replace(" ", "")


@pytest.mark.parametrize(
    ("fields", "path"),
    [({"last4": "424"}, "last4"), ({"last4": "42a2"}, "last4"), ({"brand": "v" * 31}, "brand")],
)
def test_last4_is_four_digits_and_brand_a_short_text(
    ctx: AppContext, fields: dict[str, str], path: str
) -> None:
    lines = _refusal(ctx, _with_card(**fields))
    assert [line.split(": ", 1)[0] for line in lines] == [f"{CARD_PATH}.{path}"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.text(alphabet="0123456789", min_size=11, max_size=18),
    separators=st.lists(st.sampled_from(["", " ", "-"]), min_size=19, max_size=19),
)
def test_every_card_number_however_written_is_refused(
    ctx: AppContext, body: str, separators: list[str]
) -> None:
    number = _with_luhn_digit(body)
    token = "".join(digit + separator for digit, separator in zip(number, separators, strict=False))
    lines = _refusal(ctx, _with_card(token=token.strip(" -") or number))
    assert any(line.startswith(f"{CARD_PATH}.token: ") for line in lines)
    assert all(number not in line.replace(" ", "").replace("-", "") for line in lines)


def test_the_command_line_refuses_the_file_without_repeating_the_number(cli: Cli, tmp_path: Any) -> None:
    path = tmp_path / "tokens.json"
    path.write_bytes(encode(_with_card(token="4242 4242 4242 4242")))

    result = cli("import", str(path))

    assert result.returncode == 2
    assert f"{CARD_PATH}.token" in result.stderr
    assert "4242424242424242" not in result.stderr.replace(" ", "")
    assert "Traceback" not in result.stderr
    assert "4242424242424242" not in every_row_as_text(cli.db)
