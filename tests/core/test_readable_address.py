"""An address kept in ASCII for sending (R31) is shown to people with its domain in its own letters."""

from __future__ import annotations

import pytest

from desktop.core.addresses import mail_address, readable_address


@pytest.mark.parametrize(
    "typed",
    ["dana@סטודיו-7.co.il", "pepe@peñarol.es", "noa@דוגמה.קום", "plain@example.com"],
)
def test_an_international_domain_reads_in_its_own_letters_again(typed: str) -> None:
    stored = mail_address(typed)
    assert stored.isascii()
    assert readable_address(stored) == typed.lower()


@pytest.mark.parametrize("text", ["x@xn--zz.com", "xn--", "no-at-sign", "a@b@xn--7dbdbjh8b.co.il"])
def test_what_does_not_decode_is_shown_as_it_is_or_decoded_label_by_label(text: str) -> None:
    shown = readable_address(text)
    assert shown.replace("סטודיו", "xn--7dbdbjh8b") == text
