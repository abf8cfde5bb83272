"""The accounts the window tests open, as renewdesk/1 documents imported through the real use case.

Dana Levi ("dana"), the account of most tests: three cards (v1 Dana Levi, v2 held by "Cohen Ltd", v4
Dana Levi ending January 2027), two billing contacts (k1 Dana Levi of Levi Ltd; k2 Moshe Cohen of Cohen
Ltd), four domains off (one of them stopped after a declined card check), one hosting package on
with v4 and k2 (so it is at risk twice: the card expires first, and its holder is not the contact),
and an order. Noa ("noa"): a good card, no order. Ron ("ron"): an order, but his only card was refused.
Avi ("avi"): a good card, a card the gateway declines, an order, two domains off. Moshe ("moshe"): a
Hebrew-speaking customer with a Hebrew name and a Hebrew billing contact.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.bootstrap import AppContext
from tests.app.helpers import account, contact, order
from tests.jobs.helpers import BOTH_DECLINED, card, document, domain, hosting, load

DECEMBER = date(2026, 12, 20)
FEBRUARY = date(2027, 2, 1)
MARCH = date(2027, 3, 1)
JUNE = date(2027, 6, 1)

HEBREW_NAME = "משה כהן"
HEBREW_CONTACT = "רונית כהן"
HEBREW_COMPANY = "כהן שיווק בע״מ"
HEBREW_DOMAIN = "סטודיו-7-2.co.il"


def _off(service: dict[str, Any], stop_reason: str | None = None) -> dict[str, Any]:
    service["auto_renew"] = {"enabled": False}
    if stop_reason is not None:
        service["auto_renew"]["stop_reason"] = stop_reason
        service["auto_renew"]["stopped_at"] = "2026-11-10T09:00:00+00:00"
    return service


def dana() -> dict[str, Any]:
    return account(
        "dana",
        [
            _off(domain("d1", "levi.co.il", MARCH)),
            _off(domain("d2", "levi.com", DECEMBER)),
            _off(domain("d3", "dana.co.il", JUNE)),
            _off(domain("d4", "levi-shop.com", FEBRUARY), "card_verification_declined"),
            hosting("h1", "levi-site", JUNE, card_ref="v4", contact="k2"),
        ],
        cards=[
            card("v1"),
            {**card("v2", number="5555555555554444"), "holder": "Cohen Ltd"},
            card("v4", exp=(1, 2027)),
        ],
        contacts=[contact("k1", "Dana Levi", "Levi Ltd"), contact("k2", "Moshe Cohen", "Cohen Ltd")],
        orders=[order("d1")],
    )


def noa() -> dict[str, Any]:
    return account("noa", [_off(domain("n1", "noa.co.il", MARCH))], name="Noa Peretz")


def ron() -> dict[str, Any]:
    return account(
        "ron",
        [_off(domain("r1", "ron.co.il", MARCH))],
        name="Ron Azulay",
        cards=[{**card("v1"), "invalid_reason": "card_verification_declined"}],
        orders=[order("r1")],
    )


def avi() -> dict[str, Any]:
    return account(
        "avi",
        [_off(domain("a1", "avi.co.il", MARCH)), _off(domain("a2", "avi.com", JUNE))],
        name="Avi Ben David",
        cards=[card("v1"), card("v3", number=BOTH_DECLINED)],
        orders=[order("a1")],
    )


def moshe() -> dict[str, Any]:
    site = hosting("m2", "cohen-site", JUNE, contact="mk1")
    site["auto_renew"]["enabled"] = False
    built = account(
        "moshe",
        [_off(domain("m1", "cohen.co.il", MARCH)), site],
        name=HEBREW_NAME,
        cards=[{**card("v1"), "holder": "MOSHE COHEN"}],
        contacts=[contact("mk1", HEBREW_CONTACT, HEBREW_COMPANY)],
        orders=[order("m1")],
    )
    built["language"] = "he"
    return built


def load_all(ctx: AppContext) -> None:
    load(ctx, document([dana(), noa(), ron(), avi(), moshe()]))
