"""`customer add`, `customer show` and `contact add` (SPEC section 3, R36, R37): the window's New
customer and Contacts tab through the same use cases. Each prints what it made; any refusal changes
nothing and names the field or what is wrong (exit code 2)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.app.contacts import ContactForm, add_contact, list_contacts
from desktop.app.customer_edit import CustomerForm, add_customer
from desktop.app.customers import account_by_ref
from desktop.app.identity import headless_actor
from desktop.app.views import AccountView, CardView, ServiceView
from desktop.bootstrap import AppContext
from desktop.core.display import card_text
from desktop.core.money import format_amount


def _lines(text: str | None) -> str | None:
    """An address typed on one command line: `\\n` separates its lines."""
    return None if text is None else text.replace("\\n", "\n")


def customer(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.customer_command == "show":
        return _show(ctx, args)
    actor = headless_actor(ctx, "customer add")
    added = add_customer(
        ctx,
        actor,
        CustomerForm(
            ref=args.ref,
            name=args.name,
            email=args.email,
            language=args.language,
            currency=args.currency,
            phone=args.phone,
            address=_lines(args.address),
            tax_id=args.tax_id,
        ),
    )
    print(added.ref)
    return 0


def contact(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "contact add")
    account = account_by_ref(ctx, actor, args.customer)
    added = add_contact(
        ctx,
        actor,
        account.customer.id,
        ContactForm(
            name=args.name,
            company=args.company,
            email=args.email,
            phone=args.phone,
            address=_lines(args.address),
            tax_id=args.tax_id,
        ),
    )
    print(added.ref)
    return 0


def _card(card: CardView) -> dict[str, Any]:
    return {
        "ref": card.ref,
        "brand": card.brand,
        "last4": card.last4,
        "exp": f"{card.exp_month:02}/{card.exp_year}",
        "holder": card.holder,
        "valid": card.valid,
        "invalid_reason": card.invalid_reason,
    }


def _service(account: AccountView, service: ServiceView) -> dict[str, Any]:
    cards = {card.id: card.ref for card in account.cards}
    contacts = {contact.id: contact.ref for contact in account.contacts}
    return {
        "ref": service.ref,
        "name": service.name,
        "kind": service.kind,
        "plan": service.plan,
        "expires_on": service.expires_on.isoformat(),
        "period_months": service.period_months,
        "auto_renew": {
            "enabled": service.auto_renew_on,
            "stop_reason": service.stop_reason,
            "card": cards.get(service.card_id) if service.card_id is not None else None,
            "billing_contact": contacts.get(service.billing_contact_id)
            if service.billing_contact_id is not None
            else None,
            "period_months": service.renew_period_months,
            "installments": service.installments,
            "next_charge_on": service.next_charge_on.isoformat() if service.next_charge_on else None,
        },
        "price": format_amount(service.price_minor, service.currency)
        if service.price_minor is not None
        else None,
        "currency": service.currency,
        "risks": [risk.value for risk in service.risks],
    }


def as_json(account: AccountView, uses: dict[int, int]) -> dict[str, Any]:
    customer = account.customer
    return {
        "ref": customer.ref,
        "name": customer.name,
        "email": customer.email,
        "phone": customer.phone,
        "language": customer.language,
        "currency": customer.currency,
        "address": customer.address,
        "tax_id": customer.tax_id,
        "recurring_offered": account.recurring.offered,
        "recurring_unavailable": [reason.value for reason in account.recurring.reasons],
        "services": [_service(account, service) for service in account.services],
        "cards": [_card(card) for card in account.cards],
        "contacts": [
            {
                "ref": k.ref,
                "name": k.name,
                "company": k.company,
                "email": k.email,
                "phone": k.phone,
                "address": k.address,
                "tax_id": k.tax_id,
                "services": uses.get(k.id, 0),
            }
            for k in account.contacts
        ],
    }


def _show(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "customer show")
    account = account_by_ref(ctx, actor, args.ref)
    uses = {row.contact.id: len(row.services) for row in list_contacts(ctx, actor, account.customer.id)}
    record = as_json(account, uses)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=1))
        return 0
    _print_plain(record)
    return 0


def _print_plain(record: dict[str, Any]) -> None:
    print(f"{record['ref']}  {record['name']}  <{record['email']}>")
    details = [
        f"language {record['language']}",
        f"currency {record['currency']}",
        *([f"phone {record['phone']}"] if record["phone"] else []),
        *([f"tax ID {record['tax_id']}"] if record["tax_id"] else []),
    ]
    print("  " + ", ".join(details))
    if record["address"]:
        print("  address: " + " / ".join(record["address"].split("\n")))
    if not record["recurring_offered"]:
        print("  auto-renew not offered: " + ", ".join(record["recurring_unavailable"]))
    print(f"services ({len(record['services'])}):")
    for service in record["services"]:
        renew = service["auto_renew"]
        state = (
            f"auto-renew on, card {renew['card'] or 'none'}, next charge {renew['next_charge_on']}"
            if renew["enabled"]
            else f"auto-renew off ({renew['stop_reason'] or 'never on'})"
        )
        risks = f"  risks: {', '.join(service['risks'])}" if service["risks"] else ""
        print(f"  {service['name']}  {service['kind']}  expires {service['expires_on']}  {state}{risks}")
    print(f"cards ({len(record['cards'])}):")
    for card in record["cards"]:
        valid = "valid" if card["valid"] else f"not valid ({card['invalid_reason'] or 'expired'})"
        print(f"  {card['ref']}  {card_text(card['brand'], card['last4'])}  expires {card['exp']}  {valid}")
    print(f"billing contacts ({len(record['contacts'])}):")
    for k in record["contacts"]:
        company = f" ({k['company']})" if k["company"] else ""
        print(f"  {k['ref']}  {k['name']}{company}  {k['email'] or 'no e-mail'}  used by {k['services']}")
