"""Demo data: a deterministic `renewdesk/1` document for a seed and a day, loaded through the same
import as any file. Customers in Hebrew, Spanish and English; several contacts and cards, expiring and
declining test cards; domains of many TLDs and hosting packages of several plans; orders."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

from desktop.app.actor import Actor
from desktop.app.changes import Change, announces
from desktop.app.errors import UseCaseError
from desktop.app.interchange.load import ImportSummary, import_document
from desktop.bootstrap import AppContext
from desktop.core.codes import ErrorCode
from desktop.core.command_bounds import MAX_DEMO_CUSTOMERS, MAX_DEMO_SERVICES
from desktop.core.money import format_amount
from desktop.core.periods import HOSTING_PERIODS, MAX_INSTALLMENTS, add_months

CURRENCY = {"he": "ILS", "es": "EUR", "en": "USD"}

# (TLD, price per year in minor units of ILS, EUR, USD)
TLDS: list[tuple[str, tuple[int, int, int]]] = [
    (".com", (6900, 1500, 1600)),
    (".net", (7900, 1700, 1800)),
    (".org", (7900, 1700, 1800)),
    (".co.il", (5900, 1400, 1500)),
    (".org.il", (5900, 1400, 1500)),
    (".il", (9900, 2500, 2700)),
    (".es", (4900, 900, 1100)),
    (".com.es", (3900, 700, 900)),
    (".io", (19900, 4500, 4900)),
    (".info", (8900, 2000, 2200)),
    (".eu", (5900, 1200, 1400)),
    (".shop", (12900, 2900, 3100)),
]
# (plan, price of 12 months in ILS, EUR, USD); other periods scale from it.
PLANS: list[tuple[str, tuple[int, int, int]]] = [
    ("basic", (48000, 11900, 12900)),
    ("business", (96000, 23900, 25900)),
    ("pro", (180000, 44900, 47900)),
    ("wordpress", (72000, 17900, 19500)),
]
PERIOD_FACTOR = {3: 0.3, 12: 1.0, 24: 1.9, 36: 2.7}

HE_FIRST = ["דנה", "יוסי", "מיכל", "אבי", "נועה", "רונית", "איתי", "שירה", "עומר", "תמר", "אורי", "יעל"]
HE_LAST = ["לוי", "כהן", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גבאי", "חדד"]
HE_COMPANY = ['{last} בע"מ', '{last} שיווק בע"מ', "סטודיו {last}", "{last} ושות'"]
ES_FIRST = ["José", "María", "Lucía", "Íñigo", "Begoña", "Martín", "Sofía", "Álvaro", "Nuria", "Andrés"]
ES_LAST = ["Núñez", "García", "Peña", "Martínez", "Ibáñez", "López", "Muñoz", "Sánchez", "Ortega", "Castaño"]
ES_COMPANY = ["{last} S.L.", "Distribuciones {last} S.A.", "Estudio {last}", "{last} y Asociados S.L."]
EN_FIRST = ["Emma", "Oliver", "Amelia", "Jack", "Grace", "Harry", "Chloe", "Noah", "Ruby", "Leo"]
EN_LAST = ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Green", "Hall", "Wood"]
EN_COMPANY = ["{last} Ltd", "{last} Digital Ltd", "{last} & Sons", "{last} Media Inc"]
NAMES = {
    "he": (HE_FIRST, HE_LAST, HE_COMPANY),
    "es": (ES_FIRST, ES_LAST, ES_COMPANY),
    "en": (EN_FIRST, EN_LAST, EN_COMPANY),
}
WORDS = [
    "cafe",
    "studio",
    "shop",
    "travel",
    "garden",
    "yoga",
    "books",
    "design",
    "music",
    "bikes",
    "photo",
    "dental",
    "bakery",
    "legal",
    "fitness",
    "tech",
    "pets",
    "wine",
    "kids",
    "home",
]
IDN_WORDS = {"he": ["קפה", "סטודיו", "חנות", "גינה"], "es": ["niño", "españa", "cañas", "diseño"], "en": []}
LATIN = {
    "he": ["dana", "levi", "cohen", "noa", "avi"],
    "es": ["jose", "maria", "lucia", "nunez", "pena"],
    "en": ["emma", "oliver", "smith", "grace", "wood"],
}

GOOD_CARDS = ["4242424242424242", "5555555555554444", "4111111111111111", "5105105105105100"]
DECLINING = "4000000000000002"
CHARGE_DECLINED = "4000000000000341"
TIMEOUT = "4000000000000119"


def _price_list() -> list[dict[str, Any]]:
    prices: list[dict[str, Any]] = []
    for index, currency in enumerate(("ILS", "EUR", "USD")):
        for tld, amounts in TLDS:
            for years in (1, 2):
                prices.append(
                    {
                        "kind": "domain",
                        "item": tld,
                        "period_months": 12 * years,
                        "price": format_amount(amounts[index] * years, currency),
                        "currency": currency,
                    }
                )
        for plan, amounts in PLANS:
            for period in HOSTING_PERIODS:
                minor = round(amounts[index] * PERIOD_FACTOR[period] / 100) * 100
                prices.append(
                    {
                        "kind": "hosting",
                        "item": plan,
                        "period_months": period,
                        "price": format_amount(minor, currency),
                        "currency": currency,
                    }
                )
    return prices


def _price_of(
    prices: dict[tuple[str, str, int, str], str], kind: str, item: str, period: int, currency: str
) -> str:
    return prices.get((kind, item, period, currency)) or prices[(kind, item, 12, currency)]


class _Generator:
    def __init__(self, seed: int, today: date, services_per_customer: int) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.per_customer = services_per_customer
        self.price_list = _price_list()
        self.prices = {
            (p["kind"], p["item"], p["period_months"], p["currency"]): p["price"] for p in self.price_list
        }

    def card(self, ref: str, holder: str, number: str, months_left: int) -> dict[str, Any]:
        expiry = add_months(self.today, months_left)
        return {
            "ref": ref,
            "number": number,
            "exp_month": expiry.month,
            "exp_year": expiry.year,
            "holder": holder,
        }

    def customer(self, index: int) -> dict[str, Any]:
        rng = self.rng
        language = rng.choices(["he", "es", "en"], weights=[4, 3, 3])[0]
        first_names, last_names, companies = NAMES[language]
        first, last = rng.choice(first_names), rng.choice(last_names)
        name = f"{first} {last}"
        currency = CURRENCY[language]
        latin = rng.choice(LATIN[language])
        contacts = []
        for k in range(rng.choice([0, 1, 1, 2, 3])):
            company = rng.choice(companies).format(last=rng.choice(last_names))
            contacts.append(
                {
                    "ref": f"k{k + 1}",
                    "name": company if k % 2 == 0 else f"{rng.choice(first_names)} {last}",
                    "company": company,
                    "email": f"billing{k + 1}.{index}@{latin}-demo.example",
                }
            )
        cards = self.cards(name, contacts)
        services, orders = self.services(index, language, currency, cards, contacts)
        return {
            "ref": f"demo-{index:06d}",
            "name": name,
            "email": f"{latin}.{index}@demo.example",
            "phone": f"+972-5{rng.randint(0, 9)}-{rng.randint(1000000, 9999999)}"
            if language == "he"
            else f"+34-6{rng.randint(10000000, 99999999)}"
            if language == "es"
            else f"+1-555-{rng.randint(1000000, 9999999)}",
            "language": language,
            "currency": currency,
            "contacts": contacts,
            "cards": cards,
            "services": services,
            "orders": orders,
        }

    def cards(self, name: str, contacts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng = self.rng
        count = rng.choices([0, 1, 2, 3], weights=[1, 6, 3, 1])[0]
        cards = []
        for k in range(count):
            roll = rng.random()
            number = (
                DECLINING
                if roll < 0.04
                else CHARGE_DECLINED
                if roll < 0.07
                else TIMEOUT
                if roll < 0.09
                else rng.choice(GOOD_CARDS)
            )
            # About one card in eight expires within three months: it will fail its check (R9).
            months_left = rng.randint(0, 3) if rng.random() < 0.125 else rng.randint(6, 48)
            holder = contacts[0]["company"] if contacts and k == 1 else name
            cards.append(self.card(f"v{k + 1}", holder, number, months_left))
        return cards

    def services(
        self,
        index: int,
        language: str,
        currency: str,
        cards: list[dict[str, Any]],
        contacts: list[dict[str, Any]],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        services, orders = [], []
        for s in range(self.per_customer):
            ref = f"s{s + 1}"
            expires = self.today + timedelta(days=rng.randint(-20, 380))
            renew: dict[str, Any] = {"enabled": bool(cards) and rng.random() < 0.6}
            if cards:
                renew["card"] = rng.choice(cards)["ref"]
            if contacts and rng.random() < 0.3:
                renew["billing_contact"] = rng.choice(contacts)["ref"]
            if rng.random() < 0.7:
                tld = rng.choice(TLDS)[0]
                words = IDN_WORDS[language] if rng.random() < 0.05 and IDN_WORDS[language] else WORDS
                name = f"{rng.choice(words)}-{index}-{s}{tld}"
                period = rng.choice([12, 12, 12, 24])
                service = {
                    "ref": ref,
                    "kind": "domain",
                    "name": name,
                    "expires_on": expires.isoformat(),
                    "period_months": period,
                    "auto_renew": renew,
                }
                price = _price_of(self.prices, "domain", tld, period, currency)
                installments = 1
            else:
                plan = rng.choice(PLANS)[0]
                period = rng.choice([3, 12, 12, 24, 36])
                installments = rng.randint(1, MAX_INSTALLMENTS[period])
                renew["installments"] = installments
                service = {
                    "ref": ref,
                    "kind": "hosting",
                    "name": f"{plan}-{index}-{s}",
                    "plan": plan,
                    "expires_on": expires.isoformat(),
                    "period_months": period,
                    "auto_renew": renew,
                }
                price = _price_of(self.prices, "hosting", plan, period, currency)
            services.append(service)
            orders.append(
                {
                    "service": ref,
                    "date": add_months(expires, -period).isoformat(),
                    "period_months": period,
                    "installments": installments,
                    "amount": price,
                }
            )
        return services, orders


def _ensure_showcase_cards(customers: list[dict[str, Any]], today: date) -> None:
    """Whatever the seed, the demo shows a card the gateway declines, one whose charge is declined and
    one that expires soon, as long as it has enough cards. Only documents that lack one are touched,
    and without drawing from the random generator, so the rest of the document stays as it was."""
    cards = [card for customer in customers for card in customer["cards"]]
    plain = [card for card in cards if card["number"] in GOOD_CARDS]
    for number in (DECLINING, CHARGE_DECLINED):
        if plain and not any(card["number"] == number for card in cards):
            plain.pop(len(plain) // 2)["number"] = number
    soon = add_months(today, 3)
    if plain and not any((card["exp_year"], card["exp_month"]) <= (soon.year, soon.month) for card in cards):
        card = plain.pop(len(plain) // 2)
        card["exp_month"], card["exp_year"] = today.month, today.year


def demo_document(seed: int, today: date, customers: int, services_per_customer: int) -> dict[str, Any]:
    generator = _Generator(seed, today, services_per_customer)
    documents = [generator.customer(index) for index in range(1, customers + 1)]
    _ensure_showcase_cards(documents, today)
    return {
        "format": "renewdesk/1",
        "price_list": generator.price_list,
        "customers": documents,
    }


@announces(Change.ACCOUNTS, Change.CHARGES)
def load_demo(
    ctx: AppContext, actor: Actor, *, customers: int = 50, services_per_customer: int = 4, seed: int = 1
) -> ImportSummary:
    if not 1 <= customers <= MAX_DEMO_CUSTOMERS:
        raise UseCaseError(ErrorCode.DEMO_SIZE, what="customers", got=customers, most=MAX_DEMO_CUSTOMERS)
    if not 1 <= services_per_customer <= MAX_DEMO_SERVICES:
        raise UseCaseError(
            ErrorCode.DEMO_SIZE,
            what="services per customer",
            got=services_per_customer,
            most=MAX_DEMO_SERVICES,
        )
    raw = json.dumps(
        demo_document(seed, ctx.today(), customers, services_per_customer), ensure_ascii=False
    ).encode()
    return import_document(ctx, actor, raw, source=f"demo(seed={seed})")
