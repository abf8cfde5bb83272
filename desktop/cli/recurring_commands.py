"""`recurring on|off` and `service set` (SPEC section 3): the window's Recurring, Recurring All,
switching off and the service page's settings, through the same use cases, by refs and names. Each
prints what changed; any refusal changes nothing and names what is wrong (exit code 2)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TypeVar

from desktop.app.actor import Actor
from desktop.app.customers import account_by_ref
from desktop.app.errors import UseCaseError
from desktop.app.identity import headless_actor
from desktop.app.recurring import change_service_settings, disable_recurring, enable_recurring
from desktop.app.ref_lookup import named_by_ref
from desktop.app.views import AccountView, CardView, ContactView, ServiceView
from desktop.bootstrap import AppContext
from desktop.cli.card_words import card_line
from desktop.core.codes import ErrorCode


def _services(
    account: AccountView, names: Sequence[str] | None, every: Sequence[ServiceView]
) -> list[ServiceView]:
    if names is None:
        if not every:
            raise UseCaseError(ErrorCode.NO_SERVICE_CHOSEN)
        return list(every)
    by_name = {service.name.casefold(): service for service in account.services}
    unknown = [name for name in names if name.casefold() not in by_name]
    if unknown:
        raise UseCaseError(
            ErrorCode.SERVICE_NAME_UNKNOWN,
            customer=account.customer.ref,
            names=", ".join(unknown),
            known=", ".join(sorted(service.name for service in account.services)) or "none",
        )
    return list(dict.fromkeys(by_name[name.casefold()] for name in names))


Item = TypeVar("Item", CardView, ContactView)


def _by_ref(account: AccountView, items: Sequence[Item], ref: str | None, code: ErrorCode) -> Item | None:
    """The card or contact of the account named by `ref`; an unknown ref names the known ones."""
    if ref is None:
        return None
    return named_by_ref(items, ref, code=code, customer=account.customer.ref)


def _card(account: AccountView, ref: str | None) -> CardView | None:
    return _by_ref(account, account.cards, ref, ErrorCode.CARD_REF_UNKNOWN)


def _contact(account: AccountView, ref: str | None) -> ContactView | None:
    return _by_ref(account, account.contacts, ref, ErrorCode.CONTACT_REF_UNKNOWN)


def _card_text(account: AccountView, card_id: int | None) -> str:
    card = next((card for card in account.cards if card.id == card_id), None)
    if card is None:
        return "no card"
    return card_line(card)


def _contact_text(account: AccountView, contact_id: int | None) -> str:
    contact = next((contact for contact in account.contacts if contact.id == contact_id), None)
    if contact is None:
        return f"{account.customer.name} (the account holder)"
    return f"{contact.name} ({contact.ref})"


def _state(account: AccountView, service: ServiceView) -> dict[str, str]:
    state = {
        "auto-renew": "on" if service.auto_renew_on else f"off ({service.stop_reason or 'never on'})",
        "card": _card_text(account, service.card_id),
        "billing contact": _contact_text(account, service.billing_contact_id),
    }
    if service.kind == "hosting":
        state["period"] = f"{service.renew_period_months} months"
        state["installments"] = str(service.installments)
    return state


def _print_changes(before: AccountView, after: AccountView, service_ids: Sequence[int]) -> int:
    """One line per service and setting that changed: `NAME: what: before -> after`."""
    old = {service.id: service for service in before.services}
    chosen = set(service_ids)  # `recurring on --all` on 50,000 domains: not a list scanned per service
    changed = 0
    for service in after.services:
        if service.id not in chosen:
            continue
        was, now = _state(before, old[service.id]), _state(after, service)
        lines = [f"{key}: {was[key]} -> {now[key]}" for key in now if was.get(key) != now[key]]
        if lines:
            changed += 1
            for line in lines:
                print(f"{service.name}: {line}")
        else:
            print(f"{service.name}: unchanged")
    return changed


def recurring(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, f"recurring {args.recurring_command}")
    account = account_by_ref(ctx, actor, args.customer)
    if args.recurring_command == "on":
        return _on(ctx, actor, account, args)
    chosen = _services(account, None if args.all else args.service, account.services)
    ids = [service.id for service in chosen]
    disable_recurring(ctx, actor, account.customer.id, ids)
    _print_changes(account, account_by_ref(ctx, actor, args.customer), ids)
    return 0


def _on(ctx: AppContext, actor: Actor, account: AccountView, args: argparse.Namespace) -> int:
    # R5: Recurring All is every domain of the account.
    domains = [service for service in account.services if service.kind == "domain"]
    chosen = _services(account, None if args.all else args.service, domains)
    card, contact = _card(account, args.card), _contact(account, args.contact)
    ids = [service.id for service in chosen]
    preview = enable_recurring(
        ctx,
        actor,
        account.customer.id,
        ids,
        card_id=card.id if card else None,
        contact_id=contact.id if contact else None,
        mismatch_acknowledged=args.acknowledge_mismatch,
    )
    _print_changes(account, account_by_ref(ctx, actor, args.customer), ids)
    names = {service.id: service.name for service in chosen}
    for service_id in preview.expiring_before_charge:
        # R9: flagged at once; it does not block.
        print(f"{names[service_id]}: warning: the card expires before the charge date; the charge will fail")
    return 0


def service(ctx: AppContext, args: argparse.Namespace) -> int:
    actor = headless_actor(ctx, "service set")
    account = account_by_ref(ctx, actor, args.customer)
    [chosen] = _services(account, [args.name], account.services)
    card, contact = _card(account, args.card), _contact(account, args.contact)
    followed = change_service_settings(
        ctx,
        actor,
        chosen.id,
        card_id=card.id if card else chosen.card_id,
        contact_id=contact.id if contact else chosen.billing_contact_id,
        period_months=args.period,
        installments=args.installments,
    )
    _print_changes(account, account_by_ref(ctx, actor, args.customer), [chosen.id])
    if followed.updated_notices:
        print(f"{chosen.name}: the customer is sent the new terms of the coming charge (an updated notice)")
    return 0
